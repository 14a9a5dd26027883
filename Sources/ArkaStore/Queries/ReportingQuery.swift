import ArkaCore
import GRDB

/// Expense on one account, fund and budget line in one currency and month: the amount in its
/// own currency and as booked in the base currency. What a donor report converts.
public struct MonthlyExpense: Sendable, Equatable {
    public var account: String
    public var fund: String?
    public var budgetLine: String?
    public var month: LedgerMonth
    /// In the postings' own currency.
    public var amount: Money
    /// As booked in the base currency.
    public var booked: Money

    /// The postings' own currency.
    public var currency: Currency { amount.currency }
}

extension LedgerView {
    /// Expense postings (debits less credits) per account, fund, budget line, currency and month,
    /// dated up to `to` when given: whole months from the monthly totals, the last month, unless
    /// `to` ends it, from its postings (``TotalsThroughDay``).
    /// - Throws: ``ArkaError/Kind/overflow`` naming the account and month when a stored total is
    ///   not exact.
    public func monthlyExpense(to: LedgerDate?) throws -> [MonthlyExpense] {
        let source: String
        var arguments: StatementArguments = []
        if let to {
            (source, arguments) = TotalsThroughDay(to).source(
                totals: "month, account, currency, fund, budget_line, debit - credit AS amount, base_debit - base_credit AS booked",
                postings: """
                    substr(e.date, 1, 7), p.account, p.currency, COALESCE(p.fund, ''), COALESCE(p.budget_line, ''),
                           p.amount, p.base_amount
                    """)
        } else {
            source = """
                SELECT month, account, currency, fund, budget_line, debit - credit AS amount, base_debit - base_credit AS booked
                FROM posting_total
                """
        }
        let sql = """
            SELECT s.account, NULLIF(s.fund, ''), NULLIF(s.budget_line, ''), s.currency, s.month, SUM(s.amount), SUM(s.booked)
            FROM (\(source)) s JOIN account a ON a.code = s.account
            WHERE a.type = 'expense'
            GROUP BY 1, 2, 3, 4, 5 ORDER BY 2, 3, 4, 5, 1
            """
        let base = try baseCurrency()
        return try namingOverflow {
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let account: String = row[0]
                return MonthlyExpense(
                    account: account, fund: row[1], budgetLine: row[2], month: try row.value(4, "month"),
                    amount: try row.money(5, currency: try currencies.currency(row[3]), "the expense on account \(account)"),
                    booked: try row.money(6, currency: base, "the expense on account \(account)"))
            }
        }
    }

    /// The monthly rates to the reporting currency the ledger holds.
    /// - Throws: ``ArkaError`` when a stored rate does not read back (a changed file).
    public func reportingRates(reporting: Currency) throws -> ReportingRates {
        var rates = ReportingRates(reporting: reporting)
        for record in try ReportingRateRecord.order(ReportingRateRecord.Columns.currency, ReportingRateRecord.Columns.month).fetchAll(db) {
            try rates.add(try record.quote())
        }
        return rates
    }
}

extension LedgerTransaction {
    /// Adds monthly rates to the reporting currency.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the ledger has a rate for that currency and month.
    public func addReportingRates(_ quotes: [ReportingRates.Quote], by user: String, at timestamp: String) throws {
        for quote in quotes {
            if try ReportingRateRecord.filter(
                ReportingRateRecord.Columns.currency == quote.currency.code && ReportingRateRecord.Columns.month == quote.month.description
            ).fetchCount(db) > 0 {
                throw ArkaError(
                    .duplicate, "the ledger has a \(quote.currency.code) reporting rate for this month already",
                    field: "month", value: quote.month.description)
            }
            try ReportingRateRecord(quote, by: user, at: timestamp).insert(db)
        }
    }
}
