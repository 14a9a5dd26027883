import ArkaCore
import PropertyBased
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
        // Heading 1 may reach 12,500.00 without the addendum; heading 2, which gave, gets no ceiling.
        #expect(over.ceilings["1"]?.amount == eur("12500.00"))
        #expect(over.ceilings["1"]?.since == (try LedgerDate.parse("2024-03-01")))
        #expect(over.ceilings["2"] == nil)
        #expect(exactly.ceilings.isEmpty)
    }

    /// Heading 1 is 10,000.00 and heading 3 is 40,000.00 (3.1 and 3.2), so that 4,000.00 is 40 % of
    /// the one and 10 % of the other.
    let wide = [
        BudgetLine(fund: "EU", line: "1.1", heading: "1", description: "Salaries", amount: eur("10000.00")),
        BudgetLine(fund: "EU", line: "2.1", heading: "2", description: "Travel", amount: eur("10000.00")),
        BudgetLine(fund: "EU", line: "3.1", heading: "3", description: "Equipment", amount: eur("30000.00")),
        BudgetLine(fund: "EU", line: "3.2", heading: "3", description: "Supplies", amount: eur("10000.00")),
    ]

    @Test("a heading taken to +40 % by a notice may spend up to +25 %: only the spending above is ineligible")
    func ceilingOfARise() throws {
        // Baseline 10,000.00, limit 25 %: the heading may reach 10,000.00 + 2,500.00 = 12,500.00 on
        // notices. The notice takes it to 14,000.00 (+40 %); of 13,200.00 spent, 700.00 is ineligible.
        let result = try BudgetAssessment(fund: "EU", lines: wide, revisions: [move("4000.00", from: "3.1", to: "1.1")], policy: .eu)
        #expect(result.flags.count == 1)
        let ceiling = try #require(result.ceilings["1"])
        #expect(ceiling.amount == eur("12500.00"))
        #expect(ceiling.reference == "N-2024-03-01")
        #expect(ceiling.givers.isEmpty)
        #expect(try ceiling.excess(of: eur("13200.00")) == eur("700.00"))
        #expect(try ceiling.excess(of: eur("12500.01")) == eur("0.01"))
        #expect(try ceiling.excess(of: eur("12500.00")) == eur("0.00"))
        #expect(try ceiling.excess(of: eur("9000.00")) == eur("0.00"))
        // Heading 3 fell by 10 %: within the limit, nothing to cap.
        #expect(result.ceilings.count == 1)
    }

    @Test("the ceiling rounds the allowed change toward zero, never overstating it")
    func ceilingRounding() throws {
        var lines = wide
        lines[0].amount = eur("10000.03")
        // 25 % of 10,000.03 is 2,500.0075: a notice allows 2,500.00, not 2,500.01.
        let result = try BudgetAssessment(fund: "EU", lines: lines, revisions: [move("4000.00", from: "3.1", to: "1.1")], policy: .eu)
        #expect(result.ceilings["1"]?.amount == eur("12500.03"))
        #expect(try result.ceilings["1"]?.excess(of: eur("12500.04")) == eur("0.01"))
    }

    @Test("money a heading gave beyond the limit may not be spent by the heading that received it")
    func ceilingOfAReceiver() throws {
        // Heading 1 gives 4,000.00 (-40 %) to heading 3 (+10 %): 1,500.00 of it is beyond the 2,500.00
        // a notice allows, so heading 3 may reach 44,000.00 - 1,500.00 = 42,500.00.
        let result = try BudgetAssessment(fund: "EU", lines: wide, revisions: [move("4000.00", from: "1.1", to: "3.2")], policy: .eu)
        #expect(result.ceilings["1"] == nil)
        let ceiling = try #require(result.ceilings["3"])
        #expect(ceiling.amount == eur("42500.00"))
        #expect(ceiling.givers == ["1"])
        #expect(try ceiling.excess(of: eur("43000.00")) == eur("500.00"))
    }

    @Test("the excess a heading gave is laid on its latest moves first")
    func latestMoveFirst() throws {
        // Heading 1 gives 2,000.00 to heading 3 (-20 %, allowed), then 2,000.00 to heading 2 (-40 %):
        // the 1,500.00 beyond the limit went to heading 2, which may reach 12,000.00 - 1,500.00.
        let result = try BudgetAssessment(
            fund: "EU", lines: wide,
            revisions: [move("2000.00", from: "1.1", to: "3.1", on: "2024-01-10"), move("2000.00", from: "1.1", to: "2.1")], policy: .eu)
        #expect(result.ceilings["2"]?.amount == eur("10500.00"))
        #expect(result.ceilings["2"]?.since == (try LedgerDate.parse("2024-03-01")))
        #expect(result.ceilings["3"] == nil)
        #expect(result.ceilings["1"] == nil)
    }

    @Test("no ceiling once a notice brings the heading back within the limit, nor after an addendum")
    func noCeiling() throws {
        let back = try BudgetAssessment(
            fund: "EU", lines: wide,
            revisions: [move("4000.00", from: "3.1", to: "1.1"), move("1600.00", from: "1.1", to: "3.1", on: "2024-06-01")], policy: .eu)
        #expect(back.flags.count == 1)  // the notice of 2024-03-01 still needed an addendum
        #expect(back.ceilings.isEmpty)
        let amended = try BudgetAssessment(fund: "EU", lines: wide, revisions: [move("4000.00", from: "3.1", to: "1.1", .addendum)], policy: .eu)
        #expect(amended.ceilings.isEmpty)
    }

    @Test("the ceiling is the largest total a notice allows, for every baseline and limit")
    func ceilingIsTheLimit() async {
        await propertyCheck(input: Gen.int64(in: 1...1_000_000_000), Gen.int(in: 1...60)) { units, limit in
            let policy = BudgetPolicy(
                flexibilityLimit: limit, indirectLimit: 100, contingencyLimit: 100, directHeadings: ["1", "3"], indirectHeading: "8",
                contingencyHeading: "10")
            let lines = [
                BudgetLine(fund: "EU", line: "1.1", heading: "1", description: "a", amount: Money(minorUnits: units, currency: .euro)),
                BudgetLine(fund: "EU", line: "3.1", heading: "3", description: "b", amount: Money(minorUnits: 1_000_000_000_000, currency: .euro)),
            ]
            let allowed = Int64((Int128(units) * Int128(limit)) / 100)
            func moving(_ amount: Int64) throws -> BudgetAssessment {
                let revision = BudgetRevision(
                    date: try LedgerDate.parse("2024-03-01"), fund: "EU", fromLine: "3.1", toLine: "1.1",
                    amount: Money(minorUnits: amount, currency: .euro), reason: "test", authority: .notice, reference: "N")
                return try BudgetAssessment(fund: "EU", lines: lines, revisions: [revision], policy: policy)
            }
            // Exactly the allowed change needs no addendum; one cent more does, and caps the heading there.
            if allowed > 0 { #expect(try moving(allowed).ceilings.isEmpty) }
            let over = try moving(allowed + 1)
            #expect(over.ceilings["1"]?.amount.minorUnits == units + allowed)
            #expect(over.flags.count == 1)
        }
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
            "indirect costs of EU are 1400.01 EUR, 7.00 % of direct costs 20000.00, above 7 %: 0.01 more than the 1400.00 allowed"
        ])
        let contingency = try assess([move("0.01", from: "2.1", to: "10.1")])
        // Contingency above 5 %, and indirect now above 7 % of smaller direct costs: 7 % of 19,999.99 is
        // 1,399.9993, so 1,399.99 is allowed (toward zero) and 0.01 is beyond it.
        #expect(contingency.flags.map(\.description) == [
            "indirect costs of EU are 1400.00 EUR, 7.00 % of direct costs 19999.99, above 7 %: 0.01 more than the 1399.99 allowed",
            "the contingency reserve of EU is 1000.01 EUR, 5.00 % of direct costs 19999.99, above 5 %: 0.02 more than the 999.99 allowed",
        ])
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
