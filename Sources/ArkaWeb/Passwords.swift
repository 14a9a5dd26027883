import ArkaCore
import HummingbirdBcrypt

/// Passwords of the web face's users: checked against the rule, hashed with bcrypt
/// (hummingbird-auth), never stored themselves.
///
/// ```swift
/// let hash = try Passwords.hash("bukë e ngrohtë 24")
/// Passwords.verify("bukë e ngrohtë 24", hash: hash)   // true
/// ```
public enum Passwords {
    /// bcrypt's cost: 2^11 rounds, some 0.1 s on this kind of machine, once a sign-in.
    static let cost: UInt8 = 11
    /// The shortest password taken, in characters (NIST SP 800-63B asks at least 8).
    public static let shortest = 8
    /// The longest, in bytes: bcrypt reads no further.
    public static let longest = 72

    /// The bcrypt hash of a password that keeps the rule.
    /// - Throws: ``ArkaError/Kind/badText`` naming `field` for a password shorter than
    ///   ``shortest`` characters or longer than ``longest`` bytes.
    public static func hash(_ password: String, field: String = "password") throws -> String {
        try check(password, field: field)
        return Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` is the one `hash` was made from.
    public static func verify(_ password: String, hash: String) -> Bool {
        guard (try? check(password, field: "password")) != nil else { return false }
        return Bcrypt.verify(password, hash: hash)
    }

    /// Checks the rule.
    /// - Throws: ``ArkaError/Kind/badText``; the value is never repeated in the error.
    public static func check(_ password: String, field: String) throws {
        guard password.count >= shortest else {
            throw ArkaError(.badText, "a password has at least \(shortest) characters", location: SourceLocation(field: field))
        }
        guard password.utf8.count <= longest else {
            throw ArkaError(.badText, "a password has at most \(longest) bytes", location: SourceLocation(field: field))
        }
        // bcrypt reads a password as a C string: a NUL would end it early.
        guard !password.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw ArkaError(.badText, "a password holds no control character", location: SourceLocation(field: field))
        }
    }
}
