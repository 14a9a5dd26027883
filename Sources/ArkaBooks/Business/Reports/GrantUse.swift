import ArkaCore
import ArkaStore

/// The statement of the start-up grant's use: what was received, and per business-plan line
/// the budget, what was spent and what remains.
///
/// ```swift
/// let use = try ledger.grantUse(at: try LedgerMonth.parse("2024-12"))
/// ```
public struct GrantUse: Sendable {
    public struct Line: Sendable, Equatable {
        public var line: BudgetLine
        public var spent: Money
        public var remaining: Money { Money(minorUnits: line.amount.minorUnits &- spent.minorUnits, currency: spent.currency) }
        /// Spent as a percent of the budget, two decimals.
        public var used: DecimalText? { BudgetAssessment.percent(spent.minorUnits, of: line.amount.minorUnits) }
    }

    public var ledgerName: String
    public var fund: Fund
    public var asOf: LedgerDate
    public var currency: Currency
    /// The tranches received: the grant income of the fund.
    public var received: Money
    public var lines: [Line]
    /// Charged to the fund without a line of the plan (should be none).
    public var spentOffPlan: Money
    /// The money still held for the grant: the fund's share of cash, bank and card.
    public var held: Money

    public var budget: Money { Money(minorUnits: lines.reduce(0) { $0 &+ $1.line.amount.minorUnits }, currency: currency) }
    public var spent: Money {
        Money(minorUnits: lines.reduce(spentOffPlan.minorUnits) { $0 &+ $1.spent.minorUnits }, currency: currency)
    }
    /// Received less spent: equals ``held`` when every use of the grant went through its money.
    public var unspent: Money { Money(minorUnits: received.minorUnits &- spent.minorUnits, currency: currency) }
}

extension Ledger {
    /// The grant's use up to the end of `month` (all entries when nil).
    /// - Throws: ``ArkaError/Kind/notABusiness``, or ``ArkaError/Kind/badSetting`` when the
    ///   profile names no grant fund.
    public func grantUse(at month: LedgerMonth?) throws -> GrantUse {
        let profile = try businessProfile()
        guard let code = profile.grantFund, let fund = definition.funds.first(where: { $0.code == code }) else {
            throw ArkaError(.badSetting, "business.yaml names no grant_fund", field: "grant_fund", value: "")
        }
        let asOf = month?.lastDay
        let rows = try store.view { try $0.balances(asOf: asOf, grouping: .budgetLine) }.filter { $0.fund == code }
        var spentByLine: [String: Int64] = [:]
        var offPlan: Int64 = 0
        var received: Int64 = 0
        var held: Int64 = 0
        let money = Set(profile.moneyAccounts)
        for row in rows {
            let net = row.baseDebit &- row.baseCredit
            if money.contains(row.account) {
                held = try Checked.add(held, net, what: "the grant's money")
            } else if row.account == profile.grantIncome {
                received = try Checked.add(received, -net, what: "the grant received")
            } else if let type = context.chart.account(row.account)?.type, type == .expense || type == .asset {
                if let line = row.budgetLine {
                    spentByLine[line] = try Checked.add(spentByLine[line] ?? 0, net, what: "the grant's spending")
                } else {
                    offPlan = try Checked.add(offPlan, net, what: "the grant's spending")
                }
            }
        }
        let lines = definition.budgetLines.filter { $0.fund == code }
            .sorted { BudgetAssessment.naturallyBefore($0.line, $1.line) }
            .map { GrantUse.Line(line: $0, spent: Money(minorUnits: spentByLine[$0.line] ?? 0, currency: baseCurrency)) }
        let end = try asOf ?? activeMonths()?.last.lastDay ?? LedgerDate.parse("1970-01-01")
        return GrantUse(
            ledgerName: settings.name, fund: fund, asOf: end, currency: baseCurrency, received: Money(minorUnits: received, currency: baseCurrency),
            lines: lines, spentOffPlan: Money(minorUnits: offPlan, currency: baseCurrency), held: Money(minorUnits: held, currency: baseCurrency))
    }
}
