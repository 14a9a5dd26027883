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
/// let expense = try ReportedExpense(rows: rows, funds: funds, converter: { fund in converter })
/// expense.eligible[BudgetLineKey(fund: "EU", line: "3.3")]   // minor units of the reporting currency
/// ```
struct ReportedExpense {
    /// Per fund and line (either may be empty), in minor units of the reporting currency.
    var eligible: [BudgetLineKey: Int64] = [:]
    /// Per fund and line, the eligible expense in each original currency (code → minor units).
    var eligibleByCurrency: [BudgetLineKey: [String: Int64]] = [:]
    /// Per fund: exchange losses and conversion rounding, in the reporting currency.
    var ineligible: [String: Int64] = [:]
    /// Per fund: all its expense as booked, in the base currency.
    var booked: [String: Int64] = [:]
    /// Per fund: all its expense in the reporting currency, eligible or not.
    var reported: [String: Int64] = [:]
    /// Every rate a figure was converted at, by currency and period.
    var rates: [AppliedRate] = []

    /// - Throws: ``ArkaError/Kind/missingRate`` for a currency and month without a rate,
    ///   ``ArkaError/Kind/overflow``.
    init(
        rows: [MonthlyExpense], ineligibleAccounts: Set<String>, base: Currency,
        converter: (String?) -> ReportingConverter
    ) throws {
        struct Group: Hashable {
            var fund: String?
            var line: String?
            var ineligible: Bool
            var currency: String
            var month: LedgerMonth?
        }
        var amounts: [Group: (amount: Int64, booked: Int64, month: LedgerMonth)] = [:]
        /// The groups in the order first met, with their sums.
        var order: [Group] = []
        var booking: Set<String> = []
        for row in rows {
            let rule = converter(row.fund)
            let group = Group(
                fund: row.fund, line: row.budgetLine, ineligible: ineligibleAccounts.contains(row.account),
                currency: row.currency, month: rule.convertsPerMonth ? row.month : nil)
            if amounts[group] == nil { order.append(group) }
            var sums = amounts[group] ?? (0, 0, row.month)
            sums.amount = try Checked.add(sums.amount, row.amount, what: "the \(row.currency) expense of \(row.fund ?? "no fund")")
            sums.booked = try Checked.add(sums.booked, row.booked, what: "the expense of \(row.fund ?? "no fund")")
            amounts[group] = sums
            booked[row.fund ?? "", default: 0] = try Checked.add(booked[row.fund ?? "", default: 0], row.booked, what: "the expense of \(row.fund ?? "no fund")")
            if rule.rule == .booking && row.currency != base.code && base == rule.reporting { booking.insert(row.currency) }
        }
        var applied: Set<AppliedRate> = []
        for group in order {
            guard let sums = amounts[group] else { continue }
            let rule = converter(group.fund)
            let currency = try Currency(code: group.currency)
            let (converted, rate) = try rule.convert(
                Money(minorUnits: sums.amount, currency: currency), booked: Money(minorUnits: sums.booked, currency: base),
                month: sums.month)
            if let rate { applied.insert(rate) }
            let fund = group.fund ?? ""
            if group.ineligible {
                ineligible[fund] = try Checked.add(ineligible[fund, default: 0], converted.minorUnits, what: "the ineligible expense of \(fund)")
            } else {
                let key = BudgetLineKey(fund: group.fund, line: group.line)
                eligible[key] = try Checked.add(eligible[key, default: 0], converted.minorUnits, what: "the expense of \(key)")
                eligibleByCurrency[key, default: [:]][group.currency] = try Checked.add(
                    eligibleByCurrency[key]?[group.currency] ?? 0, sums.amount, what: "the \(group.currency) expense of \(key)")
            }
            reported[fund] = try Checked.add(reported[fund, default: 0], converted.minorUnits, what: "the expense of \(fund)")
        }
        for code in booking.sorted() {
            applied.insert(
                AppliedRate(
                    currency: try Currency(code: code), rule: .booking, rate: "as booked", source: "the rate of each posting",
                    period: "each posting's date", months: 0))
        }
        rates = applied.sorted { ($0.currency.code, $0.rule.rawValue, $0.period) < ($1.currency.code, $1.rule.rawValue, $1.period) }
    }
}

extension ReportedExpense {
    /// A line's eligible spending per original currency, by currency code.
    /// - Throws: ``ArkaError/Kind/unknownCurrency`` for a stored code that is not a currency.
    func spentByCurrency(_ fund: String?, _ line: String?) throws -> [Money] {
        try (eligibleByCurrency[BudgetLineKey(fund: fund, line: line)] ?? [:]).sorted { $0.key < $1.key }.map { code, units in
            Money(minorUnits: units, currency: try Currency(code: code))
        }
    }
}
