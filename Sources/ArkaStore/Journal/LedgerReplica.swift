import ArkaCore
import Foundation
import GRDB

/// Writing a replica: a ledger made again from another ledger's record log and journal as
/// another place holds them (the programme's centre keeps each office's, by pseudonym), so that
/// every report an office makes can be made of it.
///
/// A replica's rows arrive as the log recorded them, table by table, and a register's row may
/// name an entry that arrives after it: foreign keys are not enforced while it is written (the
/// office enforced them when it wrote the rows). Everything else is as in any ledger: the
/// entries are appended, hashed and totalled by ``LedgerTransaction/append(_:)``, and the rows
/// written are recorded and sealed in the replica's own log.
///
/// ```swift
/// try store.replicating { transaction in
///     try transaction.replicate(.insert, table: "fund", columns: ["code", "name", "restricted"], row: #"["EU","European Union",1]"#)
/// }
/// ```
extension LedgerStore {
    /// Runs `body` in one write transaction with foreign keys not enforced.
    /// - Throws: what `body` throws, or an ``ArkaError`` for a database failure.
    public func replicating<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        try mapDatabaseErrors { try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = OFF") } }
        defer { try? queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = ON") } }
        return try transaction(body)
    }
}

extension RecordLog.Record {
    /// The key of a `ledger_setting` row this record writes or removes; nil for another table's.
    ///
    /// ```swift
    /// RecordLog.Record(sequence: 9, table: "ledger_setting", action: "insert", row: #"["name","Fier"]"#).settingKey  // "name"
    /// ```
    public var settingKey: String? {
        guard table == "ledger_setting", action != RecordLog.Action.reshape.rawValue,
            let values = try? JSONDecoder().decode([LoggedValue].self, from: Data(row.utf8))
        else { return nil }
        return values.first?.text
    }
}

extension LedgerTransaction {
    /// Applies one record of another ledger's record log: `insert` writes the row, `delete`
    /// removes one row holding exactly its values. `columns` are the table's columns as that
    /// ledger logged them (its last `reshape` record); a column this ledger's table lacks is refused.
    /// Numbers written as decimals are given as text, and the column's type makes them numbers:
    /// no value passes through a binary fraction.
    /// - Throws: ``ArkaError/Kind/badSetting`` for a table that is not recorded, a column this
    ///   ledger's table does not have, a row that is not a JSON array of as many values, or a
    ///   `reshape` (the caller starts the table again); ``ArkaError/Kind/duplicate`` for a row
    ///   whose key is taken; a database error.
    public func replicate(_ action: RecordLog.Action, table: String, columns: [String], row: String) throws {
        guard RecordLog.recordedTables.contains(table) else {
            throw ArkaError(.badSetting, "\(table) is not a table of an arka ledger's record log", field: "tbl", value: table)
        }
        let known = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]))
        if let unknown = columns.first(where: { !known.contains($0) }) {
            throw ArkaError(
                .badSetting, "the books' table \(table) has a column \(unknown) that this version of arka does not know: update arka",
                field: "column", value: unknown)
        }
        guard let values = try? JSONDecoder().decode([LoggedValue].self, from: Data(row.utf8)), values.count == columns.count else {
            throw ArkaError(.badSetting, "a record of \(table) is not a row of its \(columns.count) columns", field: "row", value: row)
        }
        let arguments = StatementArguments(values.map(\.databaseValue))
        let names = columns.map { "\"\($0)\"" }
        switch action {
        case .insert:
            do {
                try db.execute(
                    sql: "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
                    arguments: arguments)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw ArkaError(.duplicate, "a row of \(table) is there already: \(error.message ?? "")", field: "row", value: row)
            }
        case .delete:
            try db.execute(
                sql: "DELETE FROM \(table) WHERE rowid = (SELECT rowid FROM \(table) WHERE \(names.map { "\($0) IS ?" }.joined(separator: " AND ")) LIMIT 1)",
                arguments: arguments)
        case .reshape:
            throw ArkaError(.badSetting, "the columns of \(table) changed: the table is written again from its new records", field: "tbl", value: table)
        }
    }
}

extension LoggedValue {
    /// The value as SQLite takes it: a decimal as its text, which a numeric column reads exactly.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .number(let number): number.description.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}

extension LedgerView {
    /// The settings whose key begins with `prefix`, by key.
    /// - Throws: a database error.
    public func settings(prefixed prefix: String) throws -> [String: String] {
        Dictionary(
            try Row.fetchAll(db, sql: "SELECT key, value FROM ledger_setting WHERE substr(key, 1, ?) = ?", arguments: [prefix.utf8.count, prefix])
                .map { ($0[0] as String, $0[1] as String) },
            uniquingKeysWith: { first, _ in first })
    }
}
