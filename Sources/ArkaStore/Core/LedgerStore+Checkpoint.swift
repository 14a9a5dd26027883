import ArkaCore
import GRDB

/// When the write-ahead log is copied back into the ledger file (a checkpoint).
///
/// SQLite copies it, by default, in the commit that takes the log past 1,000 pages: that commit
/// then waits for the copy and its flush to disk. A server that answers many small writes (the
/// shop's till) moves the copy off its writer: the writer stops checkpointing, and another
/// connection copies what it can every second, without holding up a write.
///
/// ```swift
/// try writer.stopAutomaticCheckpoints()
/// try checkpointer.checkpoint()   // every second, from another connection
/// ```
extension LedgerStore {
    /// Stops this connection copying the log into the file at its commits.
    /// - Throws: an ``ArkaError`` for a database failure.
    public func stopAutomaticCheckpoints() throws {
        try mapDatabaseErrorsForCheckpoint { try queue.inDatabase { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") } }
    }

    /// Copies into the file what of the log no reader still needs, without waiting for a writer
    /// or a reader (SQLite's passive checkpoint).
    /// - Throws: an ``ArkaError`` for a database failure.
    public func checkpoint() throws {
        try mapDatabaseErrorsForCheckpoint { try queue.inDatabase { _ = try Row.fetchAll($0, sql: "PRAGMA wal_checkpoint(PASSIVE)") } }
    }

    private func mapDatabaseErrorsForCheckpoint(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DatabaseError {
            throw Self.failure(error, path: path, wait: wait, access: access)
        }
    }
}
