import ArkaCore
import ArkaRules
import Testing

/// What a result shows under pseudonyms: nothing computed from a personal field, or from a
/// criterion marked personal, on its own.
@Suite("Results without personal data")
struct PersonalDataTests {
    /// The fixture's grid, with a personal tie-break first and an evaluated criterion marked personal.
    static let text = GridFixture.grid
        .replacingOccurrences(of: "  - criterion: plan\n", with: "  - criterion: youth\n  - criterion: plan\n")
        .replacingOccurrences(
            of: "  plan:\n    evaluated: {from: 1, to: 5}\n    weight: 2\n    minimum: 2\n",
            with: "  plan:\n    evaluated: {from: 1, to: 5}\n    weight: 2\n    minimum: 2\n    personal: true\n")

    func line(_ id: String, birth: String = "1990-01-01", income: String = "", submitted: String = "2023-05-02") -> String {
        "\(id),Name \(id),\(birth),Mallakastër,no,3,\(income),2000.00,\(submitted)"
    }

    @Test("a criterion or gate on a personal field is personal; an evaluated criterion when the grid marks it")
    func marks() throws {
        #expect(Self.text.contains("    personal: true\n") && Self.text.contains("  - criterion: youth\n"), "the grid is changed as meant")
        let plain = try GridFixture.parse()
        #expect(plain.criteria.filter(\.isPersonal).map(\.key) == ["youth"])
        #expect(plain.gates.filter(\.isPersonal).map(\.key) == ["adult"])
        #expect(!plain.evaluatorTotalsArePersonal)
        let marked = try GridFixture.parse(Self.text)
        #expect(marked.criteria.filter(\.isPersonal).map(\.key) == ["youth", "plan"])
        #expect(marked.evaluatorTotalsArePersonal)
        // `personal: false` cannot make a personal field's points public.
        let unmarked = try GridFixture.parse(
            GridFixture.grid.replacingOccurrences(of: "  youth:\n    field: birth_date\n", with: "  youth:\n    field: birth_date\n    personal: false\n"))
        #expect(unmarked.criterion("youth")?.isPersonal == true)
        let error = arkaError {
            _ = try GridFixture.parse(GridFixture.grid.replacingOccurrences(of: "    minimum: 2\n", with: "    minimum: 2\n    personal: maybe\n"))
        }
        #expect(error?.kind == .badGrid)
        #expect(error?.location.field == "criteria.plan.personal")
    }

    @Test("a tie broken on a personal criterion is said to be, without its name or points; one on another stays as it is")
    func tieBreaks() throws {
        let grid = try GridFixture.parse(Self.text)
        // young: household 3 + youth 5 + place 1 + plan 6 = 15; old and late: household 3 + income 5 + place 1 + plan 6 = 15.
        let applications = try GridFixture.applications(
            grid, [line("young", birth: "2000-01-01"), line("old", birth: "1970-01-01", income: "50"),
                   line("late", birth: "1970-01-01", income: "50", submitted: "2023-05-09")])
        let evaluations = try GridFixture.evaluations(grid, GridFixture.agreeing(["young": 3, "old": 3, "late": 3]))
        let outcome = try Scoring.run(grid: grid, applications: applications, evaluations: evaluations)
        let young = try #require(outcome.results.first { $0.application.id == "young" })
        let old = try #require(outcome.results.first { $0.application.id == "old" })
        #expect(young.total == old.total, "\(young.total) \(old.total)")
        #expect(young.tieBreak == "tied at \(old.total) points with old, ranked above it on youth (5 against 0 points)")
        #expect(young.tieBreakWithoutPersonalData == "tied at \(old.total) points with old, ranked above it on a tie-break on withheld personal data")
        #expect(old.tieBreakWithoutPersonalData?.contains("youth") == false)
        #expect(old.tieBreakWithoutPersonalData?.contains("ranked above it on submitted (2023-05-02 against 2023-05-09)") == true)
        #expect(old.tieBreak?.contains("youth (0 against 5 points)") == true)
    }

    @Test("a failed personal gate and a personal criterion below its minimum are not named")
    func reasons() throws {
        let grid = try GridFixture.parse(Self.text)
        let applications = try GridFixture.applications(
            grid, [line("minor", birth: "2010-01-01"), line("weak"), "both,Name both,2010-01-01,other,no,3,,2000.00,2023-05-02"])
        let evaluations = try GridFixture.evaluations(grid, GridFixture.agreeing(["minor": 3, "weak": 1, "both": 3]))
        let outcome = try Scoring.run(grid: grid, applications: applications, evaluations: evaluations)
        func result(_ id: String) -> ApplicationResult { outcome.results.first { $0.application.id == id }! }

        #expect(result("minor").reason.contains("adult"))
        #expect(result("minor").reasonWithoutPersonalData(grid: grid) == "ineligible: a condition on withheld personal data fails")
        #expect(result("minor").failedGatesWithoutPersonalData == [])
        #expect(result("both").reasonWithoutPersonalData(grid: grid) == "ineligible: resident (resident) fails; a condition on withheld personal data fails")
        #expect(result("both").failedGatesWithoutPersonalData == ["resident"])
        let minorWhy = result("minor").whyWithoutPersonalData(grid: grid, withheld: "të dhëna personale të fshehura")
        #expect(minorWhy.phrase?.values["gates"] == "të dhëna personale të fshehura")

        #expect(result("weak").reason == "rejected: plan has 1 points, below its minimum of 2")
        #expect(result("weak").reasonWithoutPersonalData(grid: grid) == "rejected: a criterion on withheld personal data is below its minimum")
        let weakWhy = result("weak").whyWithoutPersonalData(grid: grid, withheld: "withheld personal data")
        #expect(weakWhy.phrase?.values["criteria"] == "withheld personal data")
        // Under a grid without personal criteria, the reason is the reason.
        let plain = try GridFixture.parse()
        let plainOutcome = try Scoring.run(
            grid: plain, applications: try GridFixture.applications(plain, [line("weak")]),
            evaluations: try GridFixture.evaluations(plain, GridFixture.agreeing(["weak": 1])))
        #expect(plainOutcome.results[0].reasonWithoutPersonalData(grid: plain) == plainOutcome.results[0].reason)
    }

    @Test("evaluators chosen by totals that add in a personal criterion are counted, not named with their totals")
    func basis() throws {
        let grid = try GridFixture.parse(Self.text)
        let applications = try GridFixture.applications(grid, [line("a")])
        let outcome = try Scoring.run(
            grid: grid, applications: applications, evaluations: try GridFixture.evaluations(grid, ["a,A,no,1", "a,B,no,4", "a,C,no,5"]))
        let result = outcome.results[0]
        #expect(result.evaluationBasis?.contains("B (8) and C (10)") == true, "\(result.evaluationBasis ?? "")")
        #expect(result.evaluationBasisWithoutPersonalData(grid: grid) == "the average of 2 of 3 evaluators, chosen by their totals (withheld: they add in personal data)")
        let plain = try GridFixture.parse()
        let plainResult = try Scoring.run(
            grid: plain, applications: try GridFixture.applications(plain, [line("a")]),
            evaluations: try GridFixture.evaluations(plain, ["a,A,no,1", "a,B,no,4", "a,C,no,5"])).results[0]
        #expect(plainResult.evaluationBasisWithoutPersonalData(grid: plain) == plainResult.evaluationBasis)
    }
}
