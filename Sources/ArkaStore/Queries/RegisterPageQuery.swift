import ArkaCore
import GRDB

/// Where a page of a register newest first ends: its oldest posting, after which the next page
/// lists the older ones. In an address it reads `DATE.KEY`.
///
/// ```swift
/// let cursor = RegisterCursor(text: "2024-03-05.458754")
/// cursor?.text   // "2024-03-05.458754"
/// ```
public struct RegisterCursor: Sendable, Equatable {
    public var date: LedgerDate
    public var key: PostingKey

    public init(date: LedgerDate, key: PostingKey) {
        self.date = date
        self.key = key
    }

    /// The cursor an address wrote, or nil for text that is not one.
    public init?(text: String) {
        let parts = text.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let date = try? LedgerDate.parse(String(parts[0])), let key = Int64(parts[1]), key >= 0 else { return nil }
        self.init(date: date, key: PostingKey(rawValue: key))
    }

    public var text: String { "\(date).\(key.rawValue)" }
}

extension LedgerView {
    /// Calls `body` with each posting to `accounts` (all when nil) dated from `from` to `to`, of
    /// `fund` when given, newest first (by date, then the order posted, backwards), starting
    /// after `cursor`, until `body` returns true. A page of the register of a million entries
    /// reads the entries it shows and few more, through the index of dates.
    ///
    /// ```swift
    /// var page: [PostingLine] = []
    /// try view.forEachPostingLineNewestFirst(accounts: ["5121"], from: nil, to: nil, after: nil) { line, _ in
    ///     page.append(line)
    ///     return page.count == 50
    /// }
    /// ```
    /// - Throws: as ``forEachPostingLine(accounts:from:to:fund:order:_:)``.
    public func forEachPostingLineNewestFirst(
        accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?, fund: String? = nil, after cursor: RegisterCursor?,
        _ body: (PostingLine, RegisterCursor) throws -> Bool
    ) throws {
        var (filter, arguments) = postingFilter(accounts: accounts, from: from, to: to)
        var conditions: [String] = filter.isEmpty ? [] : [String(filter.dropFirst("WHERE ".count))]
        if let fund {
            conditions.append("p.fund = ?")
            _ = arguments.append(contentsOf: [fund])
        }
        if let cursor {
            // `e.date <= ?` bounds the walk down the index of dates; the rest picks within the day.
            conditions.append("e.date <= ? AND (e.date < ? OR p.id < ?)")
            _ = arguments.append(contentsOf: [cursor.date, cursor.date, cursor.key.rawValue])
        }
        let base = try baseCurrency()
        let statement = try RawStatement(
            db,
            """
            SELECT \(Self.postingLineColumns)
            FROM entry e INDEXED BY entry_by_date JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY e.date DESC, e.seq DESC, p.id DESC
            """)
        try statement.statement.setArguments(arguments)
        try statement.stepRows(until: { row in
            let line = try postingLine(row, base: base)
            return try body(line, RegisterCursor(date: line.date, key: PostingKey(rawValue: row.int64(17))))
        })
    }

    /// The balance of `accounts` (all when nil) in each currency through the posting `cursor`
    /// names, that posting included: whole months from the monthly totals, and of its own month
    /// the postings on the nearer side of it (a register's newest page, at the end of a month,
    /// reads the few after it, not the month before it).
    /// - Throws: a database error; ``ArkaError/Kind/overflow`` for a sum beyond 64 bits.
    public func balances(of accounts: Set<String>?, through cursor: RegisterCursor) throws -> [Currency: Money] {
        let month = cursor.date.ledgerMonth
        var accountCondition = ""
        var accountArguments: StatementArguments = []
        if let accounts {
            accountCondition = " AND p.account IN (SELECT value FROM json_each(?))"
            accountArguments = [jsonArray(accounts)]
        }
        // The month's postings on the nearer side of the cursor: before it, added to the months
        // before; or, in the month's second half, after it, taken from the months through this one.
        let late = cursor.date.day > 15
        let sql = """
            SELECT currency, SUM(amount) FROM (
                SELECT p.currency AS currency, p.debit - p.credit AS amount FROM posting_total p WHERE p.month \(late ? "<=" : "<") ?\(accountCondition)
                UNION ALL
                SELECT p.currency, \(late ? "-p.amount" : "p.amount") FROM entry e INDEXED BY entry_by_date
                JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
                WHERE \(late
                    ? "e.date <= ? AND (e.date > ? OR (e.date = ? AND p.id > ?))"
                    : "e.date >= ? AND (e.date < ? OR (e.date = ? AND p.id <= ?))")\(accountCondition))
            GROUP BY currency
            """
        var arguments: StatementArguments = [month.description]
        _ = arguments.append(contentsOf: accountArguments)
        _ = arguments.append(contentsOf: [late ? month.lastDay : month.firstDay, cursor.date, cursor.date, cursor.key.rawValue])
        _ = arguments.append(contentsOf: accountArguments)
        var result: [Currency: Money] = [:]
        try namingOverflow {
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let currency = try currencies.currency(row[0])
                result[currency] = try row.money(1, currency: currency, "the balance in \(currency) on \(cursor.date)")
            }
        }
        return result
    }
}
