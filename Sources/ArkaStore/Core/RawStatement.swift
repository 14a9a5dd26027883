import GRDB
import GRDBSQLite

/// Binds and steps a prepared GRDB statement through the SQLite C API.
///
/// The journal writer inserts hundreds of thousands of rows per import; binding through the C
/// API directly avoids building a `StatementArguments` array for every row.
struct RawStatement {
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    let statement: Statement
    let db: Database

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        self.statement = try db.cachedStatement(sql: sql)
    }

    func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        // withUTF8 lends the string's own bytes (small strings from the stack): no C copy to allocate.
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else {
                sqlite3_bind_text(statement.sqliteStatement, index, "", 0, Self.transient)  // not NULL
                return
            }
            start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text(statement.sqliteStatement, index, chars, Int32(bytes.count), Self.transient)
            }
        }
    }

    /// Binds `count` bytes of UTF-8 text at `start` that stay where they are until the statement
    /// has run (SQLITE_STATIC: SQLite reads them in place, no copy); a negative count binds NULL.
    /// - Throws: `DatabaseError` (SQLITE_TOOBIG) for a text longer than SQLite takes.
    func bind(_ index: Int32, _ start: UnsafePointer<CChar>, count: Int) throws {
        let code =
            count < 0
            ? sqlite3_bind_null(statement.sqliteStatement, index)
            : sqlite3_bind_text64(statement.sqliteStatement, index, start, sqlite3_uint64(count), nil, UInt8(SQLITE_UTF8))
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errstr(code)))
        }
    }

    /// Binds UTF-8 text lent as bytes, in place, as ``bind(_:_:count:)`` does; an empty text is
    /// an empty string, not NULL.
    /// - Throws: `DatabaseError` (SQLITE_TOOBIG) for a text longer than SQLite takes.
    func bind(_ index: Int32, utf8 text: UnsafeRawBufferPointer) throws {
        let start = text.baseAddress?.assumingMemoryBound(to: CChar.self) ?? Self.emptyText
        try bind(index, start, count: text.count)
    }

    /// A text of no bytes that stays where it is (a literal of the program), for an empty text
    /// lent without an address.
    private static var emptyText: UnsafePointer<CChar> {
        UnsafeRawPointer(("" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)
    }

    /// Drops every binding, so that none points into memory about to be freed.
    func clearBindings() {
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    /// Runs the statement once and resets it for the next row. Bind every parameter before each run.
    /// - Throws: `DatabaseError` with SQLite's code and message, e.g. a UNIQUE constraint.
    func run() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(db.sqliteConnection))
        let extended = sqlite3_extended_errcode(db.sqliteConnection)
        // Every parameter is bound before each run, so bindings need no clearing.
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message)
        }
    }

    /// Steps through the statement's rows, handing each to `body` to read its columns, then resets it.
    /// - Throws: `DatabaseError` with SQLite's code and message, or what `body` throws.
    func forEachRow(_ body: (RawRow) throws -> Void) throws {
        try stepRows(until: { (row: RawRow) -> Bool in
            try body(row)
            return false
        })
    }

    /// Steps through the rows until `body` returns true (done) or none is left.
    func stepRows(until body: (RawRow) throws -> Bool) throws {
        defer { sqlite3_reset(statement.sqliteStatement) }
        let row = RawRow(statement: statement.sqliteStatement)
        while true {
            let code = sqlite3_step(statement.sqliteStatement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            if try body(row) { return }
        }
    }
}

/// The current row of a ``RawStatement``, read column by column through the C API.
struct RawRow {
    let statement: OpaquePointer

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The column's text, or nil when it is NULL.
    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : text(column)
    }
}
