import ArkaCore
import Foundation
import GRDB

extension LedgerView {
    /// The balance in each currency of `accounts` (all when nil) from entries dated before
    /// `date`, by currency.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits,
    ///   ``ArkaError/Kind/unknownCurrency`` for a stored code that is not one.
    public func balances(of accounts: Set<String>?, before date: LedgerDate) throws -> [Currency: Money] {
        var sql = """
            SELECT p.currency, SUM(p.amount) FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
            WHERE e.date < ?
            """
        var arguments: StatementArguments = [date]
        if let accounts {
            sql += " AND p.account IN (SELECT value FROM json_each(?))"
            _ = arguments.append(contentsOf: [jsonArray(accounts)])
        }
        sql += " GROUP BY p.currency"
        var result: [Currency: Money] = [:]
        try namingOverflow {
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let currency = try currencies.currency(row[0])
                result[currency] = try row.money(1, currency: currency, "the opening balance in \(currency)")
            }
        }
        return result
    }

    /// The `WHERE` clause (or nothing) and its arguments choosing postings (`p`) of entries (`e`)
    /// to `accounts` (all when nil) dated from `from` to `to`, inclusive.
    func postingFilter(accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let from {
            conditions.append("e.date >= ?")
            _ = arguments.append(contentsOf: [from])
        }
        if let to {
            conditions.append("e.date <= ?")
            _ = arguments.append(contentsOf: [to])
        }
        if let accounts {
            conditions.append("p.account IN (SELECT value FROM json_each(?))")
            _ = arguments.append(contentsOf: [jsonArray(accounts)])
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// A set of codes as the JSON array `json_each` reads.
    func jsonArray(_ values: Set<String>) -> String {
        (try? JSONEncoder().encode(values.sorted())).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
