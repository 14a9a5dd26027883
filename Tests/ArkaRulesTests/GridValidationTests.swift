import ArkaCore
import ArkaRules
import Testing

@Suite("Grid files: the schema and its checks, each error with file, line and key")
struct GridValidationTests {
    /// The fixture's grid with one piece of text replaced.
    func grid(replacing old: String, with new: String) -> String {
        precondition(GridFixture.grid.contains(old), "the fixture holds \(old)")
        return GridFixture.grid.replacingOccurrences(of: old, with: new)
    }

    /// The 1-based line of the first line holding `text` in the grid text.
    func line(of text: String, in grid: String) -> Int {
        grid.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }! + 1
    }

    func failure(_ text: String) -> ArkaError? {
        arkaError { _ = try ScoringGrid.parse(yaml: text, file: "grid.yaml") }
    }

    @Test("the templates of the two calls are valid grids")
    func templates() throws {
        let grid = try GridFixture.parse()
        #expect(grid.criteria.map(\.key) == ["household", "poor", "youth", "place", "plan"])
        #expect(grid.maximumTotal == Points(whole: 26))
        #expect(grid.evaluatedCriteria.map(\.key) == ["plan"])
    }

    @Test("a gate or criterion reading a field the grid does not declare")
    func unknownField() {
        let text = grid(replacing: "field: household\n", with: "field: househld\n")
        let error = failure(text)
        #expect(error?.kind == .badGrid)
        #expect(error?.location.file == "grid.yaml")
        #expect(error?.location.field == "criteria.household.field")
        #expect(error?.location.value == "househld")
        #expect(error?.location.line == line(of: "field: househld", in: text))
    }

    @Test("an unknown key, at the top or inside a criterion")
    func unknownKey() {
        let top = failure(grid(replacing: "currency: EUR", with: "currency: EUR\nenvelop: 3"))
        #expect(top?.location.field == "envelop")
        #expect(top?.location.line == 4)
        let inner = grid(replacing: "    weight: 2", with: "    wieght: 2")
        #expect(failure(inner)?.location.field == "criteria.plan.wieght")
        #expect(failure(inner)?.location.line == line(of: "wieght", in: inner))
    }

    @Test("a value of the wrong type for its field")
    func wrongType() {
        #expect(failure(grid(replacing: "household: {type: integer}", with: "household: {type: count}"))?.location.value == "count")
        let lookup = grid(replacing: "points: {Mallakastër: 1}", with: "points: {Fier: 1}")
        #expect(failure(lookup)?.location.field == "criteria.place.points.Fier")
        let age = failure(grid(replacing: "field: birth_date\n    age_at_least", with: "field: household\n    age_at_least"))
        #expect(age?.location.field == "gates.adult.field")
        let below = failure(grid(replacing: "{from: 1, to: 2, points: 1}", with: "{from: 1, below: 3, points: 1}"))
        #expect(below?.reason.contains("inclusive") == true)
        let number = failure(grid(replacing: "{from: 0, below: 100.50, points: 5}", with: "{from: 0, to: 100.50, points: 5}"))
        #expect(number?.reason.contains("below") == true)
        let amount = failure(grid(replacing: "requested: {type: number}", with: "requested: {type: text}"))
        #expect(amount?.location.field == "gates.amount.field" || amount?.location.field == "fields.requested")
    }

    @Test("a criterion that can never score, or weighs nothing")
    func neverScores() {
        let zero = grid(replacing: "points: {Mallakastër: 1}", with: "points: {Mallakastër: 0}")
        let error = failure(zero)
        #expect(error?.reason.contains("can never score") == true)
        #expect(error?.location.field == "criteria.place")
        #expect(error?.location.line == line(of: "  place:", in: zero))
        #expect(failure(grid(replacing: "    weight: 2", with: "    weight: 0"))?.location.field == "criteria.plan.weight")
    }

    @Test("overlapping and gapped ranges, and an open range before the last")
    func ranges() {
        let overlap = grid(replacing: "{from: 3, to: 4, points: 3}", with: "{from: 2, to: 4, points: 3}")
        let error = failure(overlap)
        #expect(error?.reason.contains("overlaps") == true)
        #expect(error?.location.field == "criteria.household.ranges[2]")
        #expect(error?.location.line == line(of: "{from: 2, to: 4", in: overlap))
        let gap = failure(grid(replacing: "{from: 3, to: 4, points: 3}", with: "{from: 4, to: 4, points: 3}"))
        #expect(gap?.reason.contains("gap") == true)
        let numberGap = failure(grid(replacing: "{from: 100.50, below: 200, points: 2}", with: "{from: 101, below: 200, points: 2}"))
        #expect(numberGap?.reason.contains("gap") == true)
        #expect(numberGap?.location.field == "criteria.poor.ranges[2]")
        let open = failure(grid(replacing: "{from: 1, to: 2, points: 1}", with: "{from: 1, points: 1}"))
        #expect(open?.reason.contains("open-ended") == true)
        let backwards = failure(grid(replacing: "{from: 3, to: 4, points: 3}", with: "{from: 3, to: 2, points: 3}"))
        #expect(backwards?.reason.contains("ends before it starts") == true)
    }

    @Test("weights that do not add up to what the grid says, and a maximum the criteria do not reach")
    func weights() {
        let text = grid(replacing: "minimum_total: 10", with: "minimum_total: 10\ntotal_weight: 7")
        let error = failure(text)
        #expect(error?.reason.contains("add up to 6") == true)
        #expect(error?.location.field == "total_weight")
        #expect(error?.location.line == line(of: "total_weight", in: text))
        #expect(arkaError { _ = try ScoringGrid.parse(yaml: grid(replacing: "minimum_total: 10", with: "minimum_total: 10\ntotal_weight: 6"), file: "g") } == nil)
        let maximum = failure(grid(replacing: "minimum_total: 10", with: "minimum_total: 10\nmaximum_points: 100"))
        #expect(maximum?.reason.contains("at most 26") == true)
    }

    @Test("limits and minimums that cannot hold")
    func limits() {
        #expect(failure(grid(replacing: "minimum: \"1000.00\"", with: "minimum: \"4000.00\""))?.location.field == "per_recipient.minimum")
        #expect(failure(grid(replacing: "maximum: \"3000.00\"", with: "maximum: \"6000.00\""))?.location.field == "per_recipient.maximum")
        #expect(failure(grid(replacing: "    minimum: 2", with: "    minimum: 6"))?.location.field == "criteria.plan.minimum")
        #expect(failure(grid(replacing: "minimum_total: 10", with: "minimum_total: 27"))?.location.field == "minimum_total")
        #expect(failure(grid(replacing: "envelope: \"5000.00\"", with: "envelope: \"50.001\""))?.location.field == "envelope")
    }

    @Test("how evaluators beyond the limit combine: closest-two and lower unless stated, a known word, only where it can apply")
    func evaluatorRules() throws {
        let defaults = try GridFixture.parse()
        #expect(defaults.combination == .closestTwo)
        #expect(defaults.evaluatorTie == .lower)
        let stated = try ScoringGrid.parse(
            yaml: grid(replacing: "  discrepancy_limit: 4", with: "  discrepancy_limit: 4\n  combine: all-within-limit\n  on_tie: consensus"),
            file: "grid.yaml")
        #expect(stated.combination == .allWithinLimit)
        #expect(stated.evaluatorTie == .consensus)

        let word = grid(replacing: "  discrepancy_limit: 4", with: "  discrepancy_limit: 4\n  on_tie: random")
        let unknown = failure(word)
        #expect(unknown?.kind == .badGrid)
        #expect(unknown?.location.file == "grid.yaml")
        #expect(unknown?.location.line == line(of: "on_tie: random", in: word))
        #expect(unknown?.location.field == "evaluators.on_tie")
        #expect(unknown?.location.value == "random")
        #expect(unknown?.reason == "evaluators.on_tie is lower, higher or consensus")
        #expect(failure(grid(replacing: "  discrepancy_limit: 4", with: "  discrepancy_limit: 4\n  combine: median"))?.location.field == "evaluators.combine")

        let unlimited = grid(replacing: "  discrepancy_limit: 4", with: "  combine: all-within-limit")
        let noLimit = failure(unlimited)
        #expect(noLimit?.location.file == "grid.yaml")
        #expect(noLimit?.location.line == line(of: "combine: all-within-limit", in: unlimited))
        #expect(noLimit?.location.field == "evaluators.combine")
        #expect(noLimit?.reason.contains("which the grid does not set") == true)

        let three = grid(replacing: "  minimum: 2\n  discrepancy_limit: 4", with: "  minimum: 3\n  discrepancy_limit: 4\n  on_tie: higher")
        let fewer = failure(three)
        #expect(fewer?.location.line == line(of: "on_tie: higher", in: three))
        #expect(fewer?.location.field == "evaluators.on_tie")
        #expect(fewer?.reason.contains("two evaluators are fewer than the minimum of 3, so closest-two (the default combine) never counts") == true)
        #expect(failure(three.replacingOccurrences(of: "  on_tie: higher", with: "  on_tie: higher\n  combine: all-within-limit")) == nil)

        let negative = grid(replacing: "  discrepancy_limit: 4", with: "  discrepancy_limit: -1")
        let below = failure(negative)
        #expect(below?.location.field == "evaluators.discrepancy_limit")
        #expect(below?.location.line == line(of: "discrepancy_limit: -1", in: negative))
        #expect(below?.location.value == "-1")
    }

    @Test("tie-breaks name a criterion or a field of the grid")
    func tieBreaks() {
        let error = failure(grid(replacing: "  - criterion: plan", with: "  - criterion: planning"))
        #expect(error?.location.field == "tie_breaks[1].criterion")
        #expect(failure(grid(replacing: "order: ascending", with: "order: upwards"))?.location.value == "upwards")
    }

    @Test("text that is not YAML, or not a mapping")
    func notAGrid() {
        #expect(failure("call: [unclosed")?.kind == .badGrid)
        #expect(failure("- a\n- b\n")?.kind == .badGrid)
        #expect(failure("call: x\n")?.reason.contains("needs") == true)
    }
}
