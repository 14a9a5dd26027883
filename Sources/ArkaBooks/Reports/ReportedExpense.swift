import ArkaCore
import ArkaStore

/// Expense converted to the reporting currency under each fund's conversion rule, split into
/// what counts against the budget lines and what donors count as ineligible (exchange losses
/// and conversion rounding), with the rates used and each fund's booked total to reconcile to.
///
/// A group of costs is converted once: under the period-average rule, each fund, line and
/// currency over the whole period; under the month rule, each of those per month.
///
/// ```swift
/// let expense = try ReportedExpense(rows: rows, ineligibleAccounts: [], base: .euro, reporting: .euro, converter: { _ in converter })
/// expense.eligible[BudgetLineKey(fund: "EU", line: "3.3")]   // in the reporting currency
/// ```
struct ReportedExpense {
    /// Per fund and line (either may be empty), in the reporting currency.
    var eligible: MoneyTotals<BudgetLineKey>
    /// Per fund and line, the eligible expense in each original currency.
    var eligibleByCurrency: [BudgetLineKey: [Currency: Money]] = [:]
    /// Per fund: exchange losses and conversion rounding, in the reporting currency.
    var ineligible: MoneyTotals<String>
    /// Per fund: all its expense as booked, in the base currency.
    var booked: MoneyTotals<String>
    /// Per fund: all its expense in the reporting currency, eligible or not.
    var reported: MoneyTotals<String>
    /// Every rate a figure was converted at, by currency and period.
    var rates: [AppliedRate] = []

    /// - Throws: ``ArkaError/Kind/missingRate`` for a currency and month without a rate,
    ///   ``ArkaError/Kind/overflow``.
    init(
        rows: [MonthlyExpense], ineligibleAccounts: Set<String>, base: Currency, reporting: Currency,
        converter: (String?) -> ReportingConverter
    ) throws {
        eligible = MoneyTotals(currency: reporting)
        ineligible = MoneyTotals(currency: reporting)
        booked = MoneyTotals(currency: base)
        reported = MoneyTotals(currency: reporting)
        struct Group: Hashable {
            var fund: String?
            var line: String?
            var ineligible: Bool
            var currency: Currency
            var month: LedgerMonth?
        }
        var amounts: [Group: (amount: Money, booked: Money, month: LedgerMonth)] = [:]
        /// The groups in the order first met, with their sums.
        var order: [Group] = []
        var booking: Set<Currency> = []
        for row in rows {
            let rule = converter(row.fund)
            let fund = row.fund ?? "no fund"
            let group = Group(
                fund: row.fund, line: row.budgetLine, ineligible: ineligibleAccounts.contains(row.account),
                currency: row.currency, month: rule.convertsPerMonth ? row.month : nil)
            if amounts[group] == nil { order.append(group) }
            var sums = amounts[group] ?? (.zero(row.currency), .zero(base), row.month)
            sums.amount = try Checked.named("the \(row.currency) expense of \(fund)") { try sums.amount.adding(row.amount) }
            sums.booked = try Checked.named("the expense of \(fund)") { try sums.booked.adding(row.booked) }
            amounts[group] = sums
            try booked.add(row.booked, to: row.fund ?? "", what: "the expense of \(fund)")
            if rule.rule == .booking && row.currency != base && base == rule.reporting { booking.insert(row.currency) }
        }
        var applied: Set<AppliedRate> = []
        for group in order {
            guard let sums = amounts[group] else { continue }
            let (converted, rate) = try converter(group.fund).convert(sums.amount, booked: sums.booked, month: sums.month)
            if let rate { applied.insert(rate) }
            let fund = group.fund ?? ""
            if group.ineligible {
                try ineligible.add(converted, to: fund, what: "the ineligible expense of \(fund)")
            } else {
                let key = BudgetLineKey(fund: group.fund, line: group.line)
                try eligible.add(converted, to: key, what: "the expense of \(key)")
                let before = eligibleByCurrency[key]?[group.currency] ?? .zero(group.currency)
                eligibleByCurrency[key, default: [:]][group.currency] = try Checked.named("the \(group.currency) expense of \(key)") {
                    try before.adding(sums.amount)
                }
            }
            try reported.add(converted, to: fund, what: "the expense of \(fund)")
        }
        for currency in booking.sorted() {
            applied.insert(
                AppliedRate(
                    currency: currency, rule: .booking, rate: "as booked", source: "the rate of each posting",
                    period: "each posting's date", months: 0))
        }
        rates = applied.sorted { ($0.currency.code, $0.rule.rawValue, $0.period) < ($1.currency.code, $1.rule.rawValue, $1.period) }
    }
}

extension ReportedExpense {
    /// A line's eligible spending in each original currency, in currency order.
    func spentByCurrency(_ fund: String?, _ line: String?) -> [Money] {
        (eligibleByCurrency[BudgetLineKey(fund: fund, line: line)] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
    }
}
