import ArkaCore
import Crypto

/// The hash chain that makes the journal tamper-evident.
///
/// Each entry stores `SHA-256(previous hash ‖ canonical form)` in hex. Changing, removing or
/// reordering any entry or posting outside Arka breaks the chain from that entry on.
///
/// ```swift
/// let hash = JournalHash.of(entry, sequence: 1, previous: JournalHash.genesis)
/// ```
public enum JournalHash {
    /// The "previous hash" of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    public static func of(_ entry: Entry, sequence: Int64, previous: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(previous.utf8))
        hasher.update(data: CanonicalForm.v1Bytes(entry, sequence: sequence))
        return hex(hasher.finalize())
    }

    /// SHA-256 of a file's or a text's bytes, in hex.
    public static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
