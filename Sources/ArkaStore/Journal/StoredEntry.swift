import ArkaCore

/// An entry as the journal holds it: its place in the sequence and its link in the hash chain.
public struct StoredEntry: Sendable {
    public var sequence: Int64
    public var entry: Entry
    public var previousHash: String
    public var hash: String
}

/// The last link of the hash chain: how many entries there are and the last one's hash.
public struct JournalHead: Sendable, Equatable {
    public var sequence: Int64
    public var hash: String

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    public static let empty = JournalHead(sequence: 0, hash: JournalHash.genesis)
}
