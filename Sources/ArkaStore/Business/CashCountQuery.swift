import ArkaCore
import GRDB

/// What one entry moved on an account that has been counted, for the check that keeps cash
/// counts true.
public struct CountedAccountMovement: Sendable, Equatable {
    public var entry: String
    public var date: LedgerDate
    public var account: String
    /// In the base currency, net of the entry's postings on the account.
    public var amount: Money
    /// The cash count whose difference the entry records, when it is one.
    public var countOf: Int64?
}

extension LedgerView {
    /// What the entries appended after journal sequence `sequence` moved on each of `accounts`,
    /// for those dated on or before the account's date in `through`; entries whose postings on
    /// the account cancel out are left out.
    public func movements(after sequence: Int64, through: [String: LedgerDate]) throws -> [CountedAccountMovement] {
        guard !through.isEmpty else { return [] }
        let accounts = through.keys.sorted()
        let marks = accounts.map { _ in "?" }.joined(separator: ", ")
        let latest = through.values.max()!.description
        var arguments: StatementArguments = [sequence &+ 1]
        arguments += StatementArguments(accounts)
        arguments += [latest]
        let base = try baseCurrency()
        return try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT e.id, e.date, p.account, SUM(p.base_amount),
                        (SELECT c.id FROM cash_count c WHERE c.entry_id = e.id AND c.account = p.account)
                    FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
                    WHERE p.id >= \(PostingKey.sql(firstKeyOf: "?")) AND p.account IN (\(marks)) AND e.date <= ?
                    GROUP BY e.seq, p.account HAVING SUM(p.base_amount) <> 0 ORDER BY e.seq, p.account
                    """),
            arguments: arguments
        ).compactMap { row in
            let movement = CountedAccountMovement(
                entry: row[0], date: try row.value(1, "date"), account: row[2],
                amount: try row.money(3, currency: base, "what an entry moved on a counted account"), countOf: row[4])
            guard let last = through[movement.account], movement.date <= last else { return nil }
            return movement
        }
    }

    /// The balance of `account` at the end of `date`, in the base currency, leaving out the
    /// entries `excluded` and their reversals.
    /// - Throws: ``ArkaError/Kind/overflow`` when the balance does not fit in 64 bits.
    public func postedBalance(of account: String, asOf date: LedgerDate, excluding excluded: [String]) throws -> Money {
        let marks = excluded.map { _ in "?" }.joined(separator: ", ")
        var arguments: StatementArguments = [account, date.description]
        var condition = ""
        if !excluded.isEmpty {
            condition = "AND e.id NOT IN (\(marks)) AND (e.reverses IS NULL OR e.reverses NOT IN (\(marks)))"
            arguments += StatementArguments(excluded)
            arguments += StatementArguments(excluded)
        }
        let base = try baseCurrency()
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT SUM(p.base_amount) FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
                    WHERE p.account = ? AND e.date <= ? \(condition)
                    """,
                arguments: arguments)
        else { return .zero(base) }
        return try row.money(0, currency: base, "the balance of account \(account)")
    }

    /// The number of the last cash count recorded; 0 when there is none.
    public func lastCashCountID() throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM cash_count")) ?? 0
    }

    /// The entries a person marked as corrections after a cash count, with the count they change.
    public func afterCountWrites() throws -> [(entry: String, count: Int64)] {
        try Row.fetchAll(db, sql: "SELECT entry_id, count_id FROM after_count_write ORDER BY rowid").map { ($0[0], $0[1]) }
    }

    /// The entry that reversed each of `entries` that has been reversed.
    public func reversals(of entries: [String]) throws -> [String: String] {
        guard !entries.isEmpty else { return [:] }
        let marks = entries.map { _ in "?" }.joined(separator: ", ")
        var result: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT reverses, id FROM entry WHERE reverses IN (\(marks))", arguments: StatementArguments(entries)) {
            result[row[0]] = row[1]
        }
        return result
    }
}

extension LedgerTransaction {
    /// Records that `entry` was written, knowingly, after the cash count `count` it changes.
    public func markAfterCount(entry: String, count: Int64, by user: String, at timestamp: String) throws {
        try db.execute(
            sql: "INSERT INTO after_count_write (entry_id, count_id, marked_by, marked_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            arguments: [entry, count, user, timestamp])
    }
}
