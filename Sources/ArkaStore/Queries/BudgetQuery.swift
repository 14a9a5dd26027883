import ArkaCore
import GRDB

/// Expense in the base currency on one fund and budget line (either may be absent).
public struct BudgetSpending: Sendable, Equatable {
    public var fund: String?
    public var budgetLine: String?
    public var amount: Money

    /// The fund and budget line as one key (empty parts for none).
    public var key: BudgetLineKey { BudgetLineKey(fund: fund, line: budgetLine) }
}

/// An expense posting that names no fund, or a restricted fund but no budget line.
public struct UnbudgetedExpense: Sendable, Equatable {
    public var entry: String
    public var account: String
    /// Nil when the posting names no fund.
    public var fund: String?

    public init(entry: String, account: String, fund: String?) {
        self.entry = entry
        self.account = account
        self.fund = fund
    }
}

extension LedgerView {
    /// Every budget revision, in date order and, within a day, in the order recorded.
    public func budgetRevisions() throws -> [BudgetRevision] {
        try BudgetRevisionRecord.order(BudgetRevisionRecord.Columns.date, BudgetRevisionRecord.Columns.seq)
            .fetchAll(db).map { try $0.revision() }
    }

    /// Expense postings of the entries from `sequence` on that a fund accountant would question,
    /// in journal order: those that name no fund, and those on a restricted fund that name no
    /// budget line. The accounts of `exempt` (conversion rounding, exchange losses, kept off the
    /// budget lines on purpose) are left out. Read from the postings' key range, so that it costs
    /// what the entries posted cost, whatever the ledger holds.
    /// - Throws: a database error.
    public func expensesOutsideBudget(fromSequence sequence: Int64, exempt: [String]) throws -> [UnbudgetedExpense] {
        let marks = exempt.isEmpty ? "" : "AND p.account NOT IN (\(exempt.map { _ in "?" }.joined(separator: ", ")))"
        return try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, p.account, p.fund FROM posting p
                JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
                WHERE p.id >= \(PostingKey.sql(firstKeyOf: "?")) AND p.account IN (SELECT code FROM account WHERE type = 'expense') \(marks)
                  AND (p.fund IS NULL OR (p.budget_line IS NULL AND p.fund IN (SELECT code FROM fund WHERE restricted = 1)))
                ORDER BY p.id
                """, arguments: StatementArguments([sequence] as [any DatabaseValueConvertible] + exempt)
        ).map { UnbudgetedExpense(entry: $0[0], account: $0[1], fund: $0[2]) }
    }

    /// The asset accounts that postings charged to a budget line, read from the monthly totals:
    /// in a ledger made before a budget line was kept to expenses and named asset accounts,
    /// these stay chargeable.
    /// - Throws: a database error.
    public func assetAccountsWithBudgetLines() throws -> Set<String> {
        Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT t.account FROM posting_total t JOIN account a ON a.code = t.account
                    WHERE t.budget_line <> '' AND a.type = 'asset'
                    """))
    }

    /// Expense postings (debits less credits, in the base currency) per fund and budget line,
    /// dated from `from` (when given) to `to` (when given), inclusive.
    /// - Throws: ``ArkaError/Kind/overflow`` naming the account and month when a stored total is
    ///   not exact.
    public func expenseByBudgetLine(from: LedgerDate?, to: LedgerDate?) throws -> [BudgetSpending] {
        let source: String
        var arguments: StatementArguments = []
        if from == nil {
            // Whole months from the monthly totals, the last month, unless `to` ends it, from its postings.
            if let to {
                (source, arguments) = TotalsThroughDay(to).source(
                    totals: "account, fund, budget_line, base_debit - base_credit AS amount",
                    postings: "p.account, COALESCE(p.fund, ''), COALESCE(p.budget_line, ''), p.base_amount")
            } else {
                source = "SELECT account, fund, budget_line, base_debit - base_credit AS amount FROM posting_total"
            }
        } else {
            source = """
                SELECT p.account, COALESCE(p.fund, '') AS fund, COALESCE(p.budget_line, '') AS budget_line,
                       p.base_amount AS amount
                FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
                WHERE e.date >= ? AND e.date <= ?
                """
            arguments = [from?.description ?? "0000-00-00", to?.description ?? "9999-12-31"]
        }
        let sql = """
            SELECT NULLIF(s.fund, ''), NULLIF(s.budget_line, ''), SUM(s.amount)
            FROM (\(source)) s JOIN account a ON a.code = s.account
            WHERE a.type = 'expense'
            GROUP BY 1, 2 ORDER BY 1, 2
            """
        let base = try baseCurrency()
        return try namingOverflow {
            try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                BudgetSpending(fund: $0[0], budgetLine: $0[1], amount: try $0.money(2, currency: base, "the expense on a budget line"))
            }
        }
    }
}

extension LedgerTransaction {
    /// Records a budget revision, after the engine has checked it.
    public func addRevision(_ revision: BudgetRevision, by user: String, at timestamp: String) throws {
        try BudgetRevisionRecord(revision, postedBy: user, postedAt: timestamp).insert(db)
    }
}
