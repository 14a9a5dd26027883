import ArkaCore
import ArkaRules
import Testing

@Suite("Scoring: gates, criteria, evaluations, ranking and allocation")
struct ScoringTests {
    let grid = try! GridFixture.parse()

    /// An eligible application with the given changes.
    func line(
        _ id: String, birth: String = "1990-01-01", municipality: String = "Mallakastër", funded: String = "no", household: String = "3",
        income: String = "", requested: String = "2000.00", submitted: String = "2023-05-02"
    ) -> String {
        "\(id),Name \(id),\(birth),\(municipality),\(funded),\(household),\(income),\(requested),\(submitted)"
    }

    func run(_ lines: [String], evaluations: [String]? = nil, grid: ScoringGrid? = nil) throws -> ScoringOutcome {
        let grid = grid ?? self.grid
        let applications = try GridFixture.applications(grid, lines)
        let plans = Dictionary(applications.map { ($0.id, 3) }, uniquingKeysWith: { first, _ in first })
        return try Scoring.run(
            grid: grid, applications: applications,
            evaluations: try GridFixture.evaluations(grid, evaluations ?? GridFixture.agreeing(plans)))
    }

    func result(_ outcome: ScoringOutcome, _ id: String) -> ApplicationResult {
        outcome.results.first { $0.application.id == id }!
    }

    @Test("each gate kind passes and fails at its edge")
    func gates() throws {
        let outcome = try run([
            line("ok"), line("away", municipality: "other"), line("eighteen", birth: "2005-04-14"),
            line("seventeen", birth: "2005-04-15"), line("funded", funded: "yes"), line("low", requested: "999.99"),
            line("least", requested: "1000.00"), line("most", requested: "3000.00"), line("high", requested: "3000.01"),
        ])
        let failed = Dictionary(uniqueKeysWithValues: outcome.results.map { ($0.application.id, $0.failedGates) })
        #expect(failed["ok"] == [])
        #expect(failed["away"] == ["resident"])
        #expect(failed["eighteen"] == [])
        #expect(failed["seventeen"] == ["adult"])
        #expect(failed["funded"] == ["not_funded"])
        #expect(failed["low"] == ["amount"])
        #expect(failed["least"] == [])
        #expect(failed["most"] == [])
        #expect(failed["high"] == ["amount"])
        #expect(result(outcome, "seventeen").decision == .ineligible)
        #expect(result(outcome, "seventeen").gates.first { $0.gate.key == "adult" }?.age == 17)
        #expect(result(outcome, "seventeen").reason.contains("adult"))
    }

    @Test("integer ranges include both ends; number ranges stop below their end")
    func rangeEdges() throws {
        let outcome = try run([
            line("h0", household: "0"), line("h2", household: "2"), line("h3", household: "3"), line("h4", household: "4"),
            line("h5", household: "5"), line("i1", income: "100.4999"), line("i2", income: "100.50"), line("i3", income: "199.9999"),
            line("i4", income: "200"), line("i5", income: ""),
        ])
        func points(_ id: String, _ key: String) -> String {
            result(outcome, id).criteria.first { $0.criterion.key == key }!.points.description
        }
        #expect(["h0", "h2", "h3", "h4", "h5"].map { points($0, "household") } == ["0", "1", "3", "3", "5"])
        #expect(["i1", "i2", "i3", "i4", "i5"].map { points($0, "poor") } == ["5", "2", "2", "0", "0"])
    }

    @Test("youth is counted in full years on the call date")
    func youthOnCallDate() throws {
        let outcome = try run([line("thirty", birth: "1993-04-14"), line("twentynine", birth: "1993-04-15"), line("leap", birth: "2004-02-29")])
        func youth(_ id: String) -> CriterionResult { result(outcome, id).criteria.first { $0.criterion.key == "youth" }! }
        #expect(youth("thirty").age == 30)
        #expect(youth("thirty").points == .zero)
        #expect(youth("twentynine").age == 29)
        #expect(youth("twentynine").points == Points(whole: 5))
        #expect(youth("leap").age == 19)
        #expect(Scoring.age(born: try LedgerDate.parse("2004-02-29"), on: try LedgerDate.parse("2023-02-28")) == 18)
    }

    @Test("a lookup scores its value and an evaluated criterion averages its evaluators, weighted")
    func lookupAndAverage() throws {
        let outcome = try run([line("a")], evaluations: ["a,A,no,3", "a,B,no,4"])
        let a = result(outcome, "a")
        #expect(a.criteria.first { $0.criterion.key == "place" }?.points == Points(whole: 1))
        let plan = try #require(a.criteria.first { $0.criterion.key == "plan" })
        #expect(plan.points.description == "3.5")
        #expect(plan.weighted.description == "7")
        #expect(a.total.description == "11")  // household 3 + place 1 + plan 7
        #expect(a.evaluationBasis == "the average of 2 evaluators")
        // Three evaluators: 2, 2 and 3 average 2.33.
        let three = try run([line("b")], evaluations: ["b,A,no,2", "b,B,no,2", "b,C,no,3"])
        #expect(result(three, "b").criteria.last?.points.description == "2.33")
    }

    @Test("below a criterion's minimum or the minimum total, an eligible application is rejected")
    func minimums() throws {
        let outcome = try run(
            [line("weak"), line("small", household: "1")], evaluations: ["weak,A,no,1", "weak,B,no,2", "small,A,no,2", "small,B,no,2"])
        #expect(result(outcome, "weak").decision == .rejected)
        #expect(result(outcome, "weak").reason.contains("plan has 1.5 points, below its minimum of 2"))
        // household 1 + place 1 + plan 4 = 6, below 10
        #expect(result(outcome, "small").decision == .rejected)
        #expect(result(outcome, "small").reason.contains("a total of 6 points, below the minimum of 10"))
    }

    @Test("evaluators too far apart hold an application back until a third evaluator or a consensus")
    func discrepancy() throws {
        // Weighted totals 10 and 4 differ by 6, beyond the limit of 4.
        let apart = try run([line("a")], evaluations: ["a,A,no,5", "a,B,no,2"])
        #expect(result(apart, "a").decision == .needsEvaluation)
        #expect(result(apart, "a").rank == nil)
        // Exactly at the limit: 10 and 6.
        let edge = try run([line("a")], evaluations: ["a,A,no,5", "a,B,no,3"])
        #expect(result(edge, "a").decision == .award)
        // A third evaluator: the two closest (10 and 8) count.
        let third = try run([line("a")], evaluations: ["a,A,no,5", "a,B,no,2", "a,C,no,4"])
        let a = result(third, "a")
        #expect(a.decision == .award)
        #expect(a.criteria.last?.points.description == "4.5")
        #expect(a.evaluators.filter(\.used).map(\.evaluator) == ["A", "C"])
        // A consensus record settles it.
        let consensus = try run([line("a")], evaluations: ["a,A,no,5", "a,B,no,2", "a,consensus,no,3"])
        #expect(result(consensus, "a").criteria.last?.points == Points(whole: 3))
        #expect(result(consensus, "a").evaluationBasis == "the committee's consensus record")
    }

    @Test("an evaluator with a conflict of interest cannot score, and does not count")
    func conflictOfInterest() throws {
        let error = arkaError { _ = try GridFixture.evaluations(grid, ["a,A,yes,4"]) }
        #expect(error?.kind == .conflictOfInterest)
        #expect(error?.location.field == "plan")
        let held = try run([line("a")], evaluations: ["a,A,yes,", "a,B,no,4"])
        #expect(result(held, "a").decision == .needsEvaluation)
        #expect(result(held, "a").evaluators.contains { $0.evaluator == "A" && $0.conflict && !$0.used })
        let replaced = try run([line("a")], evaluations: ["a,A,yes,", "a,B,no,4", "a,C,no,4"])
        #expect(result(replaced, "a").decision == .award)
        #expect(result(replaced, "a").criteria.last?.scores.map(\.evaluator) == ["B", "C"])
    }

    @Test("ties go by the stated tie-breaks, then the application number")
    func ties() throws {
        let outcome = try run(
            [line("c", submitted: "2023-05-03"), line("b", submitted: "2023-05-01"), line("a", household: "5"), line("d", household: "5"),
             line("e", submitted: "2023-05-01")],
            evaluations: ["a,A,no,3", "a,B,no,3", "d,A,no,4", "d,B,no,4", "b,A,no,4", "b,B,no,4", "c,A,no,4", "c,B,no,4", "e,A,no,4", "e,B,no,4"])
        // d: 5+1+8 = 14; a: 5+1+6 = 12 ties b, c, e: 3+1+8 = 12; plan puts b, c, e before a; submitted puts b, e before c; then the number.
        #expect(outcome.results.map(\.application.id) == ["d", "b", "e", "c", "a"])
        #expect(result(outcome, "c").tieBreak?.contains("submitted") == true)
        #expect(result(outcome, "e").tieBreak?.contains("application number") == true)
        #expect(result(outcome, "a").tieBreak?.contains("plan") == true)
    }

    func allocationGrid(_ allocation: String, envelope: String) throws -> ScoringGrid {
        try GridFixture.parse(
            GridFixture.grid.replacingOccurrences(of: "allocation: next-that-fits", with: "allocation: \(allocation)")
                .replacingOccurrences(of: "envelope: \"5000.00\"", with: "envelope: \"\(envelope)\""))
    }

    /// Four applications ranked in order (17, 14, 12 and 10 points), asking 3000, 2500, 2000 and 1000.
    var ranked: [String] {
        [line("r1", household: "5", income: "50", requested: "3000.00"), line("r2", household: "5", income: "150", requested: "2500.00"),
         line("r3", household: "3", income: "150", requested: "2000.00"), line("r4", household: "3", requested: "1000.00")]
    }

    @Test("next-that-fits passes over a request too large for what is left, and funds the next that fits")
    func nextThatFits() throws {
        let outcome = try run(ranked, grid: try allocationGrid("next-that-fits", envelope: "5000.00"))
        #expect(outcome.results.map(\.decision) == [.award, .reserve, .award, .reserve])
        #expect(outcome.results.map { $0.reservePosition } == [nil, 1, nil, 2])
        #expect(outcome.awardedTotal.decimalText == "5000.00")
        #expect(outcome.remaining.decimalText == "0.00")
    }

    @Test("cut-to-fit cuts the first request that does not fit to what is left, when that is at least the minimum")
    func cutToFit() throws {
        let outcome = try run(ranked, grid: try allocationGrid("cut-to-fit", envelope: "5000.00"))
        #expect(outcome.results.map(\.decision) == [.award, .award, .reserve, .reserve])
        #expect(outcome.results[1].awarded?.decimalText == "2000.00")
        #expect(outcome.results[1].reason.contains("cut from 2500.00"))
        #expect(outcome.results.map { $0.reservePosition } == [nil, nil, 1, 2])
        // 500 left is below the 1,000 minimum: nothing is cut, the rest wait in rank order.
        let short = try run(ranked, grid: try allocationGrid("cut-to-fit", envelope: "3500.00"))
        #expect(short.results.map(\.decision) == [.award, .reserve, .reserve, .reserve])
        #expect(short.remaining.decimalText == "500.00")
    }

    @Test("the same inputs, in any order, give the same result and the same ranking")
    func reproducible() throws {
        let lines = ranked + [line("x", municipality: "other"), line("y", household: "4", submitted: "2023-04-30")]
        let first = try run(lines)
        let again = try run(lines)
        let shuffled = try run(lines.reversed())
        let summary = { (outcome: ScoringOutcome) in outcome.results.map { "\($0.application.id) \($0.rank ?? 0) \($0.decision) \($0.total)" } }
        #expect(summary(first) == summary(again))
        #expect(summary(first) == summary(shuffled))
    }

    @Test("a call large enough to be scored on two cores ranks as the same call scored in a shuffled order")
    func largeCall() throws {
        // 5,000 applications: past the size where scoring splits between the cores.
        let lines = (0..<5000).map { number in
            line(
                "a\(number)", birth: "19\(60 + number % 40)-0\(1 + number % 9)-1\(number % 10)", household: "\(1 + number % 7)",
                requested: "\(1000 + number % 2001).00", submitted: "2023-05-0\(1 + number % 9)")
        }
        let plans = Dictionary(uniqueKeysWithValues: (0..<5000).map { ("a\($0)", 1 + $0 % 5) })
        let outcome = try run(lines, evaluations: GridFixture.agreeing(plans))
        let shuffled = try run(lines.reversed(), evaluations: GridFixture.agreeing(plans).reversed())
        let summary = { (outcome: ScoringOutcome) in
            outcome.results.map { "\($0.application.id) \($0.rank ?? 0) \($0.decision) \($0.total) \($0.tieBreak ?? "")" }
        }
        #expect(summary(outcome) == summary(shuffled))
        let ranked = outcome.results.filter { $0.rank != nil }
        #expect(ranked.map(\.rank!) == Array(1...ranked.count))
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.total >= $1.total })
        #expect(outcome.results.count == 5000)
        #expect(Set(outcome.results.map(\.application.id)).count == 5000)
    }

    @Test("an application number twice, an unknown application, an evaluator twice: each named with its line")
    func inputErrors() throws {
        let twice = arkaError { _ = try run([line("a"), line("a")]) }
        #expect(twice?.kind == .duplicate)
        #expect(twice?.location.line == 3)
        let unknown = arkaError { _ = try run([line("a")], evaluations: ["a,A,no,3", "z,A,no,3"]) }
        #expect(unknown?.kind == .badEvaluation)
        #expect(unknown?.location.value == "z")
        let again = arkaError { _ = try run([line("a")], evaluations: ["a,A,no,3", "a,A,no,4"]) }
        #expect(again?.kind == .duplicate)
        #expect(again?.location.line == 3)
        // The first problem in the file is the one named, whichever its kind.
        let twiceFirst = arkaError { _ = try run([line("a")], evaluations: ["a,A,no,3", "a,A,no,4", "z,A,no,3"]) }
        #expect(twiceFirst?.kind == .duplicate)
        let unknownFirst = arkaError { _ = try run([line("a")], evaluations: ["a,A,no,3", "z,A,no,3", "a,A,no,4"]) }
        #expect(unknownFirst?.kind == .badEvaluation)
        let scale = arkaError { _ = try GridFixture.evaluations(grid, ["a,A,no,6"]) }
        #expect(scale?.kind == .badEvaluation)
        #expect(scale?.location.value == "6")
        let badValue = arkaError { _ = try GridFixture.applications(grid, [line("a", household: "three")]) }
        #expect(badValue?.location.field == "household")
        let badCategory = arkaError { _ = try GridFixture.applications(grid, [line("a", municipality: "Fier")]) }
        #expect(badCategory?.location.value == "Fier")
        let cents = arkaError { _ = try GridFixture.applications(grid, [line("a", requested: "2000.005")]) }
        #expect(cents?.kind == .badAmount)
    }
}

@Suite("Gate conditions on numbers, dates and presence")
struct GateConditionTests {
    static let grid = """
        call: Gates
        call_date: 2023-04-14
        currency: EUR
        envelope: "9000.00"
        evaluators: {minimum: 1}
        fields:
          id: {type: text}
          requested: {type: number}
          household: {type: integer}
          income: {type: number, optional: true}
          birth_date: {type: date}
          submitted: {type: date}
        gates:
          big_enough: {field: household, at_least: 2}
          small_enough: {field: household, at_most: 8}
          income_band: {field: income, between: [0, 250.50]}
          on_time: {field: submitted, at_most: 2023-05-31}
          working_age: {field: birth_date, age_at_least: 18, age_at_most: 64}
          income_given: {field: income, present: true}
        criteria:
          household:
            field: household
            ranges:
              - {from: 1, points: 1}
        """

    func failed(_ row: String) throws -> [String] {
        let grid = try ScoringGrid.parse(yaml: Self.grid, file: "gates.yaml")
        let reader = try ApplicationReader(grid: grid, columns: ["id", "requested", "household", "income", "birth_date", "submitted"])
        let application = try reader.read(row.split(separator: ",", omittingEmptySubsequences: false).map(String.init), line: 2)
        return try Scoring.run(grid: grid, applications: [application], evaluations: []).results[0].failedGates
    }

    @Test("at_least, at_most, between and present pass at their bounds and fail past them")
    func bounds() throws {
        #expect(try failed("a,100,2,250.50,1990-01-01,2023-05-31") == [])
        #expect(try failed("a,100,8,0,1990-01-01,2023-05-31") == [])
        #expect(try failed("a,100,1,100,1990-01-01,2023-05-31") == ["big_enough"])
        #expect(try failed("a,100,9,100,1990-01-01,2023-05-31") == ["small_enough"])
        #expect(try failed("a,100,3,250.51,1990-01-01,2023-05-31") == ["income_band"])
        #expect(try failed("a,100,3,-0.01,1990-01-01,2023-05-31") == ["income_band"])
        #expect(try failed("a,100,3,100,1990-01-01,2023-06-01") == ["on_time"])
        #expect(try failed("a,100,3,,1990-01-01,2023-05-01") == ["income_band", "income_given"])
    }

    @Test("an age range gate holds from the 18th birthday to the day before the 65th")
    func ageRange() throws {
        #expect(try failed("a,100,3,10,1958-04-15,2023-05-01") == [])  // 64
        #expect(try failed("a,100,3,10,1958-04-14,2023-05-01") == ["working_age"])  // 65 on the call date
        #expect(try failed("a,100,3,10,2005-04-14,2023-05-01") == [])  // 18 on the call date
        #expect(try failed("a,100,3,10,2005-04-15,2023-05-01") == ["working_age"])
    }
}
