/// A fund's budget after its revisions, checked against the donor's rules.
///
/// Per heading, the change of every notice since the original budget (or the last addendum)
/// adds up; a heading whose cumulative change exceeds the flexibility limit needed an addendum
/// for the notice that took it there. Exactly the limit is allowed.
///
/// Without the addendum only the costs above the threshold are ineligible, not the heading's
/// whole spending: ``ceilings`` gives, per heading, the most it may reach on notices alone.
///
/// ```swift
/// let assessment = try BudgetAssessment(fund: "EU", lines: lines, revisions: revisions, policy: .eu)
/// assessment.current["3.3"]       // the line's amount after the revisions
/// assessment.flags                // what the donor would object to
/// assessment.ceilings["2"]?.amount   // what heading 2 may spend without the addendum it needed
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

    /// The most a heading may reach while its budget rests on a notice that needed an addendum and
    /// has none (DONOR-RULES: "costs above the threshold without one are ineligible").
    ///
    /// A heading that rose beyond the limit may reach its baseline plus the limit's percent of it:
    /// `baseline + limit % × |baseline|`, the percent rounded toward zero to the cent
    /// (``Conversion/percent(_:of:)``), so that the ceiling is never overstated and a heading at
    /// exactly the ceiling is within the limit, as ``BudgetAssessment`` tests it.
    ///
    /// A heading that gave beyond the limit keeps its own spending within its lowered budget (the
    /// report flags a line spent beyond its budget), so it gets no ceiling of its own: the money it
    /// gave beyond the limit is what the notices did not allow, and the headings that received it
    /// may not spend it. That excess (the heading's fall less the limit's percent of its baseline)
    /// is laid on the headings it moved money to, the latest move first, as the money moved last is
    /// the money that went beyond the limit; each receiver takes at most its own net rise since the
    /// baseline, and lowers its ceiling (its current budget) by what it takes. Money a receiver
    /// passed on is not followed further. A heading both rising beyond the limit and receiving such
    /// money gets the lower of the two ceilings.
    public struct Ceiling: Sendable, Equatable {
        public var heading: String
        /// The heading's total it may reach without the addendum, in the budget's currency.
        public var amount: Money
        /// The day of the notice that needed the addendum (the first, when several did).
        public var since: LedgerDate
        /// The reference of that notice.
        public var reference: String
        /// The headings that gave this one money beyond the limit, in heading order; empty when
        /// only its own rise is beyond the limit.
        public var givers: [String]

        public init(heading: String, amount: Money, since: LedgerDate, reference: String, givers: [String]) {
            self.heading = heading
            self.amount = amount
            self.since = since
            self.reference = reference
            self.givers = givers
        }

        /// The spending above the ceiling, never below zero: what is ineligible of `spent`, the
        /// heading's cumulative spending in the budget's currency.
        /// - Throws: ``ArkaError/Kind/overflow`` when the difference does not fit in 64 bits.
        public func excess(of spent: Money) throws -> Money {
            let over = try spent.subtracting(amount)
            return over.minorUnits > 0 ? over : Money.zero(amount.currency)
        }
    }

    /// Something the donor's rules do not allow, in one sentence.
    public enum Flag: Sendable, Equatable, CustomStringConvertible {
        /// A notice took a heading past the limit; the revision needed an addendum.
        case needsAddendum(fund: String, heading: String, revisionDate: LedgerDate, reference: String, percent: DecimalText?, limit: Int)
        /// Indirect costs above the limit's percent of direct costs: `allowed` is that percent,
        /// rounded toward zero (``Conversion/percent(_:of:)``), and `above` what goes beyond it.
        case indirectAboveLimit(fund: String, indirect: Money, direct: Money, percent: DecimalText?, limit: Int, allowed: Money, above: Money)
        /// The contingency reserve above the limit's percent of direct costs; `allowed` and `above` as for indirect costs.
        case contingencyAboveLimit(
            fund: String, contingency: Money, direct: Money, percent: DecimalText?, limit: Int, allowed: Money, above: Money)

        /// The flag in one sentence, as the command line says it.
        public var description: String { sentence.description }

        /// The flag in one sentence, in any language.
        public var sentence: Sentence {
            switch self {
            case let .needsAddendum(fund, heading, date, reference, percent, limit):
                return "heading \(heading) of \(fund) changed by \(percent.map { "\($0.text) %" } ?? "all") of its baseline after revision \(reference) of \(date), beyond the \(limit) % a notice allows: it needs an addendum"
            case let .indirectAboveLimit(fund, indirect, direct, percent, limit, allowed, above):
                return "indirect costs of \(fund) are \(indirect.decimalText) \(indirect.currency.code), \(percent.map { "\($0.text) %" } ?? "all") of direct costs \(direct.decimalText), above \(limit) %: \(above.decimalText) more than the \(allowed.decimalText) allowed"
            case let .contingencyAboveLimit(fund, contingency, direct, percent, limit, allowed, above):
                return "the contingency reserve of \(fund) is \(contingency.decimalText) \(contingency.currency.code), \(percent.map { "\($0.text) %" } ?? "all") of direct costs \(direct.decimalText), above \(limit) %: \(above.decimalText) more than the \(allowed.decimalText) allowed"
            }
        }
    }

    public var fund: String
    /// Line code → its amount after every revision up to the assessment.
    public var current: [String: Money]
    public var headings: [HeadingChange]
    public var flags: [Flag]
    /// Heading → the most it may reach without the addendum a notice needed, for every heading whose
    /// budget at the assessment rests on such a notice; see ``Ceiling``.
    public var ceilings: [String: Ceiling]

    /// Applies `revisions` (in the order given) to the fund's `lines` and checks the rules.
    /// - Throws: ``ArkaError/Kind/unknownBudgetLine`` for a revision naming a line the fund does
    ///   not have; ``ArkaError/Kind/badAmount`` for one taking more than its line holds.
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
        func total(_ heading: String) throws -> Money {
            var sum = Money.zero(currency)
            for line in lines where line.heading == heading { sum = try sum.adding(current[line.line]!) }
            return sum
        }
        let headingCodes = Self.ordered(Set(lines.map(\.heading)))
        var baseline: [String: Money] = [:]
        for heading in headingCodes { baseline[heading] = try total(heading) }
        var flags: [Flag] = []
        // Heading → the first notice since the baseline that took it beyond the limit.
        var crossing: [String: (date: LedgerDate, reference: String)] = [:]
        // The notices since the baseline that moved money from one heading to another, in order.
        var moves: [(from: String, to: String, amount: Int64)] = []

        for revision in revisions where revision.fund == fund {
            for code in [revision.fromLine, revision.toLine] where headingOf[code] == nil {
                throw ArkaError(.unknownBudgetLine, "no budget line \(code) in the budget of fund \(fund)", field: "line", value: code)
            }
            guard let fromHeading = headingOf[revision.fromLine], let toHeading = headingOf[revision.toLine] else { continue }  // named above
            guard current[revision.fromLine]!.minorUnits >= revision.amount.minorUnits else {
                throw ArkaError(
                    .badAmount,
                    "line \(revision.fromLine) of \(fund) holds \(current[revision.fromLine]!.decimalText) on \(revision.date); it cannot give \(revision.amount.decimalText)",
                    field: "amount", value: revision.amount.decimalText)
            }
            current[revision.fromLine] = try current[revision.fromLine]!.subtracting(revision.amount)
            current[revision.toLine] = try current[revision.toLine]!.adding(revision.amount)
            if revision.authority == .addendum {
                for heading in headingCodes { baseline[heading] = try total(heading) }
                crossing = [:]
                moves = []
                continue
            }
            if fromHeading != toHeading { moves.append((from: fromHeading, to: toHeading, amount: revision.amount.minorUnits)) }
            for heading in Set([fromHeading, toHeading]).sorted() {
                let change = try total(heading).subtracting(baseline[heading]!)
                if let limit = policy.flexibilityLimit, Self.exceeds(change: change.minorUnits, baseline: baseline[heading]!.minorUnits, limit: limit),
                    crossing[heading] == nil
                {
                    crossing[heading] = (revision.date, revision.reference)
                    flags.append(
                        .needsAddendum(
                            fund: fund, heading: heading, revisionDate: revision.date, reference: revision.reference,
                            percent: Self.percent(change.minorUnits, of: baseline[heading]!.minorUnits), limit: limit))
                }
            }
        }

        var headings: [HeadingChange] = []
        for heading in headingCodes {
            let now = try total(heading)
            let change = try now.subtracting(baseline[heading]!)
            headings.append(
                HeadingChange(
                    heading: heading, baseline: baseline[heading]!, current: now, change: change,
                    percent: Self.percent(change.minorUnits, of: baseline[heading]!.minorUnits)))
        }
        var totals: [String: Money] = [:]
        for heading in headingCodes { totals[heading] = try total(heading) }
        flags += try Self.ceilingFlags(fund: fund, totals: totals, currency: currency, policy: policy)
        self.current = current
        self.headings = headings
        self.flags = flags
        self.ceilings = try policy.flexibilityLimit.map { try Self.ceilings(headings: headings, crossing: crossing, moves: moves, limit: $0) } ?? [:]
    }

    /// The indirect-cost and contingency ceilings checked on `totals`, heading by heading: the
    /// budget's (an assessment does) or the spending's (the budget report does, since the EU
    /// caps indirect costs at 7 % of the direct costs actually spent, PRAG Annex VI). A policy
    /// without such a ceiling flags nothing.
    ///
    /// ```swift
    /// try BudgetAssessment.ceilingFlags(fund: "EU", totals: ["1": direct, "8": indirect], currency: .euro, policy: .eu)
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` when a sum does not fit.
    public static func ceilingFlags(fund: String, totals: [String: Money], currency: Currency, policy: BudgetPolicy) throws -> [Flag] {
        var flags: [Flag] = []
        var direct = Money.zero(currency)
        for (heading, total) in totals.sorted(by: { naturallyBefore($0.key, $1.key) }) where policy.directHeadings.contains(heading) {
            direct = try direct.adding(total)
        }
        let indirect = totals[policy.indirectHeading] ?? .zero(currency)
        if let limit = policy.indirectLimit, exceeds(change: indirect.minorUnits, baseline: direct.minorUnits, limit: limit) {
            let allowed = try Conversion.percent(limit, of: direct)
            flags.append(
                .indirectAboveLimit(
                    fund: fund, indirect: indirect, direct: direct, percent: percent(indirect.minorUnits, of: direct.minorUnits),
                    limit: limit, allowed: allowed, above: try indirect.subtracting(allowed)))
        }
        let contingency = totals[policy.contingencyHeading] ?? .zero(currency)
        if let limit = policy.contingencyLimit, exceeds(change: contingency.minorUnits, baseline: direct.minorUnits, limit: limit) {
            let allowed = try Conversion.percent(limit, of: direct)
            flags.append(
                .contingencyAboveLimit(
                    fund: fund, contingency: contingency, direct: direct, percent: percent(contingency.minorUnits, of: direct.minorUnits),
                    limit: limit, allowed: allowed, above: try contingency.subtracting(allowed)))
        }
        return flags
    }

    /// The ceilings of the headings whose budget rests on a notice that needed an addendum, from
    /// their changes since the baseline, the first notice that took each beyond the limit and the
    /// moves between headings since the baseline; see ``Ceiling`` for the rule.
    static func ceilings(
        headings: [HeadingChange], crossing: [String: (date: LedgerDate, reference: String)],
        moves: [(from: String, to: String, amount: Int64)], limit: Int
    ) throws -> [String: Ceiling] {
        var own: [String: Int64] = [:]
        // Receiver → what it takes of the givers' excess, and from whom.
        var taken: [String: Int64] = [:]
        var givers: [String: [String]] = [:]
        var origin: [String: (date: LedgerDate, reference: String)] = [:]
        let rise = Dictionary(headings.map { ($0.heading, max(0, $0.change.minorUnits)) }, uniquingKeysWith: { first, _ in first })
        for change in headings {
            guard let first = crossing[change.heading] else { continue }
            // What a notice allows the heading to move, rounded toward zero.
            let allowed = Int64(clamping: try Conversion.percent(limit, of: change.baseline).minorUnits.magnitude)
            if change.change.minorUnits > allowed {
                own[change.heading] = try Checked.add(change.baseline.minorUnits, allowed, what: "heading \(change.heading)'s ceiling")
                origin[change.heading] = Self.earlier(origin[change.heading], first)
            } else if change.change.minorUnits < -allowed {
                // The fall beyond what a notice allows; both are positive, so the difference is exact.
                var excess = Int64(clamping: change.change.minorUnits.magnitude) - allowed
                for move in moves.reversed() where move.from == change.heading && excess > 0 {
                    let room = (rise[move.to] ?? 0) - taken[move.to, default: 0]
                    let take = min(excess, move.amount, room)
                    guard take > 0 else { continue }
                    taken[move.to, default: 0] += take
                    excess -= take
                    if givers[move.to, default: []].contains(change.heading) == false { givers[move.to, default: []].append(change.heading) }
                    origin[move.to] = Self.earlier(origin[move.to], first)
                }
            }
        }
        var ceilings: [String: Ceiling] = [:]
        for change in headings {
            guard let first = origin[change.heading] else { continue }
            var amount = own[change.heading] ?? change.current.minorUnits
            if let part = taken[change.heading] {
                amount = min(amount, try Checked.add(change.current.minorUnits, -part, what: "heading \(change.heading)'s ceiling"))
            }
            ceilings[change.heading] = Ceiling(
                heading: change.heading, amount: Money(minorUnits: amount, currency: change.current.currency), since: first.date,
                reference: first.reference, givers: ordered(Set(givers[change.heading] ?? [])))
        }
        return ceilings
    }

    /// The earlier of two notices, the first when both fall on the same day.
    private static func earlier(
        _ one: (date: LedgerDate, reference: String)?, _ other: (date: LedgerDate, reference: String)
    ) -> (date: LedgerDate, reference: String) {
        guard let one else { return other }
        return other.date < one.date ? other : one
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
