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
        var canonical: [UInt8] = []
        return of(entry, sequence: sequence, previous: previous, buffer: &canonical)
    }

    /// The same, building the canonical form in `buffer`, which a caller hashing many entries reuses.
    public static func of(_ entry: Entry, sequence: Int64, previous: String, buffer: inout [UInt8]) -> String {
        CanonicalForm.v1(entry, sequence: sequence, into: &buffer)
        var hasher = SHA256()
        hasher.update(data: Array(previous.utf8))
        hasher.update(data: buffer)
        return hex(hasher.finalize())
    }

    /// The link an entry makes after `head`: its sequence number, the hash it follows, its hash.
    public static func link(_ entry: Entry, after head: JournalHead) -> ChainLink {
        let sequence = head.sequence + 1
        return ChainLink(sequence: sequence, previousHash: head.hash, hash: of(entry, sequence: sequence, previous: head.hash))
    }

    /// Links a run of entries one after the other, reusing one buffer for their canonical forms.
    public struct Chainer {
        public private(set) var head: JournalHead
        private var buffer: [UInt8] = []

        public init(after head: JournalHead) { self.head = head }

        public mutating func link(_ entry: Entry) -> ChainLink {
            let sequence = head.sequence + 1
            let hash = JournalHash.of(entry, sequence: sequence, previous: head.hash, buffer: &buffer)
            let link = ChainLink(sequence: sequence, previousHash: head.hash, hash: hash)
            head = JournalHead(sequence: sequence, hash: hash)
            return link
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
            let high = byte >> 4
            let low = byte & 0x0F
            out.append(high < 10 ? 0x30 + high : 0x57 + high)
            out.append(low < 10 ? 0x30 + low : 0x57 + low)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
