import ArkaCore
import GRDB

/// One import as the ledger records it: a numbered batch of the entries (or bank statement
/// lines) one command wrote from one file, so that it can be found and undone as one.
///
/// ```swift
/// let batch = try view.importBatch(3)
/// batch?.entries   // 41...57: the sequence numbers of the entries it posted
/// ```
public struct ImportBatch: Sendable, Equatable {
    /// What wrote the batch.
    public enum Kind: String, Sendable, CaseIterable {
        /// `arka post`: entries from a posting file.
        case post
        /// `arka sales import`: the sales of a file, one entry each.
        case sales
        /// `arka expense import`: the expenses of a file, one entry each.
        case expenses
        /// `arka bank import`: the lines of a bank statement (no entries).
        case statement
    }

    /// The batch's number, from 1.
    public var number: Int64
    public var kind: Kind
    /// The file as the command named it (`-` for standard input).
    public var file: String
    /// The sequence numbers of the entries it wrote, if it wrote any.
    public var entries: ClosedRange<Int64>?
    /// The ids of the bank statement lines it added, if it added any.
    public var lines: ClosedRange<Int64>?
    public var importedBy: String
    /// When, as `2026-12-06T09:15:02Z`.
    public var importedAt: String

    enum Columns {
        static let all = "id, kind, file, first_entry, last_entry, first_line, last_line, imported_by, imported_at"
    }

    init(row: Row) throws {
        let number = try row.decode(Int64.self, forColumn: "id")
        let kindText = try row.decode(String.self, forColumn: "kind")
        guard let kind = Kind(rawValue: kindText) else {
            throw ArkaError(.brokenJournal, "import batch #\(number) has an unknown kind \"\(kindText)\"")
        }
        func range(_ first: String, _ last: String) throws -> ClosedRange<Int64>? {
            guard let low = try row.decode(Int64?.self, forColumn: first), let high = try row.decode(Int64?.self, forColumn: last), low <= high else { return nil }
            return low...high
        }
        self.init(
            number: number, kind: kind, file: try row.decode(String.self, forColumn: "file"), entries: try range("first_entry", "last_entry"),
            lines: try range("first_line", "last_line"), importedBy: try row.decode(String.self, forColumn: "imported_by"),
            importedAt: try row.decode(String.self, forColumn: "imported_at"))
    }

    public init(
        number: Int64, kind: Kind, file: String, entries: ClosedRange<Int64>?, lines: ClosedRange<Int64>?, importedBy: String, importedAt: String
    ) {
        self.number = number
        self.kind = kind
        self.file = file
        self.entries = entries
        self.lines = lines
        self.importedBy = importedBy
        self.importedAt = importedAt
    }
}

extension LedgerTransaction {
    /// Records an import as the next numbered batch: the entries it appended (sequence numbers)
    /// and the statement lines it added (ids), with who and when.
    ///
    /// ```swift
    /// let number = try transaction.recordBatch(.post, file: "january.csv", entries: 41...57, lines: nil, by: "ermira", at: stamp)
    /// ```
    /// - Returns: the batch's number.
    /// - Throws: a database error.
    public func recordBatch(
        _ kind: ImportBatch.Kind, file: String, entries: ClosedRange<Int64>?, lines: ClosedRange<Int64>?, by user: String, at timestamp: String
    ) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO import_batch (kind, file, first_entry, last_entry, first_line, last_line, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [kind.rawValue, file, entries?.lowerBound, entries?.upperBound, lines?.lowerBound, lines?.upperBound, user, timestamp])
        return db.lastInsertedRowID
    }
}

extension LedgerView {
    /// The import batch numbered `number`, if the ledger has one.
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` for a row Arka did not write.
    public func importBatch(_ number: Int64) throws -> ImportBatch? {
        try Row.fetchOne(db, sql: "SELECT \(ImportBatch.Columns.all) FROM import_batch WHERE id = ?", arguments: [number]).map(ImportBatch.init(row:))
    }

    /// Every import batch, oldest first.
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` for a row Arka did not write.
    public func importBatches() throws -> [ImportBatch] {
        try Row.fetchAll(db, sql: "SELECT \(ImportBatch.Columns.all) FROM import_batch ORDER BY id").map(ImportBatch.init(row:))
    }

    /// The ids of the entries numbered `sequences`, in order.
    /// - Throws: a database error.
    public func entryIDs(_ sequences: ClosedRange<Int64>) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM entry WHERE seq BETWEEN ? AND ? ORDER BY seq", arguments: [sequences.lowerBound, sequences.upperBound])
    }

    /// The import batch whose entries include sequence number `sequence`, if one does.
    /// - Throws: a database error.
    public func importBatch(holding sequence: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM import_batch WHERE ? BETWEEN first_entry AND last_entry", arguments: [sequence])
    }
}

extension LedgerView {
    /// How many of the entries numbered `sequences` a later entry reverses.
    /// - Throws: a database error.
    public func reversedCount(_ sequences: ClosedRange<Int64>) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM entry e JOIN entry r ON r.reverses = e.id WHERE e.seq BETWEEN ? AND ?",
            arguments: [sequences.lowerBound, sequences.upperBound]) ?? 0
    }
}
