import ArkaCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The secret that pseudonyms are keyed with when a call is scored outside a ledger
/// (`arka score`): the committee's own, kept in a key file it holds, never derived from a file
/// it publishes (a grid, the applications), so that nobody holding the published files and a
/// list of personal ids can recompute who is behind a pseudonym.
///
/// It is, in this order: the key file named with `--key-file` (made there on first use);
/// `ARKA_PSEUDONYM_KEY` (the key itself, as when a ledger is created); else the committee's key
/// file in the user's configuration folder (``defaultPath(environment:)``), made on first use.
/// A key file holds 64 hexadecimal digits (256 bits from the system's secure generator) on one
/// line, and is created readable by its owner only (mode 0600). In a ledger, its own stored key
/// is used instead (``Ledger/pseudonyms()``).
///
/// ```swift
/// let key = try PseudonymKey.resolve(keyFile: nil, environment: ProcessInfo.processInfo.environment)
/// if let made = key.madeFile { print("made \(made)") }
/// let pseudonyms = Pseudonyms(key: key.secret)
/// ```
public struct PseudonymKey: Sendable, Equatable {
    /// The key's text, as ``Pseudonyms/init(key:)`` takes it.
    public var secret: String
    /// The key file it was read from; nil when it came from `ARKA_PSEUDONYM_KEY`.
    public var file: String?
    /// The key file this call made, being the first use: the user is told where it is.
    public var madeFile: String?

    /// The environment variable that gives the key itself.
    public static let environmentVariable = "ARKA_PSEUDONYM_KEY"
    /// How many hexadecimal digits a key file holds.
    public static let digits = 64

    /// The key to use: `--key-file`, else `ARKA_PSEUDONYM_KEY`, else the default key file.
    /// A key file that does not exist yet is made, with a new random key.
    ///
    /// - Throws: ``ArkaError/Kind/badSetting`` for a key file that does not hold 64 hexadecimal
    ///   digits, or when no key file can be placed (no `HOME`); ``ArkaError/Kind/io`` when the
    ///   file or its folder cannot be read or made; each naming the file.
    public static func resolve(keyFile: String?, environment: [String: String]) throws -> PseudonymKey {
        if let keyFile {
            guard !keyFile.isEmpty else {
                throw ArkaError(.badSetting, "name the key file", field: "--key-file", value: keyFile)
            }
            return try load(keyFile)
        }
        if let key = environment[environmentVariable], !key.isEmpty {
            return PseudonymKey(secret: key, file: nil, madeFile: nil)
        }
        return try load(try defaultPath(environment: environment))
    }

    /// The committee's key file when none is named: `$XDG_CONFIG_HOME/arka/pseudonym.key`, else
    /// `$HOME/.config/arka/pseudonym.key`: beside the user's other settings, not beside the call's
    /// files, which are published.
    /// - Throws: ``ArkaError/Kind/badSetting`` when neither variable is set.
    public static func defaultPath(environment: [String: String]) throws -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/arka/pseudonym.key" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/arka/pseudonym.key" }
        throw ArkaError(
            .badSetting, "no HOME to keep the pseudonym key in: name a key file with --key-file PATH or give the key in ARKA_PSEUDONYM_KEY",
            field: "HOME", value: "")
    }

    /// Reads the key file, or makes it when it does not exist.
    /// - Throws: as ``resolve(keyFile:environment:)``.
    public static func load(_ path: String) throws -> PseudonymKey {
        if let secret = try read(path) { return PseudonymKey(secret: secret, file: path, madeFile: nil) }
        return try make(path)
    }

    /// A key file's key; nil when the file does not exist.
    /// - Throws: ``ArkaError/Kind/badSetting`` for a file that does not hold 64 hexadecimal
    ///   digits (a grid or another public file named by mistake); ``ArkaError/Kind/io`` for one
    ///   that cannot be read.
    public static func read(_ path: String) throws -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw ArkaError(.io, "cannot read the pseudonym key file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw ArkaError(.badSetting, "the pseudonym key file is not a regular file", location: SourceLocation(file: path))
        }
        // A key file is a line of 64 digits; anything much larger is another file named by mistake.
        guard status.st_size <= 1024, let data = FileManager.default.contents(atPath: path) else {
            throw ArkaError(
                .badSetting, "this is not a pseudonym key file: a key file holds \(digits) hexadecimal digits on one line",
                location: SourceLocation(file: path, line: 1))
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.utf8.count == digits, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }) else {
            throw ArkaError(
                .badSetting, "this is not a pseudonym key file: a key file holds \(digits) hexadecimal digits on one line",
                location: SourceLocation(file: path, line: 1))
        }
        return text.lowercased()
    }

    /// A new key: 256 bits from the system's secure generator, as 64 hexadecimal digits.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Makes a key file with a new key, readable by its owner only (its folder made, mode 0700,
    /// when missing). The file appears whole or not at all: written beside it, then linked in
    /// place, so that two first uses at once agree on one key.
    /// - Throws: ``ArkaError/Kind/io`` naming the file when it cannot be made.
    public static func make(_ path: String) throws -> PseudonymKey {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw ArkaError(.io, "cannot make the folder for the pseudonym key file", location: SourceLocation(file: path))
            }
        }
        let secret = newSecret()
        // The process id and a random part: two first uses in one process stage apart too.
        let staging = "\(folder.isEmpty ? "." : folder)/.\((path as NSString).lastPathComponent).\(getpid())-\(UUID().uuidString.prefix(8)).tmp"
        func failure(_ what: String) -> ArkaError {
            ArkaError(.io, "cannot \(what) the pseudonym key file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        let descriptor = open(staging, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("make") }
        defer { unlink(staging) }
        let bytes = Array((secret + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            let error = failure("write")
            close(descriptor)
            throw error
        }
        close(descriptor)
        guard link(staging, path) == 0 else {
            // Another first use made it meanwhile: its key is the key.
            if errno == EEXIST, let existing = try read(path) { return PseudonymKey(secret: existing, file: path, madeFile: nil) }
            throw failure("make")
        }
        return PseudonymKey(secret: secret, file: path, madeFile: path)
    }
}
