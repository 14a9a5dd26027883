import ArkaCore
import GRDB
import GRDBSQLite

// The store's boundary: a day, a month and a currency go into and come out of SQLite as the
// domain's own values, never as text a caller parses again. An amount is two columns, its
// minor units and its currency code (GRDB's "money amounts" pattern), read into ``Money`` by
// ``Row/money(_:currency:_:)`` and ``RawRow/money(_:currency:)``, the one place a stored
// amount becomes money.

/// A day is stored as its `YYYY-MM-DD` text, which sorts as the days do.
///
/// ```swift
/// try Row.fetchAll(db, sql: "SELECT * FROM entry WHERE date <= ?", arguments: [day])
/// let date: LedgerDate = try row.decode(atIndex: 0)
/// ```
extension LedgerDate: DatabaseValueConvertible, StatementColumnConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LedgerDate? {
        String.fromDatabaseValue(dbValue).flatMap { try? LedgerDate.parse($0) }
    }

    /// Reads the day from the column's bytes in place: no `String` per row.
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(sqliteStatement, index))
        self.init(utf8: UnsafeBufferPointer(start: text, count: count))
    }
}

/// A month is stored as its `YYYY-MM` text, as the monthly totals key it.
extension LedgerMonth: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LedgerMonth? {
        String.fromDatabaseValue(dbValue).flatMap { try? LedgerMonth.parse($0) }
    }
}

/// A currency is stored as its ISO 4217 code.
extension Currency: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { code.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Currency? {
        String.fromDatabaseValue(dbValue).flatMap { try? Currency(code: $0) }
    }
}

extension Row {
    /// The amount whose minor units are in column `index` and whose currency is `currency`.
    /// - Throws: ``ArkaError/Kind/overflow`` naming `what` when the stored number is not a 64-bit
    ///   whole number (a sum SQLite turned into a floating-point number).
    func money(_ index: Int, currency: Currency, _ what: @autoclosure () -> String) throws -> Money {
        Money(minorUnits: try StoredAmount.read(self, index, what()), currency: currency)
    }

    /// The domain value in column `index`, or a refusal naming the column's text when the stored
    /// text is not one (a file changed behind Arka's back).
    /// - Throws: ``ArkaError/Kind/brokenJournal``.
    func value<Value: DatabaseValueConvertible>(_ index: Int, _ what: String) throws -> Value {
        let stored = self[index] as DatabaseValue
        guard let value = Value.fromDatabaseValue(stored) else {
            throw ArkaError(.brokenJournal, "the ledger holds \(what) that does not read back", field: what, value: "\(stored)")
        }
        return value
    }

    /// Like ``value(_:_:)``, nil for NULL.
    /// - Throws: ``ArkaError/Kind/brokenJournal``.
    func optionalValue<Value: DatabaseValueConvertible>(_ index: Int, _ what: String) throws -> Value? {
        (self[index] as DatabaseValue).isNull ? nil : try value(index, what) as Value
    }
}

/// The currencies a reader has met, by code: a listing names a handful of currencies over a
/// million rows, so each code is looked up in ISO 4217 once.
final class CurrencyCache {
    private var known: [String: Currency] = [:]
    private var last: Currency?

    /// The currency of `code`.
    /// - Throws: ``ArkaError/Kind/unknownCurrency`` for a code that is not one.
    func currency(_ code: String) throws -> Currency {
        if let last, last.code == code { return last }
        let currency = try known[code] ?? Currency(code: code)
        known[code] = currency
        last = currency
        return currency
    }
}

extension RawRow {
    /// The day in column `column`.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` when the stored text is not a day.
    func date(_ column: Int32) throws -> LedgerDate {
        guard let date = LedgerDate(sqliteStatement: statement, index: column) else {
            throw ArkaError(.brokenJournal, "the ledger holds a date that is not one", field: "date", value: text(column))
        }
        return date
    }

    /// The day in column `column`, nil for NULL.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` when the stored text is not a day.
    func optionalDate(_ column: Int32) throws -> LedgerDate? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : try date(column)
    }

    /// The amount whose minor units are in column `amount` and whose currency code is in column
    /// `currency`, its currency looked up through `cache`.
    /// - Throws: ``ArkaError/Kind/unknownCurrency`` for a stored code that is not one.
    func money(_ amount: Int32, currency column: Int32, _ cache: CurrencyCache) throws -> Money {
        Money(minorUnits: int64(amount), currency: try cache.currency(text(column)))
    }

    /// The amount whose minor units are in column `amount`, of `currency`.
    func money(_ amount: Int32, currency: Currency) -> Money {
        Money(minorUnits: int64(amount), currency: currency)
    }
}
