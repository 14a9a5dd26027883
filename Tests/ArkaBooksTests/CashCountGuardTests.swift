@testable import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Testing

@Suite("A cash count stays true: a write that would change it is refused unless marked as a correction after it")
struct CashCountGuardTests {
    /// A till with 12,000 from a sale on 2024-03-28, counted short by 200 on 2024-03-30.
    func countedBooks() throws -> BakeryFixture {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-28", [("BUKE", "100")])
        _ = try books.ledger.countCash(on: books.day("2024-03-30"), counted: lek("11800"), note: "short after market day", signature: Fixture.signature)
        return books
    }

    static let refusal = "the till 5310 was counted on 2024-03-30; a write dated 2024-03-28 would change that count: date it later, or mark it --after-count"

    @Test("every kind of write that moves the till on or before the count is refused with one sentence naming the count")
    func refused() throws {
        let books = try countedBooks()
        let before = try LedgerState(books.ledger)
        let expense = firstError { try books.expense("2024-03-28", "500", "6011", .cash) }
        #expect(expense?.kind == .countedCash)
        #expect(expense?.reason == Self.refusal)
        #expect(expense?.location.field == "entry")
        #expect(expense?.location.value == "P-20240328-001")
        #expect(firstError { _ = try books.sale("S2", "2024-03-30", [("BUKE", "1")]) }?.reason
            == "the till 5310 was counted on 2024-03-30; a write dated 2024-03-30 would change that count: date it later, or mark it --after-count")
        #expect(firstError { try books.ledger.reverse(entryID: "S1", date: books.day("2024-03-29"), reason: "x", newID: nil, signature: Fixture.signature) }?.kind == .countedCash)
        #expect(firstError { _ = try books.ledger.voidSale("S1", date: books.day("2024-03-30"), reason: "x", signature: Fixture.signature) }?.kind == .countedCash)
        let manual = Entry(
            id: "M1", date: books.day("2024-03-28"), description: "Till to bank",
            postings: [Posting(account: "5120", amount: lek("1000"), fund: "OWN"), Posting(account: "5310", amount: lek("-1000"), fund: "OWN")])
        #expect(firstError { try books.ledger.post([manual], signature: Fixture.signature) }?.reason == Self.refusal)
        let file = firstError {
            try books.fixture.post(
                books.ledger, "entry,date,description,account,amount,currency,fund\nM2,2024-03-28,Deposit,5120,100,ALL,OWN\nM2,,,5310,-100,ALL,OWN\n", name: "deposit.csv")
        }
        #expect(file?.reason == Self.refusal)
        #expect(file?.location.file?.hasSuffix("/deposit.csv") == true)
        #expect(file?.location.value == "M2")
        let sales = try books.fixture.write("late.csv", "sale,date,product,quantity,payment\nT-1,2024-03-27,BUKE,1,cash\nT-2,2024-03-31,BUKE,1,cash\n")
        #expect(firstError { _ = try books.ledger.importSales(file: sales, signature: Fixture.signature) }?.location.value == "T-1")
        #expect(try LedgerState(books.ledger) == before)
    }

    @Test("what does not move the till, or is dated after the count, is not refused")
    func notRefused() throws {
        let books = try countedBooks()
        _ = try books.sale("K1", "2024-03-29", [("BUKE", "1")], .card)
        try books.expense("2024-03-28", "500", "6011", .bank)
        _ = try books.sale("S2", "2024-03-31", [("BUKE", "1")])
        // A recount of the same day posts its own difference, and leaves the first count's figure as it was.
        let recount = try books.ledger.countCash(
            on: books.day("2024-03-30"), counted: lek("11750"), note: "recounted: 50 short", id: "CC-RECOUNT", signature: Fixture.signature)
        #expect(recount.count.expected == lek("11800"))
        #expect(recount.entry?.entry.id == "CC-RECOUNT")
        let standings = try books.ledger.cashCountStandings()
        #expect(standings.map(\.expectedNow) == [lek("12000"), lek("11800")])
        #expect(standings.allSatisfy { $0.holds })
    }

    @Test("marked --after-count, the write is accepted; the count shows its figure recomputed, the new difference and the write")
    func correction() throws {
        let books = try countedBooks()
        try books.ledger.record(
            Expense(id: "P-LATE", date: books.day("2024-03-28"), description: "Eggs, forgotten", supplier: "Tregu", amount: lek("500"), account: "6011", paidFrom: .cash),
            counted: .correctAfterCount, signature: Fixture.signature)
        let standing = try #require(try books.ledger.cashCountStandings().first)
        #expect(standing.stored.count.expected == lek("12000"))
        #expect(try standing.stored.count.difference == lek("-200"))
        #expect(standing.expectedNow == lek("11500"))
        #expect(standing.differenceNow == lek("300"))
        #expect(standing.changedBy == ["P-LATE"])
        #expect(!standing.holds)
        #expect(try books.ledger.store.view { try $0.afterCountWrites() }.map(\.entry) == ["P-LATE"])
    }

    @Test("a count whose difference entry is reversed says so; its figure for the day is unchanged")
    func reversedDifference() throws {
        let books = try countedBooks()
        try books.ledger.reverse(
            entryID: "CC-2024-03-30-5310", date: books.day("2024-03-30"), reason: "the 200 were found in the safe", newID: nil, counted: .correctAfterCount,
            signature: Fixture.signature)
        let standing = try #require(try books.ledger.cashCountStandings().first)
        #expect(standing.differenceReversedBy == "CC-2024-03-30-5310-rev")
        #expect(standing.expectedNow == lek("12000"))
        #expect(standing.holds)
        #expect(try books.balance("5310") == 12000_00)
    }

    @Test("counts of one file do not refuse each other's differences")
    func countFile() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-28", [("BUKE", "100")])
        let file = try books.fixture.write("counts.csv", "date,counted,note\n2024-03-28,11900,short by 100\n2024-03-30,11900,\n")
        #expect(try books.ledger.countCash(file: file, signature: Fixture.signature).map(\.verdict) == ["short", "agrees"])
    }
}

@Suite("The business's registers reconciled to the journal")
struct BusinessReconciliationTests {
    @Test("books without a business profile have no business registers")
    func notABusiness() throws {
        let fixture = try Fixture()
        #expect(try fixture.createLedger().businessReconciliations().isEmpty)
    }

    @Test("in sound books stock, sales and the bank agree, with their totals")
    func sound() throws {
        let books = try BakeryFixture(vat: true)
        try books.buy("48", for: "3400", on: "2024-03-01", from: .bank)
        _ = try books.sale("S1", "2024-03-05", [("LENG", "10"), ("BUKE", "5")])
        _ = try books.sale("S2", "2024-03-05", [("TORTE", "1.5")], .bank)
        _ = try books.ledger.voidSale("S1", date: books.day("2024-03-05"), reason: "Rung up twice", signature: Fixture.signature)
        _ = try books.sale("S3", "2024-03-06", [("LENG", "2")])
        let file = try BusinessTests().statement(books, "march.csv", opening: 0, [("2024-03-01", "Pije Fier", -3400), ("2024-03-05", "Transfer", 2250)])
        _ = try books.ledger.importStatement(file: file, signature: Fixture.signature)
        _ = try books.ledger.matchStatement(signature: Fixture.signature)
        let lines = try books.ledger.businessReconciliations()
        #expect(
            lines.map(\.register.english) == [
                "goods in stock at unit cost", "sales by product, without VAT", "cash counts' differences", "bank statement lines matched on 5120",
            ])
        #expect(lines.allSatisfy { $0.agrees })
        #expect(lines.map(\.registerTotal) == [lek("3220"), lek("2075"), lek("0"), lek("-1150")])
        #expect(lines[0].control.english == "account 3500 (Drinks for resale)")
        #expect(lines[1].control.english == "the income accounts of the sales (7011, 7070)")
    }

    @Test("value put on the stock account without quantities, and sales booked around the register, are named")
    func differences() throws {
        let books = try BakeryFixture()
        try books.buy("10", for: "700", on: "2024-03-01")
        try books.fixture.post(
            books.ledger,
            "entry,date,description,account,amount,currency,fund\nM1,2024-03-02,Juice by hand,3500,140,ALL,OWN\nM1,,,5310,-140,ALL,OWN\nM2,2024-03-02,Sale by hand,5310,360,ALL,OWN\nM2,,,7070,-360,ALL,OWN\n")
        let lines = try books.ledger.businessReconciliations()
        #expect(lines[0].registerTotal == lek("700"))
        #expect(lines[0].controlTotal == lek("840"))
        #expect(lines[0].differences == ["entry M1 of 2024-03-02 moved 3500 by 140 ALL without quantities of goods"])
        // A sale posted by hand is revenue no sale entry explains: sales by product agree with the sale entries.
        #expect(lines[1].agrees)
    }
}
