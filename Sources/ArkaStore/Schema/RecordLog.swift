import ArkaCore
import Crypto
import Foundation
import GRDB

/// The record log: every row written to, changed in or removed from the tables beside the
/// journal — the definition, the budget and its revisions, the registers, the calls and scoring
/// runs, closed months, settings, the business's books — recorded by SQLite triggers, and sealed
/// into a hash chain by every Arka write.
///
/// The journal's own chain covers entries, postings and their documents. Everything else an
/// auditor relies on is covered here. Each write to a recorded table appends a record: `insert`
/// with the row as written, or `delete` with the row as it was (a change is both). When an Arka
/// write transaction ends, it appends a seal over the records it made:
/// `SHA-256(previous seal's hash ‖ first and last record ‖ journal head ‖ each record)`. The
/// journal head (sequence and hash of the last entry) anchors the log in the journal: a journal
/// cut back below a seal's anchor no longer holds the entry it names. Records are hashed by the
/// seal, not each by a trigger, so that a year of the bakery's sale lines costs a fraction of a
/// second more to import, not seconds.
///
/// `arka verify` recomputes every seal, checks every anchor against the journal, names records
/// no Arka command sealed (written by another program: an Arka write then refuses to go on),
/// replays the log table by table and compares it with the rows the tables hold now, and
/// compares every trigger's SQL with the SQL Arka wrote. A row changed, added or removed outside
/// Arka is named; a log recomputed by someone who knows the recipe is caught only by a digest
/// kept elsewhere (``LedgerView/recordHead()``, `arka digest`).
///
/// A migration that changes a recorded table's columns calls ``reshape(_:in:)`` afterwards: the
/// triggers are written again for the new columns and the table's rows are recorded anew after a
/// `reshape` record, from which the replay starts.
///
/// ```swift
/// try RecordLog.install(in: db)          // migration "v12 record log"
/// try RecordLog.seal(db)                 // at the end of every write transaction
/// ```
public enum RecordLog {
    /// The tables whose every change is recorded: those the baseline records, then each table a
    /// later migration created and recorded (`v14 import batches`: `import_batch`; `v15
    /// definition changes`: `definition_change`, `account_closure`; `v16 product prices`:
    /// `product_price`; `v17 statement withdrawals`: `statement_withdrawal`, `statement_revival`).
    /// A new table beside the journal is added here by the migration that creates it.
    public static let recordedTables =
        baselineTables + ["import_batch", "definition_change", "account_closure", "product_price", "statement_withdrawal", "statement_revival", "user_change", "request_key"]

    /// The tables the record log's migration (`v12 record log`) recorded, in its order: it
    /// shipped with this list, which never changes.
    static let baselineTables = [
        "ledger_setting", "account", "fund", "budget_line", "exchange_rate", "closed_period", "budget_revision",
        "reporting_rate", "grant_recipient", "grant_scheme", "grant_agreement", "grant_consumption",
        "grant_cancellation", "equipment_item", "equipment_handover", "equipment_return", "grant_call",
        "grant_call_evaluations", "scoring_run", "grant_award", "product", "sale_item", "cash_count",
        "statement_line", "statement_match", "stock_movement", "stock_count", "after_count_write",
    ]

    /// Tables of the schema that are not recorded here, and why: the journal's own chain covers
    /// the first three, `verify` recomputes the monthly totals from the postings, and the log and
    /// its seals are themselves a chain.
    public static let unrecordedTables = [
        "entry", "entry_document", "posting", "posting_total", "record_log", "record_seal", "grdb_migrations",
    ]

    /// The one setting that changes with every commit: the journal head the writer links the next
    /// entry to. It is a cache of the journal's last entry (`verify` recomputes it), so neither
    /// the record log nor the append-only guard covers it.
    static let journalHeadKey = "journal.head"

    /// The "previous hash" of the first seal.
    public static let genesis = JournalHash.genesis

    /// The actions a record holds: a row written, a row removed (as it was), or the start of a
    /// table's records after its columns changed (the row lists the columns).
    public enum Action: String, Sendable {
        case insert, delete, reshape
    }

    /// One record as a seal hashes it.
    public struct Record: Sendable {
        public var sequence: Int64
        public var table: String
        public var action: String
        public var row: String

        public init(sequence: Int64, table: String, action: String, row: String) {
            self.sequence = sequence
            self.table = table
            self.action = action
            self.row = row
        }
    }

    /// Hashes seals: `SHA-256(previous ‖ first ‖ last ‖ journal head ‖ each record)`, every part
    /// followed by a line break and each row preceded by its length in bytes, so that no two
    /// different logs hash alike.
    ///
    /// ```swift
    /// var hasher = RecordLog.SealHasher(previous: RecordLog.genesis, first: 1, last: 2, journal: .empty)
    /// hasher.add(record)
    /// let hash = hasher.finish()
    /// ```
    public struct SealHasher {
        private var hasher = SHA256()
        /// One record's bytes, reused from record to record so that hashing a seal of many
        /// records allocates once.
        private var buffer: [UInt8] = []

        public init(previous: String, first: Int64, last: Int64, journal: JournalHead) {
            for part in [previous, String(first), String(last), String(journal.sequence), journal.hash] {
                buffer.append(contentsOf: part.utf8)
                buffer.append(0x0A)
            }
            hasher.update(data: buffer)
        }

        public mutating func add(_ record: Record) {
            add(sequence: record.sequence, table: record.table.utf8, action: record.action.utf8, row: record.row.utf8)
        }

        /// Adds the record a `record_log` row holds (its columns `seq, tbl, action, row`, in that
        /// order), reading the texts in place: how sealing and `verify` read the log.
        /// - Throws: a database error when a column cannot be read as text.
        mutating func add(logRow row: Row) throws {
            let sequence: Int64 = row[0]
            try row.withUnsafeData(atIndex: 1) { table in
                try row.withUnsafeData(atIndex: 2) { action in
                    try row.withUnsafeData(atIndex: 3) { text in
                        add(sequence: sequence, table: table ?? Data(), action: action ?? Data(), row: text ?? Data())
                    }
                }
            }
        }

        /// `sequence ‖ table ‖ action ‖ byte count of row ‖ row`, each followed by a line break.
        private mutating func add(
            sequence: Int64, table: some Collection<UInt8>, action: some Collection<UInt8>, row: some Collection<UInt8>
        ) {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: String(sequence).utf8)
            buffer.append(0x0A)
            buffer.append(contentsOf: table)
            buffer.append(0x0A)
            buffer.append(contentsOf: action)
            buffer.append(0x0A)
            buffer.append(contentsOf: String(row.count).utf8)
            buffer.append(0x0A)
            buffer.append(contentsOf: row)
            buffer.append(0x0A)
            hasher.update(data: buffer)
        }

        public func finish() -> String { JournalHash.hex(hasher.finalize()) }
    }

    /// `arka_sha256(blob)`: a stored file (a call's applications) is recorded by its SHA-256.
    static let sha256Function = DatabaseFunction("arka_sha256", argumentCount: 1, pure: true) { values in
        switch values[0].storage {
        case .blob(let data): JournalHash.sha256([UInt8](data))
        case .string(let text): JournalHash.sha256(Array(text.utf8))
        case .null: nil
        case .int64(let number): JournalHash.sha256(Array(String(number).utf8))
        case .double(let number): JournalHash.sha256(Array(String(number).utf8))
        }
    }

    /// Defines the record log's function on a connection: every connection Arka opens.
    static func addFunctions(to db: Database) {
        db.add(function: sha256Function)
    }

    // MARK: - Sealing

    /// The last sealed record's number, and the number of the last record.
    static func sealState(_ db: Database) throws -> (sealed: Int64, written: Int64) {
        let sealed = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(seq) FROM record_seal")) ?? 0
        let written = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(seq) FROM record_log")) ?? 0
        return (sealed, written)
    }

    /// Refuses to write to a ledger holding records no Arka command sealed: rows another program
    /// wrote, which a seal of this write must not vouch for.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` naming the first such record.
    public static func checkSealed(_ db: Database) throws {
        let state = try sealState(db)
        guard state.written > state.sealed else { return }
        let first = try Row.fetchOne(db, sql: "SELECT tbl, action, row FROM record_log WHERE seq > ? ORDER BY seq LIMIT 1", arguments: [state.sealed])
        let what = first.map { " (the first: \($0[0] as String) \($0[1] as String) \(LedgerView.shortRow($0[2])))" } ?? ""
        throw ArkaError(
            .brokenJournal,
            "another program changed the ledger behind arka's back: records #\(state.sealed + 1)...#\(state.written) are not sealed\(what); nothing is written until the books are examined with arka verify")
    }

    /// The recorded tables that decide what a write may do: the settings (the action's end), the
    /// chart, the funds and their budgets and revisions, the rates, the closed periods, the grant
    /// schemes, agreements and cancellations, and the products' prices. Small by nature, they are
    /// replayed before every write (``checkBeforeWrite(_:)``).
    static let rulingTables = [
        "ledger_setting", "account", "fund", "budget_line", "exchange_rate", "closed_period", "budget_revision", "reporting_rate",
        "grant_scheme", "grant_agreement", "grant_cancellation", "product",
    ]

    /// Refuses to write to a ledger that another program changed: records no Arka command
    /// sealed (``checkSealed(_:)``), a trigger removed or replaced, or a row of the
    /// ``rulingTables`` that is not as the record log replays it, as when a closed period was
    /// deleted with the triggers dropped and put back. A write must not build on such a change
    /// (a backdated entry into a month that was closed); `verify` names every one.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` naming the first change found.
    public static func checkBeforeWrite(_ db: Database) throws {
        try checkSealed(db)
        let view = LedgerView(db)
        var problems = try view.triggerProblems()
        for table in rulingTables where problems.isEmpty {
            problems += try view.replayProblems(table)
        }
        guard let first = problems.first else { return }
        throw ArkaError(
            .brokenJournal, "another program changed the ledger behind arka's back: \(first); nothing is written until the books are examined with arka verify")
    }

    /// Seals the records written since the last seal, anchored to the journal's head now.
    /// Called at the end of every write transaction (``LedgerStore/write(_:)``); a transaction
    /// that recorded nothing adds no seal.
    /// - Throws: a database error.
    public static func seal(_ db: Database) throws {
        let state = try sealState(db)
        guard state.written > state.sealed else { return }
        let previous = try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM record_seal ORDER BY seq DESC LIMIT 1")) ?? genesis
        let journal = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM entry ORDER BY seq DESC LIMIT 1"))
            .map { JournalHead(sequence: $0[0], hash: $0[1]) } ?? .empty
        let first = state.sealed + 1
        var hasher = SealHasher(previous: previous, first: first, last: state.written, journal: journal)
        let records = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT seq, tbl, action, row FROM record_log WHERE seq BETWEEN ? AND ? ORDER BY seq"), arguments: [first, state.written])
        while let row = try records.next() {
            try hasher.add(logRow: row)
        }
        try db.cachedStatement(sql: "INSERT INTO record_seal (seq, first, journal_seq, journal_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [state.written, first, journal.sequence, journal.hash, previous, hasher.finish()])
    }

    // MARK: - Schema

    /// Creates the record log and its seals, their guards and the triggers of every recorded
    /// table, records every row the tables hold now (a `reshape` record a table, then an
    /// `insert` a row) and seals them.
    /// - Throws: a database error.
    static func install(in db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE record_log (
                    seq INTEGER PRIMARY KEY,
                    tbl TEXT NOT NULL,
                    action TEXT NOT NULL,
                    row TEXT NOT NULL);
                CREATE INDEX record_log_by_table ON record_log(tbl);
                -- A seal covers the records from `first` to `seq`, written by one Arka transaction.
                CREATE TABLE record_seal (
                    seq INTEGER PRIMARY KEY,
                    first INTEGER NOT NULL,
                    journal_seq INTEGER NOT NULL,
                    journal_hash TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL);
                """)
        for table in guardedByRecordLog { try db.execute(sql: AppendOnlyGuard.sql(table: table)) }
        try db.execute(sql: AppendOnlyGuard.settingsSQL)
        for table in baselineTables { try reshape(table, in: db) }
        try seal(db)
    }

    /// The tables the record-log migration made append-only (the others had their guards from
    /// the migration that created them).
    public static let guardedByRecordLog = [
        "record_log", "record_seal", "account", "fund", "budget_line", "exchange_rate", "grant_recipient", "grant_scheme", "product",
    ]

    /// Writes `table`'s triggers for its columns as they are now and records its rows anew.
    /// - Throws: a database error.
    public static func reshape(_ table: String, in db: Database) throws {
        let shape = try TableShape(table, in: db)
        for action in ["insert", "update", "delete"] {
            try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_record_\(action)")
        }
        try db.execute(sql: "INSERT INTO record_log (tbl, action, row) VALUES (?, ?, ?)", arguments: [table, Action.reshape.rawValue, shape.columnList])
        try db.execute(
            sql: "INSERT INTO record_log (tbl, action, row) SELECT ?, ?, \(shape.rowExpression(prefix: "")) FROM \(table) WHERE \(shape.filter(prefix: ""))",
            arguments: [table, Action.insert.rawValue])
        for sql in shape.triggers { try db.execute(sql: sql) }
    }

    /// A recorded table's columns, and the SQL derived from them: the row as the log holds it
    /// and the three triggers.
    struct TableShape {
        let table: String
        /// Column names and whether each is a BLOB (recorded by its SHA-256).
        let columns: [(name: String, isBlob: Bool)]

        /// The positions of the primary key's columns in ``columns``.
        let keyPositions: [Int]

        init(_ table: String, in db: Database) throws {
            self.table = table
            let rows = try Row.fetchAll(db, sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
            columns = rows.map { (name: $0[0], isBlob: ($0[1] as String).uppercased() == "BLOB") }
            keyPositions = rows.indices.filter { (rows[$0][2] as Int) > 0 }.sorted { (rows[$0][2] as Int) < (rows[$1][2] as Int) }
        }

        /// A logged row's values, in column order, as SQLite's `json_array` wrote them.
        private func values(_ row: String) -> [LoggedValue]? {
            try? JSONDecoder().decode([LoggedValue].self, from: Data(row.utf8))
        }

        /// A value as a message shows it: text quoted, at most 40 characters.
        private func shown(_ value: LoggedValue) -> String {
            switch value {
            case .null: return "empty"
            case .text(let text): return "\"" + (text.count <= 40 ? text : text.prefix(39) + "…") + "\""
            case .integer(let number): return String(number)
            case .number(let number): return "\(number)"
            }
        }

        /// `(fund "EU", line "1.1")`: the row named by its primary key, or nil when it has none.
        func key(of row: String) -> String? {
            guard !keyPositions.isEmpty, let values = values(row), values.count == columns.count else { return nil }
            return "(" + keyPositions.map { "\(columns[$0].name) \(shown(values[$0]))" }.joined(separator: ", ") + ")"
        }

        /// The first column whose value differs between two forms of a row.
        /// An amount (a whole number in a column named for an amount, a price or a cost, as
        /// Arka stores money in minor units) is shown as a decimal in the row's currency, or
        /// said to be in minor units when the row names none.
        func firstDifference(_ was: String, _ now: String) -> (column: String, was: String, now: String)? {
            guard let old = values(was), let new = values(now), old.count == columns.count, new.count == columns.count else { return nil }
            for index in columns.indices where old[index] != new[index] {
                let name = columns[index].name
                guard ["amount", "price", "cost", "ceiling"].contains(where: name.contains) else { return (name, shown(old[index]), shown(new[index])) }
                let currency = columns.firstIndex { $0.name == "currency" }.flatMap { new[$0].text }.flatMap { try? Currency(code: $0) }
                func money(_ value: LoggedValue) -> String {
                    guard case .integer(let units) = value else { return shown(value) }
                    guard let currency else { return "\(units) minor units" }
                    return "\(Money(minorUnits: units, currency: currency).tableText) \(currency.code)"
                }
                return (name, money(old[index]), money(new[index]))
            }
            return nil
        }

        /// `["code","name",...]`: what a `reshape` record holds.
        var columnList: String {
            (try? JSONEncoder().encode(columns.map(\.name))).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        }

        /// `json_array(NEW.code, NEW.name, ...)`: a row as text, the same in a trigger and in a query.
        func rowExpression(prefix: String) -> String {
            "json_array(" + columns.map { $0.isBlob ? "arka_sha256(\(prefix)\($0.name))" : prefix + $0.name }.joined(separator: ", ") + ")"
        }

        /// The rows of the table that are recorded: all, but the journal head among the settings.
        func filter(prefix: String) -> String {
            table == "ledger_setting" ? "\(prefix)key <> '\(journalHeadKey)'" : "1"
        }

        /// The SQL of the triggers that record every insert, update and delete.
        var triggers: [String] {
            func append(_ action: Action, _ prefix: String) -> String {
                "INSERT INTO record_log (tbl, action, row) VALUES ('\(table)', '\(action.rawValue)', \(rowExpression(prefix: prefix)));"
            }
            let isSetting = table == "ledger_setting"
            let whenNew = isSetting ? " WHEN \(filter(prefix: "NEW."))" : ""
            let whenOld = isSetting ? " WHEN \(filter(prefix: "OLD."))" : ""
            let whenEither = isSetting ? " WHEN \(filter(prefix: "NEW.")) OR \(filter(prefix: "OLD."))" : ""
            return [
                "CREATE TRIGGER \(table)_record_insert AFTER INSERT ON \(table)\(whenNew) BEGIN \(append(.insert, "NEW.")) END",
                "CREATE TRIGGER \(table)_record_update AFTER UPDATE ON \(table)\(whenEither) BEGIN \(append(.delete, "OLD.")) \(append(.insert, "NEW.")) END",
                "CREATE TRIGGER \(table)_record_delete AFTER DELETE ON \(table)\(whenOld) BEGIN \(append(.delete, "OLD.")) END",
            ]
        }
    }
}

/// The triggers that make a table append-only: SQLite itself refuses to change or remove a row.
///
/// The SQL is Arka's own, and `verify` compares each trigger's SQL with it (not only its name):
/// a trigger of the same name that does nothing is reported. Never change this text: ledgers
/// made by every version hold it.
///
/// ```swift
/// try db.execute(sql: AppendOnlyGuard.sql(table: "fund"))
/// ```
public enum AppendOnlyGuard {
    /// The guard triggers for UPDATE and DELETE on `table`.
    static func sql(table: String) -> String {
        ["UPDATE", "DELETE"].map { trigger(table: table, action: $0) + ";" }.joined(separator: "\n")
    }

    static func trigger(table: String, action: String) -> String {
        """
        CREATE TRIGGER \(table)_append_only_\(action.lowercased())
        BEFORE \(action) ON \(table)
        BEGIN SELECT RAISE(ABORT, 'arka: the journal is append-only; post a reversal instead'); END
        """
    }

    /// The settings are append-only but for the journal head, which every commit rewrites.
    static var settingsSQL: String { settingsTriggers.map { $0 + ";" }.joined(separator: "\n") }

    static var settingsTriggers: [String] {
        ["UPDATE", "DELETE"].map { action in
            """
            CREATE TRIGGER ledger_setting_append_only_\(action.lowercased())
            BEFORE \(action) ON ledger_setting WHEN OLD.key <> '\(RecordLog.journalHeadKey)'
            BEGIN SELECT RAISE(ABORT, 'arka: the ledger''s settings are append-only'); END
            """
        }
    }
}

/// One value of a row the record log holds as a JSON array (SQLite's `json_array`): SQL's NULL,
/// an integer (an amount in minor units), another number, or a text (a BLOB is logged as its
/// SHA-256, a text).
enum LoggedValue: Decodable, Equatable {
    case null
    case integer(Int64)
    case number(Decimal)
    case text(String)

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let integer = try? value.decode(Int64.self) {
            self = .integer(integer)
        } else if let number = try? value.decode(Decimal.self) {
            self = .number(number)
        } else {
            self = .text(try value.decode(String.self))
        }
    }
}
