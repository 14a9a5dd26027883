import ArkaCore
import GRDB

/// Group commit: several writes that arrive together (the web face's forms, sent by many tills at
/// once) share one transaction and one sync of the disk, while each stays all-or-nothing on its
/// own. SQLite syncs the write-ahead log at every commit, which costs a writer more than the
/// write itself; together, a busy server's writes wait for one sync instead of queueing behind
/// one each.
extension LedgerStore {
    /// The store whose ``groupCommit(_:)`` the current thread runs in, if any: its writes are
    /// savepoints of the group's transaction.
    @TaskLocal static var writingTogether: ObjectIdentifier?

    /// Runs `body` in one write transaction, in which every ``write(_:)`` of this store (every
    /// engine write: a sale, a reversal, a cash count) is a savepoint of its own. A write that
    /// throws rolls back alone, as if it had been refused on its own, and the next goes on; the
    /// writes that succeeded commit together when `body` returns. When `body` throws, or the
    /// commit fails, nothing of any of them is written: the caller must not have told anyone that
    /// they were, and may run each alone.
    ///
    /// A store opened to check (``Access/check``) runs `body` with each write on its own, as
    /// ever.
    ///
    /// ```swift
    /// var outcomes: [Result<StoredEntry, Error>] = []
    /// try store.groupCommit {
    ///     for sale in sales { outcomes.append(Result { try ledger.record(sale, signature: signature) }) }
    /// }
    /// // only now are the outcomes true: the sales that succeeded are committed
    /// ```
    /// - Throws: what `body` throws; ``ArkaError/Kind/brokenJournal`` when another program
    ///   changed the ledger (``RecordLog/checkBeforeWrite(_:)``); ``ArkaError/Kind/io`` for a
    ///   database failure, the commit's included.
    public func groupCommit<T>(_ body: () throws -> T) throws -> T {
        guard access == .write, Self.writingTogether != ObjectIdentifier(self) else { return try body() }
        return try mapDatabaseErrors {
            if isInTransaction {
                throw ArkaError(
                    .io, "arka tried to write to the ledger while reading it, and nothing was written; please report this fault of arka",
                    location: SourceLocation(file: path))
            }
            return try queue.writeWithoutTransaction { db in
                // Immediate: the group holds the write lock from its first statement, so that no
                // other connection commits between the check and the writes.
                try db.beginTransaction(.immediate)
                do {
                    try checkUnchanged(db)
                    let result = try Self.$writingTogether.withValue(ObjectIdentifier(self)) { try body() }
                    try db.commit()
                    return result
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
            }
        }
    }

    /// One write of a group (``groupCommit(_:)``): `body` and the seal of the records it wrote,
    /// in a savepoint that rolls back alone when either throws.
    /// - Throws: what `body` throws, or a database error.
    func writeInSavepoint<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        // SQLite rolls a whole transaction back on some failures (a full disk): a write after that
        // would begin a transaction of its own, outside the group, and is refused instead.
        guard db.isInsideTransaction else {
            throw ArkaError(.io, "the writes sent together with this one were rolled back, and nothing of it is written")
        }
        var results: [T] = []
        try db.inSavepoint {
            results.append(try body(db))
            try RecordLog.seal(db)
            return .commit
        }
        // inSavepoint runs its closure once, or throws.
        guard let result = results.first else { throw ArkaError(.io, "a piece of arka's work ended without its result; please report this fault of arka") }
        return result
    }
}
