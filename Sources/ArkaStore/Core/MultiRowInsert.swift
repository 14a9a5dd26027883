import GRDB

/// `INSERT OR FAIL` statements that write 1 to `maximumRows` rows of one table at once, each
/// prepared when first needed: SQLite's work per statement (opening the table and its indexes,
/// finding where rows go) is paid once for many rows. Parameters go row by row, each row's in the
/// order of `columns`.
///
/// A refused row stops the statement and the rows before it stay (`OR FAIL`): that spares SQLite
/// the journal it keeps to undo a plain `INSERT` of many rows, and leaves the caller to know which
/// rows went in.
///
/// ```swift
/// let postings = MultiRowInsert(db, table: "posting", columns: ["id", "account"], maximumRows: 32)
/// let insert = try postings.statement(rows: 2)   // INSERT OR FAIL INTO posting (id, account) VALUES (?, ?), (?, ?)
/// ```
final class MultiRowInsert {
    let maximumRows: Int
    private let db: Database
    private let table: String
    private let columns: [String]
    private var statements: [RawStatement?]

    init(_ db: Database, table: String, columns: [String], maximumRows: Int) {
        self.db = db
        self.table = table
        self.columns = columns
        self.maximumRows = maximumRows
        statements = Array(repeating: nil, count: maximumRows + 1)
    }

    /// The statement for `rows` rows, 1 to `maximumRows`.
    /// - Throws: a database error when SQLite cannot prepare it.
    func statement(rows: Int) throws -> RawStatement {
        precondition((1...maximumRows).contains(rows), "a multi-row insert of \(rows) rows")
        if let statement = statements[rows] { return statement }
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let statement = try RawStatement(
            db,
            "INSERT OR FAIL INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))")
        statements[rows] = statement
        return statement
    }

    /// Drops the bindings of every statement made, so that none points into memory about to be freed.
    func clearBindings() {
        for statement in statements { statement?.clearBindings() }
    }
}
