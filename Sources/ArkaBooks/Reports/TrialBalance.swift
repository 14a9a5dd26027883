import ArkaCore
import ArkaStore

/// The trial balance: per account and currency, the total debits, total credits and the
/// balance (debits less credits), optionally split by fund or by budget line.
///
/// ```swift
/// let report = try ledger.trialBalance(asOf: try LedgerDate.parse("2023-12-31"), grouping: .fund)
/// report.totals["EUR"]?.balance   // 0 when every entry is in EUR
/// ```
public struct TrialBalance: Sendable {
    public struct Line: Sendable {
        public var account: Account
        public var fund: String?
        public var budgetLine: String?
        public var debit: Money
        public var credit: Money
        public var balance: Money
        /// The balance in the base currency, each posting converted at its own rate.
        public var baseBalance: Money
        /// The debits and credits in the base currency, as converted when posted.
        public var baseDebit: Money
        public var baseCredit: Money
    }

    public var ledgerName: String
    public var asOf: LedgerDate?
    public var grouping: BalanceGrouping
    public var lines: [Line]
    /// Per currency code: the sums of the debit, credit and balance columns.
    public var totals: [String: (debit: Money, credit: Money, balance: Money)]
    /// Every posting converted to the base currency at its own rate: the balance is zero in sound books.
    public var baseTotal: (debit: Money, credit: Money, balance: Money)
}

extension Ledger {
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit.
    public func trialBalance(asOf: LedgerDate?, grouping: BalanceGrouping) throws -> TrialBalance {
        try namingStoredOverflow {
            let rows = try store.view { try $0.balances(asOf: asOf, grouping: grouping) }
            let base = baseCurrency
            var lines: [TrialBalance.Line] = []
            var totals: [String: (debit: Money, credit: Money, balance: Money)] = [:]
            var baseDebit = Money.zero(base)
            var baseCredit = Money.zero(base)
            for row in rows {
                baseDebit = try Checked.named("the converted debit total") { try baseDebit.adding(row.baseDebit) }
                baseCredit = try Checked.named("the converted credit total") { try baseCredit.adding(row.baseCredit) }
                let currency = row.currency
                let account = context.chart.account(row.account) ?? Account(code: row.account, name: "", type: .asset)
                let line = TrialBalance.Line(
                    account: account, fund: row.fund, budgetLine: row.budgetLine, debit: row.debit, credit: row.credit,
                    balance: try Checked.named("the balance of \(row.account)") { try row.balance() },
                    baseBalance: try Checked.named("the converted balance of \(row.account)") { try row.baseBalance() },
                    baseDebit: row.baseDebit, baseCredit: row.baseCredit)
                lines.append(line)
                let sums = totals[currency.code] ?? (.zero(currency), .zero(currency), .zero(currency))
                totals[currency.code] = (
                    try sums.debit.adding(line.debit), try sums.credit.adding(line.credit), try sums.balance.adding(line.balance)
                )
            }
            let baseTotal = (
                baseDebit, baseCredit, try Checked.named("the converted balance") { try baseDebit.subtracting(baseCredit) }
            )
            return TrialBalance(
                ledgerName: settings.name, asOf: asOf, grouping: grouping, lines: lines, totals: totals, baseTotal: baseTotal)
        }
    }
}
