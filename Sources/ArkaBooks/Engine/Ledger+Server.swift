import ArkaCore
import ArkaStore

/// What a server of the ledger (`arka serve`) asks of it: the idempotency keys of its forms (a
/// form sent twice is written once), the heads its caches are keyed on, and checkpoints made off
/// its writer.
extension Ledger {
    /// Runs `body`, whose first write answers `request`: when a write answered the same key
    /// before, nothing is written and ``RepeatedRequest`` says what the first write appended.
    ///
    /// ```swift
    /// let request = RequestKey(key: form.key, user: "drita", at: Signature.now().timestamp)
    /// try ledger.answering(request) { try ledger.record(sale, signature: .now(user: "drita")) }
    /// ```
    /// - Throws: ``RepeatedRequest``, or what `body` throws.
    public func answering<T>(_ request: RequestKey, _ body: () throws -> T) throws -> T {
        try store.answering(request, body)
    }

    /// The ids of the entries with journal sequences `sequences` (what a repeated request's first
    /// write appended), in order.
    /// - Throws: an ``ArkaError`` for a database failure.
    public func entryIDs(sequences: ClosedRange<Int64>) throws -> [String] {
        try store.view { try $0.entryIDs(sequences: sequences) }
    }
}

extension Ledger {
    /// The heads of the journal's chain and of the record log's: together they change with
    /// every write, so a result computed from the whole ledger (a verification) is current while
    /// they are the same.
    /// - Throws: an ``ArkaError`` for a database failure.
    public func heads() throws -> (journal: JournalHead, records: JournalHead) {
        try store.view { (try $0.head(), try $0.recordHead()) }
    }
}

extension Ledger {
    /// Copies into the file what of the write-ahead log no reader still needs, holding up no one
    /// (``LedgerStore/checkpoint()``).
    /// - Throws: an ``ArkaError`` for a database failure.
    public func checkpoint() throws {
        try store.checkpoint()
    }
}
