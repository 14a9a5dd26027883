import ArkaCollections
import ArkaCore
import Dispatch
import Synchronization

/// What a call decides for an application.
public enum Decision: String, Sendable, CaseIterable {
    /// Funded, for ``ApplicationResult/awarded``.
    case award
    /// Ranked, not funded now: funded in this order if money is freed.
    case reserve
    /// A gate failed.
    case ineligible
    /// Eligible, but below a criterion's minimum or the minimum total.
    case rejected
    /// Not yet ranked: too few evaluators, or evaluators too far apart without a consensus.
    case needsEvaluation = "needs-evaluation"
    /// Awarded by an earlier run whose agreement was then cancelled: not awarded again.
    case cancelled
}

/// A gate as applied to one application.
public struct GateResult: Sendable {
    public var gate: Gate
    public var value: FieldValue
    /// Stored narrow: a call keeps a result per gate of every application.
    private var ageInYears: Int32?
    public var passed: Bool

    public init(gate: Gate, value: FieldValue, age: Int?, passed: Bool) {
        self.gate = gate
        self.value = value
        self.ageInYears = age.map { Int32(clamping: $0) }
        self.passed = passed
    }

    /// The age on the call date, for an age gate.
    public var age: Int? { ageInYears.map(Int.init) }
}

/// A criterion as applied to one application: the value read, the points, the weight.
public struct CriterionResult: Sendable {
    public var criterion: Criterion
    /// Points before weighting: the evaluators' average for an evaluated criterion.
    public var points: Points
    /// Each evaluator's score, for an evaluated criterion, that counted: in the order of the
    /// evaluators' names.
    public var scores: [(evaluator: String, score: Points)]
    public var value: FieldValue
    /// Stored narrow, after the wider fields: a call keeps a result per criterion of every application.
    private var ageInYears: Int32?

    public init(criterion: Criterion, value: FieldValue, age: Int?, points: Points, scores: [(evaluator: String, score: Points)]) {
        self.criterion = criterion
        self.points = points
        self.scores = scores
        self.value = value
        self.ageInYears = age.map { Int32(clamping: $0) }
    }

    /// The age on the call date, for age ranges.
    public var age: Int? { ageInYears.map(Int.init) }
    /// The points times the criterion's weight.
    public var weighted: Points { points * criterion.weight }
}

/// One evaluator's weighted total for an application, or their declared conflict.
public struct EvaluatorTotal: Sendable {
    public var evaluator: String
    public var total: Points?
    public var conflict: Bool
    /// Whether the total counts in the application's points.
    public var used: Bool
}

/// An application's full result with its explanation.
public struct ApplicationResult: Sendable {
    public var application: Application
    public var gates: [GateResult]
    public var criteria: [CriterionResult]
    public var evaluators: [EvaluatorTotal]
    /// How the evaluated points were reached, in words: an average, a consensus, the two closest
    /// evaluators or the group within the limit, naming them with their totals and any tie broken.
    public var evaluationBasis: String?
    public var total: Points
    public var rank: Int?
    public var decision: Decision
    public var awarded: Money?
    /// The place on the reserve list, from 1.
    public var reservePosition: Int?
    /// One sentence: why this decision.
    public var reason: String
    /// Why this decision, with its figures (``reason`` in words).
    public var why: DecisionReason = .none
    /// How a tie in the total with a neighbour in the ranking was broken.
    public var tieBreak: String?
    /// ``tieBreak`` as shown under pseudonyms: a tie broken on a personal criterion or field is
    /// said to be broken on withheld personal data, without its figures or values.
    public var tieBreakWithoutPersonalData: String? { tieBreakWithheld ?? tieBreak }
    /// The tie-break in words without personal data, kept only where it differs from
    /// ``tieBreak``: a large call has a tie for nearly every result, rarely one on personal data.
    var tieBreakWithheld: String?

    public var isEligible: Bool { gates.allSatisfy(\.passed) }
    public var failedGates: [String] { gates.filter { !$0.passed }.map(\.gate.key) }
}

/// A call scored: every application's result, ranked ones first in rank order, then those
/// waiting for evaluation, rejected and ineligible ones by number; and the envelope's use.
public struct ScoringOutcome: Sendable {
    public var grid: ScoringGrid
    public var results: [ApplicationResult]
    public var awardedTotal: Money
    public var remaining: Money
}

/// Scores applications against a grid: gates, criteria, evaluations, thresholds, ranking with the
/// stated tie-breaks, and allocation of the envelope. Pure and deterministic: the same inputs give
/// the same outcome.
///
/// ```swift
/// let outcome = try Scoring.run(grid: grid, applications: applications, evaluations: evaluations)
/// outcome.results.first?.decision   // .award
/// ```
public enum Scoring {
    /// Each application's evaluations are taken in the order of their evaluators' names, so the
    /// order of the evaluations file changes nothing.
    ///
    /// - Throws: ``ArkaError/Kind/duplicate`` for an application number given twice, an evaluator
    ///   scoring an application twice, a conflict declared twice or a second consensus record;
    ///   ``ArkaError/Kind/conflictOfInterest`` for an evaluator who declares a conflict of
    ///   interest with an application and also scores it; ``ArkaError/Kind/badEvaluation`` for an
    ///   evaluation of an application not in the file; ``ArkaError/Kind/overflow``; each with its
    ///   line (and an evaluation's file, when it has one).
    ///
    /// - Parameters:
    ///   - evaluationFiles: the names of the files the evaluations were read from, by
    ///     ``Evaluation/fileIndex``, for messages; none when they were not read from files.
    ///   - held: applications awarded in an earlier run, with what they still hold of the
    ///     envelope; they keep their award, and the rest of the envelope goes down the ranking (the
    ///     reserve list, once money is freed). One holding nothing (its agreement cancelled) is
    ///     not awarded again.
    public static func run(
        grid: ScoringGrid, applications: [Application], evaluations: [Evaluation], evaluationFiles: [String] = [],
        held: [String: Money] = [:]
    ) throws -> ScoringOutcome {
        var positionOf: [String: Int] = [:]
        positionOf.reserveCapacity(applications.count)
        for (position, application) in applications.enumerated() {
            if let first = positionOf[application.id] {
                throw ArkaError(
                    .duplicate, "application \(application.id) appears twice (first on line \(applications[first].line))",
                    location: SourceLocation(line: application.line, field: grid.roles.id, value: application.id))
            }
            positionOf[application.id] = position
        }
        let byApplication = try EvaluationGroups(
            evaluations, positionOf: positionOf, applications: applications.count, files: evaluationFiles)
        let plan = ScoringPlan(grid)
        // Each application is scored on its own: the two halves of a long call on two cores.
        let lanes = applications.count >= 4096 ? 2 : 1
        // Each lane scores its own part, in order; the parts are joined in lane order, the later
        // ones appended to the first, which has room for all: the results are copied once at most.
        let parts = Mutex([[ApplicationResult]](repeating: [], count: lanes))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let range = applications.indices.part(lane, of: lanes)
            var part: [ApplicationResult] = []
            part.reserveCapacity(lane == 0 ? applications.count : range.count)
            for index in range {
                let own = byApplication.evaluations(of: index, in: evaluations)
                part.append(score(applications[index], grid: grid, plan: plan, evaluations: own))
            }
            parts.withLock { $0[lane] = part }
        }
        var results = parts.withLock { parts in
            // Taken out of the lock whole, so that the appends below and the ranking copy nothing more.
            var all: [ApplicationResult] = []
            swap(&all, &parts[0])
            for lane in parts.indices.dropFirst() {
                all.append(contentsOf: parts[lane])
                parts[lane] = []
            }
            parts = []
            return all
        }
        let (awarded, remaining) = try rankAndAllocate(&results, grid: grid, held: held)
        return ScoringOutcome(grid: grid, results: results, awardedTotal: awarded, remaining: remaining)
    }

    /// Full years from `birth` to `day`.
    public static func age(born birth: LedgerDate, on day: LedgerDate) -> Int {
        var years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }

    /// The evaluations of each application, as positions in the evaluations file grouped by
    /// application, each group in the order of its evaluators' names (never the file's, so that
    /// a file's order cannot change a result): two flat arrays, not a list per application.
    struct EvaluationGroups: Sendable {
        /// Where each application's evaluations start in `members`; the last entry is the total.
        private var starts: [Int]
        private var members: [Int]

        /// - Throws: ``ArkaError/Kind/badEvaluation`` for an evaluation of an application not in
        ///   the file; ``ArkaError/Kind/conflictOfInterest`` for an evaluator who both declares a
        ///   conflict of interest with an application and scores it; ``ArkaError/Kind/duplicate``
        ///   for an evaluator scoring an application twice, a conflict declared twice, or two
        ///   consensus records: the first of any of them in the file.
        init(_ evaluations: [Evaluation], positionOf: [String: Int], applications: Int, files: [String]) throws {
            /// The name of an evaluation's file, when known.
            func file(_ evaluation: Evaluation) -> String? {
                let index = Int(evaluation.fileIndex)
                return files.indices.contains(index) ? files[index] : nil
            }
            var owner: [Int] = []
            owner.reserveCapacity(evaluations.count)
            var unknown: Evaluation?
            var counts = [Int](repeating: 0, count: applications + 1)
            for evaluation in evaluations {
                guard let position = positionOf[evaluation.application] else {
                    unknown = evaluation
                    break
                }
                owner.append(position)
                counts[position + 1] += 1
            }
            for position in 0..<applications { counts[position + 1] += counts[position] }
            starts = counts
            var filled = counts
            members = [Int](repeating: 0, count: owner.count)
            for (index, position) in owner.enumerated() {
                let evaluation = evaluations[index]
                let start = starts[position]
                var at = filled[position]
                for earlier in members[start..<at] {
                    let other = evaluations[earlier]
                    if other.evaluator == evaluation.evaluator || (other.isConsensus && evaluation.isConsensus) {
                        throw Self.clash(evaluation, in: file(evaluation), earlier: other, in: file(other))
                    }
                }
                // Kept in the order of the evaluators' names as the group fills: groups are small.
                while at > start && evaluation.evaluator < evaluations[members[at - 1]].evaluator {
                    members[at] = members[at - 1]
                    at -= 1
                }
                members[at] = index
                filled[position] += 1
            }
            if let unknown {
                throw ArkaError(
                    .badEvaluation, "no application \(unknown.application) among the applications",
                    location: SourceLocation(file: file(unknown), line: unknown.line, field: "application", value: unknown.application))
            }
        }

        /// The error for a second row of one evaluator (or a second consensus record) on one
        /// application, placed on that row and naming the first: a declared conflict of interest
        /// is named as such, whichever of the two rows declares it.
        static func clash(_ evaluation: Evaluation, in file: String?, earlier: Evaluation, in earlierFile: String?) -> ArkaError {
            let (who, application) = (evaluation.evaluator, evaluation.application)
            // The first row's file is named when it is another file than this row's.
            var first = "line \(earlier.line)"
            if let earlierFile, earlierFile != file { first = "\(earlierFile), \(first)" }
            let location = SourceLocation(file: file, line: evaluation.line, field: "evaluator", value: who)
            switch (earlier.conflict, evaluation.conflict) {
            case (true, false):
                return ArkaError(
                    .conflictOfInterest,
                    "\(who) declared a conflict of interest with application \(application) (\(first)) and cannot score it",
                    location: location)
            case (false, true):
                return ArkaError(
                    .conflictOfInterest,
                    "\(who) declares a conflict of interest with application \(application), which they scored (\(first)): an evaluator with a conflict cannot score it",
                    location: location)
            case (true, true):
                return ArkaError(
                    .duplicate, "\(who) declares a conflict of interest with application \(application) twice (first on \(first))",
                    location: location)
            case (false, false):
                if evaluation.isConsensus && earlier.isConsensus {
                    return ArkaError(
                        .duplicate, "application \(application) has a second consensus record (the first on \(first))", location: location)
                }
                return ArkaError(
                    .duplicate, "\(who) evaluates application \(application) twice (first on \(first))", location: location)
            }
        }

        /// The evaluations of the application at `position`, in the order of their evaluators' names.
        func evaluations(of position: Int, in all: [Evaluation]) -> [Evaluation] {
            members[starts[position]..<starts[position + 1]].map { all[$0] }
        }
    }

    // MARK: - One application

    /// The grid resolved once for scoring many applications: each gate's and criterion's field
    /// as a position in an application's values.
    struct ScoringPlan {
        let gateFields: [Int]
        let criterionFields: [Int]
        let integerRanges: [Bool]
        let evaluated: [Criterion]
        /// For each criterion, its position among the evaluated ones (-1 for a criterion read from a field).
        let evaluatedPosition: [Int]
        /// "the average of N evaluators" for small N, made once: the results share the text.
        let averages = (0..<8).map { "the average of \($0) evaluators" }

        init(_ grid: ScoringGrid) {
            func position(_ name: String?) -> Int { name.flatMap { name in grid.fields.firstIndex { $0.name == name } } ?? -1 }
            gateFields = grid.gates.map { position($0.field) }
            criterionFields = grid.criteria.map { position($0.field) }
            integerRanges = grid.criteria.map { grid.field($0.field ?? "")?.kind == .integer }
            evaluated = grid.evaluatedCriteria
            var position = 0
            evaluatedPosition = grid.criteria.map { criterion in
                guard criterion.isEvaluated else { return -1 }
                defer { position += 1 }
                return position
            }
        }
    }

    static func score(_ application: Application, grid: ScoringGrid, plan: ScoringPlan, evaluations: [Evaluation]) -> ApplicationResult {
        var gates: [GateResult] = []
        gates.reserveCapacity(grid.gates.count)
        for (gateIndex, gate) in grid.gates.enumerated() {
            let value = application.values[plan.gateFields[gateIndex]]
            var age: Int?
            let passed: Bool
            switch gate.condition {
            case .isIn(let values): passed = values.contains(value)
            case .atLeast(let bound): passed = value != .empty && value >= bound
            case .atMost(let bound): passed = value != .empty && value <= bound
            case .between(let low, let high): passed = value != .empty && value >= low && value <= high
            case .age(let minimum, let maximum):
                if case .date(let birth) = value {
                    let years = Self.age(born: birth, on: grid.callDate)
                    age = years
                    passed = (minimum.map { years >= $0 } ?? true) && (maximum.map { years <= $0 } ?? true)
                } else {
                    passed = false
                }
            case .withinLimits:
                // An application's amount is read in the grid's currency, as are its limits.
                let amount = application.amount
                let reachesMinimum = grid.minimumAward.map { (try? amount.isLess(than: $0)) == false } ?? true
                let withinMaximum = grid.maximumAward.map { (try? amount.exceeds($0)) == false } ?? true
                passed = amount.isPositive && reachesMinimum && withinMaximum
            case .present: passed = value != .empty
            }
            gates.append(GateResult(gate: gate, value: value, age: age, passed: passed))
        }

        // The evaluators' scores this application's points rest on.
        let conflicted = evaluations.filter(\.conflict)
        let scored = evaluations.filter { !$0.conflict && !$0.isConsensus }
        let consensus = evaluations.first(where: \.isConsensus)
        let evaluated = plan.evaluated
        func total(_ evaluation: Evaluation) -> Points {
            var sum = Points.zero
            for (position, criterion) in evaluated.enumerated() { sum = sum + evaluation.score(at: position) * criterion.weight }
            return sum
        }
        var used: [Evaluation] = []
        var basis: String?
        var pending: (text: String, why: DecisionReason)?
        if !evaluated.isEmpty {
            if let consensus {
                used = [consensus]
                basis = "the committee's consensus record"
            } else if scored.count < grid.minimumEvaluators {
                pending = (
                    "\(grid.minimumEvaluators) evaluators are needed and \(scored.count) scored it",
                    .needsEvaluators(needed: grid.minimumEvaluators, scored: scored.count))
            } else {
                let totals = scored.map(total)
                let spread = (totals.max() ?? .zero) - (totals.min() ?? .zero)
                if let limit = grid.discrepancyLimit, spread > limit {
                    switch combine(totals, names: scored.map(\.evaluator), spread: spread, limit: limit, grid: grid) {
                    case .counted(let members, let text):
                        used = members.map { scored[$0] }
                        basis = text
                    case .waiting(let text, let tie):
                        pending = (text, .evaluatorsDiffer(spread: spread, limit: limit, tie: tie))
                    }
                } else {
                    used = scored
                    basis = scored.count < plan.averages.count ? plan.averages[scored.count] : "the average of \(scored.count) evaluators"
                }
            }
        }
        let usedNames = Set(used.map(\.evaluator))
        var evaluators = scored.map { EvaluatorTotal(evaluator: $0.evaluator, total: total($0), conflict: false, used: usedNames.contains($0.evaluator)) }
        if let consensus { evaluators.append(EvaluatorTotal(evaluator: consensus.evaluator, total: total(consensus), conflict: false, used: true)) }
        evaluators += conflicted.map { EvaluatorTotal(evaluator: $0.evaluator, total: nil, conflict: true, used: false) }

        var criteria: [CriterionResult] = []
        criteria.reserveCapacity(grid.criteria.count)
        var sum = Points.zero
        var belowMinimum: [DecisionReason.ShortCriterion] = []
        for (criterionIndex, criterion) in grid.criteria.enumerated() {
            let fieldIndex = plan.criterionFields[criterionIndex]
            var value = FieldValue.empty
            var age: Int?
            var points = Points.zero
            var scores: [(evaluator: String, score: Points)] = []
            switch criterion.rule {
            case .lookup(let table, let otherwise):
                value = application.values[fieldIndex]
                points = Points(whole: table[value] ?? otherwise)
            case .ranges(let ranges):
                value = application.values[fieldIndex]
                let inclusive = plan.integerRanges[criterionIndex]
                if let quantity = value.quantity, let range = ranges.first(where: { $0.contains(quantity, upperInclusive: inclusive) }) {
                    points = Points(whole: range.points)
                }
            case .ageRanges(let ranges):
                value = application.values[fieldIndex]
                if case .date(let birth) = value {
                    let years = Self.age(born: birth, on: grid.callDate)
                    age = years
                    if let range = ranges.first(where: { $0.contains(Int64(years), upperInclusive: true) }) {
                        points = Points(whole: range.points)
                    }
                }
            case .evaluated:
                let position = plan.evaluatedPosition[criterionIndex]
                scores = used.map { ($0.evaluator, $0.score(at: position)) }
                points = Points.average(scores.map(\.score))
            }
            let weighted = points * criterion.weight
            sum = sum + weighted
            if let minimum = criterion.minimum, points < minimum, pending == nil {
                belowMinimum.append(DecisionReason.ShortCriterion(criterion: criterion.key, points: points, minimum: minimum))
            }
            criteria.append(CriterionResult(criterion: criterion, value: value, age: age, points: points, scores: scores))
        }

        var result = ApplicationResult(
            application: application, gates: gates, criteria: criteria, evaluators: evaluators, evaluationBasis: basis, total: sum,
            rank: nil, decision: .reserve, awarded: nil, reservePosition: nil, reason: "", tieBreak: nil)
        if !result.isEligible {
            result.decision = .ineligible
            result.reason = "ineligible: " + gates.filter { !$0.passed }.map { "\($0.gate.description) (\($0.gate.key)) fails" }.joined(separator: "; ")
            result.why = .ineligible(gates.filter { !$0.passed }.map { DecisionReason.FailedGate(key: $0.gate.key, description: $0.gate.description) })
        } else if let pending {
            result.decision = .needsEvaluation
            result.reason = "not ranked yet: \(pending.text)"
            result.why = pending.why
        } else if !belowMinimum.isEmpty {
            result.decision = .rejected
            result.reason = "rejected: " + belowMinimum.map { "\($0.criterion) has \($0.points) points, below its minimum of \($0.minimum)" }.joined(separator: "; ")
            result.why = .belowCriterionMinimum(belowMinimum)
        } else if let minimum = grid.minimumTotal, sum < minimum {
            result.decision = .rejected
            result.reason = "rejected: a total of \(sum) points, below the minimum of \(minimum)"
            result.why = .belowTotalMinimum(total: sum, minimum: minimum)
        }
        return result
    }

    // MARK: - Ranking and allocation

    /// Ranks the applications still open (decision `.reserve` after scoring), then awards down the
    /// ranking while the envelope lasts.
    static func rankAndAllocate(_ results: inout [ApplicationResult], grid: ScoringGrid, held: [String: Money]) throws -> (Money, Money) {
        let criterionIndex = Dictionary(uniqueKeysWithValues: grid.criteria.enumerated().map { ($1.key, $0) })
        let fieldIndex = Dictionary(uniqueKeysWithValues: grid.fields.enumerated().map { ($1.name, $0) })
        // The stated tie-breaks resolved to positions once, so that comparing costs no lookups.
        let rules: [(criterion: Int?, field: Int?, descending: Bool, name: String, personal: Bool)] = grid.tieBreaks.map { rule in
            switch rule {
            // The grid's checks make every tie-break name a criterion or a field of the grid.
            case .criterion(let key, let descending):
                return (criterionIndex[key], nil, descending, key, grid.criterion(key)?.isPersonal == true)
            case .field(let name, let descending): return (nil, fieldIndex[name], descending, name, grid.field(name)?.isPersonal == true)
            }
        }
        // Each open result's ranking key, flat: minus its total, then per stated tie-break a number
        // that orders as the rule does (minus the weighted points for more-first, a value's place
        // among the call's values for a field; an empty value last either way). Sorting then
        // compares integers, not results.
        let width = 1 + rules.count
        let candidates = results.indices.filter { results[$0].decision == .reserve }
        var keys = [Int64](repeating: 0, count: results.count * width)
        for index in candidates { keys[index * width] = -results[index].total.hundredths }
        for (position, rule) in rules.enumerated() {
            if let criterion = rule.criterion {
                for index in candidates {
                    let points = results[index].criteria[criterion].weighted.hundredths
                    keys[index * width + 1 + position] = rule.descending ? -points : points
                }
            } else if let field = rule.field {
                let values = Set(candidates.map { results[$0].application.values[field] }).filter { $0 != .empty }.sorted()
                let place = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, Int64($0)) })
                for index in candidates {
                    let key = place[results[index].application.values[field]].map { rule.descending ? -$0 : $0 } ?? Int64.max
                    keys[index * width + 1 + position] = key
                }
            }
        }
        /// The first stated tie-break that separates the results at `a` and `b`.
        func decidingRule(_ a: Int, _ b: Int) -> Int? {
            (0..<rules.count).first { keys[a * width + 1 + $0] != keys[b * width + 1 + $0] }
        }
        /// How a tie-break decided, in words.
        func explain(_ position: Int, _ a: borrowing ApplicationResult, _ b: borrowing ApplicationResult) -> String {
            let rule = rules[position]
            if let index = rule.criterion {
                return "\(rule.name) (\(a.criteria[index].weighted) against \(b.criteria[index].weighted) points)"
            }
            let (x, y) = (a.application.values[rule.field!].description, b.application.values[rule.field!].description)
            return "\(rule.name) (\(x.isEmpty ? "none" : x) against \(y.isEmpty ? "none" : y))"
        }
        let open = keys.withUnsafeBufferPointer { keys in
            results.withUnsafeBufferPointer { all in
                candidates.sorted { i, j in
                    for offset in 0..<width where keys[i * width + offset] != keys[j * width + offset] {
                        return keys[i * width + offset] < keys[j * width + offset]
                    }
                    return all[i].application.id < all[j].application.id
                }
            }
        }
        for (position, index) in open.enumerated() {
            results[index].rank = position + 1
            for neighbour in [position - 1, position + 1] where open.indices.contains(neighbour) {
                let other = open[neighbour]
                guard results[other].total == results[index].total else { continue }
                let deciding = decidingRule(index, other)
                let rule = deciding.map { explain($0, results[index], results[other]) }
                    ?? "the application number, as no stated tie-break separates them"
                let side = neighbour < position ? "below" : "above"
                let tied = "tied at \(results[other].total) points with \(results[other].application.id), ranked \(side) it on "
                let note = tied + rule
                // A personal tie-break is not named: which one decided, and its figures, would tell.
                let shown = deciding.map { rules[$0].personal } == true ? tied + "a tie-break on withheld personal data" : note
                let before = results[index].tieBreak
                results[index].tieBreak = before.map { "\($0); \(note)" } ?? note
                if shown != note || results[index].tieBreakWithheld != nil {
                    let withheld = results[index].tieBreakWithheld ?? before
                    results[index].tieBreakWithheld = withheld.map { "\($0); \(shown)" } ?? shown
                }
            }
        }

        var remaining = grid.envelope
        var awarded = Money.zero(grid.currency)
        func take(_ amount: Money) throws {
            remaining = try Checked.named("what is left of the envelope") { try remaining.subtracting(amount) }
            awarded = try Checked.named("the amount awarded") { try awarded.adding(amount) }
        }
        for index in results.indices {
            guard let amount = held[results[index].application.id] else { continue }
            guard !amount.isZero else {
                results[index].decision = .cancelled
                results[index].reason = "awarded in an earlier run; the agreement was cancelled"
                results[index].why = .cancelledEarlier
                continue
            }
            results[index].decision = .award
            results[index].awarded = amount
            results[index].reservePosition = nil
            results[index].reason = "awarded \(amount.decimalText) \(grid.currency.code) in an earlier run"
            results[index].why = .awardedEarlier(amount)
            try take(amount)
        }
        var reserve = 0
        for index in open where held[results[index].application.id] == nil {
            let requested = results[index].application.amount
            var amount = requested
            var note = ""
            if let maximum = grid.maximumAward, try amount.exceeds(maximum) {
                amount = maximum
                note = ", capped at the maximum per recipient"
            }
            let rank = results[index].rank.map(String.init) ?? "-"
            // What is left can be awarded in part when it is at least the minimum per recipient
            // (any amount at all without one).
            let leftIsAward = try grid.minimumAward.map { try !remaining.isLess(than: $0) } ?? remaining.isPositive
            if try !amount.exceeds(remaining) {
                results[index].decision = .award
                results[index].awarded = amount
                results[index].reason = "awarded \(amount.decimalText) \(grid.currency.code) at rank \(rank)\(note)"
                results[index].why = .awarded(amount, rank: results[index].rank, capped: amount != requested)
            } else if grid.allocation == .cutToFit && leftIsAward {
                let award = remaining
                results[index].decision = .award
                results[index].awarded = award
                results[index].reason = "awarded \(award.decimalText) \(grid.currency.code) at rank \(rank), cut from \(amount.decimalText) to what was left of the envelope"
                results[index].why = .awardedCut(award, rank: results[index].rank, requested: amount)
                amount = award
            } else {
                reserve += 1
                results[index].decision = .reserve
                results[index].reservePosition = reserve
                results[index].reason = "reserve list, place \(reserve): \(amount.decimalText) does not fit in the \(remaining.decimalText) \(grid.currency.code) left of the envelope"
                results[index].why = .reserve(place: reserve, requested: amount, left: remaining)
                continue
            }
            try take(amount)
        }
        // Ranked first, then the rest by decision and number; the results move once, in place.
        func order(_ decision: Decision) -> Int {
            switch decision {
            case .needsEvaluation: return 0
            case .rejected: return 1
            case .ineligible: return 2
            default: return 3
            }
        }
        let ranked = open
        let rest = results.withUnsafeBufferPointer { all in
            all.indices.filter { all[$0].rank == nil }.sorted { i, j in
                let (x, y) = (order(all[i].decision), order(all[j].decision))
                return x != y ? x < y : all[i].application.id < all[j].application.id
            }
        }
        results.permute(taking: ranked + rest)
        return (awarded, remaining)
    }
}
