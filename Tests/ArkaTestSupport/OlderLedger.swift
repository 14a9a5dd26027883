import ArkaStore
import GRDB

/// Turns a ledger made by this arka into one as an older arka left it, to test that an older
/// ledger is upgraded when opened (and refused in one sentence where it cannot be written).
///
/// Each step undoes one migration, newest first: its schema goes and its identifier leaves
/// `grdb_migrations`, so the next open runs it again.
///
/// ```swift
/// try OlderLedger.make(at: path, before: .fundReports)
/// ```
public enum OlderLedger {
    /// The migrations a test can go back before, newest first.
    public enum Migration: Int, CaseIterable, Sendable {
        /// `v18 users and requests`: the web face's users and the requests it answered.
        case usersAndRequests
        /// `v17 statement withdrawals`: statement imports withdrawn, and lines brought back.
        case statementWithdrawals
        /// `v16 product prices`: a product's prices from a day.
        case productPrices
        /// `v15 definition changes`: the changes of the structure after `init`, and closed accounts.
        case definitionChanges
        /// `v14 import batches`: the table of import batches.
        case importBatches
        /// `v13 fund templates`: the column naming a fund's donor template.
        case fundTemplates
        /// `v12 record log`: the record log, its seals and triggers, and the guards it added.
        case recordLog
        /// `v11 fund reports`: the column naming a fund's donor reports (and every later one).
        case fundReports
    }

    /// Makes the ledger at `path` as an arka before `migration` (and every later one) left it.
    /// - Throws: a database error when the file is not a ledger of this arka.
    public static func make(at path: String, before migration: Migration) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try undo(db, before: migration) }
        try queue.close()
    }

    /// Undoes, in `db`'s transaction, `migration` and every later one.
    /// - Throws: a database error.
    public static func undo(_ db: Database, before migration: Migration) throws {
        for step in Migration.allCases where step.rawValue <= migration.rawValue {
            switch step {
            case .usersAndRequests: try removeTables(["request_key", "user_change"], of: "v18 users and requests", db)
            case .statementWithdrawals: try removeTables(["statement_revival", "statement_withdrawal"], of: "v17 statement withdrawals", db)
            case .productPrices: try removeTables(["product_price"], of: "v16 product prices", db)
            // As for the batches: the rows leave through the record log, so that its replay ends
            // with none. (A ledger with such changes has rows they added, which stay.)
            case .definitionChanges: try removeTables(["account_closure", "definition_change"], of: "v15 definition changes", db)
            // The batches leave through the record log's trigger, so that its replay ends with no
            // batch, as in a ledger that never had the table.
            case .importBatches: try removeTables(["import_batch"], of: "v14 import batches", db)
            case .fundTemplates:
                for action in ["insert", "update", "delete"] { try db.execute(sql: "DROP TRIGGER IF EXISTS fund_record_\(action)") }
                try db.execute(sql: "ALTER TABLE fund DROP COLUMN template")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v13 fund templates'")
                if migration == .fundTemplates {
                    // The record log stays: it records the fund table in its older shape.
                    try RecordLog.reshape("fund", in: db)
                    try RecordLog.seal(db)
                }
            case .recordLog: try removeRecordLog(db)
            case .fundReports:
                try db.execute(sql: "ALTER TABLE fund DROP COLUMN reports")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v11 fund reports'")
            }
        }
    }

    /// Removes the append-only tables a migration made and recorded, newest first: their guards,
    /// their rows (through the record log's trigger, so that its replay ends with none), its
    /// triggers for them and the tables; then the migration's identifier, under a new seal.
    private static func removeTables(_ tables: [String], of migration: String, _ db: Database) throws {
        for table in tables {
            for action in ["update", "delete"] { try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_append_only_\(action)") }
            try db.execute(sql: "DELETE FROM \(table)")
            for action in ["insert", "update", "delete"] { try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_record_\(action)") }
            try db.execute(sql: "DROP TABLE \(table)")
        }
        try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [migration])
        try RecordLog.seal(db)
    }

    /// Removes the record log's triggers, guards, tables and migration.
    private static func removeRecordLog(_ db: Database) throws {
        for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_record\\_%' ESCAPE '\\'") {
            try db.execute(sql: "DROP TRIGGER \(name)")
        }
        for table in RecordLog.guardedByRecordLog + ["ledger_setting"] {
            try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_append_only_update; DROP TRIGGER IF EXISTS \(table)_append_only_delete")
        }
        try db.execute(sql: "DROP TABLE record_log; DROP TABLE record_seal; DELETE FROM grdb_migrations WHERE identifier = 'v12 record log'")
    }
}
