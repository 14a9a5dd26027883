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
        public let line: BudgetLine
        public let spent: Money
        /// The line's budget less what was spent on it.
        public let remaining: Money
        /// Spent as a percent of the budget, two decimals.
        public var used: DecimalText? { (try? spent.percent(of: line.amount)) ?? nil }

        /// - Throws: ``ArkaError/Kind/overflow`` when what remains does not fit in 64 bits.
        public init(line: BudgetLine, spent: Money) throws {
            self.line = line
            self.spent = spent
            remaining = try line.amount.subtracting(spent)
        }
    }

    public let ledgerName: String
    public let fund: Fund
    public let asOf: LedgerDate
    public let currency: Currency
    /// The tranches received: the grant income of the fund.
    public let received: Money
    public let lines: [Line]
    /// Charged to the fund without a line of the plan (should be none).
    public let spentOffPlan: Money
    /// The money still held for the grant: the fund's share of cash, bank and card.
    public let held: Money

    // Summed once, when the statement is made.
    /// The lines' budgets together.
    public let budget: Money
    /// Spent on the lines and off the plan.
    public let spent: Money
    /// The budget less what was spent.
    public let remaining: Money
    /// Received less spent: equals ``held`` when every use of the grant went through its money.
    public let unspent: Money

    /// The statement of the figures given, with its totals.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    public init(
        ledgerName: String, fund: Fund, asOf: LedgerDate, currency: Currency, received: Money, lines: [Line], spentOffPlan: Money, held: Money
    ) throws {
        self.ledgerName = ledgerName
        self.fund = fund
        self.asOf = asOf
        self.currency = currency
        self.received = received
        self.lines = lines
        self.spentOffPlan = spentOffPlan
        self.held = held
        budget = try Money.sum(lines.map(\.line.amount), currency: currency)
        spent = try Money.sum(lines.map(\.spent), currency: currency).adding(spentOffPlan)
        remaining = try budget.subtracting(spent)
        unspent = try received.subtracting(spent)
    }
}

extension Ledger {
    /// The grant's use up to the end of `month` (all entries when nil).
    /// - Throws: ``ArkaError/Kind/notABusiness``, or ``ArkaError/Kind/badSetting`` when the
    ///   profile names no grant fund.
    public func grantUse(at month: LedgerMonth?) throws -> GrantUse {
        try namingStoredOverflow {
            let profile = try businessProfile()
            guard let code = profile.grantFund, let fund = definition.funds.first(where: { $0.code == code }) else {
                throw ArkaError(.badSetting, "business.yaml names no grant_fund", field: "grant_fund", value: "")
            }
            let asOf = month?.lastDay
            let rows = try store.view { try $0.balances(asOf: asOf, grouping: .budgetLine) }.filter { $0.fund == code }
            var spentByLine = MoneyTotals<String>(currency: baseCurrency)
            var offPlan = Money.zero(baseCurrency)
            var received = Money.zero(baseCurrency)
            var held = Money.zero(baseCurrency)
            let money = Set(profile.moneyAccounts)
            for row in rows {
                let net = try Checked.named("the balance of account \(row.account)") { try row.baseBalance() }
                if money.contains(row.account) {
                    held = try Checked.named("the grant's money") { try held.adding(net) }
                } else if row.account == profile.grantIncome {
                    received = try Checked.named("the grant received") { try received.subtracting(net) }
                } else if let type = context.chart.account(row.account)?.type, type == .expense || type == .asset {
                    if let line = row.budgetLine {
                        try spentByLine.add(net, to: line, what: "the grant's spending")
                    } else {
                        offPlan = try Checked.named("the grant's spending") { try offPlan.adding(net) }
                    }
                }
            }
            let lines = try definition.budgetLines.filter { $0.fund == code }
                .sorted { BudgetAssessment.naturallyBefore($0.line, $1.line) }
                .map { try GrantUse.Line(line: $0, spent: spentByLine[$0.line]) }
            let end = try asOf ?? activeMonths()?.last.lastDay ?? LedgerDate.parse("1970-01-01")
            return try GrantUse(
                ledgerName: settings.name, fund: fund, asOf: end, currency: baseCurrency, received: received,
                lines: lines, spentOffPlan: offPlan, held: held)
        }
    }
}
