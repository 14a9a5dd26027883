import ArkaCore

/// A result as it may be shown when applicants are shown by pseudonym: nothing computed from a
/// personal field (or a criterion the grid marks `personal`) is shown on its own. Such a field's
/// value, an age counted from it, whether its gate passed, its criterion's points, an evaluated
/// personal criterion's scores and the evaluators' totals that add them in, and a tie broken on
/// it are withheld; what they decide counts only within the total and the decision.
///
/// ```swift
/// result.reasonWithoutPersonalData(grid: grid)
/// // "ineligible: a condition on withheld personal data fails" for a minor, say
/// ```
extension ApplicationResult {
    /// What stands, in the English texts, for a gate on personal data.
    public static let withheldGate = "a condition on withheld personal data"
    /// What stands, in the English texts, for a criterion on personal data.
    public static let withheldCriterion = "a criterion on withheld personal data"

    /// The failed gates that read no personal field, by key.
    public var failedGatesWithoutPersonalData: [String] {
        gates.filter { !$0.passed && !$0.gate.isPersonal }.map(\.gate.key)
    }

    /// ``reason`` with no personal data: a failed personal gate, or a personal criterion below its
    /// minimum, is said to be one, without its name or points.
    public func reasonWithoutPersonalData(grid: ScoringGrid) -> String {
        switch why {
        case .ineligible where gates.contains(where: { !$0.passed && $0.gate.isPersonal }):
            let shown = gates.filter { !$0.passed && !$0.gate.isPersonal }.map { "\($0.gate.description) (\($0.gate.key)) fails" }
            return "ineligible: " + (shown + ["\(Self.withheldGate) fails"]).joined(separator: "; ")
        case .belowCriterionMinimum(let short) where short.contains(where: { grid.criterion($0.criterion)?.isPersonal == true }):
            let shown = short.filter { grid.criterion($0.criterion)?.isPersonal != true }
                .map { "\($0.criterion) has \($0.points) points, below its minimum of \($0.minimum)" }
            return "rejected: " + (shown + ["\(Self.withheldCriterion) is below its minimum"]).joined(separator: "; ")
        default:
            return reason
        }
    }

    /// ``why`` with no personal data, for a workbook's wording: the failed personal gates become
    /// one gate, and the personal criteria below their minimum one criterion, described as
    /// `withheld` (the workbook's words for withheld personal data), with no key or points.
    public func whyWithoutPersonalData(grid: ScoringGrid, withheld: String) -> DecisionReason {
        switch why {
        case .ineligible(let failed):
            let personal = Set(gates.filter { $0.gate.isPersonal }.map(\.gate.key))
            guard failed.contains(where: { personal.contains($0.key) }) else { return why }
            return .ineligible(failed.filter { !personal.contains($0.key) } + [DecisionReason.FailedGate(key: "", description: withheld)])
        case .belowCriterionMinimum(let short):
            guard short.contains(where: { grid.criterion($0.criterion)?.isPersonal == true }) else { return why }
            return .belowCriterionMinimum(
                short.filter { grid.criterion($0.criterion)?.isPersonal != true }
                    + [DecisionReason.ShortCriterion(criterion: withheld, points: .zero, minimum: .zero, withheld: true)])
        default:
            return why
        }
    }

    /// ``evaluationBasis`` with no personal data: when the evaluators' totals add in a personal
    /// criterion (``ScoringGrid/evaluatorTotalsArePersonal``), a basis that names them says how
    /// many evaluators counted instead.
    public func evaluationBasisWithoutPersonalData(grid: ScoringGrid) -> String? {
        guard grid.evaluatorTotalsArePersonal, let basis = evaluationBasis else { return evaluationBasis }
        let scored = evaluators.filter { !$0.conflict && $0.evaluator.lowercased() != Evaluation.consensus }
        if evaluators.contains(where: { $0.used && $0.evaluator.lowercased() == Evaluation.consensus }) { return basis }
        if scored.allSatisfy(\.used) { return basis }
        return "the average of \(scored.filter(\.used).count) of \(scored.count) evaluators, chosen by their totals (withheld: they add in personal data)"
    }
}
