import ArkaCore
import ArkaStore
import Foundation
import GRDB
import PropertyBased
import Testing

/// The journal's writer: entries encoded as rows, linked and hashed as they are inserted, give
/// the hashes that `verify` recomputes from the entries themselves.
@Suite("Journal rows")
struct JournalRowsTests {
    let folder: URL

    init() throws {
        folder = try temporaryFolder("rows")
    }

    /// SplitMix64: a small seeded generator, so a failing case can be rebuilt from its seed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A random entry: any text (empty, accented, quoted, emoji), absent or present optional
    /// fields, documents, a reversal, up to 20 postings (so several insert statements), amounts
    /// of any sign and size, foreign amounts with their conversion.
    static func randomEntry(id: String, _ random: inout Seeded) -> Entry {
        let texts = ["", "Pre-financing", "Zë buxheti – ëç", "a \"quoted\", comma", "🙂 Shitje", "line\nbreak", String(repeating: "x", count: 300)]
        func text() -> String { texts[Int.random(in: 0..<texts.count, using: &random)] }
        func optional() -> String? { Bool.random(using: &random) ? nil : text() }
        let kinds: [DocumentReference.Kind] = [.invoice, .nivf, .paymentOrder, .handoverProtocol, .bank, .document]
        let day = try! LedgerDate.parse(String(format: "20%02d-%02d-%02d", Int.random(in: 23...25, using: &random), Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random)))
        let postings = (0..<Int.random(in: 1...20, using: &random)).map { _ -> Posting in
            let units = Int64.random(in: -9_000_000_000_000...9_000_000_000_000, using: &random)
            let foreign = Bool.random(using: &random)
            let conversion = foreign
                ? PostingConversion(
                    baseAmount: Money(minorUnits: units / 100, currency: .euro), rate: try! ExchangeRate.parse("101.84"),
                    source: text(), date: "2024-03")
                : nil
            return Posting(
                account: "6\(Int.random(in: 100...999, using: &random))", amount: Money(minorUnits: units, currency: foreign ? .lek : .euro),
                fund: optional(), budgetLine: optional(), memo: optional(), conversion: conversion)
        }
        return Entry(
            id: id, date: day, description: text(), counterparty: optional(),
            documents: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                DocumentReference(kind: kinds[Int.random(in: 0..<kinds.count, using: &random)], reference: text())
            },
            postings: postings, reversal: Bool.random(using: &random) ? Reversal(of: "R-\(id)", reason: text()) : nil,
            postedBy: text(), postedAt: "2024-01-01T00:00:00Z")
    }

    @Test("entries appended as rows hash as their canonical form says, and read back the same")
    func hashesFollowTheCanonicalForm() async throws {
        let store = try LedgerStore.create(at: folder.appendingPathComponent("rows.arka").path)
        var batchNumber = 0
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 1...40)) { seed, count in
            batchNumber += 1
            var random = Seeded(state: UInt64(seed))
            let entries = (0..<count).map { Self.randomEntry(id: "B\(batchNumber)-\($0)", &random) }
            var rows = JournalRows()
            for entry in entries { rows.append(entry) }
            try! store.transaction { transaction in try transaction.append(rows) }
            try! store.view { view in
                for entry in entries {
                    let stored = try #require(try view.storedEntry(id: entry.id))
                    #expect(stored.entry == entry)
                    #expect(stored.hash == JournalHash.of(entry, sequence: stored.sequence, previous: stored.previousHash))
                }
            }
        }
        let head = try store.view { try $0.head() }
        var previous = JournalHash.genesis
        try store.view { view in
            try view.forEachEntry(in: 1...head.sequence) { stored in
                #expect(stored.previousHash == previous)
                previous = stored.hash
            }
        }
        #expect(previous == head.hash)
    }

    @Test("the canonical form is written as it always was: the hashes of every ledger depend on it")
    func canonicalFormIsStable() throws {
        let entry = Entry(
            id: "E1", date: try LedgerDate.parse("2023-08-01"), description: "Pre-financing", counterparty: nil,
            documents: [DocumentReference(kind: .invoice, reference: "F-1")],
            postings: [
                Posting(account: "5121", amount: Money(minorUnits: 10_000, currency: .euro)),
                Posting(
                    account: "6310", amount: Money(minorUnits: -1_018_400, currency: .lek), fund: "EU", budgetLine: "1.1",
                    conversion: PostingConversion(
                        baseAmount: Money(minorUnits: -10_000, currency: .euro), rate: try ExchangeRate.parse("101.84"), source: "BoA",
                        date: "2023-08")),
            ],
            postedBy: "ermira", postedAt: "2024-01-01T00:00:00Z")
        #expect(
            CanonicalForm.v1(entry, sequence: 12)
                == "13:arka.entry.v12:122:E110:2023-08-0113:Pre-financing---6:ermira20:2024-01-01T00:00:00Z1:17:invoice3:F-11:2"
                + "4:51215:100003:EUR5:10000------"
                + "4:63108:-10184003:ALL6:-100006:101.843:BoA7:2023-082:EU3:1.1-")
        #expect(
            JournalHash.of(entry, sequence: 12, previous: JournalHash.genesis)
                == JournalHash.sha256(Array((JournalHash.genesis + CanonicalForm.v1(entry, sequence: 12)).utf8)))
    }

    /// The number of fields of a canonical form, read back: `-`, or a length, a colon and that many bytes.
    static func fieldCount(_ form: [UInt8]) -> Int {
        var index = 0
        var count = 0
        while index < form.count {
            count += 1
            if form[index] == UInt8(ascii: "-") {
                index += 1
                continue
            }
            var length = 0
            while form[index] != UInt8(ascii: ":") {
                length = length * 10 + Int(form[index] - UInt8(ascii: "0"))
                index += 1
            }
            index += 1 + length
        }
        return count
    }

    @Test("a form has the fields its room is counted for, whatever the entry")
    func fieldCountsAgree() throws {
        var random = Seeded(state: 21)
        for index in 0..<200 {
            let entry = Self.randomEntry(id: "F\(index)", &random)
            #expect(
                Self.fieldCount(CanonicalForm.v1Bytes(entry, sequence: Int64(index)))
                    == CanonicalForm.fields(documents: entry.documents.count, postings: entry.postings.count))
        }
    }

    @Test("the widest numbers and no texts at all fit the room a form is given, from rows as from the entry")
    func widestFieldsFit() throws {
        let entry = Entry(
            id: "", date: try LedgerDate.parse("2023-08-01"), description: "", counterparty: nil,
            postings: [
                Posting(account: "", amount: Money(minorUnits: -.max, currency: .euro)),
                Posting(account: "", amount: Money(minorUnits: .max, currency: .euro), fund: "", budgetLine: "", memo: ""),
            ])
        var widest = entry
        widest.postings[0].amount = Money(minorUnits: .min, currency: .euro)
        let form = String(decoding: CanonicalForm.v1Bytes(widest, sequence: .max), as: UTF8.self)
        #expect(form.hasPrefix("13:arka.entry.v119:92233720368547758070:"))
        #expect(form.contains("0:20:-9223372036854775808"))
        var rows = JournalRows()
        rows.append(entry)
        let store = try LedgerStore.create(at: folder.appendingPathComponent("widest.arka").path)
        try store.transaction { try $0.append(rows) }
        let stored = try #require(try store.view { try $0.storedEntry(id: "") })
        #expect(stored.hash == JournalHash.of(entry, sequence: 1, previous: JournalHash.genesis))
    }

    @Test("a duplicate id in a batch is refused with its index; the entries before it stay appended")
    func refusalNamesTheEntry() throws {
        let store = try LedgerStore.create(at: folder.appendingPathComponent("refused.arka").path)
        var random = Seeded(state: 7)
        var rows = JournalRows(file: "postings.csv")
        for id in ["A", "B", "A", "C"] { rows.append(Self.randomEntry(id: id, &random)) }
        try store.transaction { transaction in
            do {
                try transaction.append(rows)
                Issue.record("the duplicate was not refused")
            } catch let refusal as JournalRowsRefusal {
                #expect(refusal.index == 2)
                #expect(refusal.error.kind == .duplicate)
                #expect(refusal.error.location.value == "A")
                #expect(refusal.error.location.file == "postings.csv")
            }
            #expect(transaction.currentHead.sequence == 2)
        }
        #expect(try store.view { try $0.head() }.sequence == 2)
    }

    @Test("a last entry whose hash was rewritten as something else stops the writer: nothing links to it")
    func rewrittenHeadStopsTheWriter() throws {
        let store = try LedgerStore.create(at: folder.appendingPathComponent("rewritten.arka").path)
        var random = Seeded(state: 5)
        var rows = JournalRows()
        rows.append(Self.randomEntry(id: "A", &random))
        try store.transaction { try $0.append(rows) }
        try store.write { db in
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "UPDATE entry SET hash = 'edited' WHERE id = 'A'")
        }
        var more = JournalRows()
        more.append(Self.randomEntry(id: "B", &random))
        #expect(throws: ArkaError.self) { try store.transaction { try $0.append(more) } }
        #expect(try store.view { try $0.storedEntry(id: "B") } == nil)
    }

    @Test("a refusal deep in a long batch leaves the entries before it appended and the chain whole")
    func refusalInALongBatch() throws {
        let store = try LedgerStore.create(at: folder.appendingPathComponent("long.arka").path)
        var random = Seeded(state: 11)
        // Entries are written 16 a statement: the duplicate sits in the second run.
        let ids = (0..<40).map { $0 == 25 ? "E3" : "E\($0)" }
        let entries = ids.map { Self.randomEntry(id: $0, &random) }
        var rows = JournalRows(file: "postings.csv")
        for entry in entries { rows.append(entry) }
        try store.transaction { transaction in
            #expect(throws: JournalRowsRefusal.self) { try transaction.append(rows) }
            #expect(transaction.currentHead.sequence == 25)
        }
        var previous = JournalHash.genesis
        var count = 0
        try store.view { view in
            try view.forEachEntry { stored in
                #expect(stored.entry == entries[count])
                #expect(stored.previousHash == previous)
                #expect(stored.hash == JournalHash.of(entries[count], sequence: stored.sequence, previous: previous))
                previous = stored.hash
                count += 1
            }
            #expect(try view.head().hash == previous)
        }
        #expect(count == 25)
    }
}
