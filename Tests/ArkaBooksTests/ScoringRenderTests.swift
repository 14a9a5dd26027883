import ArkaBooks
import ArkaCore
import ArkaRules
import Foundation
import Testing

@Suite("A scored call written out: JSON and CSV of every application, in ranking order")
struct ScoringRenderTests {
    /// A call of 3,000 applications: long enough to be written in several windows on two cores.
    func outcome() throws -> (ScoringOutcome, ScoringStamp) {
        var applications = "id,name,personal_id,activity,household,requested\n"
        for number in 0..<3000 {
            applications += "A-\(number),Name \(number),J\(number)X,\(number % 3 == 0 ? "farm" : "small-business"),\(1 + number % 9),\(400 + number % 2700).00\n"
        }
        let input = try ScoringInput(
            grid: ("iga.yaml", Data(AwardTests.grid.utf8)), applications: ("applications.csv", Data(applications.utf8)), evaluations: [])
        return (try input.score(), input.stamp)
    }

    func json(_ outcome: ScoringOutcome, _ stamp: ScoringStamp, _ identity: ApplicantIdentity) throws -> [[String: Any]] {
        let out = StringOutput()
        outcome.render(as: .json, stamp: stamp, identity: identity, to: out)
        let object = try JSONSerialization.jsonObject(with: Data(out.text.utf8)) as? [String: Any]
        return object?["applications"] as? [[String: Any]] ?? []
    }

    @Test("every application once, in the outcome's order, each with its own values")
    func order() throws {
        let (outcome, stamp) = try outcome()
        let named = try json(outcome, stamp, .names)
        #expect(named.count == 3000)
        #expect(named.map { $0["id"] as? String } == outcome.results.map(\.application.id))
        #expect(named.map { $0["rank"] as? Int } == outcome.results.map(\.rank))
        #expect(named.map { $0["decision"] as? String } == outcome.results.map(\.decision.rawValue))
        let first = try #require(named.first)
        let result = outcome.results[0]
        #expect(first["applicant"] as? String == result.application.name)
        let criteria = first["criteria"] as? [[String: Any]]
        #expect(criteria?.first?["value"] as? String == result.criteria[0].value.description)
        #expect(criteria?.first?["weighted"] as? String == result.criteria[0].weighted.description)
        #expect(first["total"] as? String == result.total.description)
        #expect(first["reason"] as? String == result.reason)
    }

    @Test("under pseudonyms each applicant has their own pseudonym and no name appears")
    func pseudonyms() throws {
        let (outcome, stamp) = try outcome()
        let pseudonyms = Pseudonyms(key: "test key")
        let hidden = try json(outcome, stamp, .pseudonyms(pseudonyms))
        #expect(hidden.map { $0["applicant"] as? String } == outcome.results.map { pseudonyms.pseudonym(for: $0.application.applicantKey) })
        #expect(Set(hidden.compactMap { $0["applicant"] as? String }).count == 3000)
        #expect(!hidden.contains { ($0["applicant"] as? String)?.hasPrefix("AP-") != true })
        let csv = StringOutput()
        outcome.render(as: .csv, stamp: stamp, identity: .pseudonyms(pseudonyms), to: csv)
        #expect(csv.text.split(separator: "\n").count == 3001)
        #expect(!csv.text.contains("Name 1"))
    }
}
