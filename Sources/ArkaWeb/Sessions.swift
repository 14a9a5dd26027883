import ArkaBooks
import Crypto
import Foundation
import Synchronization

/// A signed-in person's session with one ledger: who, with which role, the token every form of
/// theirs carries against cross-site requests, and a message for their next page.
struct Session: Sendable {
    var ledger: String
    var user: String
    var role: UserRole
    /// The CSRF token: the hidden field of every form of this session.
    var csrf: String
    var lastSeen: Date
    /// A sentence said on the next page (a write recorded), taken once.
    var notice: String?
}

/// The sessions of a server, in memory: a restart signs everyone out. A session ends after
/// ``idleLimit`` without a request, at sign-out, or when its user is disabled.
///
/// ```swift
/// let token = sessions.start(Session(ledger: "shop", user: "drita", role: .clerk, csrf: Sessions.newToken(), lastSeen: .now))
/// sessions.session(token, ledger: "shop")?.user   // "drita"
/// ```
final class Sessions: Sendable {
    /// How long a session lasts without a request: a working day.
    static let idleLimit: TimeInterval = 12 * 3600
    private let sessions = Mutex<[String: Session]>([:])

    /// A new random token: 32 bytes in base64url, for a session or a CSRF field.
    static func newToken() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Starts a session; returns its token (the cookie's value).
    func start(_ session: Session) -> String {
        let token = Self.newToken()
        sessions.withLock { sessions in
            let now = Date()
            sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) < Self.idleLimit }
            sessions[token] = session
        }
        return token
    }

    /// The session of `token` with `ledger`, marked seen now; nil when there is none or it expired.
    func session(_ token: String, ledger: String) -> Session? {
        sessions.withLock { sessions in
            guard var session = sessions[token], session.ledger == ledger else { return nil }
            let now = Date()
            guard now.timeIntervalSince(session.lastSeen) < Self.idleLimit else {
                sessions[token] = nil
                return nil
            }
            session.lastSeen = now
            sessions[token] = session
            return session
        }
    }

    /// Leaves `notice` for the session's next page.
    func tell(_ token: String, _ notice: String) {
        sessions.withLock { $0[token]?.notice = notice }
    }

    /// Takes the notice left for the session's next page.
    func takeNotice(_ token: String) -> String? {
        sessions.withLock { sessions in
            defer { sessions[token]?.notice = nil }
            return sessions[token]?.notice
        }
    }

    /// Ends a session.
    func end(_ token: String) {
        _ = sessions.withLock { $0.removeValue(forKey: token) }
    }
}

/// Whether two secrets are equal, in a time that does not depend on where they differ.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var difference: UInt8 = 0
    for index in x.indices { difference |= x[index] ^ y[index] }
    return difference == 0
}
