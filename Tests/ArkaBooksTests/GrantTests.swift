import ArkaBooks
import ArkaCore
import Testing

@Suite("Grant agreements, commitments and tranches")
struct GrantTests {
    static let accounts = Fixture.accounts + "\n6630,Start-up grants,expense,,\n6320,IGA grants in kind,expense,,\n"
    static let budget = """
        fund,line,heading,description,amount,currency
        EU,3.3,3,IGA equipment,80000.00,EUR
        EU,6.3,6,Start-up grant,70000.00,EUR
        """

    /// A cap of 60,000.00 across schemes; SU grants 5,000.00 to 50,000.00 from an envelope of 65,000.00.
    func makeLedger() throws -> (Fixture, Ledger) {
        let fixture = try Fixture(accounts: Self.accounts, budget: Self.budget)
        try fixture.write(
            "definition/recipients.csv",
            "code,name,kind,tax_id,village\nR1,Ferma Hoxha,farm,,Greshicë\nR2,Servis Kuçi,small-business,L71904322B,Ballsh\nSB,Gratë e Mallakastrës,social-business,,Ballsh\n")
        try fixture.write(
            "definition/schemes.csv",
            """
            code,name,kind,fund,budget_line,expense_account,currency,minimum,maximum,cap,envelope
            IGA,IGA equipment,in-kind,EU,3.3,6320,EUR,500.00,30000.00,,80000.00
            SU,Start-up grant,cash,EU,6.3,6630,EUR,5000.00,50000.00,60000.00,65000.00
            """)
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, "entry,date,description,account,amount,currency\nE1,2023-08-01,Pre-financing,5121,100000.00,EUR\nE1,,,7410,-100000.00,EUR\n")
        return (fixture, ledger)
    }

    func approve(_ ledger: Ledger, _ number: String, _ recipient: String, _ scheme: String, _ amount: String, on day: String = "2023-09-01") throws {
        try ledger.approveAgreement(
            GrantAgreement(number: number, recipient: recipient, scheme: scheme, amount: eur(amount), date: try LedgerDate.parse(day)),
            signature: Fixture.signature)
    }

    @Test("the cap per recipient counts every agreement: exactly the cap passes, one cent more does not")
    func cap() throws {
        let (_, ledger) = try makeLedger()
        try approve(ledger, "IGA-1", "R1", "IGA", "30000.00")
        let before = try ledger.grantPositions()
        let over = firstError { try approve(ledger, "SU-1", "R1", "SU", "30000.01") }
        #expect(over?.kind == .badAmount)
        #expect(over?.reason == "recipient R1 would receive 60000.01 EUR in all, above the cap of 60000.00 EUR per recipient")
        #expect(try ledger.grantPositions() == before)
        try approve(ledger, "SU-1", "R1", "SU", "30000.00")
    }

    @Test("the scheme's minimum, maximum and envelope")
    func schemeLimits() throws {
        let (_, ledger) = try makeLedger()
        #expect(firstError { try approve(ledger, "IGA-1", "R1", "IGA", "499.99") }?.reason.hasPrefix("IGA grants at least 500.00 EUR") == true)
        try approve(ledger, "IGA-1", "R1", "IGA", "20000.00")
        #expect(firstError { try approve(ledger, "IGA-2", "R1", "IGA", "10000.01") }?.reason.contains("above its maximum of 30000.00 EUR") == true)
        try approve(ledger, "SU-1", "SB", "SU", "50000.00")
        #expect(firstError { try approve(ledger, "SU-2", "R2", "SU", "15000.01") }?.reason.contains("above its envelope of 65000.00 EUR") == true)
        try approve(ledger, "SU-2", "R2", "SU", "15000.00")
        #expect(firstError { try approve(ledger, "SU-2", "R2", "SU", "5000.00") }?.kind == .duplicate)
        #expect(firstError { try approve(ledger, "X-1", "R9", "SU", "5000.00") }?.kind == .unknownRecipient)
        #expect(firstError { try approve(ledger, "X-1", "R1", "XX", "5000.00") }?.kind == .unknownScheme)
    }

    @Test("tranches consume the commitment; one past the agreement is refused; the last cent is not")
    func tranches() throws {
        let (_, ledger) = try makeLedger()
        try approve(ledger, "SU-1", "SB", "SU", "10000.00")
        let first = try ledger.disburse(
            agreement: "SU-1", date: try LedgerDate.parse("2023-09-15"), amount: eur("6000.00"), reference: "RBAL-1", from: "5121",
            signature: Fixture.signature)
        #expect(first.entry.id == "SU-1-T1")
        #expect(first.entry.postings.map(\.account) == ["6630", "5121"])
        #expect(first.entry.postings[0].budgetLine == "6.3")
        let past = firstError {
            try ledger.disburse(
                agreement: "SU-1", date: try LedgerDate.parse("2023-10-15"), amount: eur("4000.01"), reference: "RBAL-2", from: "5121",
                signature: Fixture.signature)
        }
        #expect(past?.reason == "agreement SU-1 has 4000.00 EUR left of 10000.00 EUR; 4000.01 EUR is beyond it")
        try ledger.disburse(
            agreement: "SU-1", date: try LedgerDate.parse("2023-10-15"), amount: eur("4000.00"), reference: "RBAL-2", from: "5121",
            signature: Fixture.signature)
        let position = try #require(try ledger.grantPositions().first)
        #expect(try position.open.isZero)
        #expect(position.status == "completed")
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        let line = report.lines.first { $0.line == "6.3" }
        #expect(line?.spent.decimalText == "10000.00")
        #expect(line?.committed.decimalText == "0.00")
        // As of the first tranche, 4,000.00 was still committed.
        let earlier = try ledger.budgetReport(asOf: try LedgerDate.parse("2023-09-30"), fund: "EU").lines.first { $0.line == "6.3" }
        #expect(earlier?.committed.decimalText == "4000.00")
        #expect(earlier?.spent.decimalText == "6000.00")
        #expect(try ledger.verify().isIntact)
    }

    @Test("cancelling releases what is left; nothing more is paid on it")
    func cancel() throws {
        let (_, ledger) = try makeLedger()
        try approve(ledger, "SU-1", "SB", "SU", "10000.00")
        try ledger.disburse(
            agreement: "SU-1", date: try LedgerDate.parse("2023-09-15"), amount: eur("6000.00"), reference: "RBAL-1", from: "5121",
            signature: Fixture.signature)
        try ledger.cancelAgreement("SU-1", date: try LedgerDate.parse("2023-10-01"), reason: "Business closed", signature: Fixture.signature)
        let position = try #require(try ledger.grantPositions().first)
        #expect(position.released.decimalText == "4000.00")
        #expect(position.counted.decimalText == "6000.00")
        #expect(try ledger.budgetReport(asOf: nil, fund: "EU").lines.first { $0.line == "6.3" }?.committed.decimalText == "0.00")
        let after = firstError {
            try ledger.disburse(
                agreement: "SU-1", date: try LedgerDate.parse("2023-10-15"), amount: eur("1.00"), reference: "RBAL-2", from: "5121",
                signature: Fixture.signature)
        }
        #expect(after?.kind == .badDate)
        #expect(firstError { try ledger.cancelAgreement("SU-1", date: try LedgerDate.parse("2023-10-02"), reason: "x", signature: Fixture.signature) }?.kind == .duplicate)
        // The released 4,000.00 counts no more: 6,000.00 paid and 44,000.00 more is the maximum of 50,000.00.
        try approve(ledger, "SU-2", "SB", "SU", "44000.00", on: "2023-10-05")
    }

    @Test("in-kind agreements are not paid in cash")
    func inKindNotPaid() throws {
        let (_, ledger) = try makeLedger()
        try approve(ledger, "IGA-1", "R1", "IGA", "2000.00")
        let error = firstError {
            try ledger.disburse(
                agreement: "IGA-1", date: try LedgerDate.parse("2023-09-15"), amount: eur("100.00"), reference: "R", from: "5121",
                signature: Fixture.signature)
        }
        #expect(error?.reason == "IGA gives equipment in kind: hand items over instead of paying")
        #expect(try ledger.verify().entries == 1)
    }
}
