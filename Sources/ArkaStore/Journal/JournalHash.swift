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

    /// The hash of the canonical form `canonical` following `previous` (both as bytes), written
    /// as 64 hexadecimal digits at `out`: the journal's writer hashes from its own buffers.
    static func hash(previous: UnsafeRawBufferPointer, canonical: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt8>) {
        var hasher = SHA256()
        hasher.update(bufferPointer: previous)
        hasher.update(bufferPointer: canonical)
        var position = out
        for byte in hasher.finalize() {
            position[0] = hexDigit(byte >> 4)
            position[1] = hexDigit(byte & 0x0F)
            position += 2
        }
    }

    /// SHA-256 of a file's or a text's bytes, in hex.
    public static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    /// Bytes written as lowercase hexadecimal digits: hashes, and the pseudonyms made from them.
    @inlinable
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        // Inlinable, so that each caller gets a copy specialized to its bytes: pseudonyms are
        // made a hundred thousand at a time.
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(hexDigit(byte >> 4))
            out.append(hexDigit(byte & 0x0F))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `0`-`9`, `a`-`f`: the digit of a value below 16.
    @inlinable
    static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }
}
