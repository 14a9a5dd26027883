import ArkaCore

/// The donor's checks of a budget report, as small named functions in two lists, like
/// ``EntryRules/all``: ``fund`` runs on each fund's figures, fund by fund, then ``ledger`` on the
/// expense no fund's budget places. Each returns its flags (an empty list when the rule holds), so
/// every rule is checked and every flag reported, in the order of the lists.
///
/// A donor's own limits are data first: the flexibility limit between headings, the indirect-cost
/// and contingency ceilings and the headings they apply to are the fund's ``BudgetPolicy``, read
/// from the donor's budget template. A rule data cannot state is one function of the shape
/// ``FundCheck`` or ``LedgerCheck`` added to its list under its name (beancount's plugins are the
/// model): every budget report, command line, workbook and page, then runs it, and its flags
/// come with the others, in their words (``BudgetReport/Flag/phrase``).
///
/// ```swift
/// DonorChecks.fund.map(\.name)   // ["revisionsWithinFlexibility", "linesWithinBudget", …]
/// let flags = try DonorChecks.flags(funds: figures, ledger: rest)
/// ```
public enum DonorChecks {
    /// One fund's figures as the budget report has worked them out, for its checks.
    public struct FundFigures: Sendable {
        public var fund: String
        /// The fund's budget after its revisions, with the flags its revisions raise.
        public var assessment: BudgetAssessment
        public var policy: BudgetPolicy
        /// The fund's lines in the report's order: its budget lines, then its expense outside them (``BudgetReport/Line/line`` nil).
        public var lines: [BudgetReport.Line]
        public var headings: [BudgetReport.Heading]
        /// The reporting currency.
        public var currency: Currency
    }

    /// The figures no fund's checks cover.
    public struct LedgerFigures: Sendable {
        /// Expense on no fund or on a fund the ledger does not have, per fund and line, in key
        /// order; empty when the report covers one fund.
        public var unplaced: [(key: BudgetLineKey, amount: Money)]
        public var funds: [BudgetReport.FundTotal]
        /// Exchange losses and conversion rounding on no fund ("") or a fund the ledger does not
        /// have, in fund order; empty when the report covers one fund.
        public var ineligibleOutsideFunds: [(fund: String, amount: Money)]
    }

    /// A check of one fund: the flags it raises.
    /// - Throws: ``ArkaError/Kind/overflow`` when a figure it works out does not fit.
    public typealias FundCheck = @Sendable (FundFigures) throws -> [BudgetReport.Flag]
    /// A check of the whole report: the flags it raises.
    public typealias LedgerCheck = @Sendable (LedgerFigures) throws -> [BudgetReport.Flag]

    /// The checks of each fund, in the order their flags are listed.
    public static let fund: [(name: String, check: FundCheck)] = [
        ("revisionsWithinFlexibility", revisionsWithinFlexibility),
        ("linesWithinBudget", linesWithinBudget),
        ("expenseOnBudgetLines", expenseOnBudgetLines),
        ("spendingWithinCostCeilings", spendingWithinCostCeilings),
        ("headingsWithinNoticeCeilings", headingsWithinNoticeCeilings),
    ]

    /// The checks of what no fund's checks cover, after them.
    public static let ledger: [(name: String, check: LedgerCheck)] = [
        ("expenseOnKnownFunds", expenseOnKnownFunds),
        ("exchangeLossesKeptOffLines", exchangeLossesKeptOffLines),
        ("exchangeLossesOnKnownFunds", exchangeLossesOnKnownFunds),
    ]

    /// Every flag of the report: each fund's checks, fund by fund, then the ledger's.
    /// - Throws: ``ArkaError/Kind/overflow`` naming the figure that does not fit.
    public static func flags(funds: [FundFigures], ledger figures: LedgerFigures) throws -> [BudgetReport.Flag] {
        var flags: [BudgetReport.Flag] = []
        for figures in funds {
            for rule in fund { flags += try rule.check(figures) }
        }
        for rule in ledger { flags += try rule.check(figures) }
        return flags
    }

    /// A heading moved by notices beyond the flexibility limit needed an addendum; the budget
    /// keeps its indirect costs and contingency reserve within their ceilings (DONOR-RULES).
    @Sendable static func revisionsWithinFlexibility(_ figures: FundFigures) -> [BudgetReport.Flag] {
        figures.assessment.flags.map(BudgetReport.Flag.budget)
    }

    /// A line's spending within its budget, and its spending and open commitments within it too;
    /// only what goes beyond the budget is named as beyond it.
    @Sendable static func linesWithinBudget(_ figures: FundFigures) throws -> [BudgetReport.Flag] {
        var flags: [BudgetReport.Flag] = []
        for line in figures.lines {
            guard let code = line.line else { continue }
            let spentBeyond = try line.spent.exceeds(line.budget)
            if line.available.isNegative && !spentBeyond {
                let (both, beyond) = try Checked.named("line \(code)'s commitments beyond its budget") {
                    let both = try line.spent.adding(line.committed)
                    return (both, try both.subtracting(line.budget))
                }
                flags.append(.committedBeyond(fund: figures.fund, line: code, spentAndCommitted: both, budget: line.budget, beyond: beyond))
            }
            if spentBeyond {
                let beyond = try Checked.named("line \(code)'s spending beyond its budget") { try line.spent.subtracting(line.budget) }
                flags.append(.spentBeyond(fund: figures.fund, line: code, spent: line.spent, budget: line.budget, beyond: beyond))
            }
        }
        return flags
    }

    /// Every expense of a fund on one of its budget lines.
    @Sendable static func expenseOnBudgetLines(_ figures: FundFigures) -> [BudgetReport.Flag] {
        figures.lines.filter { $0.line == nil }.map { .offBudget(fund: figures.fund, line: $0.offBudgetLine, amount: $0.spent) }
    }

    /// The ceilings hold on what is spent as well as on the budget: the EU caps indirect costs
    /// at 7 % of the direct costs actually incurred (PRAG Annex VI). A flag the budget's figures
    /// already raise is not repeated.
    @Sendable static func spendingWithinCostCeilings(_ figures: FundFigures) throws -> [BudgetReport.Flag] {
        let spent = Dictionary(figures.headings.map { ($0.change.heading, $0.spent) }, uniquingKeysWith: { first, _ in first })
        let flags = try BudgetAssessment.ceilingFlags(fund: figures.fund, totals: spent, currency: figures.currency, policy: figures.policy)
        return flags.filter { !figures.assessment.flags.contains($0) }.map(BudgetReport.Flag.budget)
    }

    /// Without the addendum a notice needed, the spending above what the heading may reach on
    /// notices alone is ineligible; below it nothing is flagged.
    @Sendable static func headingsWithinNoticeCeilings(_ figures: FundFigures) -> [BudgetReport.Flag] {
        figures.headings.compactMap { heading in
            guard let ceiling = heading.ceiling, let above = heading.aboveCeiling, above.isPositive else { return nil }
            return .aboveCeiling(fund: figures.fund, heading: heading.change.heading, above: above, spent: heading.spent, ceiling: ceiling)
        }
    }

    /// Every expense on a fund of the ledger.
    @Sendable static func expenseOnKnownFunds(_ figures: LedgerFigures) -> [BudgetReport.Flag] {
        figures.unplaced.map { key, amount in
            key.fund.isEmpty ? .withoutFund(line: key.line.isEmpty ? nil : key.line, amount: amount) : .unknownFund(fund: key.fund, amount: amount)
        }
    }

    /// Exchange losses and conversion rounding are never charged to the donor: kept off the lines.
    @Sendable static func exchangeLossesKeptOffLines(_ figures: LedgerFigures) -> [BudgetReport.Flag] {
        figures.funds.filter { !$0.ineligible.isZero }.map { .ineligible(fund: $0.fund, amount: $0.ineligible) }
    }

    /// Exchange losses and conversion rounding on a fund of the ledger.
    @Sendable static func exchangeLossesOnKnownFunds(_ figures: LedgerFigures) -> [BudgetReport.Flag] {
        figures.ineligibleOutsideFunds.map { .ineligibleOutsideFunds(fund: $0.fund.isEmpty ? nil : $0.fund, amount: $0.amount) }
    }
}
