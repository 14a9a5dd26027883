@testable import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Testing

/// Entries whose ids Arka makes from a date, a document or an account: a second one of the same
/// kind is an entry of its own, numbered on, never refused as a duplicate id.
@Suite("Generated entry ids stay unique")
struct GeneratedIDTests {
    @Test("a second and a third cash count of the same day and till are counts of their own, reconciled by verify")
    func secondCashCount() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-28", [("BUKE", "100")])
        let day = books.day("2024-03-30")
        let first = try books.ledger.countCash(on: day, counted: lek("11800"), note: "short after market day", signature: Fixture.signature)
        let second = try books.ledger.countCash(on: day, counted: lek("11750"), note: "recounted at the change of cashier", signature: Fixture.signature)
        let third = try books.ledger.countCash(on: day, counted: lek("11770"), note: "20 found under the till", signature: Fixture.signature)
        let agrees = try books.ledger.countCash(on: day, counted: lek("11770"), note: nil, signature: Fixture.signature)
        #expect([first, second, third].map { $0.entry?.entry.id } == ["CC-2024-03-30-5310", "CC-2024-03-30-5310-2", "CC-2024-03-30-5310-3"])
        #expect(agrees.entry == nil)
        #expect([first, second, third, agrees].map(\.count.expected) == [lek("12000"), lek("11800"), lek("11750"), lek("11770")])
        #expect(try books.balance("5310") == 11770_00)
        #expect(try books.balance("6590") == 230_00)
        let standings = try books.ledger.cashCountStandings()
        #expect(standings.map(\.stored.entry) == ["CC-2024-03-30-5310", "CC-2024-03-30-5310-2", "CC-2024-03-30-5310-3", nil])
        #expect(standings.allSatisfy { $0.holds })
        #expect(standings.map(\.differenceNow) == [lek("-200"), lek("-50"), lek("20"), lek("0")])
        let verification = try books.ledger.verify()
        #expect(verification.passes)
        let register = try #require(verification.registers.first { $0.register == "cash counts' differences" })
        #expect(register.registerTotal == lek("-230"))
        #expect(register.controlTotal == lek("-230"))
        #expect(register.control == "their entries' movement on the accounts counted")
    }

    @Test("a day's sales are numbered without a gap: a voided or reversed sale's reversal takes no number")
    func saleNumbersSkipReversals() throws {
        let books = try BakeryFixture()
        let first = try books.sale("", "2024-03-28", [("BUKE", "1")])
        let second = try books.sale("", "2024-03-28", [("BUKE", "2")])
        #expect([first.id, second.id] == ["S-20240328-001", "S-20240328-002"])
        _ = try books.ledger.voidSale(first.id, date: books.day("2024-03-28"), reason: "rung up twice", signature: Fixture.signature)
        _ = try books.ledger.reverse(entryID: second.id, date: books.day("2024-03-28"), reason: "wrong loaf", newID: nil, signature: Fixture.signature)
        #expect(try books.sale("", "2024-03-28", [("BUKE", "3")]).id == "S-20240328-003")
        // A number taken by hand is stepped over.
        _ = try books.sale("S-20240328-004", "2024-03-28", [("BUKE", "1")])
        #expect(try books.sale("", "2024-03-28", [("BUKE", "1")]).id == "S-20240328-005")
        #expect(try books.ledger.verify().passes)
    }

    @Test("a cash count whose difference no entry posts is named by verify")
    func countWithoutEntry() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-28", [("BUKE", "100")])
        try books.ledger.countCash(on: books.day("2024-03-30"), counted: lek("11800"), note: "short", signature: Fixture.signature)
        // A count row written beside arka: its difference has no entry.
        try books.ledger.store.transaction { transaction in
            try transaction.addCashCount(
                CashCount(date: books.day("2024-03-31"), account: "5310", expected: lek("11800"), counted: lek("11700"), note: "written by hand"),
                entry: nil, by: "someone", at: "2025-01-31T10:00:00Z")
        }
        let register = try #require(try books.ledger.verify().registers.first { $0.register == "cash counts' differences" })
        #expect(!register.agrees)
        #expect(register.registerTotal == lek("-300"))
        #expect(register.controlTotal == lek("-200"))
        #expect(register.differences == ["the count of 2024-03-31 on 5310 found -100 ALL and posted no entry"])
        #expect(register.phrases?.differences.map(\.key) == ["difference.cash_count_without_entry"])
    }

    @Test("the same invoice number of two suppliers makes two purchases; the same supplier's invoice twice is refused in a sentence")
    func purchaseInvoices() throws {
        let (_, ledger) = try EquipmentTests().makeLedger()
        func item(_ tag: String, _ supplier: String) throws -> EquipmentItem {
            EquipmentItem(
                tag: tag, description: "Koshere", serial: nil, supplier: supplier, invoice: "001", nivf: nil,
                purchaseDate: try LedgerDate.parse("2023-09-14"), cost: lek("9500"), fund: "EU", budgetLine: "3.3")
        }
        #expect(try ledger.purchaseEquipment([try item("EQ-20", "Bletari shpk")], creditAccount: "5122", signature: Fixture.signature) == "PUR-001")
        #expect(try ledger.purchaseEquipment([try item("EQ-21", "Agro Fier shpk")], creditAccount: "5122", signature: Fixture.signature) == "PUR-001-2")
        let before = try LedgerState(ledger)
        let again = firstError { try ledger.purchaseEquipment([try item("EQ-22", "Agro Fier shpk")], creditAccount: "5122", signature: Fixture.signature) }
        #expect(again?.kind == .duplicate)
        #expect(again?.reason == "invoice 001 of Agro Fier shpk was booked already as PUR-001-2; reverse that purchase first to book it again")
        #expect(again?.location.field == "invoice")
        #expect(again?.location.value == "001")
        #expect(try LedgerState(ledger) == before)
    }

    @Test("a statement line posted again after its entry was reversed gets BANK-N-2; while the entry stands, a sentence says to match it")
    func bankLinePostedAgain() throws {
        let books = try BakeryFixture()
        let file = try BusinessTests().statement(books, "june.csv", opening: 0, [("2024-06-03", "Bank fee", -300)])
        _ = try books.ledger.importStatement(file: file, signature: Fixture.signature)
        let line = try #require(try books.ledger.statementLines().first?.id)
        let posted = try books.ledger.postLine(line, against: "6270", description: "Bank fee, June", signature: Fixture.signature)
        #expect(posted.entry.id == "BANK-\(line)")
        _ = try books.ledger.unmatchLine(line, signature: Fixture.signature)
        let before = try LedgerState(books.ledger)
        let again = firstError { _ = try books.ledger.postLine(line, against: "6270", description: "Bank fee, June", signature: Fixture.signature) }
        #expect(again?.kind == .duplicate)
        #expect(again?.reason == "statement line \(line) was posted already as BANK-\(line); match the line to it: arka bank match --line \(line) --entry BANK-\(line)")
        #expect(try LedgerState(books.ledger) == before)
        try books.ledger.reverse(entryID: "BANK-\(line)", date: books.day("2024-06-03"), reason: "Wrong account", newID: nil, signature: Fixture.signature)
        let reposted = try books.ledger.postLine(line, against: "6130", description: "Fee for the rent transfer", signature: Fixture.signature)
        #expect(reposted.entry.id == "BANK-\(line)-2")
        #expect(try books.ledger.verify().passes)
    }
}
