import ArkaCore
import GRDB

/// Copying the write-ahead log back into the ledger file (a checkpoint).
///
/// SQLite copies it in the commit that takes the log past 1,000 pages: that commit then waits
/// for the copy and its flush to disk. A server that answers many small writes (the shop's till)
/// has another connection copy what it can several times a second, so that the writer's own
/// checkpoint finds little left to copy and no write waits long.
///
/// ```swift
/// try checkpointer.checkpoint()   // from a connection that does not write entries
/// ```
extension LedgerStore {
    /// Copies into the file what of the log no reader still needs, without waiting for a writer
    /// or a reader (SQLite's passive checkpoint).
    /// - Throws: an ``ArkaError`` for a database failure.
    public func checkpoint() throws {
        do {
            try queue.inDatabase { _ = try Row.fetchAll($0, sql: "PRAGMA wal_checkpoint(PASSIVE)") }
        } catch let error as DatabaseError {
            throw Self.failure(error, path: path, wait: wait, access: access)
        }
    }
}
