import ArkaCore
import GRDB

/// Which statement lines count: a line counts unless the last import that brought it (the one
/// that first added it, or a later one that brought it back after a withdrawal) was withdrawn.
/// Lines imported before import batches existed belong to no batch and always count.
enum StatementLineCount {
    /// The number of the last statement batch that brought line `alias`, or NULL.
    static func lastBatch(_ alias: String) -> String {
        """
        (SELECT MAX(b) FROM (SELECT ib.id AS b FROM import_batch ib WHERE ib.kind = 'statement' AND \(alias).id BETWEEN ib.first_line AND ib.last_line
            UNION ALL SELECT r.batch AS b FROM statement_revival r WHERE r.line_id = \(alias).id))
        """
    }

    /// An SQL condition: statement line `alias` counts.
    static func counts(_ alias: String) -> String {
        "NOT EXISTS (SELECT 1 FROM statement_withdrawal w WHERE w.batch = \(lastBatch(alias)))"
    }
}

/// A bank statement import withdrawn: when, why, by whom.
public struct StatementWithdrawal: Sendable, Equatable {
    public var batch: Int64
    public var date: LedgerDate
    public var reason: String
    public var withdrawnBy: String
    public var withdrawnAt: String

    public init(batch: Int64, date: LedgerDate, reason: String, withdrawnBy: String, withdrawnAt: String) {
        self.batch = batch
        self.date = date
        self.reason = reason
        self.withdrawnBy = withdrawnBy
        self.withdrawnAt = withdrawnAt
    }
}

extension LedgerView {
    /// The withdrawal of statement batch `batch`, if it was withdrawn.
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` for a row Arka did not write.
    public func statementWithdrawal(_ batch: Int64) throws -> StatementWithdrawal? {
        try Row.fetchOne(
            db, sql: "SELECT batch, date, reason, withdrawn_by, withdrawn_at FROM statement_withdrawal WHERE batch = ?", arguments: [batch]
        ).map { row in
            StatementWithdrawal(
                batch: row[0], date: try Self.storedDate(row, "date", "the withdrawal of batch \(batch)"), reason: row[2], withdrawnBy: row[3],
                withdrawnAt: row[4])
        }
    }

    /// The batches withdrawn, by number.
    /// - Throws: a database error.
    public func withdrawnStatementBatches() throws -> Set<Int64> {
        Set(try Int64.fetchAll(db, sql: "SELECT batch FROM statement_withdrawal"))
    }

    /// The statement lines whose last import is batch `batch`: those it added and those it
    /// brought back, less those a later import brought back since.
    /// - Throws: a database error.
    public func statementLines(ofBatch batch: Int64) throws -> [Int64] {
        try Int64.fetchAll(
            db, sql: "SELECT l.id FROM statement_line l WHERE \(StatementLineCount.lastBatch("l")) = ? ORDER BY l.id", arguments: [batch])
    }

    /// The account of statement line `line`.
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` when the ledger has no such line.
    public func statementAccount(ofLine line: Int64) throws -> String {
        guard let account = try String.fetchOne(db, sql: "SELECT account FROM statement_line WHERE id = ?", arguments: [line]) else {
            throw ArkaError(.brokenJournal, "statement line \(line) of an import batch is not in the ledger")
        }
        return account
    }

    /// The last statement batch that brought line `line`, or nil for a line imported before batches.
    /// - Throws: a database error.
    public func statementBatch(ofLine line: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT \(StatementLineCount.lastBatch("l")) FROM statement_line l WHERE l.id = ?", arguments: [line])
    }

    /// How many statement lines batch `batch` brought back after a withdrawal.
    /// - Throws: a database error.
    public func revivedLineCount(_ batch: Int64) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM statement_revival WHERE batch = ?", arguments: [batch]) ?? 0
    }
}

extension LedgerTransaction {
    /// Records statement batch `batch` withdrawn: its lines no longer count.
    /// - Throws: a database error (a batch withdrawn already: the caller checks it first).
    public func withdrawStatement(batch: Int64, date: LedgerDate, reason: String, by user: String, at timestamp: String) throws {
        try db.execute(
            sql: "INSERT INTO statement_withdrawal (batch, date, reason, withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [batch, date, reason, user, timestamp])
    }

    /// Records lines of a withdrawn import brought back by statement batch `batch`.
    /// - Throws: a database error.
    public func reviveStatementLines(_ lines: [Int64], batch: Int64) throws {
        for line in lines {
            try db.execute(sql: "INSERT INTO statement_revival (line_id, batch) VALUES (?, ?)", arguments: [line, batch])
        }
    }
}
