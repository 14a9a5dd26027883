import ArkaBooks
import ArkaCore
import Testing

@Suite("Equipment purchases and handovers")
struct EquipmentTests {
    func makeLedger() throws -> (Fixture, Ledger) {
        let fixture = try Fixture(
            accounts: GrantTests.accounts + "3100,Equipment in stock,asset,,\n",
            budget: GrantTests.budget,
            settings: Fixture.settings + "equipment_stock_account: \"3100\"\naction_end: 2025-02-28\n")
        try fixture.write("definition/recipients.csv", "code,name,kind\nR1,Ferma Hoxha,farm\nR2,Servis Kuçi,small-business\n")
        try fixture.write(
            "definition/schemes.csv",
            """
            code,name,kind,fund,budget_line,expense_account,currency,minimum,maximum,cap,envelope
            IGA,IGA equipment,in-kind,EU,3.3,6320,EUR,500.00,30000.00,,80000.00
            SU,Start-up grant,cash,EU,6.3,6630,EUR,5000.00,50000.00,,
            """)
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, "entry,date,description,account,amount,currency\nE1,2023-08-01,Pre-financing,5122,2000000,ALL\nE1,,,7410,-19638.65,EUR\n")
        try ledger.approveAgreement(
            GrantAgreement(number: "IGA-1", recipient: "R1", scheme: "IGA", amount: eur("2000.00"), date: try LedgerDate.parse("2023-09-01")),
            signature: Fixture.signature)
        // Bought in lek in September (rate 106.95): 106,950 lek is 1,000.00 EUR, 53,475 lek is 500.00 EUR.
        let file = try fixture.write(
            "purchases.csv",
            """
            tag,description,serial,supplier,invoice,nivf,date,amount,currency,fund,budget_line,credit_account
            EQ-1,Milking machine,SN1,Agro Fier shpk,INV-1,,2023-09-10,106950,ALL,EU,3.3,5122
            EQ-2,Cooling tank,SN2,Agro Fier shpk,INV-1,,2023-09-10,53475,ALL,EU,3.3,5122
            EQ-3,Bread oven,SN3,Furra Tek,INV-2,,2023-09-12,85560,ALL,EU,3.3,5122
            """)
        #expect(try ledger.purchaseEquipment(file: file, signature: Fixture.signature) == 3)
        return (fixture, ledger)
    }

    @Test("a handover moves items from stock to the grant expense at their purchase rate and consumes the agreement")
    func handover() throws {
        let (_, ledger) = try makeLedger()
        let register = try ledger.equipmentRegister()
        #expect(register.records.map(\.baseCost.decimalText) == ["1000.00", "500.00", "800.00"])
        let stored = try ledger.handOver(
            tags: ["EQ-1", "EQ-2"], agreement: "IGA-1", date: try LedgerDate.parse("2023-12-04"), protocol: "HP-1",
            signatories: "A. Hoxha; E. Kola", afterEnd: false, signature: Fixture.signature)
        #expect(stored.entry.id == "HO-HP-1")
        #expect(stored.entry.postings.filter { $0.account == "6320" }.allSatisfy { $0.budgetLine == "3.3" && $0.fund == "EU" })
        let position = try #require(try ledger.grantPositions().first)
        #expect(position.consumed.decimalText == "1500.00")
        #expect(try position.open.decimalText == "500.00")
        let balance = try ledger.trialBalance(asOf: nil, grouping: .account)
        #expect(balance.lines.first { $0.account.code == "6320" }?.baseBalance.decimalText == "1500.00")
        #expect(balance.lines.first { $0.account.code == "3100" }?.balance.decimalText == "85560.00")  // EQ-3 still in stock
        #expect(balance.baseTotal.balance.isZero)
        let report = try ledger.budgetReport(asOf: nil, fund: "EU").lines.first { $0.line == "3.3" }
        #expect(report?.spent.decimalText == "1500.00")
        #expect(report?.committed.decimalText == "500.00")
        #expect(try ledger.equipmentRegister().records.first?.handover?.recipient == "R1")
        #expect(try ledger.verify().isIntact)
    }

    @Test("an item goes once; a handover goes no further than the agreement; nothing is written when refused")
    func refusals() throws {
        let (_, ledger) = try makeLedger()
        func handOver(_ tags: [String], _ protocolNumber: String, on day: String = "2023-12-04", afterEnd: Bool = false) throws {
            try ledger.handOver(
                tags: tags, agreement: "IGA-1", date: try LedgerDate.parse(day), protocol: protocolNumber, signatories: "A. Hoxha",
                afterEnd: afterEnd, signature: Fixture.signature)
        }
        try handOver(["EQ-1"], "HP-1")
        let before = try LedgerState(ledger)
        #expect(firstError { try handOver(["EQ-1"], "HP-2") }?.reason.hasPrefix("item EQ-1 was handed over on 2023-12-04 under IGA-1") == true)
        #expect(firstError { try handOver(["EQ-2", "EQ-2"], "HP-2") }?.kind == .duplicate)
        // 1,000.00 left; EQ-2 and EQ-3 cost 1,300.00.
        #expect(firstError { try handOver(["EQ-2", "EQ-3"], "HP-2") }?.reason == "agreement IGA-1 has 1000.00 EUR left of 2000.00 EUR; 1300.00 EUR is beyond it")
        #expect(firstError { try handOver(["EQ-9"], "HP-2") }?.location.value == "EQ-9")
        #expect(firstError { try handOver(["EQ-2"], "HP-2", on: "2023-09-09") }?.kind == .badDate)
        #expect(firstError { try handOver(["EQ-2"], "HP-2", on: "2025-03-01") }?.reason.hasPrefix("the action ended on 2025-02-28") == true)
        #expect(try LedgerState(ledger) == before)
        try handOver(["EQ-2"], "HP-2", on: "2025-03-01", afterEnd: true)
        #expect(try ledger.equipmentRegister().records.first { $0.item.tag == "EQ-2" }?.handover?.afterActionEnd == true)
    }

    @Test("a cash agreement takes no equipment, and a tag is bought once")
    func cashAndDuplicates() throws {
        let (fixture, ledger) = try makeLedger()
        try ledger.approveAgreement(
            GrantAgreement(number: "SU-1", recipient: "R2", scheme: "SU", amount: eur("6000.00"), date: try LedgerDate.parse("2023-09-01")),
            signature: Fixture.signature)
        let cash = firstError {
            try ledger.handOver(
                tags: ["EQ-3"], agreement: "SU-1", date: try LedgerDate.parse("2023-12-04"), protocol: "HP-9", signatories: "x",
                afterEnd: false, signature: Fixture.signature)
        }
        #expect(cash?.reason == "SU is paid in cash: disburse tranches instead of handing items over")
        let again = try fixture.write(
            "again.csv",
            "tag,description,supplier,invoice,date,amount,currency,fund,budget_line,credit_account\nEQ-4,Oven,Furra Tek,INV-3,2023-09-20,1000,ALL,EU,3.3,5122\nEQ-1,Milking machine,Furra Tek,INV-3,2023-09-20,1000,ALL,EU,3.3,5122\n")
        let error = firstError { try ledger.purchaseEquipment(file: again, signature: Fixture.signature) }
        #expect(error?.kind == .duplicate)
        #expect(try ledger.equipmentRegister().records.count == 3)  // EQ-4 was not bought either
    }
}
