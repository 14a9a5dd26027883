import ArkaCore
import ArkaRules
import ArkaStore
import Crypto
import Foundation

/// Whom a scoring result names: the applicants' names, for the committee's own use, or stable
/// pseudonyms, the default for anything that leaves the office. Under pseudonyms the values of the
/// grid's personal fields are withheld too; their points, and ages, stay.
public enum ApplicantIdentity: Sendable {
    case names
    case pseudonyms(Pseudonyms)
}

extension ScoringOutcome {
    /// The fingerprint of the decisions: SHA-256 over each application's number, rank, decision,
    /// total, award and reserve place, in result order. Two runs with the same inputs agree on it.
    public var decisionsSHA256: String {
        var hasher = SHA256()
        for result in results {
            let line = [
                result.application.id, result.rank.map(String.init) ?? "", result.decision.rawValue, result.total.description,
                result.awarded?.decimalText ?? "", result.reservePosition.map(String.init) ?? "",
            ].joined(separator: "\u{1F}") + "\n"
            hasher.update(data: Data(line.utf8))
        }
        return JournalHash.hex(hasher.finalize())
    }

    /// Counts per decision.
    public func count(_ decision: Decision) -> Int { results.lazy.filter { $0.decision == decision }.count }

    /// Writes the outcome: JSON (an object with the run's stamp, the envelope's use and, per
    /// application, every gate, criterion, evaluator score and the decision with its reason), CSV
    /// (a row per application with each criterion's weighted points) or a text ranking.
    public func render(as format: OutputFormat, stamp: ScoringStamp, identity: ApplicantIdentity, to out: TextOutput) {
        switch format {
        case .json: renderJSON(stamp: stamp, identity: identity, to: out)
        case .csv: renderCSV(identity: identity, to: out)
        case .text: renderText(stamp: stamp, identity: identity, to: out)
        }
    }

    /// The applicant as an export shows them: by name, or by their pseudonym.
    public func applicant(_ result: ApplicationResult, _ identity: ApplicantIdentity) -> String {
        switch identity {
        case .names: return result.application.name ?? result.application.applicantKey
        case .pseudonyms(let pseudonyms): return pseudonyms.pseudonym(for: result.application.applicantKey)
        }
    }

    /// A value as shown: withheld (nil) for a personal field under pseudonyms.
    func shown(_ value: FieldValue, field: String?, _ identity: ApplicantIdentity) -> String? {
        if case .pseudonyms = identity, let field, grid.field(field)?.isPersonal == true { return nil }
        return value == .empty ? nil : value.description
    }

    private func renderJSON(stamp: ScoringStamp, identity: ApplicantIdentity, to out: TextOutput) {
        let names: Bool
        if case .names = identity { names = true } else { names = false }
        out.write(
            """
            {
              "call" : \(JSONEncoding.string(grid.call)),
              "call_date" : "\(grid.callDate)",
              "grid" : \(JSONEncoding.string(stamp.gridFile)),
              "grid_sha256" : "\(stamp.gridSHA256)",
              "applications_file" : \(JSONEncoding.string(stamp.applicationsFile)),
              "applications_sha256" : "\(stamp.applicationsSHA256)",
              "evaluations_file" : \(JSONEncoding.optional(stamp.evaluationsFile)),
              "evaluations_sha256" : \(JSONEncoding.optional(stamp.evaluationsSHA256)),
              "arka_version" : "\(stamp.arkaVersion)",
              "decisions_sha256" : "\(decisionsSHA256)",
              "names" : \(names),
              "currency" : "\(grid.currency.code)",
              "envelope" : "\(grid.envelope.decimalText)",
              "awarded" : "\(awardedTotal.decimalText)",
              "remaining" : "\(remaining.decimalText)",
              "allocation" : "\(grid.allocation.rawValue)",
              "applications" : [\n
            """)
        var line = JSONBytes()
        for (index, result) in results.enumerated() {
            line.raw("    {\"id\":"); line.string(result.application.id)
            line.raw(",\"applicant\":"); line.string(applicant(result, identity))
            line.raw(",\"eligible\":"); line.bool(result.isEligible)
            line.raw(",\"failed_gates\":[")
            var first = true
            for gate in result.gates where !gate.passed {
                if !first { line.raw(",") }
                first = false
                line.string(gate.gate.key)
            }
            line.raw("],\"gates\":[")
            for (position, gate) in result.gates.enumerated() {
                line.raw(position == 0 ? "{\"key\":" : ",{\"key\":"); line.string(gate.gate.key)
                line.raw(",\"value\":"); line.optional(shown(gate.value, field: gate.gate.field, identity))
                if let age = gate.age { line.raw(",\"age\":"); line.raw(String(age)) }
                line.raw(",\"passed\":"); line.bool(gate.passed); line.raw("}")
            }
            line.raw("],\"criteria\":[")
            for (position, criterion) in result.criteria.enumerated() {
                line.raw(position == 0 ? "{\"key\":" : ",{\"key\":"); line.string(criterion.criterion.key)
                if !criterion.criterion.isEvaluated {
                    line.raw(",\"value\":"); line.optional(shown(criterion.value, field: criterion.criterion.field, identity))
                }
                if let age = criterion.age { line.raw(",\"age\":"); line.raw(String(age)) }
                line.raw(",\"points\":"); line.points(criterion.points)
                line.raw(",\"weight\":"); line.raw(String(criterion.criterion.weight))
                line.raw(",\"weighted\":"); line.points(criterion.weighted)
                if criterion.criterion.isEvaluated {
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
                if let total = evaluator.total { line.points(total) } else { line.raw("null") }
                line.raw(",\"conflict\":"); line.bool(evaluator.conflict)
                line.raw(",\"used\":"); line.bool(evaluator.used); line.raw("}")
            }
            line.raw("],\"evaluation\":"); line.optional(result.evaluationBasis)
            line.raw(",\"requested\":"); line.string(result.application.amount.decimalText)
            line.raw(",\"total\":"); line.points(result.total)
            line.raw(",\"rank\":"); line.raw(result.rank.map(String.init) ?? "null")
            line.raw(",\"decision\":"); line.string(result.decision.rawValue)
            line.raw(",\"awarded\":"); line.optional(result.awarded?.decimalText)
            line.raw(",\"reserve_position\":"); line.raw(result.reservePosition.map(String.init) ?? "null")
            line.raw(",\"reason\":"); line.string(result.reason)
            line.raw(",\"tie_break\":"); line.optional(result.tieBreak)
            line.raw(index + 1 < results.count ? "},\n" : "}\n")
            if line.bytes.count >= 1 << 16 {
                out.write(line.text)
                line.bytes.removeAll(keepingCapacity: true)
            }
        }
        out.write(line.text)
        out.write("  ]\n}\n")
    }

    private func renderCSV(identity: ApplicantIdentity, to out: TextOutput) {
        out.write(
            CSVText.line(
                ["rank", "id", "applicant", "decision", "total", "requested", "awarded", "reserve_position", "failed_gates"]
                    + grid.criteria.map(\.key) + ["evaluation", "reason", "tie_break"]))
        for result in results {
            out.write(
                CSVText.line(
                    [
                        result.rank.map(String.init) ?? "", result.application.id, applicant(result, identity), result.decision.rawValue,
                        result.total.description, result.application.amount.decimalText, result.awarded?.decimalText ?? "",
                        result.reservePosition.map(String.init) ?? "", result.failedGates.joined(separator: " "),
                    ] + result.criteria.map(\.weighted.description) + [result.evaluationBasis ?? "", result.reason, result.tieBreak ?? ""]))
        }
    }

    private func renderText(stamp: ScoringStamp, identity: ApplicantIdentity, to out: TextOutput) {
        let ranked = results.filter { $0.rank != nil }.count
        out.write(
            "\(grid.call): \(results.count) applications, \(ranked) ranked, \(count(.award)) awarded, \(count(.reserve)) on the reserve list\n")
        out.write(
            "Envelope \(grid.envelope.tableText) \(grid.currency.code): awarded \(awardedTotal.tableText), left \(remaining.tableText) "
                + "(\(grid.allocation.rawValue)). Points out of \(grid.maximumTotal).\n\n")
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
            var reason = result.reason
            if let tie = result.tieBreak { reason += " (\(tie))" }
            table.add([
                result.rank.map(String.init) ?? "", result.application.id, applicant(result, identity), result.total.description,
                result.decision.rawValue, result.awarded?.tableText ?? "", reason,
            ])
        }
        out.write(table.render())
        out.write("\nGrid \(stamp.gridFile) sha256 \(stamp.gridSHA256)\n")
        out.write("Applications \(stamp.applicationsFile) sha256 \(stamp.applicationsSHA256)\n")
        if let file = stamp.evaluationsFile, let hash = stamp.evaluationsSHA256 { out.write("Evaluations \(file) sha256 \(hash)\n") }
        out.write("Decisions sha256 \(decisionsSHA256), arka \(stamp.arkaVersion)\n")
    }
}

/// A JSON text built as bytes: strings escaped, points written as decimal strings.
struct JSONBytes {
    var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20: raw(String(format: "\\u%04x", byte))
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Points as a quoted decimal: `"12.5"`, `"12"`, `"-0.25"`.
    mutating func points(_ value: Points) {
        bytes.append(0x22)
        var hundredths = value.hundredths
        if hundredths < 0 {
            bytes.append(0x2D)
            hundredths = -hundredths
        }
        raw(String(hundredths / 100))
        let cents = Int(hundredths % 100)
        if cents != 0 {
            bytes.append(0x2E)
            bytes.append(0x30 + UInt8(cents / 10))
            if cents % 10 != 0 { bytes.append(0x30 + UInt8(cents % 10)) }
        }
        bytes.append(0x22)
    }
}
