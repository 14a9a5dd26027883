import ArkaBooks
import ArkaCore
import Testing

@Suite("Posting files")
struct PostingFileTests {
    @Test("posts entries and reports what it posted")
    func posts() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let summary = try fixture.post(
            ledger,
            header + """
                E1,2023-08-01,EU pre-financing,5121,80000.00,EUR,EU,,European Commission,bank:RBAL-7,,
                E1,2023-08-01,,7410,-80000.00,EUR,EU,,,,,
                E2,2023-08-14,Laptops,6310,5000.00,EUR,EU,3.1,Elektro-Star,invoice:ES-211,5 laptops,
                E2,,,4010,-5000.00,EUR,,,,,,
                """)
        #expect(summary.entries == 2)
        #expect(summary.postings == 4)
        #expect(summary.totals[.euro]?.debit.minorUnits == 8_500_000)
        let balance = try ledger.trialBalance(asOf: nil, grouping: .account)
        #expect(balance.totals["EUR"]?.balance.isZero == true)
        #expect(balance.lines.first { $0.account.code == "5121" }?.balance.decimalText == "80000.00")
        let byLine = try ledger.trialBalance(asOf: nil, grouping: .budgetLine)
        #expect(byLine.lines.contains { $0.account.code == "6310" && $0.fund == "EU" && $0.budgetLine == "3.1" })
        #expect(try ledger.verify().isIntact)
    }

    @Test("reads RFC 4180: quoted commas, quotes, line breaks, CRLF and a byte-order mark")
    func rfc4180() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let csv = "\u{FEFF}entry,date,description,account,amount,currency\r\n"
            + "E1,2023-08-01,\"Transfer, first \"\"tranche\"\"\nsecond line\",5121,1.00,EUR\r\n"
            + "E1,2023-08-01,,7410,-1.00,EUR\r\n"
            + "E2,2023-08-02,Bad,9999,1.00,EUR\r\n"
            + "E2,2023-08-02,,7410,-1.00,EUR\r\n"
        let error = firstError { try fixture.post(ledger, csv) }
        // The quoted line break moves E2's first row to line 5.
        #expect(error?.location.line == 5)
        #expect(error?.kind == .unknownAccount)
        try fixture.post(ledger, csv.components(separatedBy: "E2,").first!)
        let register = try ledger.register(account: "5121", from: nil, to: nil)
        #expect(register.lines.first?.posting.description == "Transfer, first \"tranche\"\nsecond line")
    }

    /// Each bad input: the rows after the header, the kind of error, its line and field.
    static let badInputs: [(String, String, ArkaError.Kind, Int, String?)] = [
        ("unknown account", "E1,2023-08-01,x,9999,1.00,EUR\nE1,2023-08-01,x,7410,-1.00,EUR\n", .unknownAccount, 2, "account"),
        ("unbalanced", "E1,2023-08-01,x,5121,1.00,EUR\nE1,2023-08-01,x,7410,-0.99,EUR\n", .unbalancedEntry, 2, "entry"),
        ("bad date", "E1,2023-02-30,x,5121,1.00,EUR\nE1,2023-02-30,x,7410,-1.00,EUR\n", .badDate, 2, "date"),
        ("too many decimals", "E1,2023-08-01,x,5121,1.001,EUR\nE1,2023-08-01,x,7410,-1.001,EUR\n", .tooManyDecimals, 2, "amount"),
        ("bad amount", "E1,2023-08-01,x,5121,1.0O,EUR\nE1,2023-08-01,x,7410,-1.00,EUR\n", .badAmount, 2, "amount"),
        ("unknown currency", "E1,2023-08-01,x,5121,1.00,EUX\nE1,2023-08-01,x,7410,-1.00,EUX\n", .unknownCurrency, 2, "currency"),
        ("empty account", "E1,2023-08-01,x,,1.00,EUR\nE1,2023-08-01,x,7410,-1.00,EUR\n", .missingValue, 2, "account"),
        ("one posting", "E1,2023-08-01,x,5121,0.00,EUR\n", .unbalancedEntry, 2, "entry"),
        ("no rate", "E1,2023-01-10,x,5122,1000,ALL\nE1,2023-01-10,x,7410,-10.00,EUR\n", .missingRate, 2, "currency"),
        ("rows disagree", "E1,2023-08-01,x,5121,1.00,EUR\nE1,2023-08-02,x,7410,-1.00,EUR\n", .inconsistentEntry, 3, "date"),
        ("duplicate id", "E1,2023-08-01,x,5121,1.00,EUR\nE1,2023-08-01,x,7410,-1.00,EUR\nE2,2023-08-01,y,5121,1.00,EUR\nE2,2023-08-01,y,7410,-1.00,EUR\nE1,2023-08-01,x,5121,1.00,EUR\nE1,2023-08-01,x,7410,-1.00,EUR\n", .duplicate, 6, "entry"),
        ("unterminated quote", "E1,2023-08-01,\"x,5121,1.00,EUR\nE1,2023-08-01,x,7410,-1.00,EUR\n", .malformedCSV, 2, nil),
        ("text after quote", "E1,2023-08-01,\"x\"y,5121,1.00,EUR\n", .malformedCSV, 2, nil),
        ("quote inside field", "E1,2023-08-01,x\"y,5121,1.00,EUR\n", .malformedCSV, 2, nil),
        ("short row", "E1,2023-08-01,x,5121,1.00\n", .malformedCSV, 2, nil),
        ("unknown fund", "E1,2023-08-01,x,5121,1.00,EUR,XX\nE1,2023-08-01,x,7410,-1.00,EUR,\n", .unknownFund, 2, "fund"),
        ("unknown budget line", "E1,2023-08-01,x,6310,1.00,EUR,ADH,3.1\nE1,2023-08-01,x,7410,-1.00,EUR,,\n", .unknownBudgetLine, 2, "budget_line"),
    ]

    @Test("refuses bad input, naming line and field, and leaves the ledger exactly as it was", arguments: badInputs)
    func refusesBadInput(_ example: (String, String, ArkaError.Kind, Int, String?)) throws {
        let (name, rows, kind, line, field) = example
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, "entry,date,description,account,amount,currency\nE0,2023-08-01,Opening,5121,10.00,EUR\nE0,2023-08-01,,7410,-10.00,EUR\n", name: "first.csv")
        let before = try LedgerState(ledger)
        let needsFundColumns = rows.contains(",EUR,")
        let head = needsFundColumns ? "entry,date,description,account,amount,currency,fund,budget_line\n" : "entry,date,description,account,amount,currency\n"
        let padded = needsFundColumns
            ? rows.split(separator: "\n").map { row in
                let commas = row.filter { $0 == "," }.count
                return row + String(repeating: ",", count: max(0, 7 - commas))
            }.joined(separator: "\n") + "\n"
            : rows
        let error = firstError { try fixture.post(ledger, head + padded, name: "bad.csv") }
        #expect(error?.kind == kind, "\(name): \(String(describing: error))")
        #expect(error?.location.line == line, "\(name): \(String(describing: error))")
        #expect(error?.location.file?.hasSuffix("bad.csv") == true, "\(name)")
        if let field { #expect(error?.location.field == field, "\(name): \(String(describing: error))") }
        #expect(try LedgerState(ledger) == before, "\(name)")
    }

    @Test("a missing column is named")
    func missingColumn() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let error = firstError { try fixture.post(ledger, "entry,date,description,account,amount\nE1,2023-08-01,x,5121,1.00\n") }
        #expect(error?.kind == .missingColumn)
        #expect(error?.location.field == "currency")
        #expect(error?.location.line == 1)
    }

    @Test("an id already in the ledger is a duplicate")
    func duplicateAgainstLedger() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let csv = "entry,date,description,account,amount,currency\nE1,2023-08-01,x,5121,1.00,EUR\nE1,2023-08-01,,7410,-1.00,EUR\n"
        try fixture.post(ledger, csv)
        let error = firstError { try fixture.post(ledger, csv) }
        #expect(error?.kind == .duplicate)
        #expect(error?.reason == "the ledger already has an entry with this id")
    }

    @Test("reports every bad entry of a file, not just the first")
    func reportsAll() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        do {
            try fixture.post(ledger, "entry,date,description,account,amount,currency\nE1,2023-08-01,x,9999,1.00,EUR\nE1,,,7410,-1.00,EUR\nE2,2023-08-01,y,5121,1.00,EUR\nE2,,,7410,-1.00,EUR\nE3,2023-13-01,z,5121,1.00,EUR\nE3,,,7410,-1.00,EUR\n")
            Issue.record("the file was posted")
        } catch let list as ArkaErrorList {
            #expect(list.errors.map(\.location.line) == [2, 6])
        }
        #expect(try ledger.verify().entries == 0)
    }

    @Test("converts foreign postings with the day's rate, else the month's, else the stated one")
    func rates() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            header + """
                E1,2023-09-14,Monthly rate,5122,106950.00,ALL,,,,,,
                E1,,,7410,-1000.00,EUR,,,,,,
                E2,2023-09-15,Daily rate,5122,106000.00,ALL,,,,,,
                E2,,,7410,-1000.00,EUR,,,,,,
                E3,2023-09-16,Stated rate,5122,100000.00,ALL,,,,,,100
                E3,,,7410,-1000.00,EUR,,,,,,
                E4,2023-09-19,EUR invoice paid in lek,6310,250.00,EUR,EU,3.1,,,,
                E4,,,5122,-26739,ALL,,,,,,
                """)
        let journal = try fixture.exportText(ledger)
        #expect(journal.contains("rate: 106.95, rate-date: 2023-09"))
        #expect(journal.contains("rate: 106, rate-date: 2023-09-15"))
        #expect(journal.contains("rate: 100, rate-date: 2023-09-16"))
        let rounding = try ledger.trialBalance(asOf: nil, grouping: .account).lines.first { $0.account.code == "6920" }
        #expect(rounding?.balance.decimalText == "0.01")
    }

    @Test("a stated rate on a base-currency posting is refused")
    func rateOnBase() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let error = firstError {
            try fixture.post(ledger, header + "E1,2023-09-14,x,5121,1.00,EUR,,,,,,1.5\nE1,,,7410,-1.00,EUR,,,,,,\n")
        }
        #expect(error?.kind == .badRate)
    }

    @Test("a trial balance as of a day counts entries up to that day")
    func asOf() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            "entry,date,description,account,amount,currency\n"
                + "E1,2023-08-01,a,5121,1.00,EUR\nE1,,,7410,-1.00,EUR\n"
                + "E2,2023-09-10,b,5121,2.00,EUR\nE2,,,7410,-2.00,EUR\n"
                + "E3,2023-09-20,c,5121,4.00,EUR\nE3,,,7410,-4.00,EUR\n")
        func bank(_ day: String?) throws -> String? {
            try ledger.trialBalance(asOf: day.map { try LedgerDate.parse($0) }, grouping: .account)
                .lines.first { $0.account.code == "5121" }?.balance.decimalText
        }
        #expect(try bank("2023-07-31") == nil)
        #expect(try bank("2023-08-31") == "1.00")
        #expect(try bank("2023-09-10") == "3.00")
        #expect(try bank("2023-09-19") == "3.00")
        #expect(try bank(nil) == "7.00")
        let register = try ledger.register(account: "5100", from: try LedgerDate.parse("2023-09-01"), to: nil)
        #expect(register.opening[.euro]?.decimalText == "1.00")
        #expect(register.lines.map(\.runningBalance.decimalText) == ["3.00", "7.00"])
    }
}

extension Fixture {
    func exportText(_ ledger: Ledger) throws -> String {
        let path = directory.appendingPathComponent("export.journal").path
        try ledger.exportJournal(to: try TextSink(path: path))
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
