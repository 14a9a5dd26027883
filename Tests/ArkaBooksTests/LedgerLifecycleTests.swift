import ArkaBooks
import ArkaCore
import Foundation
import PropertyBased
import Testing

@Suite("Reversals, periods, ledgers and settings")
struct LedgerLifecycleTests {
    let twoEntries = "entry,date,description,account,amount,currency\n"
        + "E1,2023-08-01,Pre-financing,5121,100.00,EUR\nE1,,,7410,-100.00,EUR\n"
        + "E2,2023-08-14,Laptops,6310,40.00,EUR\nE2,,,5121,-40.00,EUR\n"

    @Test("a reversal undoes an entry, once, and is linked to it")
    func reversal() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, twoEntries)
        let reversal = try ledger.reverse(
            entryID: "E2", date: try LedgerDate.parse("2023-08-31"), reason: "Booked twice", newID: nil, signature: Fixture.signature)
        #expect(reversal.entry.id == "E2-rev")
        #expect(reversal.entry.reversal == Reversal(of: "E2", reason: "Booked twice"))
        let lines = try ledger.trialBalance(asOf: nil, grouping: .account).lines
        #expect(lines.first { $0.account.code == "6310" }?.balance.isZero == true)
        #expect(lines.first { $0.account.code == "5121" }?.balance.decimalText == "100.00")

        let before = try LedgerState(ledger)
        let again = firstError {
            try ledger.reverse(entryID: "E2", date: try LedgerDate.parse("2023-09-01"), reason: "x", newID: "E2-again", signature: Fixture.signature)
        }
        #expect(again?.kind == .alreadyReversed)
        let ofReversal = firstError {
            try ledger.reverse(entryID: "E2-rev", date: try LedgerDate.parse("2023-09-01"), reason: "x", newID: nil, signature: Fixture.signature)
        }
        #expect(ofReversal?.kind == .alreadyReversed)
        let early = firstError {
            try ledger.reverse(entryID: "E1", date: try LedgerDate.parse("2023-07-31"), reason: "x", newID: nil, signature: Fixture.signature)
        }
        #expect(early?.kind == .badDate)
        let unknown = firstError {
            try ledger.reverse(entryID: "E9", date: try LedgerDate.parse("2023-09-01"), reason: "x", newID: nil, signature: Fixture.signature)
        }
        #expect(unknown?.kind == .unknownEntry)
        let noReason = firstError {
            try ledger.reverse(entryID: "E1", date: try LedgerDate.parse("2023-09-01"), reason: "  ", newID: nil, signature: Fixture.signature)
        }
        #expect(noReason?.kind == .missingValue)
        #expect(try LedgerState(ledger) == before)
        #expect(try ledger.verify().isIntact)
    }

    @Test("a closed month refuses entries and reversals dated inside it, and stays closed")
    func periodClosing() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, twoEntries)
        try ledger.closePeriod(try LedgerMonth.parse("2023-08"), signature: Fixture.signature)
        let before = try LedgerState(ledger)
        let late = firstError {
            try fixture.post(ledger, "entry,date,description,account,amount,currency\nE3,2023-08-31,Late,5121,1.00,EUR\nE3,,,7410,-1.00,EUR\n")
        }
        #expect(late?.kind == .closedPeriod)
        #expect(late?.location.line == 2)
        let reversal = firstError {
            try ledger.reverse(entryID: "E2", date: try LedgerDate.parse("2023-08-31"), reason: "x", newID: nil, signature: Fixture.signature)
        }
        #expect(reversal?.kind == .closedPeriod)
        let twice = firstError { try ledger.closePeriod(try LedgerMonth.parse("2023-08"), signature: Fixture.signature) }
        #expect(twice?.kind == .duplicate)
        #expect(try LedgerState(ledger) == before)
        // A new process sees the closing too.
        let reopened = try Ledger.open(at: fixture.ledgerPath)
        #expect(reopened.definition.closedMonths.map(\.description) == ["2023-08"])
        try fixture.post(reopened, "entry,date,description,account,amount,currency\nE3,2023-09-01,In September,5121,1.00,EUR\nE3,,,7410,-1.00,EUR\n")
        try reopened.reverse(entryID: "E2", date: try LedgerDate.parse("2023-09-01"), reason: "x", newID: nil, signature: Fixture.signature)
    }

    @Test("init never overwrites, and a bad definition leaves no file")
    func initRules() throws {
        let fixture = try Fixture()
        _ = try fixture.createLedger()
        let again = firstError { _ = try fixture.createLedger() }
        #expect(again?.kind == .ledgerExists)

        // Both problems in one run: the bad type, and the rounding account of ledger.yaml that
        // accounts.csv does not declare at all; ledger.yaml's comes first, as the README lists the files.
        let bad = try Fixture(accounts: "code,name,type\n1,Cash,asset\n2,Bank,assets\n")
        let errors = allErrors { _ = try bad.createLedger() }
        #expect(errors.map(\.kind) == [.badSetting, .badChart])
        #expect(errors.first?.location.field == "rounding_account")
        let error = errors.last
        #expect(error?.location.line == 3)
        #expect(error?.location.field == "type")
        #expect(!FileManager.default.fileExists(atPath: bad.ledgerPath))
    }

    @Test("a file that is not a ledger is refused and left untouched")
    func notALedger() throws {
        let fixture = try Fixture()
        let text = try fixture.write("notes.txt", "not a ledger\n")
        let error = firstError { _ = try Ledger.open(at: text) }
        #expect(error?.kind == .notALedger)
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a ledger\n")
        let missing = firstError { _ = try Ledger.open(at: fixture.directory.appendingPathComponent("nothing.arka").path) }
        #expect(missing?.kind == .notALedger)
        #expect(!FileManager.default.fileExists(atPath: fixture.directory.appendingPathComponent("nothing.arka").path))
    }

    @Test("settings name an unknown key and its line")
    func settings() throws {
        let error = firstError { _ = try LedgerSettings.parse(yaml: "name: Books\nbase_curency: EUR\n", file: "ledger.yaml") }
        #expect(error?.kind == .badSetting)
        #expect(error?.location.line == 2)
        #expect(error?.location.field == "base_curency")
        let currency = firstError { _ = try LedgerSettings.parse(yaml: "base_currency: LEK\n", file: "ledger.yaml") }
        #expect(currency?.kind == .badSetting)
        #expect(try LedgerSettings.parse(yaml: "base_currency: ALL\n", file: "ledger.yaml").baseCurrency == .lek)
        let rounding = try Fixture(settings: "rounding_account: \"9999\"\n")
        #expect(firstError { _ = try rounding.createLedger() }?.kind == .badSetting)
    }

    @Test("random balanced entries always leave a zero-sum trial balance")
    func zeroSum() async throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let posted = Counter()
        let amounts = Gen.int64(in: -5_000_000_000...5_000_000_000).array(of: 1...5)
        let accountPicks = Gen.int(in: 0...4).array(of: 5)
        await propertyCheck(count: 60, input: amounts, accountPicks, Gen.int(in: 1...28)) { amounts, picks, dayOfMonth in
            let accounts = ["5121", "4010", "6310", "7410", "6920"]
            let id = "P\(posted.next())"
            let date = "2023-10-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
            var rows = "entry,date,description,account,amount,currency\n"
            for (index, units) in amounts.enumerated() {
                rows += "\(id),\(date),random,\(accounts[picks[index]]),\(DecimalText.format(units, scale: 2)),EUR\n"
            }
            let sum = amounts.reduce(Int64(0), +)
            rows += "\(id),\(date),random,5121,\(DecimalText.format(-sum, scale: 2)),EUR\n"
            #expect(throws: Never.self) { try fixture.post(ledger, rows) }
            let report = try? ledger.trialBalance(asOf: nil, grouping: .account)
            #expect(report?.totals["EUR"]?.balance.isZero == true)
            #expect(report?.totals["EUR"]?.debit == report?.totals["EUR"]?.credit)
            let byFund = try? ledger.trialBalance(asOf: try? LedgerDate.parse("2023-10-15"), grouping: .fund)
            #expect(byFund?.totals["EUR"].map { $0.balance.isZero } ?? true)
        }
        #expect(posted.count == 60)
        #expect(try ledger.verify().isIntact)
    }
}

/// Numbers the entries a property test posts.
final class Counter: @unchecked Sendable {
    private(set) var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}
