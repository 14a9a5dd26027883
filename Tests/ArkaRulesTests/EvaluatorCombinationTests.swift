import ArkaCore
import ArkaRules
import Testing

/// Every order of `items`.
func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { index -> [[T]] in
        var rest = items
        let first = rest.remove(at: index)
        return permutations(rest).map { [first] + $0 }
    }
}

@Suite("Three or more evaluators beyond the limit: which count, the same in any file order")
struct EvaluatorCombinationTests {
    /// Two criteria scored 0 to 25 by the evaluators, nothing else: the total is the evaluators'.
    static func grid(_ evaluators: String = "") -> String {
        """
        call: Evaluators
        call_date: 2023-04-14
        currency: EUR
        envelope: "9000.00"
        evaluators:
          minimum: 2
          discrepancy_limit: 10
        \(evaluators)
        fields:
          id: {type: text}
          requested: {type: number}
        criteria:
          plan:
            evaluated: {from: 0, to: 25}
          market:
            evaluated: {from: 0, to: 25}
        """
    }

    func run(_ rows: [String], evaluators: String = "", limit: String = "10") throws -> ApplicationResult {
        let text = Self.grid(evaluators).replacingOccurrences(of: "discrepancy_limit: 10", with: "discrepancy_limit: \(limit)")
        let grid = try ScoringGrid.parse(yaml: text, file: "grid.yaml")
        let application = try ApplicationReader(grid: grid, columns: ["id", "requested"]).read(["a", "1000.00"], line: 2)
        let reader = try EvaluationReader(grid: grid, columns: ["application", "evaluator", "conflict", "plan", "market"])
        let evaluations = try rows.enumerated().map { index, row in
            try reader.read(row.split(separator: ",", omittingEmptySubsequences: false).map(String.init), line: index + 2)
        }
        return try Scoring.run(grid: grid, applications: [application], evaluations: evaluations).results[0]
    }

    /// A (20 + 14 = 34), B (22 + 18 = 40) and C (24 + 22 = 46): A and B, and B and C, are both 6
    /// apart, A and C 12, beyond the limit of 10. Taking the first close pair in the file made
    /// the application 37 points in this order (A and B) and 43 in the reverse (C and B).
    static let threeEvaluators = ["a,A,no,20,14", "a,B,no,22,18", "a,C,no,24,22"]

    @Test("A 34, B 40, C 46: 37 points in every order of the file, the tie and its rule stated (it was 43 or 37 by order)")
    func equallyClosePairs() throws {
        for order in permutations(Self.threeEvaluators) {
            let result = try run(order)
            #expect(result.total == Points(whole: 37), "order \(order)")
            #expect(result.decision == .award)
            #expect(result.criteria.map(\.points) == [Points(whole: 21), Points(whole: 16)])
            #expect(result.criteria[0].scores.map(\.evaluator) == ["A", "B"])
            #expect(result.evaluators.map(\.evaluator) == ["A", "B", "C"])
            #expect(result.evaluators.map(\.used) == [true, true, false])
            #expect(
                result.evaluationBasis
                    == "the average of the two closest of 3 evaluators, A (34) and B (40): the totals differ by 12, beyond the limit of 10; a tie between pairs equally close (6 apart): A (34) and B (40), or B (40) and C (46), broken by the grid's on_tie: lower")
        }
    }

    @Test("on_tie: higher takes the pair at 43 points in every order; on_tie: consensus waits for the committee")
    func otherTieRules() throws {
        for order in permutations(Self.threeEvaluators) {
            let higher = try run(order, evaluators: "  on_tie: higher")
            #expect(higher.total == Points(whole: 43))
            #expect(higher.criteria.map(\.points) == [Points(whole: 23), Points(whole: 20)])
            #expect(higher.evaluators.filter(\.used).map(\.evaluator) == ["B", "C"])
            #expect(higher.evaluationBasis?.hasSuffix("broken by the grid's on_tie: higher") == true)
            let waiting = try run(order, evaluators: "  on_tie: consensus")
            #expect(waiting.decision == .needsEvaluation)
            #expect(
                waiting.reason
                    == "not ranked yet: the totals differ by 12, beyond the limit of 10, and a tie between pairs equally close (6 apart): A (34) and B (40), or B (40) and C (46): the grid's on_tie waits for a consensus record")
            let settled = try run(order + ["a,consensus,no,21,17"], evaluators: "  on_tie: consensus")
            #expect(settled.total == Points(whole: 38))
            #expect(settled.evaluationBasis == "the committee's consensus record")
        }
    }

    @Test("without a tie the two closest count, as before: A 34, B 40, C 47")
    func closestWithoutTie() throws {
        for order in permutations(["a,A,no,20,14", "a,B,no,22,18", "a,C,no,25,22"]) {
            let result = try run(order)
            #expect(result.total == Points(whole: 37))
            #expect(result.evaluationBasis == "the average of the two closest of 3 evaluators, A (34) and B (40): the totals differ by 13, beyond the limit of 10")
        }
    }

    @Test("equally close pairs with equal totals: the evaluators' names decide which scores count, whatever the order")
    func equalTotals() throws {
        // A, B and C all total 40, D 10: three pairs 0 apart, all at 40 points; the criteria differ.
        let rows = ["a,A,no,20,20", "a,B,no,22,18", "a,C,no,16,24", "a,D,no,5,5"]
        for order in permutations(rows) {
            let result = try run(order)
            #expect(result.total == Points(whole: 40))
            #expect(result.criteria.map(\.points) == [Points(whole: 21), Points(whole: 19)])
            #expect(result.evaluators.filter(\.used).map(\.evaluator) == ["A", "B"])
            #expect(result.evaluationBasis?.hasSuffix("broken by the grid's on_tie: lower, then by the evaluators' names") == true)
        }
    }

    @Test("all-within-limit: the largest group within the limit of one another counts, A 30, B 32, C 36 against D 50")
    func largestGroup() throws {
        let rows = ["a,A,no,15,15", "a,B,no,16,16", "a,C,no,18,18", "a,D,no,25,25"]
        for order in permutations(rows) {
            let group = try run(order, evaluators: "  combine: all-within-limit", limit: "8")
            // (15 + 16 + 18) / 3 = 16.33 on each criterion.
            #expect(group.total == Points(hundredths: 3266))
            #expect(group.evaluators.filter(\.used).map(\.evaluator) == ["A", "B", "C"])
            #expect(
                group.evaluationBasis
                    == "the average of the 3 of 4 evaluators within the limit of one another, A (30), B (32) and C (36): the totals differ by 20, beyond the limit of 8")
            let pair = try run(order, limit: "8")
            #expect(pair.total == Points(whole: 31))
            #expect(pair.evaluators.filter(\.used).map(\.evaluator) == ["A", "B"])
        }
    }

    @Test("all-within-limit: two groups as large and as close, A B C at 34 and B C D at 38; and a minimum no group reaches")
    func groupTie() throws {
        let rows = ["a,A,no,15,15", "a,B,no,17,17", "a,C,no,19,19", "a,D,no,21,21"]
        for order in permutations(rows) {
            let lower = try run(order, evaluators: "  combine: all-within-limit", limit: "8")
            #expect(lower.total == Points(whole: 34))
            #expect(
                lower.evaluationBasis
                    == "the average of the 3 of 4 evaluators within the limit of one another, A (30), B (34) and C (38): the totals differ by 12, beyond the limit of 8; a tie between groups as large and as close (within 8): A (30), B (34) and C (38), or B (34), C (38) and D (42), broken by the grid's on_tie: lower")
            let higher = try run(order, evaluators: "  combine: all-within-limit\n  on_tie: higher", limit: "8")
            #expect(higher.total == Points(whole: 38))
            #expect(higher.evaluators.filter(\.used).map(\.evaluator) == ["B", "C", "D"])
        }
        // A 30, B 32 and D 50: a group of two, enough for a minimum of 2 and not for 3.
        let three = try run(["a,A,no,15,15", "a,B,no,16,16", "a,D,no,25,25"], evaluators: "  combine: all-within-limit", limit: "8")
        #expect(three.total == Points(whole: 31))
        let grid = Self.grid("  combine: all-within-limit").replacingOccurrences(of: "minimum: 2", with: "minimum: 3")
            .replacingOccurrences(of: "discrepancy_limit: 10", with: "discrepancy_limit: 8")
        let parsed = try ScoringGrid.parse(yaml: grid, file: "grid.yaml")
        let application = try ApplicationReader(grid: parsed, columns: ["id", "requested"]).read(["a", "1000.00"], line: 2)
        let reader = try EvaluationReader(grid: parsed, columns: ["application", "evaluator", "conflict", "plan", "market"])
        let evaluations = try ["a,A,no,15,15", "a,B,no,16,16", "a,D,no,25,25"].enumerated().map { index, row in
            try reader.read(row.split(separator: ",").map(String.init), line: index + 2)
        }
        let waiting = try Scoring.run(grid: parsed, applications: [application], evaluations: evaluations).results[0]
        #expect(waiting.decision == .needsEvaluation)
        #expect(waiting.reason.contains("another evaluator or a consensus record is needed"))
    }
}
