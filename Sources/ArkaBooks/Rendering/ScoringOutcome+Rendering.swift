import ArkaCollections
import ArkaCore
import ArkaRules
import ArkaStore
import Crypto
import Dispatch
import Foundation
import Synchronization

/// Whom a scoring result names: the applicants' names, for the committee's own use, or stable
/// pseudonyms, the default for anything that leaves the office. Under pseudonyms nothing computed
/// from the grid's personal fields is shown on its own (``ApplicationResult``'s
/// `…WithoutPersonalData`): their values, ages counted from them, whether their gates passed,
/// their criteria's points and scores, and a tie broken on them are withheld, and count only
/// within the total and the decision.
public enum ApplicantIdentity: Sendable {
    case names
    case pseudonyms(Pseudonyms)

    /// Whether personal data is shown: under names only.
    public var showsPersonalData: Bool {
        if case .names = self { return true }
        return false
    }
}

extension ScoringOutcome {
    /// The fingerprint of the decisions: SHA-256 over each application's number, rank, decision,
    /// total, award and reserve place, in result order. Two runs with the same inputs agree on it.
    public var decisionsSHA256: String {
        var hasher = SHA256()
        var lines = JSONBytes()
        for result in results {
            lines.text(result.application.id)
            lines.raw("\u{1F}")
            if let rank = result.rank { lines.integer(rank) }
            lines.raw("\u{1F}")
            lines.text(result.decision.rawValue)
            lines.raw("\u{1F}")
            lines.decimal(result.total)
            lines.raw("\u{1F}")
            if let awarded = result.awarded { lines.text(awarded.decimalText) }
            lines.raw("\u{1F}")
            if let place = result.reservePosition { lines.integer(place) }
            lines.raw("\n")
            if lines.bytes.count >= 64 * 1024 {
                hasher.update(data: lines.bytes)
                lines.bytes.removeAll(keepingCapacity: true)
            }
        }
        hasher.update(data: lines.bytes)
        return JournalHash.hex(hasher.finalize())
    }

    /// Counts per decision.
    public func count(_ decision: Decision) -> Int { results.lazy.filter { $0.decision == decision }.count }

    /// Writes the outcome: JSON (an object with the run's stamp, the envelope's use and, per
    /// application, every gate, criterion, evaluator score and the decision with its reason), CSV
    /// (a row per application with each criterion's weighted points) or a text ranking. Each
    /// says how the evaluators' scores were combined (`evaluation` in JSON and CSV; in text, when
    /// not every evaluator's scores counted), naming a tie between evaluators when one was broken.
    public func render(as format: OutputFormat, stamp: ScoringStamp, identity: ApplicantIdentity, to out: TextOutput) {
        switch format {
        case .json: renderJSON(stamp: stamp, identity: identity, to: out)
        case .csv: renderCSV(identity: identity, to: out)
        case .text: renderText(stamp: stamp, identity: identity, to: out)
        }
    }

    /// Whether the criterion's points (and an evaluated one's scores) are withheld under `identity`.
    public func withholds(_ criterion: Criterion, _ identity: ApplicantIdentity) -> Bool {
        !identity.showsPersonalData && criterion.isPersonal
    }

    /// Whether each evaluator's total (which adds in every evaluated criterion) is withheld under `identity`.
    public func withholdsEvaluatorTotals(_ identity: ApplicantIdentity) -> Bool {
        !identity.showsPersonalData && grid.evaluatorTotalsArePersonal
    }

    /// The criteria whose points are withheld under `identity`, in grid order: none under names.
    public func withheldCriteria(_ identity: ApplicantIdentity) -> [Criterion] {
        grid.criteria.filter { withholds($0, identity) }
    }

    /// The result's reason as `identity` may see it.
    public func reason(_ result: borrowing ApplicationResult, _ identity: ApplicantIdentity) -> String {
        identity.showsPersonalData ? result.reason : result.reasonWithoutPersonalData(grid: grid)
    }

    /// How a tie with a neighbour was broken, as `identity` may see it.
    public func tieBreak(_ result: borrowing ApplicationResult, _ identity: ApplicantIdentity) -> String? {
        identity.showsPersonalData ? result.tieBreak : result.tieBreakWithoutPersonalData
    }

    /// How the evaluators' scores were combined, as `identity` may see it.
    public func evaluationBasis(_ result: borrowing ApplicationResult, _ identity: ApplicantIdentity) -> String? {
        identity.showsPersonalData ? result.evaluationBasis : result.evaluationBasisWithoutPersonalData(grid: grid)
    }

    /// The keys of the gates the result fails, as `identity` may see them.
    public func failedGates(_ result: borrowing ApplicationResult, _ identity: ApplicantIdentity) -> [String] {
        identity.showsPersonalData ? result.failedGates : result.failedGatesWithoutPersonalData
    }

    /// The applicant as an export shows them: by name, or by their pseudonym.
    public func applicant(_ result: borrowing ApplicationResult, _ identity: ApplicantIdentity) -> String {
        switch identity {
        case .names: return result.application.name ?? result.application.applicantKey
        case .pseudonyms(let pseudonyms): return pseudonyms.pseudonym(for: result.application.applicantKey)
        }
    }

    private func renderJSON(stamp: ScoringStamp, identity: ApplicantIdentity, to out: TextOutput) {
        let names: Bool
        if case .names = identity { names = true } else { names = false }
        // The head of the object, pretty-printed as the reports' JSON is; then one line per application.
        var head = JSONBytes()
        head.raw("{\n  \"call\" : "); head.string(grid.call)
        head.raw(",\n  \"call_date\" : "); head.string(grid.callDate.description)
        head.raw(",\n  \"grid\" : "); head.string(stamp.gridFile)
        head.raw(",\n  \"grid_sha256\" : "); head.string(stamp.gridSHA256)
        head.raw(",\n  \"applications_file\" : "); head.string(stamp.applicationsFile)
        head.raw(",\n  \"applications_sha256\" : "); head.string(stamp.applicationsSHA256)
        head.raw(",\n  \"evaluations_file\" : "); head.optional(stamp.evaluationsFile)
        head.raw(",\n  \"evaluations_sha256\" : "); head.optional(stamp.evaluationsSHA256)
        head.raw(",\n  \"arka_version\" : "); head.string(stamp.arkaVersion)
        head.raw(",\n  \"decisions_sha256\" : "); head.string(decisionsSHA256)
        head.raw(",\n  \"names\" : "); head.bool(names)
        head.raw(",\n  \"currency\" : "); head.string(grid.currency.code)
        head.raw(",\n  \"envelope\" : "); head.string(grid.envelope.decimalText)
        head.raw(",\n  \"awarded\" : "); head.string(awardedTotal.decimalText)
        head.raw(",\n  \"remaining\" : "); head.string(remaining.decimalText)
        head.raw(",\n  \"allocation\" : "); head.string(grid.allocation.rawValue)
        head.raw(",\n  \"withheld_gates\" : ["); head.list(grid.gates.filter { !names && $0.isPersonal }.map(\.key))
        head.raw("],\n  \"withheld_criteria\" : ["); head.list(withheldCriteria(identity).map(\.key))
        head.raw("],\n  \"applications\" : [\n")
        out.write(utf8: head.bytes)
        // Results are rendered in windows, the two halves of each on the two cores, and written
        // in order: the JSON of a large call never sits in memory whole.
        let layout = ScoringJSONLayout(grid: grid, identity: identity)
        let window = 1024
        // Each lane's bytes, taken out by its thread while it writes them and put back after:
        // the lock is taken twice a window, never per application.
        let lanes = Mutex([JSONBytes(), JSONBytes()])
        var next = 0
        while next < results.count {
            let range = next..<min(results.count, next + window)
            let count = range.count >= 256 ? 2 : 1
            DispatchQueue.concurrentPerform(iterations: count) { lane in
                var bytes = lanes.withLock { lanes in lanes[lane].taken() }
                for index in range.part(lane, of: count) {
                    appendJSON(results[index], last: index + 1 == results.count, layout: layout, identity: identity, to: &bytes)
                }
                lanes.withLock { lanes in lanes[lane] = bytes }
            }
            for lane in 0..<count {
                var bytes = lanes.withLock { lanes in lanes[lane].taken() }
                out.write(utf8: bytes.bytes)
                // Held once, the buffer is emptied in place and keeps its room for the next window.
                bytes.bytes.removeAll(keepingCapacity: true)
                lanes.withLock { lanes in lanes[lane] = bytes }
            }
            next = range.upperBound
        }
        out.write("  ]\n}\n")
    }

    /// One application's JSON object, on one line.
    private func appendJSON(_ result: borrowing ApplicationResult, last: Bool, layout: ScoringJSONLayout, identity: ApplicantIdentity, to line: inout JSONBytes) {
        line.raw("    {\"id\":"); line.string(result.application.id)
        line.raw(",\"applicant\":"); line.string(applicant(result, identity))
        line.raw(",\"eligible\":"); line.bool(result.isEligible)
        line.raw(",\"failed_gates\":[")
        var first = true
        for (position, gate) in result.gates.enumerated() where !gate.passed && !layout.gateWithheld[position] {
            if !first { line.raw(",") }
            first = false
            line.string(gate.gate.key)
        }
        line.raw("],\"gates\":[")
        for (position, gate) in result.gates.enumerated() {
            line.bytes.append(contentsOf: layout.gateOpenings[position])
            // A personal gate shows neither its value, the age counted from it, nor whether it passed.
            if layout.gateWithheld[position] {
                line.raw("null,\"passed\":null}")
                continue
            }
            line.value(gate.value)
            if let age = gate.age { line.raw(",\"age\":"); line.integer(age) }
            line.raw(",\"passed\":"); line.bool(gate.passed); line.raw("}")
        }
        line.raw("],\"criteria\":[")
        for (position, criterion) in result.criteria.enumerated() {
            line.bytes.append(contentsOf: layout.criterionOpenings[position])
            let evaluated = criterion.criterion.isEvaluated
            // A personal criterion's points count only within the total.
            if layout.criterionWithheld[position] {
                line.raw(evaluated ? ",\"points\":null" : "null,\"points\":null")
                line.bytes.append(contentsOf: layout.weights[position])
                line.raw(evaluated ? "null,\"scores\":null}" : "null}")
                continue
            }
            if !evaluated { line.value(criterion.value) }
            if let age = criterion.age { line.raw(",\"age\":"); line.integer(age) }
            line.raw(",\"points\":"); line.points(criterion.points)
            line.bytes.append(contentsOf: layout.weights[position])
            line.points(criterion.weighted)
            if evaluated {
                line.raw(",\"scores\":[")
                for (number, score) in criterion.scores.enumerated() {
                    line.raw(number == 0 ? "{\"evaluator\":" : ",{\"evaluator\":"); line.string(score.evaluator)
                    line.raw(",\"score\":"); line.points(score.score); line.raw("}")
                }
                line.raw("]")
            }
            line.raw("}")
        }
        line.raw("],\"evaluators\":[")
        for (position, evaluator) in result.evaluators.enumerated() {
            line.raw(position == 0 ? "{\"evaluator\":" : ",{\"evaluator\":"); line.string(evaluator.evaluator)
            line.raw(",\"total\":")
            if let total = evaluator.total, !layout.evaluatorTotalsWithheld { line.points(total) } else { line.raw("null") }
            line.raw(",\"conflict\":"); line.bool(evaluator.conflict)
            line.raw(",\"used\":"); line.bool(evaluator.used); line.raw("}")
        }
        line.raw("],\"evaluation\":"); line.optional(evaluationBasis(result, identity))
        line.raw(",\"requested\":"); line.string(result.application.amount.decimalText)
        line.raw(",\"total\":"); line.points(result.total)
        line.raw(",\"rank\":"); line.optional(integer: result.rank)
        line.raw(",\"decision\":"); line.string(result.decision.rawValue)
        line.raw(",\"awarded\":"); line.optional(result.awarded?.decimalText)
        line.raw(",\"reserve_position\":"); line.optional(integer: result.reservePosition)
        line.raw(",\"reason\":"); line.string(reason(result, identity))
        line.raw(",\"tie_break\":"); line.optional(tieBreak(result, identity))
        line.raw(last ? "}\n" : "},\n")
    }

    /// A row per application; a personal criterion has no column under pseudonyms (its points
    /// count only within the total).
    private func renderCSV(identity: ApplicantIdentity, to out: TextOutput) {
        let shown = grid.criteria.indices.filter { !withholds(grid.criteria[$0], identity) }
        out.write(
            CSVText.line(
                ["rank", "id", "applicant", "decision", "total", "requested", "awarded", "reserve_position", "failed_gates"]
                    + shown.map { grid.criteria[$0].key } + ["evaluation", "reason", "tie_break"]))
        for result in results {
            out.write(
                CSVText.line(
                    [
                        result.rank.map(String.init) ?? "", result.application.id, applicant(result, identity), result.decision.rawValue,
                        result.total.description, result.application.amount.decimalText, result.awarded?.decimalText ?? "",
                        result.reservePosition.map(String.init) ?? "", failedGates(result, identity).joined(separator: " "),
                    ] + shown.map { $0 < result.criteria.count ? result.criteria[$0].weighted.description : "" }
                        + [evaluationBasis(result, identity) ?? "", reason(result, identity), tieBreak(result, identity) ?? ""]))
        }
    }

    private func renderText(stamp: ScoringStamp, identity: ApplicantIdentity, to out: TextOutput) {
        let ranked = results.filter { $0.rank != nil }.count
        out.write(tr("\(grid.call): \(results.count) applications, \(ranked) ranked, \(count(.award)) awarded, \(count(.reserve)) on the reserve list") + "\n")
        out.write(
            tr("Envelope \(grid.envelope.tableText) \(grid.currency.code): awarded \(awardedTotal.tableText), left \(remaining.tableText) (\(grid.allocation.rawValue)). Points out of \(grid.maximumTotal).")
                + "\n")
        let withheld = withheldCriteria(identity)
        if !withheld.isEmpty {
            let keys = withheld.map(\.key)
            let list = keys.count == 1 ? keys[0] : tr("\(keys.dropLast().joined(separator: ", ")) and \(keys[keys.count - 1])")
            out.write(tr("Withheld as personal data: the points of \(list), which count only within each application's points.") + "\n")
        }
        out.write("\n")
        var table = TextTable(
            columns: [
                ("Rank", .right), ("Application", .left), ("Applicant", .left), ("Points", .right), ("Decision", .left),
                ("Awarded", .right), ("Reason", .left),
            ])
        var ruled = false
        for result in results {
            if result.rank == nil && !ruled && ranked > 0 {
                table.rule()
                ruled = true
            }
            var reason = reason(result, identity)
            // Which evaluators' scores counted, when not all of them did (two closest, a group, a
            // consensus record), and any tie between them broken.
            if let basis = evaluationBasis(result, identity), result.evaluators.contains(where: { !$0.used && !$0.conflict }) {
                reason += " " + tr("(points from \(basis))")
            }
            if let tie = tieBreak(result, identity) { reason += " (\(tie))" }
            table.add([
                .text(result.rank.map(String.init) ?? ""), .text(result.application.id), .text(applicant(result, identity)),
                .text(result.total.description), .text(result.decision.rawValue), .money(result.awarded), .text(reason),
            ])
        }
        out.write(table.render())
        out.write("\n" + tr("Grid \(stamp.gridFile) sha256 \(stamp.gridSHA256)") + "\n")
        out.write(tr("Applications \(stamp.applicationsFile) sha256 \(stamp.applicationsSHA256)") + "\n")
        if let file = stamp.evaluationsFile, let hash = stamp.evaluationsSHA256 { out.write(tr("Evaluations \(file) sha256 \(hash)") + "\n") }
        out.write(tr("Decisions sha256 \(decisionsSHA256), arka \(stamp.arkaVersion)") + "\n")
    }
}

/// The parts of each application's JSON that depend only on the grid, made once per run: each
/// gate's and criterion's opening with its key, each criterion's weight, and what is withheld
/// under pseudonyms (a personal gate's value, age and outcome; a personal criterion's value, age,
/// points and scores; the evaluators' totals when they add in a personal criterion).
struct ScoringJSONLayout: Sendable {
    var gateOpenings: [[UInt8]]
    var criterionOpenings: [[UInt8]]
    /// `,"weight":3,"weighted":` per criterion.
    var weights: [[UInt8]]
    var gateWithheld: [Bool]
    var criterionWithheld: [Bool]
    var evaluatorTotalsWithheld: Bool

    init(grid: ScoringGrid, identity: ApplicantIdentity) {
        func opening(_ position: Int, _ key: String, value: Bool) -> [UInt8] {
            var json = JSONBytes()
            json.text(position == 0 ? "{\"key\":" : ",{\"key\":")
            json.string(key)
            if value { json.raw(",\"value\":") }
            return json.bytes
        }
        gateOpenings = grid.gates.enumerated().map { opening($0, $1.key, value: true) }
        criterionOpenings = grid.criteria.enumerated().map { opening($0, $1.key, value: !$1.isEvaluated) }
        weights = grid.criteria.map { Array(",\"weight\":\($0.weight),\"weighted\":".utf8) }
        let pseudonyms = !identity.showsPersonalData
        gateWithheld = grid.gates.map { pseudonyms && $0.isPersonal }
        criterionWithheld = grid.criteria.map { pseudonyms && $0.isPersonal }
        evaluatorTotalsWithheld = pseudonyms && grid.evaluatorTotalsArePersonal
    }
}
