import ArkaCore
import ArkaRules
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
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
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

    func applicant(_ result: ApplicationResult, _ identity: ApplicantIdentity) -> String {
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
        for (index, result) in results.enumerated() {
            var line = "    {\"id\":\(JSONEncoding.string(result.application.id)),\"applicant\":\(JSONEncoding.string(applicant(result, identity)))"
            line += ",\"eligible\":\(result.isEligible),\"failed_gates\":[\(result.failedGates.map(JSONEncoding.string).joined(separator: ","))]"
            line += ",\"gates\":["
            line += result.gates.map { gate in
                "{\"key\":\(JSONEncoding.string(gate.gate.key)),\"value\":\(JSONEncoding.optional(shown(gate.value, field: gate.gate.field, identity)))"
                    + (gate.age.map { ",\"age\":\($0)" } ?? "") + ",\"passed\":\(gate.passed)}"
            }.joined(separator: ",")
            line += "],\"criteria\":["
            line += result.criteria.map { criterion in
                var text = "{\"key\":\(JSONEncoding.string(criterion.criterion.key))"
                if !criterion.criterion.isEvaluated {
                    text += ",\"value\":\(JSONEncoding.optional(shown(criterion.value, field: criterion.criterion.field, identity)))"
                }
                if let age = criterion.age { text += ",\"age\":\(age)" }
                text += ",\"points\":\"\(criterion.points)\",\"weight\":\(criterion.criterion.weight),\"weighted\":\"\(criterion.weighted)\""
                if criterion.criterion.isEvaluated {
                    text += ",\"scores\":[" + criterion.scores.map { "{\"evaluator\":\(JSONEncoding.string($0.evaluator)),\"score\":\"\($0.score)\"}" }
                        .joined(separator: ",") + "]"
                }
                return text + "}"
            }.joined(separator: ",")
            line += "],\"evaluators\":["
            line += result.evaluators.map { evaluator in
                "{\"evaluator\":\(JSONEncoding.string(evaluator.evaluator)),\"total\":\(JSONEncoding.optional(evaluator.total?.description)),\"conflict\":\(evaluator.conflict),\"used\":\(evaluator.used)}"
            }.joined(separator: ",")
            line += "],\"evaluation\":\(JSONEncoding.optional(result.evaluationBasis))"
            line += ",\"requested\":\"\(result.application.amount.decimalText)\",\"total\":\"\(result.total)\""
            line += ",\"rank\":\(result.rank.map(String.init) ?? "null"),\"decision\":\"\(result.decision.rawValue)\""
            line += ",\"awarded\":\(JSONEncoding.optional(result.awarded?.decimalText))"
            line += ",\"reserve_position\":\(result.reservePosition.map(String.init) ?? "null")"
            line += ",\"reason\":\(JSONEncoding.string(result.reason)),\"tie_break\":\(JSONEncoding.optional(result.tieBreak))}"
            line += index + 1 < results.count ? ",\n" : "\n"
            out.write(line)
        }
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
