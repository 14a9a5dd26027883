import ArkaCore

/// The checks a grid passes before anything is scored with it, as small named functions in one
/// list. Each throws ``ArkaError/Kind/badGrid`` naming the line and key at fault.
///
/// ```swift
/// for check in GridChecks.all { try check(grid) }
/// ```
public enum GridChecks {
    public static let all: [@Sendable (ScoringGrid) throws -> Void] = [
        checkRoles, checkLimits, checkRangesOrderedWithoutGapsOrOverlaps, checkEveryCriterionCanScore, checkMinimumsReachable,
        checkAgeGates, checkEvaluatorRules,
    ]

    static func error(_ reason: Sentence, line: Int?, key: String, value: String? = nil) -> ArkaError {
        ArkaError(.badGrid, reason, location: SourceLocation(line: line, field: key, value: value))
    }

    /// The application number is a text or integer field; the amount is a number field.
    static func checkRoles(_ grid: ScoringGrid) throws {
        guard let id = grid.field(grid.roles.id) else {
            throw error("the grid has no field \(grid.roles.id) to number applications; name one under roles.id", line: grid.keyLines["roles"] ?? grid.keyLines["fields"], key: "roles.id")
        }
        guard id.kind == .text || id.kind == .integer else {
            throw error("the application number is a text or integer field", line: id.line, key: "fields.\(id.name)", value: id.kind.rawValue)
        }
        guard let amount = grid.field(grid.roles.amount) else {
            throw error("the grid has no field \(grid.roles.amount) for the amount requested; name one under roles.amount", line: grid.keyLines["roles"] ?? grid.keyLines["fields"], key: "roles.amount")
        }
        guard amount.kind == .number else {
            throw error("the amount requested is a number field", line: amount.line, key: "fields.\(amount.name)", value: amount.kind.rawValue)
        }
    }

    /// A positive envelope; the minimum per recipient at most the maximum, the maximum at most the envelope.
    static func checkLimits(_ grid: ScoringGrid) throws {
        guard grid.envelope.isPositive else {
            throw error("the envelope is a positive amount", line: grid.keyLines["envelope"], key: "envelope", value: grid.envelope.decimalText)
        }
        if let minimum = grid.minimumAward, !minimum.isPositive {
            throw error("the minimum per recipient is positive", line: grid.keyLines["per_recipient"], key: "per_recipient.minimum", value: minimum.decimalText)
        }
        if let minimum = grid.minimumAward, let maximum = grid.maximumAward, try minimum.exceeds(maximum) {
            throw error("the minimum per recipient is above the maximum \(maximum.decimalText)", line: grid.keyLines["per_recipient"], key: "per_recipient.minimum", value: minimum.decimalText)
        }
        if let maximum = grid.maximumAward, try maximum.exceeds(grid.envelope) {
            throw error("the maximum per recipient is above the envelope \(grid.envelope.decimalText)", line: grid.keyLines["per_recipient"], key: "per_recipient.maximum", value: maximum.decimalText)
        }
    }

    /// Ranges come in increasing order, each starting where the one before ends: no value falls
    /// in two ranges, and none between two. Only the last may be open-ended.
    static func checkRangesOrderedWithoutGapsOrOverlaps(_ grid: ScoringGrid) throws {
        for criterion in grid.criteria {
            let ranges: [PointRange]
            let inclusive: Bool
            switch criterion.rule {
            case .ranges(let list):
                ranges = list
                inclusive = grid.field(criterion.field ?? "")?.kind == .integer
            case .ageRanges(let list):
                ranges = list
                inclusive = true
            default: continue
            }
            let key = "criteria.\(criterion.key)"
            let list = "\(key).\(criterion.isAgeRanges ? "age_ranges" : "ranges")"
            guard !ranges.isEmpty else { throw error("a criterion with ranges lists at least one", line: criterion.line, key: key) }
            func show(_ range: PointRange) -> String {
                let scale: Int64 = criterion.isAgeRanges ? 1 : 10_000
                func text(_ value: Int64) -> String { DecimalText(digits: value, scale: scale == 1 ? 0 : 4).normalized.text }
                return "from \(text(range.from))" + (range.upper.map { inclusive ? " to \(text($0))" : " below \(text($0))" } ?? "")
            }
            for (index, range) in ranges.enumerated() {
                if let upper = range.upper, inclusive ? upper < range.from : upper <= range.from {
                    throw error("the range ends before it starts", line: range.line, key: "\(list)[\(index + 1)]", value: show(range))
                }
                guard index > 0 else { continue }
                let previous = ranges[index - 1]
                guard let end = previous.upper else {
                    throw error("only the last range may be open-ended", line: previous.line, key: "\(list)[\(index)]", value: show(previous))
                }
                let next = inclusive ? end + (criterion.isAgeRanges ? 1 : 10_000) : end
                if range.from < next {
                    throw error("the range overlaps the one before (\(show(previous)))", line: range.line, key: "\(list)[\(index + 1)]", value: show(range))
                }
                if range.from > next {
                    throw error("a gap between this range and the one before (\(show(previous))): values between score nothing", line: range.line, key: "\(list)[\(index + 1)]", value: show(range))
                }
            }
        }
    }

    /// A criterion that can never give a point, or that weighs nothing, is a mistake in the grid.
    static func checkEveryCriterionCanScore(_ grid: ScoringGrid) throws {
        for criterion in grid.criteria {
            let key = "criteria.\(criterion.key)"
            guard criterion.weight > 0 else {
                throw error("the criterion weighs 0, so it can never count", line: criterion.line, key: "\(key).weight", value: "0")
            }
            guard criterion.maximumPoints > .zero else {
                throw error("the criterion can never score: no value gives it a point", line: criterion.line, key: key)
            }
            if case .lookup(let table, _) = criterion.rule, let field = grid.field(criterion.field ?? ""), field.kind == .boolean || field.kind == .category {
                let possible: Set<FieldValue> = field.kind == .boolean
                    ? [.boolean(true), .boolean(false)] : Set(field.values.map { FieldValue.text($0) })
                if let impossible = table.keys.first(where: { !possible.contains($0) }) {
                    throw error("\(field.name) never takes this value", line: criterion.line, key: key, value: impossible.description)
                }
            }
        }
    }

    /// A criterion's minimum within its points, and the minimum total within the grid's maximum.
    static func checkMinimumsReachable(_ grid: ScoringGrid) throws {
        for criterion in grid.criteria {
            if let minimum = criterion.minimum, minimum > criterion.maximumPoints {
                throw error(
                    "the minimum is above the \(criterion.maximumPoints) points the criterion can give", line: criterion.line,
                    key: "criteria.\(criterion.key).minimum", value: minimum.description)
            }
        }
        if let minimum = grid.minimumTotal, minimum > grid.maximumTotal {
            throw error("the minimum total is above the \(grid.maximumTotal) points the grid can give", line: grid.keyLines["minimum_total"], key: "minimum_total", value: minimum.description)
        }
    }

    /// An age gate's lower bound at most its upper bound.
    static func checkAgeGates(_ grid: ScoringGrid) throws {
        for gate in grid.gates {
            if case .age(let minimum?, let maximum?) = gate.condition, minimum > maximum {
                throw error("the least age is above the greatest", line: gate.line, key: "gates.\(gate.key)", value: "\(minimum)..\(maximum)")
            }
        }
    }
}

extension GridChecks {
    /// A discrepancy limit of zero or more; `combine` and `on_tie` stated only where they can
    /// apply: beyond a discrepancy limit, and `closest-two` only with a minimum of at most 2
    /// evaluators (two would be fewer than the minimum).
    static func checkEvaluatorRules(_ grid: ScoringGrid) throws {
        if let limit = grid.discrepancyLimit, limit < .zero {
            throw error(
                "the discrepancy limit is zero or more weighted points", line: grid.keyLines["evaluators.discrepancy_limit"],
                key: "evaluators.discrepancy_limit", value: limit.description)
        }
        for key in ["combine", "on_tie"] {
            guard let line = grid.keyLines["evaluators.\(key)"] else { continue }
            let value = key == "combine" ? grid.combination.rawValue : grid.evaluatorTie.rawValue
            guard grid.discrepancyLimit != nil else {
                throw error(
                    "evaluators.\(key) applies when the evaluators' totals differ by more than evaluators.discrepancy_limit, which the grid does not set",
                    line: line, key: "evaluators.\(key)", value: value)
            }
            if grid.combination == .closestTwo && grid.minimumEvaluators > 2 {
                let stated = key == "combine" ? "closest-two" : "closest-two (the default combine)"
                throw error(
                    "two evaluators are fewer than the minimum of \(grid.minimumEvaluators), so \(stated) never counts; combine: all-within-limit counts a group of at least the minimum",
                    line: line, key: "evaluators.\(key)", value: value)
            }
        }
    }
}

extension Criterion {
    var isAgeRanges: Bool {
        if case .ageRanges = rule { return true }
        return false
    }
}
