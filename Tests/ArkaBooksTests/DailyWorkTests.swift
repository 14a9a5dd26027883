import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import PropertyBased
import Testing

@Suite("Daily work: checked writes, import batches, backups, dates surely typos, finding entries")
struct DailyWorkTests {
    let twoEntries = "entry,date,description,account,amount,currency,fund,document,counterparty\n"
        + "E1,2023-08-01,Pre-financing,5121,100.00,EUR,EU,bank:RBAL-1,European Commission\nE1,,,7410,-100.00,EUR,EU,,\n"
        + "E2,2023-08-14,Laptops,6310,40.00,EUR,EU,invoice:ES-211,Elektro-Star\nE2,,,5121,-40.00,EUR,EU,,\n"

    @Test("a ledger opened to check runs the write, returns what it would write, and leaves the file as it was")
    func checkedWrite() throws {
        let fixture = try Fixture()
        _ = try fixture.createLedger()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.ledgerPath))
        let checking = try Ledger.open(at: fixture.ledgerPath, access: .check)
        let summary = try checking.post(file: try fixture.write("two.csv", twoEntries), signature: Fixture.signature)
        #expect(summary.entries == 2)
        #expect(summary.head.sequence == 2)
        #expect(summary.batch == 1)
        let reopened = try Ledger.open(at: fixture.ledgerPath, access: .read)
        #expect(try reopened.verify().entries == 0)
        #expect(try reopened.importBatches().isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.ledgerPath)) == before)
        // The hash the check showed is the one the write then makes.
        let written = try Ledger.open(at: fixture.ledgerPath).post(file: try fixture.write("two.csv", twoEntries), signature: Fixture.signature)
        #expect(written.head == summary.head)
    }

    @Test("init --check builds the ledger and leaves nothing at its path or beside it")
    func checkedInit() throws {
        let fixture = try Fixture()
        try Ledger.check(at: fixture.ledgerPath, from: try LedgerDefinition.load(from: fixture.definition.path, baseCurrency: nil))
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).filter { $0 != "definition" }
        #expect(left.isEmpty, "\(left)")
    }

    @Test("a batch is reversed whole; an entry reversed before is left; a refused entry refuses the batch and writes nothing")
    func batchReversal() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let posted = try fixture.post(ledger, twoEntries)
        #expect(posted.batch == 1)
        let day = try LedgerDate.parse("2023-08-31")
        try ledger.reverse(entryID: "E2", date: day, reason: "Returned", newID: nil, signature: Fixture.signature)

        let before = try LedgerState(ledger)
        let early = allErrors { _ = try ledger.reverse(batch: 1, date: try LedgerDate.parse("2023-07-31"), reason: "Twice", signature: Fixture.signature) }
        #expect(early.map(\.kind) == [.badDate])
        #expect(early.first?.reason.contains("E1") == true)
        #expect(try LedgerState(ledger) == before)
        #expect(firstError { _ = try ledger.reverse(batch: 9, date: day, reason: "Twice", signature: Fixture.signature) }?.kind == .unknownEntry)
        #expect(firstError { _ = try ledger.reverse(batch: 1, date: day, reason: " ", signature: Fixture.signature) }?.kind == .missingValue)

        let undone = try ledger.reverse(batch: 1, date: day, reason: "Imported twice", signature: Fixture.signature)
        #expect(undone.reversals.map(\.entry.id) == ["E1-rev"])
        #expect(undone.reversedBefore.map(\.entry) == ["E2"])
        #expect(try ledger.trialBalance(asOf: nil, grouping: .account).lines.allSatisfy { $0.balance.isZero })
        let batches = try ledger.importBatches()
        #expect(batches.map(\.reversed) == [2])
        #expect(try ledger.verify().isIntact)
    }

    @Test("a backup taken while another connection writes is one state of the books, and verifies")
    func backupWhileWriting() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, twoEntries)
        let path = fixture.ledgerPath
        var files: [String] = []
        for index in 0..<30 {
            let csv = "entry,date,description,account,amount,currency,fund\nW\(index),2023-09-01,Paper,6310,1.00,EUR,EU\nW\(index),,,5121,-1.00,EUR,EU\n"
            files.append(try fixture.write("w\(index).csv", csv))
        }
        let writer = Thread { [files] in
            guard let other = try? Ledger.open(at: path) else { return }
            for file in files { _ = try? other.post(file: file, signature: Fixture.signature) }
        }
        writer.start()
        var copies: [JournalVerification] = []
        for index in 0..<5 {
            copies.append(try Ledger.open(at: path, access: .read).backup(to: fixture.directory.appendingPathComponent("copy\(index).arka").path))
        }
        while !writer.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        for (index, copy) in copies.enumerated() {
            let reopened = try Ledger.verify(at: fixture.directory.appendingPathComponent("copy\(index).arka").path)
            #expect(reopened.passes)
            #expect(reopened.head == copy.head)
            #expect(copy.entries >= 2 && copy.entries <= 32)
        }
        let refused = firstError { _ = try ledger.backup(to: fixture.directory.appendingPathComponent("copy0.arka").path) }
        #expect(refused?.kind == .ledgerExists)
    }

    @Test("a date after today is refused as surely a typo, naming it, unless future dates are allowed")
    func datesSurelyTypos() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        guard let today = Signature.today(), let tomorrow = today.adding(days: 1) else { return }
        let csv = "entry,date,description,account,amount,currency,fund\nT1,\(tomorrow),Rent,6310,1.00,EUR,EU\nT1,,,5121,-1.00,EUR,EU\n"
        let refused = firstError { try fixture.post(ledger, csv) }
        #expect(refused?.kind == .badDate)
        #expect(refused?.location.value == tomorrow.description)
        #expect(refused?.reason.contains("--future") == true)
        ledger.allowsFutureDates = true
        #expect(try fixture.post(ledger, csv).entries == 1)
    }

    @Test("the last day a write may be dated: today, or the action's end and its days after, whichever is earlier")
    func dateLimit() throws {
        let today = try LedgerDate.parse("2026-12-06")
        #expect(PeriodLock.DateLimit.of(today: today, actionEnd: nil, grace: 180).day == today)
        #expect(PeriodLock.DateLimit.of(today: today, actionEnd: try LedgerDate.parse("2027-12-31"), grace: 180).day == today)
        let ended = PeriodLock.DateLimit.of(today: today, actionEnd: try LedgerDate.parse("2025-02-28"), grace: 180)
        #expect(ended.day == (try LedgerDate.parse("2025-08-27")))
        #expect(ended.reason.english == "180 days after the action's end (2025-02-28)")
    }

    @Test("a day number and its day are one another's inverse across the years a ledger takes")
    func dayNumbers() async {
        await propertyCheck(count: 400, input: Gen.int(in: -25_567...2_932_896)) { number in
            let day = LedgerDate(dayNumber: number)
            #expect(day?.dayNumber == number)
            #expect(day.flatMap { try? LedgerDate.parse($0.description) } == day)
        }
        #expect(LedgerDate(dayNumber: -25_568) == nil)
        #expect(LedgerDate(dayNumber: 2_932_897) == nil)
        #expect(LedgerDate(dayNumber: 19_723)?.description == "2024-01-01")
    }

    @Test("find keeps entries by document, counterparty, amount size and text; register's filter sums what it shows")
    func finding() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, twoEntries)
        var filter = PostingFilter()
        filter.document = "es-211"
        #expect(try ledger.find(filter).map(\.id) == ["E2"])
        filter = PostingFilter()
        filter.counterparty = "EUROPEAN"
        #expect(try ledger.find(filter).map(\.id) == ["E1"])
        filter = PostingFilter()
        filter.minimum = "50"
        #expect(try ledger.find(filter).map(\.id) == ["E1"])
        filter.minimum = "40"
        filter.maximum = "40.00"
        #expect(try ledger.find(filter).map { $0.postings.count } == [2])
        filter.minimum = "41"
        #expect(firstError { _ = try ledger.find(filter) }?.kind == .badAmount)
        filter = PostingFilter()
        filter.text = "laptop"
        let register = try ledger.register(account: "5121", from: nil, to: nil, filter: filter)
        #expect(register.lines.map(\.runningBalance.decimalText) == ["-40.00"])
        #expect(register.opening.isEmpty)
    }
}
