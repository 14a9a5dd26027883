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

    @Test("a notice past the limit is flagged, and so is the spending that follows it")
    func addendumNeeded() throws {
        let (fixture, ledger) = try makeLedger()
        // Heading 1 of EU is 10,000.00; 2,600.00 more is 26 %.
        try ledger.reviseBudget(
            BudgetRevision(
                date: try LedgerDate.parse("2023-09-01"), fund: "EU", fromLine: "3.1", toLine: "1.1", amount: eur("2600.00"),
                reason: "Another coordinator", authority: .notice, reference: "N-7"),
            signature: Fixture.signature)
        try fixture.post(ledger, header + "E5,2023-09-30,Salary,6310,700.00,EUR,EU,1.1,,,,\nE5,,,5121,-700.00,EUR,EU,,,,,\n", name: "more.csv")
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        #expect(report.lines.first { $0.line == "1.1" }?.budget.decimalText == "12600.00")
        #expect(report.flags.contains { $0.hasPrefix("heading 1 of EU changed by 26.00 %") })
        #expect(report.flags.contains("700.00 EUR spent on heading 1 of EU since 2023-09-01 rests on a revision that needed an addendum and has none"))
        let before = try ledger.budgetReport(asOf: try LedgerDate.parse("2023-08-31"), fund: "EU")
        #expect(before.flags.isEmpty)
        #expect(before.lines.first { $0.line == "1.1" }?.budget.decimalText == "10000.00")
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
