import ArkaBooks
import ArkaCore
import Testing

@Suite("Budget report and revisions")
struct BudgetReportTests {
    static let budget = """
        fund,line,heading,description,amount,currency,unit,units,unit_rate
        EU,1.1,1,Salaries,10000.00,EUR,month,20,500.00
        EU,3.1,3,Equipment,15000.00,EUR,,,
        EU,3.3,3,IGA equipment,5000.00,EUR,,,
        ADH,1.1,1,Salaries,8000.00,EUR,,,
        """

    func makeLedger() throws -> (Fixture, Ledger) {
        let fixture = try Fixture(budget: Self.budget)
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            header + """
                E1,2023-08-14,Laptops,6310,1200.00,EUR,EU,3.1,,,,
                E1,,,5121,-1200.00,EUR,EU,,,,,
                E2,2023-08-20,Lek purchase,6310,10184,ALL,EU,3.3,,,,
                E2,,,5122,-10184,ALL,EU,,,,,
                E3,2023-09-19,Equipment on the fund without a line,6310,50.00,EUR,ADH,,,,,
                E3,,,5121,-50.00,EUR,ADH,,,,,
                E4,2023-09-25,Salary,6310,600.00,EUR,ADH,1.1,,,,
                E4,,,5121,-600.00,EUR,ADH,,,,,
                """)
        return (fixture, ledger)
    }

    @Test("spent per fund equals the fund's expense postings in the trial balance")
    func reconciles() throws {
        let (_, ledger) = try makeLedger()
        let report = try ledger.budgetReport(asOf: nil, fund: nil)
        let balance = try ledger.trialBalance(asOf: nil, grouping: .fund)
        for fund in ["EU", "ADH"] {
            let spent = report.lines.filter { $0.fund == fund }.reduce(Int64(0)) { $0 + $1.spent.minorUnits }
            let expense = balance.lines.filter { $0.fund == fund && $0.account.type == .expense }
                .reduce(Int64(0)) { $0 + $1.baseBalance.minorUnits }
            #expect(spent == expense, "\(fund)")
        }
        let lek = report.lines.first { $0.fund == "EU" && $0.line == "3.3" }
        #expect(lek?.spent.decimalText == "100.00")  // 10,184 lek at 101.84
        #expect(lek?.executed?.text == "2.00")
        #expect(report.lines.contains { $0.fund == "ADH" && $0.line == nil && $0.spent.decimalText == "50.00" })
        #expect(report.flags == ["50.00 EUR of expense on ADH is booked without a budget line"])
    }

    /// A new user's books: within a budget that keeps indirect costs under 7 %, 2,866.70 EUR of
    /// indirect costs are spent against 2,221.69 EUR of direct costs. The EU caps them at 7 % of
    /// the direct costs spent, 155.51 EUR (a limit rounds down, never allowing more than 7 %), so
    /// 2,711.19 EUR are above it; a fund with the
    /// financing plan's template has no such ceiling and nothing is flagged for it.
    @Test("indirect costs spent above 7 % of the direct costs spent are flagged, for an EU fund only")
    func indirectSpentAboveLimit() throws {
        let fixture = try Fixture(
            budget: """
                fund,line,heading,description,amount,currency
                EU,1.1,1,Salaries,10000.00,EUR
                EU,8.1,8,Indirect costs,700.00,EUR
                ADH,1.1,1,Salaries,10000.00,EUR
                ADH,8.1,8,Administration,700.00,EUR
                """)
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            header + """
                S1,2023-08-14,Salaries,6310,2221.69,EUR,EU,1.1,,,,
                S1,,,6310,2221.69,EUR,ADH,1.1,,,,
                S1,,,5121,-4443.38,EUR,,,,,,
                O1,2023-08-20,Overheads,6310,2866.70,EUR,EU,8.1,,,,
                O1,,,6310,2866.70,EUR,ADH,8.1,,,,
                O1,,,5121,-5733.40,EUR,,,,,,
                """)
        let flags = try ledger.budgetReport(asOf: nil, fund: nil).flags
        #expect(flags.contains(
            "indirect costs of EU are 2866.70 EUR, 129.03 % of direct costs 2221.69, above 7 %: 2711.19 more than the 155.51 allowed"),
            "\(flags)")
        #expect(!flags.contains { $0.hasPrefix("indirect costs of ADH") }, "\(flags)")
    }

    @Test("a notice past the limit is flagged; spending within what a notice allows is not")
    func addendumNeeded() throws {
        let (fixture, ledger) = try makeLedger()
        // Heading 1 of EU is 10,000.00; 2,600.00 more is 26 %: it may reach 12,500.00 without the addendum.
        try ledger.reviseBudget(
            BudgetRevision(
                date: try LedgerDate.parse("2023-09-01"), fund: "EU", fromLine: "3.1", toLine: "1.1", amount: eur("2600.00"),
                reason: "Another coordinator", authority: .notice, reference: "N-7"),
            signature: Fixture.signature)
        try fixture.post(ledger, header + "E5,2023-09-30,Salary,6310,700.00,EUR,EU,1.1,,,,\nE5,,,5121,-700.00,EUR,EU,,,,,\n", name: "more.csv")
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        #expect(report.lines.first { $0.line == "1.1" }?.budget.decimalText == "12600.00")
        #expect(report.flags == [
            "heading 1 of EU changed by 26.00 % of its baseline after revision N-7 of 2023-09-01, beyond the 25 % a notice allows: it needs an addendum"
        ])
        let heading = report.headings.first { $0.change.heading == "1" }
        #expect(heading?.ceiling?.amount.decimalText == "12500.00")
        #expect(heading?.aboveCeiling?.decimalText == "0.00")
        let before = try ledger.budgetReport(asOf: try LedgerDate.parse("2023-08-31"), fund: "EU")
        #expect(before.flags.isEmpty)
        #expect(before.lines.first { $0.line == "1.1" }?.budget.decimalText == "10000.00")
        #expect(before.headings.allSatisfy { $0.ceiling == nil && $0.aboveCeiling == nil })
    }

    @Test("only the spending above what a heading may reach without its addendum is ineligible")
    func spendingAboveTheCeiling() throws {
        let (fixture, ledger) = try makeLedger()
        // Heading 1 of EU: baseline 10,000.00, limit 25 %, so 12,500.00 on notices. A notice of 4,000.00
        // takes it to 14,000.00 (+40 %). Of the 13,200.00 spent on it (6,000.00 before the notice,
        // 7,200.00 after), 13,200.00 - 12,500.00 = 700.00 is ineligible.
        try ledger.reviseBudget(
            BudgetRevision(
                date: try LedgerDate.parse("2023-09-01"), fund: "EU", fromLine: "3.1", toLine: "1.1", amount: eur("4000.00"),
                reason: "Two more coordinators", authority: .notice, reference: "N-8"),
            signature: Fixture.signature)
        try fixture.post(
            ledger,
            header + """
                E5,2023-08-31,Salaries to August,6310,6000.00,EUR,EU,1.1,,,,
                E5,,,5121,-6000.00,EUR,EU,,,,,
                E6,2023-10-15,Salaries to October,6310,7200.00,EUR,EU,1.1,,,,
                E6,,,5121,-7200.00,EUR,EU,,,,,
                """, name: "salaries.csv")
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        #expect(report.flags == [
            "heading 1 of EU changed by 40.00 % of its baseline after revision N-8 of 2023-09-01, beyond the 25 % a notice allows: it needs an addendum",
            "700.00 EUR spent on heading 1 of EU is ineligible: 13200.00 EUR spent, above the 12500.00 EUR it may reach without the addendum revision N-8 of 2023-09-01 needed",
        ])
        let heading = try #require(report.headings.first { $0.change.heading == "1" })
        #expect(heading.spent.decimalText == "13200.00")
        #expect(heading.ceiling?.amount.decimalText == "12500.00")
        #expect(heading.aboveCeiling?.decimalText == "700.00")
        // Heading 3 fell by 20 %: within the limit.
        #expect(report.headings.first { $0.change.heading == "3" }?.ceiling == nil)
        let json = report.rendered(as: .json)
        #expect(json.contains("\"above_ceiling\" : \"700.00\""))
        #expect(json.contains("\"ceiling\" : \"12500.00\""))
        #expect(report.rendered(as: .csv).contains("EU,1.1,1,Salaries,10000.00,14000.00,0.00,13200.00,800.00,94.29,12500.00,700.00"))
        // On the day of the notice only the 6,000.00 of August is spent: below the ceiling, not flagged.
        let early = try ledger.budgetReport(asOf: try LedgerDate.parse("2023-09-30"), fund: "EU")
        #expect(early.flags.count == 1)
        #expect(early.headings.first { $0.change.heading == "1" }?.aboveCeiling?.decimalText == "0.00")
    }

    @Test("the heading that received money given beyond the limit may not spend it")
    func receiverCeiling() throws {
        let (fixture, ledger) = try makeLedger()
        // Heading 1 of EU (10,000.00) gives 4,000.00 to heading 3 (20,000.00): -40 % and +20 %. A notice
        // lets heading 1 give 2,500.00, so heading 3 may reach 24,000.00 - 1,500.00 = 22,500.00.
        try ledger.reviseBudget(
            BudgetRevision(
                date: try LedgerDate.parse("2023-09-01"), fund: "EU", fromLine: "1.1", toLine: "3.1", amount: eur("4000.00"),
                reason: "More laptops", authority: .notice, reference: "N-9"),
            signature: Fixture.signature)
        // 1,200.00 + 17,800.00 on 3.1 (its 19,000.00) and 100.00 + 3,600.00 on 3.3: 22,700.00 on heading 3.
        try fixture.post(
            ledger,
            header + """
                E5,2023-10-02,Laptops,6310,17800.00,EUR,EU,3.1,,,,
                E5,,,5121,-17800.00,EUR,EU,,,,,
                E6,2023-10-03,Tools,6310,3600.00,EUR,EU,3.3,,,,
                E6,,,5121,-3600.00,EUR,EU,,,,,
                """, name: "more.csv")
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        #expect(report.flags == [
            "heading 1 of EU changed by -40.00 % of its baseline after revision N-9 of 2023-09-01, beyond the 25 % a notice allows: it needs an addendum",
            "200.00 EUR spent on heading 3 of EU is ineligible: 22700.00 EUR spent, above the 22500.00 EUR it may reach without the addendum revision N-9 of 2023-09-01 needed (money heading 1 gave beyond the limit)",
        ])
        #expect(report.headings.first { $0.change.heading == "1" }?.ceiling == nil)
    }

    @Test("a line spent or committed beyond its budget is flagged with the amount beyond it")
    func beyondTheLine() throws {
        let (fixture, ledger) = try makeLedger()
        try fixture.post(ledger, header + "E5,2023-10-02,Laptops,6310,14000.00,EUR,EU,3.1,,,,\nE5,,,5121,-14000.00,EUR,EU,,,,,\n", name: "more.csv")
        // 3.1 has 15,000.00: 1,200.00 + 14,000.00 spent is 200.00 beyond it.
        #expect(try ledger.budgetReport(asOf: nil, fund: "EU").flags == [
            "line 3.1 of EU is spent beyond its budget: 15200.00 EUR of 15000.00 EUR, 200.00 EUR beyond it"
        ])
    }

    @Test("a file of revisions is recorded whole or not at all")
    func revisionFile() throws {
        let (fixture, ledger) = try makeLedger()
        let file = try fixture.write(
            "revisions.csv",
            """
            date,fund,from_line,to_line,amount,reason,authority,reference
            2023-09-01,EU,3.1,3.3,1000.00,More grants,notice,N-1
            2023-09-02,EU,3.3,1.1,9000.00,Too much,notice,N-2
            """)
        let error = firstError { try ledger.reviseBudget(file: file, signature: Fixture.signature) }
        #expect(error?.kind == .badAmount)
        #expect(error?.location.line == 3)
        #expect(try ledger.budgetReport(asOf: nil, fund: "EU").lines.first { $0.line == "3.3" }?.budget.decimalText == "5000.00")
        let unknown = firstError {
            try ledger.reviseBudget(
                BudgetRevision(
                    date: try LedgerDate.parse("2023-09-01"), fund: "EU", fromLine: "3.1", toLine: "9.9", amount: eur("1.00"),
                    reason: "x", authority: .notice, reference: "N"),
                signature: Fixture.signature)
        }
        #expect(unknown?.kind == .unknownBudgetLine)
    }

    @Test("a budget line's costing must add up")
    func costing() throws {
        let fixture = try Fixture(budget: "fund,line,heading,description,amount,currency,unit,units,unit_rate\nEU,1.1,1,Salaries,10000.00,EUR,month,20,500.01\n")
        let error = firstError { _ = try fixture.createLedger() }
        #expect(error?.kind == .badAmount)
        #expect(error?.location.line == 2)
    }
}
