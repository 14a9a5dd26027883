/// A fund's budget after its revisions, checked against the donor's rules.
///
/// Per heading, the change of every notice since the original budget (or the last addendum)
/// adds up; a heading whose cumulative change exceeds the flexibility limit needed an addendum
/// for the notice that took it there. Exactly the limit is allowed.
///
/// ```swift
/// let assessment = try BudgetAssessment(fund: "EU", lines: lines, revisions: revisions, policy: .eu)
/// assessment.current["3.3"]       // the line's amount after the revisions
/// assessment.flags                // what the donor would object to
/// ```
public struct BudgetAssessment: Sendable {
    /// A heading's movement since its baseline.
    public struct HeadingChange: Sendable, Equatable {
        public var heading: String
        /// The heading's total in the original budget, or after the last addendum.
        public var baseline: Money
        public var current: Money
        /// The cumulative change of notices since the baseline (current less baseline).
        public var change: Money
        /// The change as a percent of the baseline, to two decimals, for display.
        public var percent: DecimalText?
    }

    /// Something the donor's rules do not allow, in one sentence.
    public enum Flag: Sendable, Equatable, CustomStringConvertible {
        /// A notice took a heading past the limit; the revision needed an addendum.
        case needsAddendum(fund: String, heading: String, revisionDate: LedgerDate, reference: String, percent: DecimalText?, limit: Int)
        case indirectAboveLimit(fund: String, indirect: Money, direct: Money, percent: DecimalText?, limit: Int)
        case contingencyAboveLimit(fund: String, contingency: Money, direct: Money, percent: DecimalText?, limit: Int)

        public var description: String {
            switch self {
            case let .needsAddendum(fund, heading, date, reference, percent, limit):
                return "heading \(heading) of \(fund) changed by \(percent.map { "\($0.text) %" } ?? "all") of its baseline after revision \(reference) of \(date), beyond the \(limit) % a notice allows: it needs an addendum"
            case let .indirectAboveLimit(fund, indirect, direct, percent, limit):
                return "indirect costs of \(fund) are \(indirect.decimalText) \(indirect.currency.code), \(percent.map { "\($0.text) %" } ?? "all") of direct costs \(direct.decimalText), above \(limit) %"
            case let .contingencyAboveLimit(fund, contingency, direct, percent, limit):
                return "the contingency reserve of \(fund) is \(contingency.decimalText) \(contingency.currency.code), \(percent.map { "\($0.text) %" } ?? "all") of direct costs \(direct.decimalText), above \(limit) %"
            }
        }
    }

    public var fund: String
    /// Line code → its amount after every revision up to the assessment.
    public var current: [String: Money]
    public var headings: [HeadingChange]
    public var flags: [Flag]
    /// Heading → the first day from which its spending rests on a revision that needed an
    /// addendum and has none.
    public var withoutAddendumSince: [String: LedgerDate]

    /// Applies `revisions` (in the order given) to the fund's `lines` and checks the rules.
    /// - Throws: ``ArkaError/Kind/unknownBudgetLine`` for a revision naming a line the fund does
    ///   not have; ``ArkaError/Kind/badAmount`` for one taking more than its line holds;
    ///   ``ArkaError/Kind/overflow`` when a line, a heading or the fund's total would no longer fit.
    public init(fund: String, lines: [BudgetLine], revisions: [BudgetRevision], policy: BudgetPolicy) throws {
        self.fund = fund
        let lines = lines.filter { $0.fund == fund }
        var headingOf: [String: String] = [:]
        var current: [String: Money] = [:]
        for line in lines {
            headingOf[line.line] = line.heading
            current[line.line] = line.amount
        }
        let currency = lines.first?.amount.currency ?? .euro
        /// The line's amount now; every line of the fund has one, and a revision's lines are
        /// checked to be the fund's before they are looked up.
        func amount(_ line: String) throws -> Money {
            guard let amount = current[line] else {
                throw ArkaError(.unknownBudgetLine, "no budget line \(line) in the budget of fund \(fund)", field: "line", value: line)
            }
            return amount
        }
        func total(_ heading: String) throws -> Money {
            var sum = Money.zero(currency)
            for line in lines where line.heading == heading { sum = try sum.adding(try amount(line.line)) }
            return sum
        }
        let headingCodes = Self.ordered(Set(lines.map(\.heading)))
        var baseline: [String: Money] = [:]
        for heading in headingCodes { baseline[heading] = try total(heading) }
        func baselineOf(_ heading: String) -> Money { baseline[heading] ?? .zero(currency) }
        var flags: [Flag] = []
        var since: [String: LedgerDate] = [:]

        for revision in revisions where revision.fund == fund {
            for code in [revision.fromLine, revision.toLine] where headingOf[code] == nil {
                throw ArkaError(.unknownBudgetLine, "no budget line \(code) in the budget of fund \(fund)", field: "line", value: code)
            }
            let from = try amount(revision.fromLine)
            guard try !from.isLess(than: revision.amount) else {
                throw ArkaError(
                    .badAmount,
                    "line \(revision.fromLine) of \(fund) holds \(from.decimalText) on \(revision.date); it cannot give \(revision.amount.decimalText)",
                    field: "amount", value: revision.amount.decimalText)
            }
            current[revision.fromLine] = try from.subtracting(revision.amount)
            current[revision.toLine] = try amount(revision.toLine).adding(revision.amount)
            if revision.authority == .addendum {
                for heading in headingCodes { baseline[heading] = try total(heading) }
                since = [:]
                continue
            }
            for heading in Set([revision.fromLine, revision.toLine].compactMap { headingOf[$0] }).sorted() {
                let change = try total(heading).subtracting(baselineOf(heading))
                if Self.exceeds(change: change.minorUnits, baseline: baselineOf(heading).minorUnits, limit: policy.flexibilityLimit),
                    since[heading] == nil
                {
                    since[heading] = revision.date
                    flags.append(
                        .needsAddendum(
                            fund: fund, heading: heading, revisionDate: revision.date, reference: revision.reference,
                            percent: Self.percent(change.minorUnits, of: baselineOf(heading).minorUnits), limit: policy.flexibilityLimit))
                }
            }
        }

        var headings: [HeadingChange] = []
        for heading in headingCodes {
            let now = try total(heading)
            let change = try now.subtracting(baselineOf(heading))
            headings.append(
                HeadingChange(
                    heading: heading, baseline: baselineOf(heading), current: now, change: change,
                    percent: Self.percent(change.minorUnits, of: baselineOf(heading).minorUnits)))
        }
        var direct = Money.zero(currency)
        for heading in headingCodes where policy.directHeadings.contains(heading) { direct = try direct.adding(try total(heading)) }
        let indirect = try total(policy.indirectHeading)
        if Self.exceeds(change: indirect.minorUnits, baseline: direct.minorUnits, limit: policy.indirectLimit) {
            flags.append(
                .indirectAboveLimit(
                    fund: fund, indirect: indirect, direct: direct, percent: Self.percent(indirect.minorUnits, of: direct.minorUnits),
                    limit: policy.indirectLimit))
        }
        let contingency = try total(policy.contingencyHeading)
        if Self.exceeds(change: contingency.minorUnits, baseline: direct.minorUnits, limit: policy.contingencyLimit) {
            flags.append(
                .contingencyAboveLimit(
                    fund: fund, contingency: contingency, direct: direct,
                    percent: Self.percent(contingency.minorUnits, of: direct.minorUnits), limit: policy.contingencyLimit))
        }
        self.current = current
        self.headings = headings
        self.flags = flags
        self.withoutAddendumSince = since
    }

    /// Whether |change| is more than `limit` percent of `baseline`, exactly (no rounding).
    static func exceeds(change: Int64, baseline: Int64, limit: Int) -> Bool {
        Int128(change.magnitude) * 100 > Int128(limit) * Int128(baseline.magnitude)
    }

    /// `part` as a percent of `whole`, rounded to two decimals; nil when `whole` is zero.
    public static func percent(_ part: Int64, of whole: Int64) -> DecimalText? {
        guard whole != 0 else { return nil }
        let magnitude = Conversion.roundHalfAwayFromZero(Int128(part.magnitude) * 10_000, Int128(whole.magnitude))
        let negative = (part < 0) != (whole < 0)
        return DecimalText(digits: Int64(clamping: negative ? -magnitude : magnitude), scale: 2)
    }

    /// Headings in their natural order: 1, 2, ... 9, 10.
    static func ordered(_ headings: Set<String>) -> [String] {
        headings.sorted(by: naturallyBefore)
    }

    /// Whether a heading or line code comes before another, numbers compared as numbers:
    /// `2.1` < `2.10` < `10.1`.
    public static func naturallyBefore(_ left: String, _ right: String) -> Bool {
        let a = left.split(separator: "."), b = right.split(separator: ".")
        for (x, y) in zip(a, b) where x != y {
            if let i = Int(x), let j = Int(y) { return i < j }
            return x < y
        }
        return a.count < b.count
    }
}
