import ArkaCore
import GRDB

/// Sales of one product in one month, summed from the lines of the sales.
public struct ProductSales: Sendable, Equatable {
    public var month: LedgerMonth
    public var product: String
    /// Thousandths of a unit.
    public var quantityThousandths: Int64
    /// What was charged, VAT included, in the base currency.
    public var amount: Money
    public var vat: Money
    /// The cost taken out of stock, in the base currency.
    public var cost: Money
    public var sales: Int
}

/// One posting of an entry, reduced to what the cash-flow statement reads.
public struct EntryPosting: Sendable, Equatable {
    public var account: String
    public var baseAmount: Money
}

extension LedgerView {
    /// The sales lines summed per month and product, for dates from `from` to `to` (inclusive).
    ///
    /// Derived from the entries: a sale's lines count in the month of its entry, and when the
    /// sale is reversed they count again, negated, in the month of the reversal (the same month
    /// when a sale is voided on its day). So the lines always add up to what the sale entries
    /// and their reversals posted in the period, and a closed month's figures never change.
    /// `sales` is the number of sales less the number of reversals of sales.
    public func productSales(from: LedgerDate?, to: LedgerDate?) throws -> [ProductSales] {
        let first = from?.description ?? "0000-00-00"
        let last = to?.description ?? "9999-99-99"
        let base = try baseCurrency()
        return try Row.fetchAll(
            db,
            sql: """
                SELECT substr(d, 1, 7), product, SUM(q), SUM(a), SUM(v), SUM(c),
                    COUNT(DISTINCT CASE WHEN sign > 0 THEN seq END) - COUNT(DISTINCT CASE WHEN sign < 0 THEN seq END)
                FROM (
                    SELECT e.date AS d, e.seq AS seq, 1 AS sign, s.product AS product, s.quantity_thousandths AS q, s.amount AS a, s.vat AS v, s.cost AS c
                    FROM sale_item s JOIN entry e ON e.id = s.entry_id
                    WHERE e.date >= ? AND e.date <= ?
                    UNION ALL
                    SELECT r.date, r.seq, -1, s.product, -s.quantity_thousandths, -s.amount, -s.vat, -s.cost
                    FROM entry r JOIN sale_item s ON s.entry_id = r.reverses
                    WHERE r.reverses IS NOT NULL AND r.date >= ? AND r.date <= ?)
                GROUP BY 1, 2 HAVING SUM(q) <> 0 OR SUM(a) <> 0 ORDER BY 1, 2
                """,
            arguments: [first, last, first, last]
        ).map { row in
            ProductSales(
                month: try row.value(0, "month"), product: row[1], quantityThousandths: row[2],
                amount: try row.money(3, currency: base, "the sales of a month"), vat: try row.money(4, currency: base, "the VAT of a month"),
                cost: try row.money(5, currency: base, "the cost of a month's sales"), sales: row[6])
        }
    }

    /// Every entry dated from `from` to `to` that has a posting on one of `accounts`, with all
    /// its postings in base currency, in journal order: the entry's month and its postings.
    public func forEachEntryTouching(
        _ accounts: [String], from: LedgerDate?, to: LedgerDate?, _ body: (_ month: LedgerMonth, _ postings: [EntryPosting]) throws -> Void
    ) throws {
        let marks = accounts.map { _ in "?" }.joined(separator: ", ")
        // Read through the C API: a year of sales is hundreds of thousands of rows.
        let statement = try RawStatement(
            db,
            """
            SELECT e.seq, CAST(substr(e.date, 1, 4) AS INTEGER) * 12 + CAST(substr(e.date, 6, 2) AS INTEGER) - 1, p.account, p.base_amount
            FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
            WHERE e.seq IN (SELECT DISTINCT \(PostingKey.sql(entryOf: "id")) FROM posting WHERE account IN (\(marks)))
              AND e.date >= ? AND e.date <= ?
            ORDER BY e.seq, p.id
            """)
        for (index, account) in accounts.enumerated() { statement.bind(Int32(index + 1), account) }
        statement.bind(Int32(accounts.count + 1), from?.description ?? "0000-00-00")
        statement.bind(Int32(accounts.count + 2), to?.description ?? "9999-99-99")
        let base = try baseCurrency()
        var current: (sequence: Int64, month: Int64)?
        var postings: [EntryPosting] = []
        func flush() throws {
            guard let current else { return }
            try body(LedgerMonth(ordinal: Int(current.month)), postings)
        }
        try statement.forEachRow { row in
            let sequence = row.int64(0)
            if current?.sequence != sequence {
                try flush()
                current = (sequence, row.int64(1))
                postings.removeAll(keepingCapacity: true)
            }
            postings.append(EntryPosting(account: row.text(2), baseAmount: row.money(3, currency: base)))
        }
        try flush()
    }

    /// The base-currency balance of `accounts` together at the end of each month up to `through`,
    /// from the monthly totals: the months where nothing moved are left out.
    /// - Throws: ``ArkaError/Kind/overflow`` naming the account and month when a total is not exact.
    public func monthEndBalances(of accounts: [String], through month: LedgerMonth) throws -> [LedgerMonth: Money] {
        let marks = accounts.map { _ in "?" }.joined(separator: ", ")
        var arguments = StatementArguments(accounts)
        arguments += [month]
        var result: [LedgerMonth: Money] = [:]
        var running = Money.zero(try baseCurrency())
        try namingOverflow {
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT month, SUM(base_debit) - SUM(base_credit) FROM posting_total
                    WHERE account IN (\(marks)) AND month <= ? GROUP BY month ORDER BY month
                    """,
                arguments: arguments)
            {
                let month: LedgerMonth = try row.value(0, "month")
                let change = try row.money(1, currency: running.currency, "the cash of \(month)")
                running = try running.adding(change)
                result[month] = running
            }
        }
        return result
    }

    /// The cash counts, oldest first.
    public func cashCounts(currency base: Currency) throws -> [StoredCashCount] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT date, account, expected, counted, note, entry_id, counted_by, counted_at, id FROM cash_count ORDER BY date, id")
        ).map { row in
            StoredCashCount(
                id: row[8],
                count: CashCount(
                    date: try LedgerDate.parse(row[0]), account: row[1], expected: Money(minorUnits: row[2], currency: base),
                    counted: Money(minorUnits: row[3], currency: base), note: row[4]),
                entry: row[5], countedBy: row[6], countedAt: row[7])
        }
    }

    /// The statement lines of an account in date order, with their matches.
    public func statementLines(account: String, currency: Currency) throws -> [StoredStatementLine] {
        try statementLines(account: account, currency: currency, where: "", [])
    }

    /// One statement line of an account by its number; nil when the account has no such line.
    public func statementLine(_ id: Int64, account: String, currency: Currency) throws -> StoredStatementLine? {
        try statementLines(account: account, currency: currency, where: "AND l.id = ?", [id]).first
    }

    private func statementLines(account: String, currency: Currency, where condition: String, _ extra: StatementArguments) throws
        -> [StoredStatementLine]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT l.id, l.date, l.description, l.amount, l.balance, l.file, l.file_line, m.entry_id, m.how,
                    (SELECT r.id FROM entry r WHERE r.reverses = m.entry_id)
                FROM statement_line l LEFT JOIN statement_match m ON m.line_id = l.id
                WHERE l.account = ? AND \(StatementLineCount.counts("l")) \(condition) ORDER BY l.date, l.id
                """,
            arguments: [account] + extra
        ).map { row in
            StoredStatementLine(
                id: row[0], account: account,
                line: StatementLine(
                    date: try LedgerDate.parse(row[1]), description: row[2], amount: Money(minorUnits: row[3], currency: currency),
                    balance: Money(minorUnits: row[4], currency: currency), origin: SourceLocation(file: row[5], line: row[6])),
                matchedEntry: row[7], how: row[8], matchedEntryReversedBy: row[9])
        }
    }

    /// The entries that moved `account` and are matched to no statement line: one movement per
    /// entry, its postings on the account summed. An entry that was reversed and its reversal
    /// cancel out and are left out: neither is money a statement can show.
    public func unmatchedMovements(account: String, currency: Currency) throws -> [BankMovement] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.date, SUM(p.amount), e.description
                FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
                WHERE p.account = ? AND p.currency = ? AND e.id NOT IN (SELECT entry_id FROM statement_match)
                  AND e.reverses IS NULL AND e.id NOT IN (SELECT reverses FROM entry WHERE reverses IS NOT NULL)
                GROUP BY e.seq HAVING SUM(p.amount) <> 0 ORDER BY e.seq
                """,
            arguments: [account, currency.code]
        ).map { row in
            BankMovement(entry: row[0], date: try LedgerDate.parse(row[1]), amount: Money(minorUnits: row[2], currency: currency), description: row[3])
        }
    }

    /// What one entry moved on `account`, summed; nil when the ledger has no such entry.
    public func movement(of entry: String, on account: String, currency: Currency) throws -> BankMovement? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT e.id, e.date, COALESCE(SUM(CASE WHEN p.account = ? AND p.currency = ? THEN p.amount END), 0), e.description
                    FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
                    WHERE e.id = ? GROUP BY e.seq
                    """,
                arguments: [account, currency.code, entry])
        else { return nil }
        return BankMovement(entry: row[0], date: try LedgerDate.parse(row[1]), amount: Money(minorUnits: row[2], currency: currency), description: row[3])
    }
}

extension LedgerView {
    /// The ids of the entries whose id starts with `prefix`.
    public func entryIDs(startingWith prefix: String) throws -> [String] {
        guard let upper = Self.afterEveryText(startingWith: prefix) else {
            return try String.fetchAll(db, sql: "SELECT id FROM entry WHERE substr(id, 1, ?) = ?", arguments: [prefix.count, prefix])
        }
        return try String.fetchAll(db, sql: "SELECT id FROM entry WHERE id >= ? AND id < ?", arguments: [prefix, upper])
    }

    /// How many ids are `prefix` (`S-20240305-`) and a number, as a day's series numbers them: a
    /// count of a range of the ids' unique index. Other ids that start so (a reversal's,
    /// `S-20240305-001-R`) are not counted: the next number of the series starts from it.
    /// - Throws: a database error.
    public func countOfNumberedIDs(startingWith prefix: String) throws -> Int {
        guard let upper = Self.afterEveryText(startingWith: prefix) else {
            return try entryIDs(startingWith: prefix).count { id in
                let number = id.dropFirst(prefix.count)
                return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
            }
        }
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT COUNT(*) FROM entry WHERE id >= ? AND id < ? AND length(id) > ? AND substr(id, ?) NOT GLOB '*[^0-9]*'"),
            arguments: [prefix, upper, prefix.count, prefix.count + 1]) ?? 0
    }

    /// The text just after every text starting with `prefix` (its last byte one higher), for a
    /// range of an index; nil for a prefix that does not end in ASCII.
    static func afterEveryText(startingWith prefix: String) -> String? {
        var bytes = Array(prefix.utf8)
        guard let last = bytes.last, last < 0x7F else { return nil }
        bytes[bytes.count - 1] = last + 1
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension LedgerView {
    /// The balance of one account in the base currency after every entry dated on or before
    /// `date`, summed from the postings themselves: right inside a transaction that is still
    /// appending, where the monthly totals are not written yet.
    /// - Throws: ``ArkaError/Kind/overflow`` when the balance does not fit in 64 bits.
    public func postedBalance(of account: String, asOf date: LedgerDate) throws -> Money {
        try postedBalance(of: account, asOf: date, excluding: [])
    }
}

/// The base-currency totals of one account in one month (all currencies, funds and lines).
public struct MonthlyAccountTotal: Sendable, Equatable {
    public var month: LedgerMonth
    public var account: String
    public var baseDebit: Money
    public var baseCredit: Money

    /// Debits less credits.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits.
    public func baseBalance() throws -> Money { try baseDebit.subtracting(baseCredit) }
}

extension LedgerView {
    /// Base-currency debit and credit per month and account, for every month up to `through`,
    /// read from the monthly totals the journal keeps.
    /// - Throws: ``ArkaError/Kind/overflow`` naming the account and month when a total is not exact.
    public func monthlyAccountTotals(through month: LedgerMonth) throws -> [MonthlyAccountTotal] {
        let base = try baseCurrency()
        return try namingOverflow {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT month, account, SUM(base_debit), SUM(base_credit) FROM posting_total
                    WHERE month <= ? GROUP BY month, account ORDER BY month, account
                    """,
                arguments: [month]
            ).map { row in
                let account: String = row[1]
                return MonthlyAccountTotal(
                    month: try row.value(0, "month"), account: account,
                    baseDebit: try row.money(2, currency: base, "the debits of account \(account)"),
                    baseCredit: try row.money(3, currency: base, "the credits of account \(account)"))
            }
        }
    }

    /// The months of the first and the last entry; nil for an empty journal.
    public func entryMonths() throws -> (first: LedgerMonth, last: LedgerMonth)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT MIN(date), MAX(date) FROM entry"), let first: String = row[0], let last: String = row[1] else {
            return nil
        }
        return (try LedgerDate.parse(first).ledgerMonth, try LedgerDate.parse(last).ledgerMonth)
    }
}
