import ArkaBooks
import ArkaCore
import Testing

/// Two offices' budgets together, stated inline: Korçë keeps an EU budget and one of a Swiss
/// foundation, Berat the same EU lines (one named otherwise) and one more. Each office's figures
/// are its own report's; a line's total is their sum, worked out by hand below.
@Suite("The offices' budgets together")
struct ConsolidatedBudgetTests {
    static let funds = "code,name,restricted,template\nEU,European Union,true,eu-annex-vi\nSDC,Swiss foundation,true,financing-plan\n"

    /// Korçë: EU 1.1 10,000, EU 4.1 2,000 ("Qiraja e zyrës"), SDC 1.1 5,000; spent 1,500 on EU
    /// 1.1, 400 on EU 4.1 and 250 on SDC 1.1.
    func korce() throws -> BudgetReport {
        let fixture = try Fixture(
            funds: Self.funds,
            budget: """
                fund,line,heading,description,amount,currency
                EU,1.1,1,Paga e koordinatorit,10000.00,EUR
                EU,4.1,4,Qiraja e zyrës,2000.00,EUR
                SDC,1.1,1,Paga e punonjëses sociale,5000.00,EUR
                """)
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            header + """
                K1,2024-02-29,Paga shkurt,6310,1500.00,EUR,EU,1.1,,,,
                K1,,,5121,-1500.00,EUR,EU,,,,,
                K2,2024-03-05,Qiraja mars,6310,400.00,EUR,EU,4.1,,,,
                K2,,,5121,-400.00,EUR,EU,,,,,
                K3,2024-03-10,Paga,6310,250.00,EUR,SDC,1.1,,,,
                K3,,,5121,-250.00,EUR,SDC,,,,,
                """)
        return try ledger.budgetReport(asOf: nil, fund: nil)
    }

    /// Berat: EU 1.1 12,000, EU 4.1 3,000 ("Zyra dhe komisionet bankare"), EU 5.1 1,000; spent
    /// 2,000.50 on EU 1.1 and 99.99 on EU 5.1.
    func berat() throws -> BudgetReport {
        let fixture = try Fixture(
            funds: Self.funds,
            budget: """
                fund,line,heading,description,amount,currency
                EU,1.1,1,Paga e koordinatorit,12000.00,EUR
                EU,4.1,4,Zyra dhe komisionet bankare,3000.00,EUR
                EU,5.1,5,Trajnime,1000.00,EUR
                """)
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            header + """
                B1,2024-02-29,Paga shkurt,6310,2000.50,EUR,EU,1.1,,,,
                B1,,,5121,-2000.50,EUR,EU,,,,,
                B2,2024-03-12,Trajnim në Berat,6310,99.99,EUR,EU,5.1,,,,
                B2,,,5121,-99.99,EUR,EU,,,,,
                """)
        return try ledger.budgetReport(asOf: nil, fund: nil)
    }

    func together() throws -> ConsolidatedBudget {
        try ConsolidatedBudget(offices: [
            (ConsolidatedBalance.Office(code: "BERAT", name: "Berat"), try berat()),
            (ConsolidatedBalance.Office(code: "KORCE", name: "Korçë"), try korce()),
        ])
    }

    @Test("each office's figures are its own, a line's total their sum, a fund's the sum of its lines")
    func figures() throws {
        let budget = try together()
        let line = { (fund: String, code: String) in budget.lines.first { $0.fund == fund && $0.line == code } }
        // EU 1.1: budget 12,000 + 10,000; spent 2,000.50 + 1,500; available 9,999.50 + 8,500.
        let eu11 = try #require(line("EU", "1.1"))
        #expect(eu11.offices.map { $0?.spent.decimalText } == ["2000.50", "1500.00"])
        #expect(eu11.total.budget.decimalText == "22000.00")
        #expect(eu11.total.spent.decimalText == "3500.50")
        #expect(eu11.total.available.decimalText == "18499.50")
        #expect(eu11.total.executed?.text == "15.91")  // 3,500.50 of 22,000
        // EU 5.1 is Berat's alone; SDC Korçë's alone.
        #expect(try #require(line("EU", "5.1")).offices[1] == nil)
        #expect(try #require(line("SDC", "1.1")).offices[0] == nil)
        // Fund EU: budget 16,000 + 12,000; spent 2,100.49 + 1,900.
        let eu = try #require(budget.funds.first { $0.fund == "EU" })
        #expect(eu.offices.map { $0?.budget.decimalText } == ["16000.00", "12000.00"])
        #expect(eu.total.spent.decimalText == "4000.49")
        #expect(budget.funds.map(\.fund) == ["EU", "SDC"])
        #expect(budget.lines.map { "\($0.fund) \($0.line ?? "-")" } == ["EU 1.1", "EU 4.1", "EU 5.1", "SDC 1.1"])
    }

    @Test("a line the offices name differently is shown with each name, each office's row with its own")
    func names() throws {
        let budget = try together()
        let rent = try #require(budget.lines.first { $0.fund == "EU" && $0.line == "4.1" })
        #expect(rent.description == "Zyra dhe komisionet bankare / Qiraja e zyrës")
        #expect(rent.descriptions == ["Zyra dhe komisionet bankare", "Qiraja e zyrës"])
        let csv = budget.rendered(as: .csv)
        #expect(csv.contains("EU,4.1,4,Qiraja e zyrës,EUR,KORCE,2000.00,0.00,400.00,1600.00,20.00\n"))
        #expect(csv.contains("EU,4.1,4,Zyra dhe komisionet bankare,EUR,BERAT,3000.00,0.00,0.00,3000.00,0.00\n"))
        #expect(csv.contains("EU,4.1,4,Zyra dhe komisionet bankare / Qiraja e zyrës,EUR,,5000.00,0.00,400.00,4600.00,8.00\n"))
        // The text names the line on each office's row, each its own name; JSON by office.
        let text = Language.speaking(.en) { budget.rendered(as: .text) }
        let rows = text.split(separator: "\n")
        #expect(rows.contains { $0.contains("4.1") && $0.contains("Zyra dhe komisionet bankare") && $0.contains("BERAT") })
        #expect(rows.contains { $0.contains("Qiraja e zyrës") && $0.contains("KORCE") && $0.contains("400.00") })
        #expect(budget.rendered(as: .json).contains(#""descriptions" : {"#) || budget.rendered(as: .json).contains(#""descriptions": {"#))
        #expect(budget.funds.first { $0.fund == "EU" }?.names == ["European Union", "European Union"])
        // A line one office has shows that office's row, no total.
        let training = text.split(separator: "\n").filter { $0.contains("5.1") || $0.contains("Trajnime") }
        #expect(training.count == 1)
        #expect(text.contains("Consolidated budget of BERAT (Berat), KORCE (Korçë), all entries"))
    }
}
