import ArkaCore

/// A call's rules as data: the application fields, the eligibility gates, the scored criteria,
/// the thresholds, the tie-breaks, the envelope and how awards are allocated.
///
/// A new call is a new grid file, never new code. The file format is YAML, documented in
/// `templates/scoring/README.md`; ``ScoringGrid/parse(yaml:file:)`` reads and validates it.
///
/// ```swift
/// let grid = try ScoringGrid.parse(yaml: text, file: "ledgers/mallakaster/grid-iga.yaml")
/// grid.criteria.map(\.key)   // ["ne_household", "household_size", …]
/// ```
public struct ScoringGrid: Sendable {
    /// The call's name, shown on every result.
    public var call: String
    /// The day ages are counted on (youth is 15-29 on the call date).
    public var callDate: LedgerDate
    public var currency: Currency
    /// The money the call may award in all.
    public var envelope: Money
    /// The least and the most one applicant may receive.
    public var minimumAward: Money?
    public var maximumAward: Money?
    public var allocation: Allocation
    /// The grant scheme of the ledger that awards become agreements under.
    public var scheme: String?
    /// How the agreements made from awards are numbered: this prefix and a sequence (`IGA-2023-01`).
    public var agreementPrefix: String?
    /// The conditions written on each agreement made from an award.
    public var conditions: String?
    /// How many independent evaluators each eligible application needs.
    public var minimumEvaluators: Int
    /// The most two evaluators' weighted totals may differ by before a consensus or another
    /// evaluator is needed; nil when the grid sets no limit.
    public var discrepancyLimit: Points?
    /// Which evaluators count when their totals differ by more than ``discrepancyLimit``
    /// (`evaluators.combine`; the two closest by default).
    public var combination: Combination = .closestTwo
    /// Which of equally close pairs or groups counts (`evaluators.on_tie`; the lower by default).
    public var evaluatorTie: EvaluatorTie = .lower
    /// The least weighted total an application needs to be ranked.
    public var minimumTotal: Points?
    public var fields: [FieldSpec]
    public var gates: [Gate]
    public var criteria: [Criterion]
    public var tieBreaks: [TieBreak]
    /// The fields that identify the application, the applicant, their name and the amount asked.
    public var roles: Roles
    /// The line of each top-level key of the grid file, and of each key under `evaluators` by its
    /// dotted path (`evaluators.on_tie`), for messages.
    public var keyLines: [String: Int] = [:]

    /// Whether an award that does not fit in what is left of the envelope is cut to fit, or the
    /// next application that fits is taken.
    public enum Allocation: String, Sendable, CaseIterable {
        case cutToFit = "cut-to-fit"
        case nextThatFits = "next-that-fits"
    }

    /// How three or more evaluators' totals combine when they differ by more than the
    /// discrepancy limit (within it, every evaluator's scores are averaged).
    public enum Combination: String, Sendable, CaseIterable {
        /// The two evaluators whose totals are closest count, when they are within the limit.
        /// Two are fewer than a `minimum` above 2, so with such a minimum the application waits.
        case closestTwo = "closest-two"
        /// The largest group of evaluators whose totals all lie within the limit of one another
        /// counts (at least two, and at least the `minimum`); of groups as large, the closest.
        case allWithinLimit = "all-within-limit"
    }

    /// Which pair or group counts when several are equally close (and, for groups, as large).
    /// Evaluations are taken in the order of their evaluators' names, never the file's, so
    /// that the same scores give the same result in any order.
    public enum EvaluatorTie: String, Sendable, CaseIterable {
        /// The one with the lower totals: no application gains points from a tie it cannot settle.
        case lower
        /// The one with the higher totals.
        case higher
        /// None: the application waits for the committee's consensus record.
        case consensus
    }

    public struct Roles: Sendable {
        /// The application's number, unique in the file.
        public var id: String
        /// The amount requested, in the grid's currency.
        public var amount: String
        /// The applicant's stable identity (personal id or NIPT), from which pseudonyms are made.
        public var applicant: String?
        /// The applicant's name, shown only when names are asked for.
        public var name: String?
        /// The kind of recipient an awarded applicant is registered as (farm, small-business,
        /// social-business; any other value registers a small business).
        public var kind: String?
        /// The applicant's village, for the register of recipients.
        public var village: String?
    }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
    public func criterion(_ key: String) -> Criterion? { criteria.first { $0.key == key } }

    /// The criteria evaluators score, in grid order.
    public var evaluatedCriteria: [Criterion] { criteria.filter(\.isEvaluated) }

    /// Whether an evaluated criterion is personal, so that each evaluator's weighted total, which
    /// adds it in, shows personal data too.
    public var evaluatorTotalsArePersonal: Bool { criteria.contains { $0.isEvaluated && $0.isPersonal } }

    /// The most weighted points an application can reach.
    public var maximumTotal: Points {
        criteria.reduce(Points.zero) { $0 + $1.maximumPoints * $1.weight }
    }
}

/// An application field: its name (the CSV column) and type.
public struct FieldSpec: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case number, integer, boolean, category, date, text
    }

    public var name: String
    public var kind: Kind
    /// For a category: the values it may take.
    public var values: [String]
    /// Personal data: hidden behind the pseudonym in anything meant to leave the office.
    public var isPersonal: Bool
    /// Whether an application may leave it empty.
    public var isOptional: Bool
    public var line: Int
}

/// A field's value read from an application.
public enum FieldValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A decimal number, in ten-thousandths.
    case number(Int64)
    case integer(Int64)
    case boolean(Bool)
    /// A category's or a text field's value.
    case text(String)
    case date(LedgerDate)
    case empty

    /// The scale of ``number(_:)``: numbers carry four decimals.
    public static let numberScale = 4

    public var description: String {
        switch self {
        case .number(let value): return DecimalText(digits: value, scale: Self.numberScale).normalized.text
        case .integer(let value): return String(value)
        case .boolean(let value): return value ? "true" : "false"
        case .text(let value): return value
        case .date(let value): return value.description
        case .empty: return ""
        }
    }

    /// Numbers and integers as a comparable quantity (ten-thousandths), nil for other values.
    public var quantity: Int64? {
        switch self {
        case .number(let value): return value
        case .integer(let value): return value * 10_000
        default: return nil
        }
    }

    public static func < (lhs: FieldValue, rhs: FieldValue) -> Bool {
        switch (lhs, rhs) {
        case (.empty, .empty): return false
        case (.empty, _): return false
        case (_, .empty): return true
        case let (.date(a), .date(b)): return a < b
        case let (.boolean(a), .boolean(b)): return !a && b
        case let (.text(a), .text(b)): return a < b
        default:
            if let a = lhs.quantity, let b = rhs.quantity { return a < b }
            return lhs.description < rhs.description
        }
    }
}

/// A condition every eligible application meets. Immutable, and shared by reference: every
/// result points to its grid's gates rather than holding a copy.
public final class Gate: Sendable {
    public enum Condition: Sendable {
        case isIn([FieldValue])
        case atLeast(FieldValue)
        case atMost(FieldValue)
        case between(FieldValue, FieldValue)
        /// Full years on the call date, inclusive bounds.
        case age(minimum: Int?, maximum: Int?)
        /// The amount within the grid's minimum and maximum per recipient.
        case withinLimits
        /// The field is filled in.
        case present
    }

    public let key: String
    public let description: String
    public let field: String
    public let condition: Condition
    public let line: Int
    /// Whether the gate reads a personal field: under pseudonyms its value and whether it
    /// passed are withheld.
    public let isPersonal: Bool

    public init(key: String, description: String, field: String, condition: Condition, line: Int, isPersonal: Bool = false) {
        self.key = key
        self.description = description
        self.field = field
        self.condition = condition
        self.line = line
        self.isPersonal = isPersonal
    }
}

/// A scored criterion: points read from a field, or given by evaluators, times a weight.
/// Immutable, and shared by reference like ``Gate``.
public final class Criterion: Sendable {
    public enum Rule: Sendable {
        /// Points per value; any other value scores `otherwise`.
        case lookup([FieldValue: Int], otherwise: Int)
        /// Points per range of a number or integer field.
        case ranges([PointRange])
        /// Points per range of age in full years on the call date, from a date field.
        case ageRanges([PointRange])
        /// Points each evaluator gives on a scale; the evaluators' scores are averaged.
        case evaluated(ClosedRange<Int>)
    }

    public let key: String
    public let description: String
    /// The field read; nil for an evaluated criterion.
    public let field: String?
    public let rule: Rule
    public let weight: Int
    /// The least points (before weighting) an application needs on this criterion to be ranked.
    public let minimum: Points?
    public let line: Int
    /// Whether the criterion's points show personal data: it reads a personal field, or the grid
    /// marks it `personal` (an evaluated criterion on the applicant's health, say). Under
    /// pseudonyms its points, and an evaluated one's scores, are withheld: they count only
    /// within the total.
    public let isPersonal: Bool

    public init(
        key: String, description: String, field: String?, rule: Rule, weight: Int, minimum: Points?, line: Int, isPersonal: Bool = false
    ) {
        self.key = key
        self.description = description
        self.field = field
        self.rule = rule
        self.weight = weight
        self.minimum = minimum
        self.line = line
        self.isPersonal = isPersonal
    }

    public var isEvaluated: Bool {
        if case .evaluated = rule { return true }
        return false
    }

    /// The most points (before weighting) the criterion can give.
    public var maximumPoints: Points {
        switch rule {
        case .lookup(let table, let otherwise): return Points(whole: max(table.values.max() ?? otherwise, otherwise))
        case .ranges(let ranges), .ageRanges(let ranges): return Points(whole: ranges.map(\.points).max() ?? 0)
        case .evaluated(let scale): return Points(whole: scale.upperBound)
        }
    }
}

/// A range of values worth some points: `from` inclusive to `upper` (inclusive for integers and
/// ages, exclusive for numbers), or open-ended when `upper` is nil. Bounds are in the field's
/// comparable quantity (ten-thousandths; whole years for ages).
public struct PointRange: Sendable, Equatable {
    public var from: Int64
    public var upper: Int64?
    public var points: Int
    public var line: Int

    public func contains(_ value: Int64, upperInclusive: Bool) -> Bool {
        guard value >= from else { return false }
        guard let upper else { return true }
        return upperInclusive ? value <= upper : value < upper
    }
}

/// How ties in the weighted total are broken, in the order the grid states them. After the
/// stated ones, the application number decides, so the ranking is always total.
public enum TieBreak: Sendable {
    /// More weighted points on the criterion first (or fewer, when `descending` is false).
    case criterion(String, descending: Bool)
    /// The field's value in the stated order (an earlier submission first, say).
    case field(String, descending: Bool)
}

/// Points with two decimals, exact: an average of evaluators' scores is rounded once, half away
/// from zero, to the hundredth.
public struct Points: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Hundredths of a point.
    public var hundredths: Int64

    public static let zero = Points(hundredths: 0)

    public init(hundredths: Int64) { self.hundredths = hundredths }
    public init(whole: Int) { self.hundredths = Int64(whole) * 100 }

    /// The average of whole scores, rounded once to the hundredth.
    public static func average(_ scores: [Points]) -> Points {
        guard !scores.isEmpty else { return .zero }
        let sum = scores.reduce(Int64(0)) { $0 + $1.hundredths }
        let count = Int64(scores.count)
        let quotient = sum / count
        let remainder = sum % count
        if remainder.magnitude * 2 >= count.magnitude {
            return Points(hundredths: sum < 0 ? quotient - 1 : quotient + 1)
        }
        return Points(hundredths: quotient)
    }

    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func * (lhs: Points, weight: Int) -> Points { Points(hundredths: lhs.hundredths * Int64(weight)) }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }

    /// `12.5` for 12.50 points, `12` for 12.00: how points are written.
    public var description: String { DecimalText(digits: hundredths, scale: 2).normalized.text }

    /// Reads a points value with at most two decimals.
    /// - Throws: ``ArkaError/Kind/badGrid``.
    public static func parse(_ text: String, field: String) throws -> Points {
        let number: DecimalText
        do {
            number = try DecimalText.parse(text, field: field)
        } catch {
            throw ArkaError(.badGrid, "points are a number like 6 or 2.5", field: field, value: text)
        }
        guard number.scale <= 2 else {
            throw ArkaError(.badGrid, "points take at most 2 decimals", field: field, value: text)
        }
        var hundredths = number.digits
        for _ in number.scale..<2 { hundredths *= 10 }
        return Points(hundredths: hundredths)
    }
}
