import ArkaCore
import Testing

@Suite("Budget rules")
struct BudgetAssessmentTests {
    /// An EU budget: heading 1 is 10,000.00; heading 2 is 4,000.00 + 6,000.00; indirect 7 % of the
    /// 20,000.00 direct; contingency 5 %.
    let lines = [
        BudgetLine(fund: "EU", line: "1.1", heading: "1", description: "Salaries", amount: eur("10000.00")),
        BudgetLine(fund: "EU", line: "2.1", heading: "2", description: "Travel", amount: eur("4000.00")),
        BudgetLine(fund: "EU", line: "2.2", heading: "2", description: "Per diems", amount: eur("6000.00")),
        BudgetLine(fund: "EU", line: "8.1", heading: "8", description: "Indirect", amount: eur("1400.00")),
        BudgetLine(fund: "EU", line: "10.1", heading: "10", description: "Contingency", amount: eur("1000.00")),
    ]

    func move(_ amount: String, from: String, to: String, on day: String = "2024-03-01", _ authority: BudgetRevision.Authority = .notice)
        -> BudgetRevision
    {
        BudgetRevision(
            date: try! LedgerDate.parse(day), fund: "EU", fromLine: from, toLine: to, amount: eur(amount), reason: "test",
            authority: authority, reference: "N-\(day)")
    }

    func assess(_ revisions: [BudgetRevision]) throws -> BudgetAssessment {
        try BudgetAssessment(fund: "EU", lines: lines, revisions: revisions, policy: .eu)
    }

    @Test("exactly 25 % of a heading moves on a notice; one cent more needs an addendum")
    func flexibilityBoundary() throws {
        let exactly = try assess([move("2500.00", from: "2.1", to: "1.1")])
        #expect(exactly.flags.isEmpty)
        #expect(exactly.headings.first { $0.heading == "1" }?.percent?.text == "25.00")
        let over = try assess([move("2500.01", from: "2.1", to: "1.1")])
        // Both headings moved by 2,500.01 of 10,000.00: each is 0.0001 % past the limit.
        #expect(over.flags.count == 2)
        #expect(over.withoutAddendumSince["1"] == (try LedgerDate.parse("2024-03-01")))
        #expect(over.withoutAddendumSince["2"] == (try LedgerDate.parse("2024-03-01")))
    }

    @Test("notices add up; the one that crosses the limit is named")
    func cumulative() throws {
        let result = try assess([move("1500.00", from: "2.1", to: "1.1"), move("1100.00", from: "2.2", to: "1.1", on: "2024-06-01")])
        guard case let .needsAddendum(_, heading, date, reference, percent, limit)? = result.flags.first else {
            Issue.record("no flag: \(result.flags)")
            return
        }
        #expect(heading == "1")
        #expect(date.description == "2024-06-01")
        #expect(reference == "N-2024-06-01")
        #expect(percent?.text == "26.00")
        #expect(limit == 25)
        #expect(result.current["1.1"] == eur("12600.00"))
    }

    @Test("an addendum allows more and becomes the new baseline")
    func addendum() throws {
        let result = try assess([
            move("4000.00", from: "2.1", to: "1.1", .addendum), move("1400.00", from: "2.2", to: "1.1", on: "2024-06-01"),
        ])
        // After the addendum heading 1 is 14,000.00 and heading 2 is 6,000.00: the notice moves 10 % and 23.33 %.
        #expect(result.flags.isEmpty)
        #expect(result.headings.first { $0.heading == "1" }?.percent?.text == "10.00")
        #expect(result.headings.first { $0.heading == "2" }?.percent?.text == "-23.33")
    }

    @Test("moves inside one heading never need an addendum")
    func withinHeading() throws {
        #expect(try assess([move("4000.00", from: "2.1", to: "2.2")]).flags.isEmpty)
    }

    @Test("a line cannot give more than it holds, nor can an unknown line")
    func limits() throws {
        let error = #expect(throws: ArkaError.self) { try assess([move("4000.01", from: "2.1", to: "2.2")]) }
        #expect(error?.kind == .badAmount)
        let unknown = #expect(throws: ArkaError.self) { try assess([move("1.00", from: "2.9", to: "2.2")]) }
        #expect(unknown?.kind == .unknownBudgetLine)
    }

    @Test("indirect costs up to 7 % and contingency up to 5 % of direct costs")
    func ceilings() throws {
        #expect(try assess([]).flags.isEmpty)  // exactly 7 % and 5 %
        let indirect = try assess([move("0.01", from: "10.1", to: "8.1")])
        #expect(indirect.flags.map(\.description) == [
            "indirect costs of EU are 1400.01 EUR, 7.00 % of direct costs 20000.00, above 7 %"
        ])
        let contingency = try assess([move("0.01", from: "2.1", to: "10.1")])
        #expect(contingency.flags.count == 2)  // contingency above 5 %, and indirect now above 7 % of smaller direct costs
    }

    @Test("a budget line's units times its rate is its amount")
    func costing() throws {
        let line = BudgetLine(
            fund: "EU", line: "1.1", heading: "1", description: "Coordinator", amount: eur("36000.00"), unit: "month",
            units: try DecimalText.parse("24", field: "units"), unitRate: eur("1500.00"))
        try line.checkCosting()
        var wrong = line
        wrong.unitRate = eur("1500.01")
        #expect(throws: ArkaError.self) { try wrong.checkCosting() }
        var half = line
        half.units = try DecimalText.parse("0.5", field: "units")
        half.amount = eur("750.00")
        try half.checkCosting()
    }

    @Test("percentages round half away from zero to two decimals")
    func percentages() {
        #expect(BudgetAssessment.percent(1, of: 3)?.text == "33.33")
        #expect(BudgetAssessment.percent(2, of: 3)?.text == "66.67")
        #expect(BudgetAssessment.percent(-1, of: 8)?.text == "-12.50")
        #expect(BudgetAssessment.percent(1, of: 0) == nil)
        #expect(BudgetAssessment.naturallyBefore("2.1", "10.1"))
        #expect(BudgetAssessment.naturallyBefore("2.2", "2.10"))
    }
}
