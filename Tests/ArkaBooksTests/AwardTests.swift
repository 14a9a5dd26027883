import ArkaBooks
import ArkaCore
import ArkaRules
import Foundation
import Testing

@Suite("Calls in the ledger: applications stored, scoring runs recorded, awards made agreements")
struct AwardTests {
    /// A call of the IGA scheme: envelope 5,000.00, 1,000 to 3,000 each, points from the household alone.
    static let grid = """
        call: Small IGA call
        call_date: 2023-04-14
        currency: EUR
        scheme: IGA
        agreement_prefix: IGA-T-
        conditions: Equipment in kind
        envelope: "5000.00"
        per_recipient: {minimum: "1000.00", maximum: "3000.00"}
        evaluators: {minimum: 1}
        fields:
          id: {type: text}
          name: {type: text, personal: true}
          personal_id: {type: text, personal: true}
          activity: {type: category, values: [farm, small-business]}
          household: {type: integer}
          requested: {type: number}
        roles: {id: id, name: name, applicant: personal_id, kind: activity}
        gates:
          amount: {field: requested, within_limits: true}
        criteria:
          household:
            field: household
            ranges:
              - {from: 1, to: 4, points: 1}
              - {from: 5, points: 5}
        """
    static let applications = """
        id,name,personal_id,activity,household,requested
        A-1,Drita Kuçi,L71904322B,small-business,6,3000.00
        A-2,Arben Leka,J11111111A,farm,5,2000.00
        A-3,Mira Sula,J22222222B,farm,3,1500.00
        A-4,Ilir Duka,J33333333C,farm,2,500.00
        """

    func makeLedger() throws -> (Fixture, Ledger, GrantTests) {
        let grants = GrantTests()
        let (fixture, ledger) = try grants.makeLedger()
        try fixture.write("iga.yaml", Self.grid)
        try fixture.write("applications.csv", Self.applications)
        return (fixture, ledger, grants)
    }

    func path(_ fixture: Fixture, _ name: String) -> String { fixture.directory.appendingPathComponent(name).path }

    @Test("awards become agreements with their commitments, numbered in application order; applicants become recipients")
    func awards() throws {
        let (fixture, ledger, _) = try makeLedger()
        #expect(try ledger.importCall(code: "IGA-T", grid: path(fixture, "iga.yaml"), applications: path(fixture, "applications.csv"), evaluations: nil, signature: Fixture.signature) == 4)
        let run = try ledger.award(call: "IGA-T", date: try LedgerDate.parse("2023-10-16"), signature: Fixture.signature)
        #expect(run.agreements.map(\.agreement.number) == ["IGA-T-01", "IGA-T-02"])
        #expect(run.agreements.map(\.application) == ["A-1", "A-2"])
        // A-1's identity is R2's tax id: the existing recipient; A-2 is registered under its number, as a farm.
        #expect(run.agreements.map(\.agreement.recipient) == ["R2", "A-2"])
        let (_, recipients) = try ledger.grantSchemesAndRecipients()
        #expect(recipients.first { $0.code == "A-2" }?.kind == .farm)
        #expect(recipients.first { $0.code == "A-2" }?.taxID == "J11111111A")
        let positions = try ledger.grantPositions()
        #expect(try positions.first { $0.agreement.number == "IGA-T-01" }?.open.decimalText == "3000.00")
        #expect(positions.first { $0.agreement.number == "IGA-T-02" }?.agreement.conditions?.hasPrefix("Equipment in kind; Awarded by scoring run #1") == true)
        // The run rests on the files as they were: their hashes, and the decisions' fingerprint a fresh score gives.
        let fresh = try ScoringInput.load(grid: path(fixture, "iga.yaml"), applications: path(fixture, "applications.csv"), evaluations: nil)
        #expect(run.run.gridSHA256 == fresh.stamp.gridSHA256)
        #expect(run.run.applicationsSHA256 == fresh.stamp.applicationsSHA256)
        #expect(run.run.decisionsSHA256 == (try fresh.score()).decisionsSHA256)
        #expect(run.outcome.results.first { $0.application.id == "A-3" }?.reservePosition == 1)
    }

    @Test("a second run keeps earlier awards; money freed by a cancellation goes to the reserve list in order")
    func reserveAfterCancellation() throws {
        let (fixture, ledger, _) = try makeLedger()
        try ledger.importCall(code: "IGA-T", grid: path(fixture, "iga.yaml"), applications: path(fixture, "applications.csv"), evaluations: nil, signature: Fixture.signature)
        _ = try ledger.award(call: "IGA-T", date: try LedgerDate.parse("2023-10-16"), signature: Fixture.signature)
        let again = try ledger.award(call: "IGA-T", date: try LedgerDate.parse("2023-10-20"), signature: Fixture.signature)
        #expect(again.agreements.isEmpty)
        try ledger.cancelAgreement("IGA-T-02", date: try LedgerDate.parse("2023-11-01"), reason: "Withdrew", signature: Fixture.signature)
        let after = try ledger.award(call: "IGA-T", date: try LedgerDate.parse("2023-11-02"), signature: Fixture.signature)
        // 2,000 freed: A-3 (1,500) first on the reserve list; A-4 is below the minimum and never ranked.
        #expect(after.agreements.map(\.application) == ["A-3"])
        #expect(after.agreements.map(\.agreement.number) == ["IGA-T-03"])
        #expect(after.run.sequence == 3)
        #expect(after.outcome.results.first { $0.application.id == "A-2" }?.decision == .cancelled)
    }

    @Test("a call whose grid names no scheme of the ledger awards nothing, and the ledger is as it was")
    func noScheme() throws {
        let (fixture, ledger, _) = try makeLedger()
        try fixture.write("other.yaml", Self.grid.replacingOccurrences(of: "scheme: IGA", with: "scheme: XX"))
        try ledger.importCall(code: "X", grid: path(fixture, "other.yaml"), applications: path(fixture, "applications.csv"), evaluations: nil, signature: Fixture.signature)
        let before = try ledger.grantPositions().count
        let error = firstError { _ = try ledger.award(call: "X", date: try LedgerDate.parse("2023-10-16"), signature: Fixture.signature) }
        #expect(error?.kind == .unknownScheme)
        #expect(error?.location.value == "XX")
        #expect(try ledger.grantPositions().count == before)
    }

    @Test("an award beyond the scheme's limits refuses the whole run")
    func allOrNone() throws {
        let (fixture, ledger, grants) = try makeLedger()
        // R2 holds 59,000 of its 60,000 cap already: A-1's 3,000 would pass it.
        try grants.approve(ledger, "SU-1", "R2", "SU", "49000.00")
        try grants.approve(ledger, "IGA-0", "R2", "IGA", "10000.00")
        try ledger.importCall(code: "IGA-T", grid: path(fixture, "iga.yaml"), applications: path(fixture, "applications.csv"), evaluations: nil, signature: Fixture.signature)
        let before = try ledger.grantPositions().count
        let error = firstError { _ = try ledger.award(call: "IGA-T", date: try LedgerDate.parse("2023-10-16"), signature: Fixture.signature) }
        #expect(error?.reason.contains("application A-1") == true)
        #expect(try ledger.grantPositions().count == before)
        #expect(try ledger.grantSchemesAndRecipients().1.contains { $0.code == "A-2" } == false)
    }

    @Test("scores added later by an evaluator who declared a conflict of interest: refused as such, in the later file, and not stored")
    func laterScoresAfterConflict() throws {
        let (fixture, ledger, _) = try makeLedger()
        let grid = Self.grid.replacingOccurrences(of: "      - {from: 5, points: 5}", with: "      - {from: 5, points: 5}\n  plan:\n    evaluated: {from: 1, to: 5}")
        try #require(grid.contains("  plan:"))
        try fixture.write("evaluated.yaml", grid)
        let first = try fixture.write("evaluations.csv", "application,evaluator,conflict,plan\nA-1,E. Kola,no,4\nA-2,E. Kola,yes,\nA-2,M. Kasa,no,3\n")
        try ledger.importCall(
            code: "IGA-T", grid: path(fixture, "evaluated.yaml"), applications: path(fixture, "applications.csv"), evaluations: first,
            signature: Fixture.signature)
        let later = try fixture.write("later.csv", "application,evaluator,conflict,plan\nA-1,M. Kasa,no,4\nA-2,E. Kola,no,5\n")
        let error = firstError { try ledger.addEvaluations(call: "IGA-T", file: later, signature: Fixture.signature) }
        #expect(error?.kind == .conflictOfInterest)
        #expect(error?.location.file == later)
        #expect(error?.location.line == 3)
        #expect(error?.location.field == "evaluator")
        #expect(error?.location.value == "E. Kola")
        #expect(error?.reason == "E. Kola declared a conflict of interest with application A-2 (\(first), line 3) and cannot score it")
        #expect(try ledger.callInput("IGA-T").evaluations.count == 3)
        // The same file without that row is taken.
        let fixed = try fixture.write("fixed.csv", "application,evaluator,conflict,plan\nA-1,M. Kasa,no,4\n")
        #expect(try ledger.addEvaluations(call: "IGA-T", file: fixed, signature: Fixture.signature) == 1)
    }

    @Test("a call is stored once, and files that do not score are not stored")
    func importChecks() throws {
        let (fixture, ledger, _) = try makeLedger()
        try ledger.importCall(code: "IGA-T", grid: path(fixture, "iga.yaml"), applications: path(fixture, "applications.csv"), evaluations: nil, signature: Fixture.signature)
        let twice = firstError { try ledger.importCall(code: "IGA-T", grid: path(fixture, "iga.yaml"), applications: path(fixture, "applications.csv"), evaluations: nil, signature: Fixture.signature) }
        #expect(twice?.kind == .duplicate)
        try fixture.write("bad.csv", Self.applications + "\nA-5,X,J4,farm,many,1000.00\n")
        let bad = firstError { try ledger.importCall(code: "BAD", grid: path(fixture, "iga.yaml"), applications: path(fixture, "bad.csv"), evaluations: nil, signature: Fixture.signature) }
        #expect(bad?.location.line == 6)
        #expect(bad?.location.field == "household")
        #expect(firstError { _ = try ledger.callInput("BAD") }?.kind == .unknownCall)
    }
}
