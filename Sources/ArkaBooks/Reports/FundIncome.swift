import ArkaCore
import ArkaStore

/// A fund's income on one income account, in the reporting currency: what a donor's proof of
/// use sets the fund's spending against. It is converted under the fund's ``ConversionRule``,
/// as its expense is in the ``BudgetReport``, so that income less spending is a balance in one
/// currency.
///
/// ```swift
/// let report = try ledger.budgetReport(asOf: nil, fund: nil)
/// let income = try ledger.fundIncome(funds: ["ADH"], asOf: nil, period: report.period)
/// income.first?.amount   // 6,000.00 EUR on account 7420
/// ```
public struct FundIncome: Sendable, Equatable {
    public var fund: String
    public var account: String
    /// Credits less debits, in the reporting currency.
    public var amount: Money
}

extension Ledger {
    /// The income of each of `funds` per income account up to `asOf`, converted to the reporting
    /// currency under each fund's rule; `period` is the reporting period the period-average rule
    /// averages over (the budget report's). Accounts with no income on a fund are left out.
    /// - Throws: ``ArkaError/Kind/missingRate`` naming a currency and month without a reporting
    ///   rate, ``ArkaError/Kind/overflow``, ``ArkaError/Kind/unknownCurrency`` for a stored code
    ///   that is not a currency.
    public func fundIncome(funds: [String], asOf: LedgerDate?, period: ClosedRange<LedgerMonth>?) throws -> [FundIncome] {
        let wanted = Set(funds)
        let income = Set(definition.accounts.filter { $0.type == .income }.map(\.code))
        guard !wanted.isEmpty, !income.isEmpty else { return [] }
        let reporting = settings.reportingCurrency
        let rules = Dictionary(definition.funds.map { ($0.code, $0.conversion) }, uniquingKeysWith: { first, _ in first })
        struct Group: Hashable {
            var fund: String
            var account: String
            var currency: Currency
            var month: LedgerMonth?
        }
        var sums: [Group: (amount: Money, booked: Money, month: LedgerMonth)] = [:]
        var order: [Group] = []
        let reportingRates = try store.view { view in
            try view.forEachPostingLine(accounts: income, from: nil, to: asOf, order: .account) { posting in
                guard let fund = posting.fund, wanted.contains(fund) else { return }
                let month = posting.date.ledgerMonth
                let rule = converter(rules[fund] ?? .booking, rates: nil, period: period)
                let currency = posting.amount.currency
                let group = Group(fund: fund, account: posting.account, currency: currency, month: rule.convertsPerMonth ? month : nil)
                if sums[group] == nil { order.append(group) }
                var sum = sums[group] ?? (.zero(currency), .zero(baseCurrency), month)
                sum.amount = try Checked.named("the \(currency) income of \(fund) on \(posting.account)") { try sum.amount.adding(posting.amount) }
                sum.booked = try Checked.named("the income of \(fund) on \(posting.account)") { try sum.booked.adding(posting.baseAmount) }
                sums[group] = sum
            }
            return try view.reportingRates(reporting: reporting)
        }
        struct FundAccount: Hashable, Sendable {
            var fund: String
            var account: String
        }
        var totals = MoneyTotals<FundAccount>(currency: reporting)
        var rows: [FundAccount] = []
        for group in order {
            guard let sum = sums[group] else { continue }
            let rule = converter(rules[group.fund] ?? .booking, rates: reportingRates, period: period)
            let (converted, _) = try rule.convert(sum.amount, booked: sum.booked, month: sum.month)
            let key = FundAccount(fund: group.fund, account: group.account)
            if !totals.keys.contains(key) { rows.append(key) }
            // Income is a credit: shown as a positive amount.
            try totals.add(try converted.negated(), to: key, what: "the income of \(group.fund) on \(group.account)")
        }
        return rows.compactMap { row in
            let amount = totals[row]
            return amount.isZero ? nil : FundIncome(fund: row.fund, account: row.account, amount: amount)
        }
    }

    /// The converter of a rule, with the ledger's reporting rates (none while only grouping).
    private func converter(_ rule: ConversionRule, rates reportingRates: ReportingRates?, period: ClosedRange<LedgerMonth>?) -> ReportingConverter {
        ReportingConverter(
            rule: rule, base: baseCurrency, rates: reportingRates ?? ReportingRates(reporting: settings.reportingCurrency), fallback: rates,
            period: period)
    }
}
