import ArkaCore
import GRDB

/// One line that moved goods into or out of stock, dated by its entry: a sale's line (out), a
/// purchase's line (in), a stock count's difference, or the reversal of any of them, which
/// moves the same goods back on the reversal's own date. Derived from the entries and their
/// lines each time, so a reversal never leaves a line behind.
public struct StockLine: Sendable, Equatable {
    /// What put the line in the books.
    public enum Kind: String, Sendable {
        case sale, purchase, count
    }

    /// The entry that moved the goods: the sale, the purchase, the count, or the reversal of one.
    public var entry: String
    public var date: LedgerDate
    public var product: String
    public var kind: Kind
    /// Thousandths of a unit, positive into stock.
    public var quantityThousandths: Int64
    /// What the line moved on the stock account, in the base currency: positive in.
    public var value: Money
    /// Whether the entry is the reversal of the one the line was recorded with.
    public var isReversal: Bool
}

/// A line of a purchase of goods, or of a stock count's difference, as the ledger stores it.
public struct StockMovementRow: Sendable, Equatable {
    public var product: String
    /// Thousandths of a unit, positive into stock.
    public var quantityThousandths: Int64
    /// What the line moves on the stock account: quantity × unit cost, in the base currency.
    public var value: Money
    /// What the purchase cost, in the base currency; nil for a count.
    public var paid: Money?

    public init(product: String, quantityThousandths: Int64, value: Money, paid: Money?) {
        self.product = product
        self.quantityThousandths = quantityThousandths
        self.value = value
        self.paid = paid
    }
}

/// A stock count as stored: what the books held and what was counted, in thousandths.
public struct StoredStockCount: Sendable, Equatable {
    public var id: Int64
    public var date: LedgerDate
    public var product: String
    public var expectedThousandths: Int64
    public var countedThousandths: Int64
    public var note: String?
    /// The entry of the difference; nil when the count agreed.
    public var entry: String?
    public var countedBy: String
}

extension LedgerView {
    /// The stock lines of `products` dated on or before `through` (every one when nil), in date
    /// order and, within a day, in journal order.
    public func stockLines(products: [String], through: LedgerDate?) throws -> [StockLine] {
        guard !products.isEmpty else { return [] }
        let marks = products.map { _ in "?" }.joined(separator: ", ")
        let last = through?.description ?? "9999-99-99"
        var arguments = StatementArguments()
        for _ in 0..<4 {
            arguments += StatementArguments(products)
            arguments += [last]
        }
        let base = try baseCurrency()
        return try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.date, s.product, 'sale', -s.quantity_thousandths, -s.cost, 0, e.seq
                FROM sale_item s JOIN entry e ON e.id = s.entry_id
                WHERE s.product IN (\(marks)) AND e.date <= ?
                UNION ALL
                SELECT r.id, r.date, s.product, 'sale', s.quantity_thousandths, s.cost, 1, r.seq
                FROM entry r JOIN sale_item s ON s.entry_id = r.reverses
                WHERE r.reverses IS NOT NULL AND s.product IN (\(marks)) AND r.date <= ?
                UNION ALL
                SELECT e.id, e.date, m.product, m.kind, m.quantity_thousandths, m.value, 0, e.seq
                FROM stock_movement m JOIN entry e ON e.id = m.entry_id
                WHERE m.product IN (\(marks)) AND e.date <= ?
                UNION ALL
                SELECT r.id, r.date, m.product, m.kind, -m.quantity_thousandths, -m.value, 1, r.seq
                FROM entry r JOIN stock_movement m ON m.entry_id = r.reverses
                WHERE r.reverses IS NOT NULL AND m.product IN (\(marks)) AND r.date <= ?
                ORDER BY 2, 8
                """,
            arguments: arguments
        ).map { row in
            StockLine(
                entry: row[0], date: try LedgerDate.parse(row[1]), product: row[2], kind: StockLine.Kind(rawValue: row[3]) ?? .purchase,
                quantityThousandths: row[4], value: try row.money(5, currency: base, "a stock line's value"), isReversal: (row[6] as Int64) != 0)
        }
    }

    /// What each entry dated on or before `through` moved on `account`, in the base currency,
    /// for the entries that moved it at all (net of their own postings).
    public func movements(on account: String, through: LedgerDate?) throws -> [(entry: String, date: LedgerDate, amount: Money)] {
        let base = try baseCurrency()
        return try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.date, SUM(p.base_amount) FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
                WHERE p.account = ? AND e.date <= ?
                GROUP BY e.seq HAVING SUM(p.base_amount) <> 0 ORDER BY e.seq
                """,
            arguments: [account, through?.description ?? "9999-99-99"]
        ).map { row in (row[0], try row.value(1, "date"), try row.money(2, currency: base, "what an entry moved on account \(account)")) }
    }

    /// The stock counts, oldest first.
    public func stockCounts() throws -> [StoredStockCount] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, date, product, expected_thousandths, counted_thousandths, note, entry_id, counted_by
                FROM stock_count ORDER BY date, id
                """
        ).map { row in
            StoredStockCount(
                id: row[0], date: try LedgerDate.parse(row[1]), product: row[2], expectedThousandths: row[3], countedThousandths: row[4],
                note: row[5], entry: row[6], countedBy: row[7])
        }
    }

    /// The income accounts' movement in the entries of sales and their reversals, per account:
    /// what the books say the sales brought in, net of VAT (positive: credited).
    public func saleRevenue(accounts: [String]) throws -> [String: Money] {
        guard !accounts.isEmpty else { return [:] }
        let marks = accounts.map { _ in "?" }.joined(separator: ", ")
        let base = try baseCurrency()
        var result: [String: Money] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT p.account, -SUM(p.base_amount) FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
                WHERE (e.id IN (SELECT entry_id FROM sale_item) OR e.reverses IN (SELECT entry_id FROM sale_item))
                  AND p.account IN (\(marks))
                GROUP BY p.account
                """,
            arguments: StatementArguments(accounts))
        {
            let account: String = row[0]
            result[account] = try row.money(1, currency: base, "the sales on account \(account)")
        }
        return result
    }
}

/// A matched statement line beside what its entry, and the entry's reversal, moved on the account.
public struct MatchedStatementLine: Sendable, Equatable {
    public var line: Int64
    public var date: LedgerDate
    public var amount: Money
    public var entry: String
    /// What the matched entry moved on the line's account, in the account's currency.
    public var entryMovement: Money
    /// The entry that reversed the matched one, and what it moved on the account.
    public var reversal: String?
    public var reversalMovement: Money
}

extension LedgerView {
    /// The matched statement lines of `account`, each with its entry's movement and that of the
    /// entry's reversal, in statement order.
    public func matchedStatementLines(account: String, currency: Currency) throws -> [MatchedStatementLine] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT l.id, l.date, l.amount, m.entry_id,
                    (SELECT COALESCE(SUM(p.amount), 0) FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
                     WHERE e.id = m.entry_id AND p.account = l.account AND p.currency = ?),
                    (SELECT r.id FROM entry r WHERE r.reverses = m.entry_id),
                    (SELECT COALESCE(SUM(p.amount), 0) FROM entry r JOIN posting p ON \(PostingKey.sql(postingsOf: "r.seq", key: "p.id"))
                     WHERE r.reverses = m.entry_id AND p.account = l.account AND p.currency = ?)
                FROM statement_line l JOIN statement_match m ON m.line_id = l.id
                WHERE l.account = ? ORDER BY l.date, l.id
                """,
            arguments: [currency.code, currency.code, account]
        ).map { row in
            MatchedStatementLine(
                line: row[0], date: try row.value(1, "date"), amount: try row.money(2, currency: currency, "a statement line"), entry: row[3],
                entryMovement: try row.money(4, currency: currency, "a matched entry's movement"), reversal: row[5],
                reversalMovement: try row.money(6, currency: currency, "a reversal's movement"))
        }
    }

    /// The accounts that have statement lines.
    public func statementAccounts() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT l.account FROM statement_line l WHERE \(StatementLineCount.counts("l")) ORDER BY l.account")
    }
}

extension LedgerTransaction {
    /// Stores the lines of a purchase of goods or of a stock count's difference.
    public func addStockMovements(entry: String, kind: StockLine.Kind, rows: [StockMovementRow]) throws {
        for (position, row) in rows.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO stock_movement (entry_id, position, product, kind, quantity_thousandths, value, paid)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [entry, position, row.product, kind.rawValue, row.quantityThousandths, row.value.minorUnits, row.paid?.minorUnits])
        }
    }

    /// Records a stock count, and the entry of its difference when there is one.
    public func addStockCount(
        date: LedgerDate, product: String, expectedThousandths: Int64, countedThousandths: Int64, note: String?, entry: String?,
        by user: String, at timestamp: String
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO stock_count (date, product, expected_thousandths, counted_thousandths, note, entry_id, counted_by, counted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [date.description, product, expectedThousandths, countedThousandths, note, entry, user, timestamp])
    }
}

/// A line of a posted sale, as the sales register keeps it.
public struct StoredSaleItem: Sendable, Equatable {
    public var product: String
    /// Thousandths of a unit.
    public var quantityThousandths: Int64
    /// What was charged, VAT included, in the base currency.
    public var amount: Money
    /// The cost taken out of stock, in the base currency.
    public var cost: Money
}

extension LedgerView {
    /// The lines of the sale posted as `entry`, in order; empty when the entry is not a sale.
    public func saleItems(of entry: String) throws -> [StoredSaleItem] {
        let base = try baseCurrency()
        return try Row.fetchAll(
            db, sql: "SELECT product, quantity_thousandths, amount, cost FROM sale_item WHERE entry_id = ? ORDER BY position", arguments: [entry]
        ).map {
            StoredSaleItem(
                product: $0[0], quantityThousandths: $0[1], amount: try $0.money(2, currency: base, "a sale's line"),
                cost: try $0.money(3, currency: base, "a sale's line"))
        }
    }
}
