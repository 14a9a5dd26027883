import ArkaCore
import ArkaStore

/// The budget against what was spent: per fund and budget line, the budget after revisions,
/// the expense booked on it, what is available and the percent executed, with the flags of
/// the donor's rules.
///
/// Figures are in the reporting currency (EUR for the EU), converted under each fund's
/// ``ConversionRule``: under the booking rule a ledger kept in EUR shows its expense postings as
/// booked. Expense on a fund without a budget line is shown on its own row; exchange losses and
/// conversion rounding are ineligible and kept off the lines; and ``funds`` reconciles each fund's
/// reported expense to its expense postings in the trial balance.
///
/// ```swift
/// let report = try ledger.budgetReport(asOf: try LedgerDate.parse("2023-12-31"), fund: "EU")
/// ```
public struct BudgetReport: Sendable {
    public struct Line: Sendable {
        public var fund: String
        /// Nil for expense booked on the fund without a budget line, or on a line its budget does not have.
        public var line: String?
        public var heading: String
        public var description: String
        public var original: Money
        public var budget: Money
        /// Still committed by grant agreements on the line: approved less paid, handed over or released.
        public var committed: Money
        public var spent: Money
        /// The spending in each currency it was paid in, before conversion, by currency code.
        public var spentByCurrency: [Money]
        /// Budget less committed less spent.
        public var available: Money
        /// Spent as a percent of budget; nil for a line without budget.
        public var executed: DecimalText?
        /// For expense booked on a line the fund's budget does not have: that line's code.
        public var offBudgetLine: String? = nil
    }

    /// One heading of a fund: its change since the baseline, what is committed and spent on it, and
    /// what it may reach without an addendum a notice needed.
    public struct Heading: Sendable {
        public var fund: String
        public var change: BudgetAssessment.HeadingChange
        public var committed: Money
        /// The heading's cumulative spending, in the reporting currency.
        public var spent: Money
        /// The most the heading may reach while its budget rests on a notice that needed an
        /// addendum and has none; nil when it rests on no such notice.
        public var ceiling: BudgetAssessment.Ceiling?
        /// The spending above ``ceiling`` (spent less ceiling, never below zero): the part that is
        /// ineligible without the addendum. Nil when the heading has no ceiling.
        public var aboveCeiling: Money?
    }

    /// One fund's expense as booked against the figures reported.
    public struct FundTotal: Sendable {
        public var fund: String
        public var rule: ConversionRule
        /// All expense postings of the fund, in the books' base currency.
        public var booked: Money
        /// Expense reported on the fund's lines (and outside them), in the reporting currency.
        public var eligible: Money
        /// Exchange losses and conversion rounding, in the reporting currency: never charged to the donor.
        public var ineligible: Money
        /// Booked less reported, when the books are kept in the reporting currency: what the
        /// donor's rates make of the books' own.
        public var conversionDifference: Money?
    }

    public var ledgerName: String
    public var asOf: LedgerDate?
    /// The reporting currency every figure is in.
    public var currency: Currency
    /// The months whose rates the period-average rule averages.
    public var period: ClosedRange<LedgerMonth>?
    public var lines: [Line]
    public var headings: [Heading]
    public var funds: [FundTotal]
    /// The rates figures were converted at, with their source and period.
    public var rates: [AppliedRate]
    /// What the donor's rules do not allow, with its figures: flexibility, indirect and
    /// contingency ceilings, the spending above what a heading may reach without the addendum it
    /// needed, lines spent or committed beyond their budget (with the amount beyond it), and
    /// expense the budget does not place.
    public var flagDetails: [Flag]
    /// The flags, one sentence each, as the command line prints them.
    public var flags: [String] { flagDetails.map(\.description) }
    /// The agreements closed by the report's day, per fund, line and kind of closure, with what
    /// their closure released from the line's commitments (in the reporting currency).
    public var closedAgreements: [ClosedAgreements] = []
    /// Each fund's name (its donor), by code.
    public var fundNames: [String: String] = [:]

    /// Agreements of one fund and line closed the same way: how many, and what they released.
    public struct ClosedAgreements: Sendable, Equatable {
        public var fund: String
        public var line: String
        public var kind: GrantPosition.Closure.Kind
        public var count: Int
        public var released: Money
    }
}

extension Ledger {
    /// Records a budget revision after checking it against the budget as revised so far.
    /// - Throws: ``ArkaError`` naming the fund, line or amount that is wrong.
    public func reviseBudget(_ revision: BudgetRevision, signature: Signature) throws {
        try store.transaction { transaction in
            try checkRevision(revision, after: try transaction.budgetRevisions())
            try transaction.addRevision(revision, by: signature.user, at: signature.timestamp)
        }
    }

    /// Checks a revision: a fund of the ledger, two different lines of its budget, a positive amount
    /// in the budget's currency that its line holds after the `earlier` revisions, a reason and a reference.
    func checkRevision(_ revision: BudgetRevision, after earlier: [BudgetRevision]) throws {
        guard let fund = definition.funds.first(where: { $0.code == revision.fund }) else {
            throw ArkaError(.unknownFund, "no such fund in the ledger", field: "fund", value: revision.fund)
        }
        guard revision.fromLine != revision.toLine else {
            throw ArkaError(.badAmount, "a revision moves budget between two different lines", field: "to_line", value: revision.toLine)
        }
        guard revision.amount.isPositive else {
            throw ArkaError(.badAmount, "a revision moves a positive amount", field: "amount", value: revision.amount.decimalText)
        }
        try context.lock.checkOpen(revision.date, what: "the revision")
        guard !revision.reason.trimmingSpaces.isEmpty else {
            throw ArkaError(.missingValue, "a revision needs its reason", field: "reason", value: "")
        }
        guard !revision.reference.trimmingSpaces.isEmpty else {
            throw ArkaError(.missingValue, "a revision needs the reference of its notice or addendum", field: "reference", value: "")
        }
        let lines = definition.budgetLines.filter { $0.fund == revision.fund }
        if let line = lines.first(where: { $0.line == revision.fromLine }), line.amount.currency != revision.amount.currency {
            throw ArkaError(
                .unknownCurrency, "the budget of \(revision.fund) is in \(line.amount.currency.code)", field: "amount",
                value: revision.amount.description)
        }
        _ = try BudgetAssessment(fund: revision.fund, lines: lines, revisions: earlier + [revision], policy: fund.budgetPolicy)
    }

    /// - Throws: ``ArkaError/Kind/unknownFund``, ``ArkaError/Kind/unknownCurrency`` when the
    ///   budget is not in the reporting currency, ``ArkaError/Kind/missingRate`` naming a currency
    ///   and month the conversion needs a rate for.
    public func budgetReport(asOf: LedgerDate?, fund only: String?) throws -> BudgetReport {
        // A sum too large to hold is traced to the stored total behind it: its account and month.
        try namingStoredOverflow { try assembleBudgetReport(asOf: asOf, fund: only) }
    }

    private func assembleBudgetReport(asOf: LedgerDate?, fund only: String?) throws -> BudgetReport {
        if let only, !context.funds.contains(only) {
            throw ArkaError(.unknownFund, "no such fund in the ledger", field: "--fund", value: only)
        }
        let reporting = settings.reportingCurrency
        if let other = definition.budgetLines.first(where: { $0.amount.currency != reporting }) {
            throw ArkaError(
                .unknownCurrency,
                "the budget of \(other.fund) is in \(other.amount.currency.code) but reports are made in \(reporting.code) (reporting_currency)",
                field: "currency", value: other.amount.currency.code)
        }
        let (revisions, monthly, positions, schemes, reportingRates) = try store.view { view in
            (try view.budgetRevisions().filter { asOf == nil || $0.date <= asOf! },
             try view.monthlyExpense(to: asOf), try view.grantPositions(asOf: asOf), try view.grantSchemes(),
             try view.reportingRates(reporting: reporting))
        }
        // The reporting period: from the action's start (or the first expense) to the report's day
        // (or the last expense).
        let months = monthly.filter { !$0.amount.isZero || !$0.booked.isZero }.map(\.month)
        var period: ClosedRange<LedgerMonth>?
        if let first = settings.actionStart?.ledgerMonth ?? months.min(), let last = asOf?.ledgerMonth ?? months.max(), first <= last {
            period = first...last
        }
        let rules = Dictionary(definition.funds.map { ($0.code, $0.conversion) }, uniquingKeysWith: { first, _ in first })
        func converter(_ fund: String?, rule: ConversionRule? = nil) -> ReportingConverter {
            ReportingConverter(
                rule: rule ?? fund.flatMap { rules[$0] } ?? .booking, base: baseCurrency, rates: reportingRates, fallback: rates,
                period: period)
        }
        let expense = try ReportedExpense(
            rows: monthly, ineligibleAccounts: Set([settings.exchangeLossAccount, settings.roundingAccount].compactMap { $0 }),
            base: baseCurrency, reporting: reporting, converter: { converter($0) })
        // An amount outside the journal (a commitment, a total since a day) at the month's rate.
        let reportMonth = period?.upperBound ?? asOf?.ledgerMonth
        func toReporting(_ amount: Money, month: LedgerMonth?) throws -> Money {
            guard amount.currency != reporting, !amount.isZero else { return amount.isZero ? .zero(reporting) : amount }
            guard let month else {
                throw ArkaError(.missingRate, "a report date is needed to convert \(amount) to \(reporting.code)", field: "--to", value: "")
            }
            return try converter(nil, rule: .expenseMonth).convert(amount, booked: amount, month: month).0
        }
        // Open commitments per fund and line on the day of the report.
        var committed = MoneyTotals<BudgetLineKey>(currency: reporting)
        for position in positions {
            guard let scheme = schemes.first(where: { $0.code == position.agreement.scheme }) else { continue }
            let key = BudgetLineKey(fund: scheme.fund, line: scheme.budgetLine)
            try committed.add(try toReporting(position.open, month: reportMonth), to: key, what: "the commitments of \(key)")
        }
        var spent = expense.eligible.sumsByKey
        let zero = Money.zero(reporting)

        var lines: [BudgetReport.Line] = []
        var headings: [BudgetReport.Heading] = []
        var fundFigures: [DonorChecks.FundFigures] = []
        let funds = definition.funds.filter { only == nil || $0.code == only }
        for fund in funds {
            let fundLines = definition.budgetLines.filter { $0.fund == fund.code }.sorted {
                $0.heading != $1.heading
                    ? BudgetAssessment.naturallyBefore($0.heading, $1.heading) : BudgetAssessment.naturallyBefore($0.line, $1.line)
            }
            let assessment = try BudgetAssessment(
                fund: fund.code, lines: fundLines, revisions: revisions, policy: fund.budgetPolicy)
            let firstLine = lines.count
            var spentByHeading = MoneyTotals<String>(currency: reporting)
            var committedByHeading = MoneyTotals<String>(currency: reporting)
            for line in fundLines {
                let budget = assessment.current[line.line] ?? line.amount
                let key = BudgetLineKey(fund: fund.code, line: line.line)
                let used = spent.removeValue(forKey: key) ?? zero
                let open = committed[key]
                try spentByHeading.add(used, to: line.heading, what: "heading \(line.heading)'s spending")
                try committedByHeading.add(open, to: line.heading, what: "heading \(line.heading)'s commitments")
                let available = try Checked.named("line \(line.line)'s available budget") { try budget.subtracting(used).subtracting(open) }
                lines.append(
                    BudgetReport.Line(
                        fund: fund.code, line: line.line, heading: line.heading, description: line.description,
                        original: line.amount, budget: budget, committed: open, spent: used,
                        spentByCurrency: expense.spentByCurrency(fund.code, line.line),
                        available: available, executed: try used.percent(of: budget)))
            }
            // Expense on the fund outside its budget lines, so that the fund's total reconciles.
            for (key, used) in spent.sorted(by: { $0.key < $1.key }) where key.fund == fund.code && !used.isZero {
                let code = key.line
                spent[key] = nil
                lines.append(
                    BudgetReport.Line(
                        fund: fund.code, line: nil, heading: "", description: code.isEmpty ? "no budget line" : "line \(code), not in the budget",
                        original: zero, budget: zero, committed: zero, spent: used,
                        spentByCurrency: expense.spentByCurrency(fund.code, code.isEmpty ? nil : code), available: try used.negated(),
                        executed: nil, offBudgetLine: code.isEmpty ? nil : code))
            }
            let firstHeading = headings.count
            for change in assessment.headings {
                let used = spentByHeading[change.heading]
                let ceiling = assessment.ceilings[change.heading]
                let above = try ceiling?.excess(of: used)
                headings.append(
                    BudgetReport.Heading(
                        fund: fund.code, change: change, committed: committedByHeading[change.heading], spent: used,
                        ceiling: ceiling, aboveCeiling: above))
            }
            fundFigures.append(
                DonorChecks.FundFigures(
                    fund: fund.code, assessment: assessment, policy: fund.budgetPolicy, lines: Array(lines[firstLine...]),
                    headings: Array(headings[firstHeading...]), currency: reporting))
        }
        var totals: [BudgetReport.FundTotal] = []
        for fund in funds {
            let booked = expense.booked[fund.code]
            let ineligible = expense.ineligible[fund.code]
            let reported = expense.reported[fund.code]
            totals.append(
                BudgetReport.FundTotal(
                    fund: fund.code, rule: fund.conversion, booked: booked,
                    eligible: try Checked.named("the eligible expense of \(fund.code)") { try reported.subtracting(ineligible) }, ineligible: ineligible,
                    conversionDifference: baseCurrency == reporting
                        ? try Checked.named("the conversion difference of \(fund.code)") { try booked.subtracting(reported) } : nil))
        }
        let known = Set(definition.funds.map(\.code))
        let flags = try DonorChecks.flags(
            funds: fundFigures,
            ledger: DonorChecks.LedgerFigures(
                unplaced: only != nil ? [] : spent.sorted { $0.key < $1.key }.filter { !$0.value.isZero }.map { ($0.key, $0.value) },
                funds: totals,
                ineligibleOutsideFunds: only != nil
                    ? [] : expense.ineligible.sumsByKey.sorted { $0.key < $1.key }.filter { !$0.value.isZero && !known.contains($0.key) }.map { ($0.key, $0.value) }))
        var closed: [BudgetReport.ClosedAgreements] = []
        for position in positions {
            guard let kind = position.closure?.kind, let scheme = schemes.first(where: { $0.code == position.agreement.scheme }),
                only == nil || scheme.fund == only
            else { continue }
            let released = try toReporting(position.released, month: reportMonth)
            if let index = closed.firstIndex(where: { $0.fund == scheme.fund && $0.line == scheme.budgetLine && $0.kind == kind }) {
                closed[index].count += 1
                closed[index].released = try closed[index].released.adding(released)
            } else {
                closed.append(.init(fund: scheme.fund, line: scheme.budgetLine, kind: kind, count: 1, released: released))
            }
        }
        var report = BudgetReport(
            ledgerName: settings.name, asOf: asOf, currency: reporting, period: period, lines: lines, headings: headings,
            funds: totals, rates: expense.rates, flagDetails: flags)
        report.fundNames = Dictionary(definition.funds.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        report.closedAgreements = closed.sorted { ($0.fund, $0.line, $0.kind.rawValue) < ($1.fund, $1.line, $1.kind.rawValue) }
        return report
    }
}

extension Ledger {
    /// The columns of a file of budget revisions.
    public static let revisionColumns = ["date", "fund", "from_line", "to_line", "amount", "reason", "authority", "reference"]

    /// Records the revisions of a CSV file, in order, all or none.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is recorded.
    @discardableResult
    public func reviseBudget(file path: String, signature: Signature) throws -> Int {
        let table = try CSVTable(path: path, required: Self.revisionColumns)
        var read = FileImport.rows(table, budgetRevision(from:))
        // Each checked against the budget as the revisions before it leave it, in one transaction.
        try store.transaction { transaction in
            var recorded = try transaction.budgetRevisions()
            try read.apply { revision in
                try checkRevision(revision, after: recorded)
                try transaction.addRevision(revision, by: signature.user, at: signature.timestamp)
                recorded.append(revision)
            }
        }
        return read.values.count
    }

    /// A revision from a row of a revisions file.
    func budgetRevision(from row: CSVTable.Row) throws -> BudgetRevision {
        let fund = try row.required("fund")
        let fromLine = try row.required("from_line")
        let currency = definition.budgetLines.first { $0.fund == fund && $0.line == fromLine }?.amount.currency ?? baseCurrency
        let authorityText = try row.required("authority")
        guard let authority = BudgetRevision.Authority(rawValue: authorityText.lowercased()) else {
            throw ArkaError(.missingValue, "authority is notice or addendum", field: "authority", value: authorityText)
        }
        return BudgetRevision(
            date: try LedgerDate.parse(try row.required("date")), fund: fund, fromLine: fromLine,
            toLine: try row.required("to_line"), amount: try Money.parse(try row.required("amount"), currency: currency),
            reason: try row.required("reason"), authority: authority, reference: try row.required("reference"))
    }
}
