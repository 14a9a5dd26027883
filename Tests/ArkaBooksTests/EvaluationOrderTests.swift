import ArkaBooks
import ArkaCore
import ArkaRules
import Foundation
import PropertyBased
import Testing

@Suite("The order of the evaluations file changes nothing: the same outcome and the same decisions hash")
struct EvaluationOrderTests {
    /// A call whose evaluators' totals (2 × plan + 2 × market, 4 to 20) often differ by more
    /// than the limit of 6, and often tie; `RULES` is replaced by the combining rule under test.
    static let grid = """
        call: Order of evaluations
        call_date: 2023-04-14
        currency: EUR
        envelope: "20000.00"
        per_recipient: {minimum: "500.00", maximum: "3000.00"}
        evaluators:
          minimum: 2
          discrepancy_limit: 6
        RULES
        minimum_total: 8
        fields:
          id: {type: text}
          requested: {type: number}
          household: {type: integer}
        criteria:
          household:
            field: household
            ranges:
              - {from: 1, to: 3, points: 1}
              - {from: 4, points: 3}
          plan:
            evaluated: {from: 1, to: 5}
            weight: 2
            minimum: 2
          market:
            evaluated: {from: 1, to: 5}
            weight: 2
        tie_breaks:
          - criterion: plan
        """

    static let rules = [
        "", "  combine: all-within-limit", "  on_tie: higher", "  on_tie: consensus", "  combine: all-within-limit\n  on_tie: higher",
        "  combine: all-within-limit\n  on_tie: consensus",
    ]

    static let evaluators = ["E. Kola", "M. Kasa", "G. Braho", "I. Dauti", "L. Mullai"]

    /// A seeded generator (SplitMix64), so that a failing case can be run again.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A call of `count` applications and its evaluation rows: two to five evaluators each, some
    /// declaring a conflict, now and then a consensus record; and always T-1, whose evaluators'
    /// totals are 4, 8 and 12 (two pairs 4 apart, beyond the limit together).
    static func call(_ random: inout Seeded, count: Int) -> (applications: String, rows: [String]) {
        var applications = "id,requested,household\nT-1,1000.00,4\n"
        var rows = ["T-1,E. Kola,no,1,1", "T-1,M. Kasa,no,2,2", "T-1,G. Braho,no,3,3"]
        for number in 1...count {
            let id = "A-\(number)"
            applications += "\(id),\(500 + 100 * Int.random(in: 0...25, using: &random)).00,\(Int.random(in: 1...6, using: &random))\n"
            for evaluator in evaluators.shuffled(using: &random).prefix(Int.random(in: 2...5, using: &random)) {
                if Int.random(in: 0..<8, using: &random) == 0 {
                    rows.append("\(id),\(evaluator),yes,,")
                } else {
                    rows.append("\(id),\(evaluator),no,\(Int.random(in: 1...5, using: &random)),\(Int.random(in: 1...5, using: &random))")
                }
            }
            if Int.random(in: 0..<10, using: &random) == 0 {
                rows.append("\(id),consensus,no,\(Int.random(in: 1...5, using: &random)),\(Int.random(in: 1...5, using: &random))")
            }
        }
        return (applications, rows)
    }

    /// The call scored: its decisions hash, its CSV, and its JSON from the applications on (the
    /// stamp before them hashes the evaluations file, whose bytes differ by order).
    static func scored(grid: String, applications: String, rows: [String]) throws -> (hash: String, csv: String, json: String, outcome: ScoringOutcome) {
        let evaluations = "application,evaluator,conflict,plan,market\n" + rows.joined(separator: "\n") + "\n"
        let input = try ScoringInput(
            grid: ("order.yaml", Data(grid.utf8)), applications: ("applications.csv", Data(applications.utf8)),
            evaluations: [("evaluations.csv", Data(evaluations.utf8))])
        let outcome = try input.score()
        let csv = StringOutput()
        outcome.render(as: .csv, stamp: input.stamp, identity: .names, to: csv)
        let json = StringOutput()
        outcome.render(as: .json, stamp: input.stamp, identity: .names, to: json)
        let applicationsPart = json.text.range(of: "\"applications\" : [").map { String(json.text[$0.lowerBound...]) } ?? ""
        return (outcome.decisionsSHA256, csv.text, applicationsPart, outcome)
    }

    @Test("evaluation rows shuffled: identical results and explanations, and the same decisions SHA-256, under every combining rule")
    func shuffledRows() async throws {
        var tiesBroken = 0
        var tiesWaiting = 0
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 0...(Self.rules.count - 1))) { seed, rule in
            var random = Seeded(state: UInt64(seed))
            let grid = Self.grid.replacingOccurrences(of: "RULES", with: Self.rules[rule])
            let (applications, rows) = Self.call(&random, count: 40)
            let original = try! Self.scored(grid: grid, applications: applications, rows: rows)
            for _ in 0..<4 {
                let shuffled = try! Self.scored(grid: grid, applications: applications, rows: rows.shuffled(using: &random))
                #expect(shuffled.hash == original.hash, "seed \(seed), rule \(rule)")
                #expect(shuffled.csv == original.csv, "seed \(seed), rule \(rule)")
                #expect(shuffled.json == original.json, "seed \(seed), rule \(rule)")
            }
            tiesBroken += original.outcome.results.filter { $0.evaluationBasis?.contains("a tie between") == true }.count
            tiesWaiting += original.outcome.results.filter { $0.reason.contains("a tie between") }.count
        }
        // The calls are made to tie: T-1 in every one, and others by chance.
        #expect(tiesBroken > 60)
        #expect(tiesWaiting > 0)
    }
}
