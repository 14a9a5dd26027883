import ArkaCore

/// The budget of several offices together: per fund (its donor) and budget line, each office's
/// budget, commitments, spending and what is available, and their total. What the programme's
/// centre shows of the books its offices sent (`arka budget --database URL --office all`); an
/// office's figures are those of its own `arka budget`, made by the same function
/// (``Ledger/budgetReport(asOf:fund:)``) of its books as the centre holds them.
///
/// Funds and lines are matched by code across offices (one donor's fund is one code in every
/// office), each named as every office names it; amounts are added only within one reporting
/// currency. Each office's figures are converted as its own report converts them (its donors'
/// rules, its rates and period: ``rates``). Each office's flags are its
/// own: a donor's rules hold per contract, and each office's budget is its own contract's.
///
/// ```swift
/// let budget = try ConsolidatedBudget(offices: [(fier, fierReport), (berat, beratReport)])
/// budget.funds.first { $0.fund == "EU" }?.total.spent   // the EU fund's spending in both offices
/// ```
public struct ConsolidatedBudget: Sendable {
    /// What one office has on a line (or a fund): its budget after revisions, what is committed
    /// and spent, what is available and the percent executed.
    public struct Figures: Sendable, Equatable {
        public var budget: Money
        public var committed: Money
        public var spent: Money
        public var available: Money
        /// Spent as a percent of budget; nil without a budget.
        public var executed: DecimalText?

        /// Zero of everything.
        public static func zero(_ currency: Currency) -> Figures {
            Figures(budget: .zero(currency), committed: .zero(currency), spent: .zero(currency), available: .zero(currency), executed: nil)
        }

        /// The sum of two offices' figures, the percent executed made again of the sums.
        /// - Throws: ``ArkaError/Kind/overflow`` naming `what`.
        public func adding(_ other: Figures, what: String) throws -> Figures {
            try Checked.named(what) {
                let budget = try budget.adding(other.budget)
                let spent = try spent.adding(other.spent)
                return Figures(
                    budget: budget, committed: try committed.adding(other.committed), spent: spent,
                    available: try available.adding(other.available), executed: try spent.percent(of: budget))
            }
        }
    }

    /// One budget line of one fund in one currency: each office's figures, in the order of
    /// ``offices`` (nil where the office's budget has no such line), and their total.
    public struct Line: Sendable {
        public var fund: String
        /// Nil for expense outside the fund's budget lines (``description`` says which).
        public var line: String?
        public var heading: String
        /// What the offices call the line, each different name once, joined by " / ".
        public var description: String
        /// Each office's name of the line, in the order of ``offices`` (nil where it has none).
        public var descriptions: [String?]
        public var currency: Currency
        public var offices: [Figures?]
        public var total: Figures
    }

    /// One fund in one currency: its name (the donor), each office's figures and their total.
    public struct Fund: Sendable {
        public var fund: String
        /// What the offices call the fund (its donor), each different name once, joined by " / ".
        public var name: String
        /// Each office's name of the fund, in the order of ``offices`` (nil where it has none).
        public var names: [String?]
        public var currency: Currency
        public var offices: [Figures?]
        public var total: Figures
    }

    public var offices: [ConsolidatedBalance.Office]
    public var asOf: LedgerDate?
    /// Each office's own report, in the order of ``offices``.
    public var reports: [BudgetReport]
    public var lines: [Line]
    public var funds: [Fund]
    /// The offices whose books make no budget report, each with the reason (the error their
    /// own `arka budget` gives).
    public var unreported: [(office: String, reason: String)] = []
    /// The rates each office's report converted its spending at (its donors' rules, its period),
    /// by office code, in the order of ``offices``.
    public var rates: [(office: String, rate: AppliedRate)] {
        zip(offices, reports).flatMap { office, report in report.rates.map { (office.code, $0) } }
    }
    /// When each office last sent its books, by code (`arka.sync`'s time), where the centre said.
    public var lastSyncs: [String: String] = [:]
    /// Each office's flags, by office code, in the order of ``offices``.
    public var flags: [(office: String, flag: String)] {
        zip(offices, reports).flatMap { office, report in report.flags.map { (office.code, $0) } }
    }

    /// Puts the offices' reports side by side.
    /// - Throws: ``ArkaError/Kind/overflow`` naming the line whose total does not fit.
    public init(offices: [(office: ConsolidatedBalance.Office, report: BudgetReport)]) throws {
        self.offices = offices.map(\.office)
        self.reports = offices.map(\.report)
        asOf = offices.first?.report.asOf
        struct Key: Hashable {
            var fund: String, line: String, description: String, currency: String
        }
        var lineOrder: [Key] = []
        var lineAt: [Key: Line] = [:]
        var fundOrder: [Key] = []
        var fundAt: [Key: Fund] = [:]
        for (index, (_, report)) in offices.enumerated() {
            let currency = report.currency
            for line in report.lines {
                // A line outside the budget is matched by what it says (which line, or none).
                let key = Key(fund: line.fund, line: line.line ?? "", description: line.line == nil ? line.description : "", currency: currency.code)
                let figures = Figures(budget: line.budget, committed: line.committed, spent: line.spent, available: line.available, executed: line.executed)
                if lineAt[key] == nil { lineOrder.append(key) }
                var entry = lineAt[key] ?? Line(
                    fund: line.fund, line: line.line, heading: line.heading, description: line.description,
                    descriptions: Array(repeating: nil, count: offices.count), currency: currency,
                    offices: Array(repeating: nil, count: offices.count), total: .zero(currency))
                entry.offices[index] = figures
                entry.descriptions[index] = line.description
                if !entry.description.components(separatedBy: " / ").contains(line.description) { entry.description += " / " + line.description }
                entry.total = try entry.total.adding(figures, what: "the total of \(line.fund) \(line.line ?? line.description)")
                lineAt[key] = entry
                let fundKey = Key(fund: line.fund, line: "", description: "", currency: currency.code)
                if fundAt[fundKey] == nil { fundOrder.append(fundKey) }
                var sums = fundAt[fundKey] ?? Fund(
                    fund: line.fund, name: report.fundNames[line.fund] ?? line.fund, names: Array(repeating: nil, count: offices.count),
                    currency: currency, offices: Array(repeating: nil, count: offices.count), total: .zero(currency))
                if let name = report.fundNames[line.fund], !sums.name.components(separatedBy: " / ").contains(name) { sums.name += " / " + name }
                sums.names[index] = report.fundNames[line.fund] ?? line.fund
                sums.offices[index] = try (sums.offices[index] ?? .zero(currency)).adding(figures, what: "the total of \(line.fund)")
                sums.total = try sums.total.adding(figures, what: "the total of \(line.fund)")
                fundAt[fundKey] = sums
            }
        }
        // Funds in code order; within a fund, each office's order of its lines (headings, then lines).
        fundOrder.sort { ($0.fund, $0.currency) < ($1.fund, $1.currency) }
        funds = fundOrder.compactMap { fundAt[$0] }
        let rank = Dictionary(fundOrder.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let place = Dictionary(lineOrder.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        lines = lineOrder.sorted { a, b in
            let (fa, fb) = (rank[Key(fund: a.fund, line: "", description: "", currency: a.currency)] ?? 0, rank[Key(fund: b.fund, line: "", description: "", currency: b.currency)] ?? 0)
            if fa != fb { return fa < fb }
            let (la, lb) = (lineAt[a], lineAt[b])
            // Lines outside the budget after the fund's lines.
            if (la?.line == nil) != (lb?.line == nil) { return lb?.line == nil }
            if let la, let lb, let x = la.line, let y = lb.line, la.heading != lb.heading || x != y {
                return la.heading != lb.heading ? BudgetAssessment.naturallyBefore(la.heading, lb.heading) : BudgetAssessment.naturallyBefore(x, y)
            }
            return (place[a] ?? 0) < (place[b] ?? 0)
        }.compactMap { lineAt[$0] }
    }
}
