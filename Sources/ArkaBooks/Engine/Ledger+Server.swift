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
    /// Runs `writes` one after another in one transaction, each all-or-nothing on its own (a
    /// savepoint), committed together with one sync of the disk (``LedgerStore/groupCommit(_:)``):
    /// the web face's forms, sent by many at once. Returns each write's result or error; a
    /// result is written only once this returns.
    ///
    /// ```swift
    /// let results = try ledger.groupCommit([
    ///     { try ledger.record(sale, signature: drita).entry },
    ///     { try ledger.record(other, signature: mira).entry },
    /// ])
    /// // results[1] is the second sale's entry, or its refusal
    /// ```
    /// - Throws: when the transaction itself fails (its commit, a ledger another program
    ///   changed): then none of the writes is written.
    public func groupCommit<T>(_ writes: [() throws -> T]) throws -> [Result<T, any Error>] {
        do {
            // A refused write leaves the definition in memory as it found it, as alone: what the
            // engine keeps in memory it changes after a write's transaction, here its savepoint.
            return try store.groupCommit { writes.map { write in Result { try write() } } }
        } catch {
            // What the writes changed in memory is rolled back with them: read again.
            definitionChanged()
            throw error
        }
    }

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
