import ArkaCore

/// Why an application got its decision, with its figures, so that a workbook can word it in its
/// own language; ``ApplicationResult/reason`` is the English sentence.
///
/// ```swift
/// if case let .awarded(amount, rank, _) = result.why { print("\(amount) at rank \(rank ?? 0)") }
/// ```
public enum DecisionReason: Sendable, Equatable {
    /// A gate the application fails: its key and description.
    public struct FailedGate: Sendable, Equatable {
        public var key: String
        public var description: String

        public init(key: String, description: String) {
            self.key = key
            self.description = description
        }
    }

    /// A criterion below its minimum points.
    public struct ShortCriterion: Sendable, Equatable {
        public var criterion: String
        public var points: Points
        public var minimum: Points
        /// Whether it stands for personal criteria withheld: `criterion` then describes them, and
        /// the points are not shown.
        public var withheld: Bool

        public init(criterion: String, points: Points, minimum: Points, withheld: Bool = false) {
            self.criterion = criterion
            self.points = points
            self.minimum = minimum
            self.withheld = withheld
        }
    }

    /// Not decided yet (an open application before the envelope is allocated).
    case none
    /// Ineligible: the gates it fails.
    case ineligible([FailedGate])
    /// Fewer evaluators scored it than the grid needs.
    case needsEvaluators(needed: Int, scored: Int)
    /// The evaluators' totals differ beyond the limit and no group within it counts yet;
    /// `tie` when groups equally close tie and the grid waits for a consensus record.
    case evaluatorsDiffer(spread: Points, limit: Points, tie: Bool)
    /// Rejected: criteria below their minimum points.
    case belowCriterionMinimum([ShortCriterion])
    /// Rejected: a total below the grid's minimum.
    case belowTotalMinimum(total: Points, minimum: Points)
    /// Awarded in an earlier run whose agreement was cancelled.
    case cancelledEarlier
    /// Awarded in an earlier run, keeping its award.
    case awardedEarlier(Money)
    /// Awarded at its rank; `capped` when the request was cut to the maximum per recipient.
    case awarded(Money, rank: Int?, capped: Bool)
    /// Awarded at its rank what was left of the envelope, less than `requested`.
    case awardedCut(Money, rank: Int?, requested: Money)
    /// On the reserve list: its place, what it asks for and what the envelope has left.
    case reserve(place: Int, requested: Money, left: Money)

    /// The reason as a ``Phrase`` for a workbook's wording (nil for ``none``): its key (one of
    /// ``phraseKeys``) and its values (amounts as `2400.00 EUR`, points as `36.5`).
    public var phrase: Phrase? {
        switch self {
        case .none: return nil
        case .ineligible(let gates):
            // A gate without a key stands for the personal gates withheld: only its description shows.
            return Phrase(
                "reason.ineligible", ["gates": gates.map { $0.key.isEmpty ? $0.description : "\($0.description) (\($0.key))" }.joined(separator: "; ")])
        case let .needsEvaluators(needed, scored):
            return Phrase("reason.needs_evaluators", ["needed": String(needed), "scored": String(scored)])
        case let .evaluatorsDiffer(spread, limit, tie):
            return Phrase(tie ? "reason.evaluators_tie" : "reason.evaluators_differ", ["spread": spread.description, "limit": limit.description])
        case .belowCriterionMinimum(let criteria):
            return Phrase(
                "reason.below_criterion_minimum",
                ["criteria": criteria.map { $0.withheld ? $0.criterion : "\($0.criterion) \($0.points) < \($0.minimum)" }.joined(separator: "; ")])
        case let .belowTotalMinimum(total, minimum):
            return Phrase("reason.below_total_minimum", ["total": total.description, "minimum": minimum.description])
        case .cancelledEarlier:
            return Phrase("reason.cancelled_earlier")
        case .awardedEarlier(let amount):
            return Phrase("reason.awarded_earlier", ["amount": amount.description])
        case let .awarded(amount, rank, capped):
            return Phrase(capped ? "reason.awarded_capped" : "reason.awarded", ["amount": amount.description, "rank": rank.map(String.init) ?? "-"])
        case let .awardedCut(amount, rank, requested):
            return Phrase("reason.awarded_cut", ["amount": amount.description, "rank": rank.map(String.init) ?? "-", "requested": requested.description])
        case let .reserve(place, requested, left):
            return Phrase("reason.reserve", ["place": String(place), "requested": requested.description, "left": left.description])
        }
    }

    /// Every key a reason's ``phrase`` may have: a workbook template words each.
    public static let phraseKeys = [
        "reason.ineligible", "reason.needs_evaluators", "reason.evaluators_differ", "reason.evaluators_tie", "reason.below_criterion_minimum",
        "reason.below_total_minimum", "reason.cancelled_earlier", "reason.awarded_earlier", "reason.awarded", "reason.awarded_capped",
        "reason.awarded_cut", "reason.reserve",
    ]
}
