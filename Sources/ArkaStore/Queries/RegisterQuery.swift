import ArkaCore
import GRDB

/// One posting with its entry's date, id and description, as a register lists it.
public struct RegisterRow: Sendable, Equatable {
    public var sequence: Int64
    public var entryID: String
    public var date: String
    public var description: String
    public var counterparty: String?
    public var account: String
    public var amount: Int64
    public var currency: String
    public var baseAmount: Int64
    public var fund: String?
    public var budgetLine: String?
    public var memo: String?
}

extension LedgerView {
    /// The postings to `accounts` (all when nil) dated from `from` to `to`, inclusive, in date
    /// order and, within a day, in the order they were posted.
    public func register(accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?) throws -> [RegisterRow] {
        let (filter, arguments) = postingFilter(accounts: accounts, from: from, to: to)
        let sql = """
            SELECT e.seq, e.id, e.date, e.description, e.counterparty, p.account, p.amount, p.currency,
                   p.base_amount, p.fund, p.budget_line, p.memo
            FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
            \(filter)
            ORDER BY e.date, p.id
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            RegisterRow(
                sequence: row[0], entryID: row[1], date: row[2], description: row[3], counterparty: row[4],
                account: row[5], amount: row[6], currency: row[7], baseAmount: row[8], fund: row[9],
                budgetLine: row[10], memo: row[11])
        }
    }

    /// The balance per currency of `accounts` (all when nil) from entries dated before `date`.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits.
    public func balances(of accounts: Set<String>?, before date: LedgerDate) throws -> [String: Int64] {
        var sql = """
            SELECT p.currency, SUM(p.amount) FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
            WHERE e.date < ?
            """
        var arguments: StatementArguments = [date.description]
        if let accounts {
            sql += " AND p.account IN (SELECT value FROM json_each(?))"
            _ = arguments.append(contentsOf: [jsonArray(accounts)])
        }
        sql += " GROUP BY p.currency"
        var result: [String: Int64] = [:]
        try namingOverflow {
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let currency: String = row[0]
                result[currency] = try StoredAmount.read(row, 1, "the opening balance in \(currency)")
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
            _ = arguments.append(contentsOf: [from.description])
        }
        if let to {
            conditions.append("e.date <= ?")
            _ = arguments.append(contentsOf: [to.description])
        }
        if let accounts {
            conditions.append("p.account IN (SELECT value FROM json_each(?))")
            _ = arguments.append(contentsOf: [jsonArray(accounts)])
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// A set of codes as the JSON array `json_each` reads.
    func jsonArray(_ values: Set<String>) -> String {
        "[" + values.sorted().map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: ",") + "]"
    }
}
