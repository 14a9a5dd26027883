@testable import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Testing

extension BakeryFixture {
    /// Buys juice (LENG, unit cost 70) for stock.
    @discardableResult
    func buy(_ quantity: String, for amount: String, on date: String, from payment: PurchasePayment = .cash, id: String = "", counted: CountedCash = .keep) throws
        -> StockPurchaseSummary
    {
        try ledger.recordPurchase(
            StockPurchase(
                id: id, date: day(date), supplier: "Pije Freskuese Fier shpk", paidFrom: payment,
                lines: [StockPurchaseLine(product: "LENG", quantity: try Quantity.parse(quantity), amount: lek(amount))]),
            counted: counted, signature: Fixture.signature)
    }

    /// The quantity of juice on hand, thousandths.
    func juiceOnHand(asOf date: String? = nil) throws -> Int64 {
        try ledger.stock(asOf: date.map(day)).positions.first { $0.product.code == "LENG" }?.onHandThousandths ?? 0
    }
}

@Suite("A reversed sale leaves the registers: sales by product, stock and bank matching are derived from the entries")
struct ReversedSaleTests {
    @Test("a sale reversed in its month leaves sales by product, which add up to the month's sales again")
    func reversedInItsMonth() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-05", [("BUKE", "10")])
        _ = try books.sale("S2", "2024-03-05", [("LENG", "3"), ("BUKE", "2")], .card)
        let march = try LedgerMonth.parse("2024-03")
        #expect(try books.ledger.indicators(for: march).products.map(\.amount.minorUnits) == [1440_00, 360_00])
        try books.ledger.reverse(entryID: "S2", date: books.day("2024-03-06"), reason: "Card payment refused", newID: nil, signature: Fixture.signature)
        let indicators = try books.ledger.indicators(for: march)
        #expect(indicators.products.map(\.product.code) == ["BUKE"])
        #expect(indicators.products.map(\.amount.minorUnits) == [1200_00])
        #expect(indicators.products.map(\.quantityThousandths) == [10_000])
        #expect(indicators.products.map(\.sales) == [1])
        #expect(indicators.monthResult.totalSales == lek("1200"))
        let sold = try books.ledger.store.view { try $0.productSales(from: march.firstDay, to: march.lastDay) }
        #expect(sold.map(\.product) == ["BUKE"])
    }

    @Test("a sale reversed in a later month counts in its own month and comes out in the reversal's: a closed month's figures stand")
    func reversedLater() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-28", [("BUKE", "10"), ("LENG", "2")])
        try books.ledger.closePeriod(try LedgerMonth.parse("2024-03"), signature: Fixture.signature)
        _ = try books.ledger.voidSale("S1", date: books.day("2024-04-02"), reason: "Rung up on the wrong till", signature: Fixture.signature)
        let march = try books.ledger.store.view { try $0.productSales(from: books.day("2024-03-01"), to: books.day("2024-03-31")) }
        #expect(march.map(\.amount.minorUnits) == [1200_00, 240_00])
        let april = try books.ledger.store.view { try $0.productSales(from: books.day("2024-04-01"), to: books.day("2024-04-30")) }
        #expect(april.map(\.product) == ["BUKE", "LENG"])
        #expect(april.map(\.amount.minorUnits) == [-1200_00, -240_00])
        #expect(april.map(\.quantityThousandths) == [-10_000, -2_000])
        #expect(april.map(\.sales) == [-1, -1])
        #expect(try books.ledger.profitAndLoss(from: try LedgerMonth.parse("2024-04"), to: try LedgerMonth.parse("2024-04")).totalSales == lek("-1440"))
        // Over both months, the sale is as if it had not been made.
        #expect(try books.ledger.store.view { try $0.productSales(from: nil, to: nil) }.reduce(Int64(0)) { $0 + $1.amount.minorUnits } == 0)
    }

    @Test("voiding a sale and reversing it give the same registers, and the goods come back on hand")
    func voidAndReverseAgree() throws {
        func books(voiding: Bool) throws -> BakeryFixture {
            let books = try BakeryFixture()
            try books.buy("24", for: "1680", on: "2024-03-01")
            _ = try books.sale("S1", "2024-03-05", [("LENG", "5")])
            _ = try books.sale("S2", "2024-03-05", [("LENG", "4"), ("BUKE", "1")])
            if voiding {
                let voided = try books.ledger.voidSale("S2", date: books.day("2024-03-06"), reason: "Rung up twice", signature: Fixture.signature)
                #expect(voided.reversal.entry.id == "S2-void")
                #expect(voided.reversal.entry.reversal?.of == "S2")
                #expect(voided.total == lek("600"))
                #expect(voided.account == "5310")
                #expect(voided.returned.map(\.product) == ["LENG"])
                #expect(voided.returned.map(\.quantityThousandths) == [4_000])
            } else {
                try books.ledger.reverse(entryID: "S2", date: books.day("2024-03-06"), reason: "Rung up twice", newID: nil, signature: Fixture.signature)
            }
            return books
        }
        for books in [try books(voiding: true), try books(voiding: false)] {
            #expect(try books.juiceOnHand() == 19_000)
            #expect(try books.juiceOnHand(asOf: "2024-03-05") == 15_000)
            let stock = try books.ledger.stock(asOf: nil)
            #expect(stock.total == lek("1330"))
            #expect(stock.accountBalance == lek("1330"))
            #expect(try books.ledger.indicators(for: try LedgerMonth.parse("2024-03")).products.map(\.amount.minorUnits) == [600_00])
            #expect(try books.ledger.businessReconciliations().allSatisfy { $0.agrees })
        }
    }

    @Test("only a sale is voided, and only once")
    func voidRefusals() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-05", [("BUKE", "1")])
        try books.expense("2024-03-05", "500", "6011", .bank)
        let notASale = firstError { _ = try books.ledger.voidSale("P-20240305-001", date: books.day("2024-03-05"), reason: "x", signature: Fixture.signature) }
        #expect(notASale?.kind == .unknownEntry)
        #expect(notASale?.reason == "entry P-20240305-001 is not a sale; correct it with arka reverse")
        #expect(firstError { _ = try books.ledger.voidSale("S9", date: books.day("2024-03-05"), reason: "x", signature: Fixture.signature) }?.reason == "the ledger has no sale with this id")
        _ = try books.ledger.voidSale("S1", date: books.day("2024-03-05"), reason: "Rung up twice", signature: Fixture.signature)
        #expect(firstError { _ = try books.ledger.voidSale("S1", date: books.day("2024-03-05"), reason: "again", signature: Fixture.signature) }?.kind == .alreadyReversed)
    }

    @Test("a reversed entry and its reversal are no candidates for a statement line; reversing a matched entry opens its line again")
    func bankMatching() throws {
        let books = try BakeryFixture()
        _ = try books.sale("O1", "2024-01-09", [("TORTE", "3")], .bank)
        _ = try books.sale("O2", "2024-01-09", [("TORTE", "3")], .bank)
        try books.ledger.reverse(entryID: "O2", date: books.day("2024-01-09"), reason: "Ordered twice", newID: nil, signature: Fixture.signature)
        let file = try BusinessTests().statement(books, "jan.csv", opening: 0, [("2024-01-10", "Transfer", 4500)])
        _ = try books.ledger.importStatement(file: file, signature: Fixture.signature)
        let report = try books.ledger.matchStatement(signature: Fixture.signature)
        #expect(report.matched.map(\.entry) == ["O1"])
        #expect(report.unmatchedEntries.isEmpty)
        let line = report.matched[0].line.id
        _ = try books.ledger.unmatchLine(line, signature: Fixture.signature)
        let reversed = firstError { try books.ledger.matchLine(line, to: "O2", signature: Fixture.signature) }
        #expect(reversed?.reason == "entry O2 was reversed by O2-rev: the two cancel out and match no statement line")
        #expect(firstError { try books.ledger.matchLine(line, to: "O2-rev", signature: Fixture.signature) }?.kind == .badMatch)
        // Matched to O1, and then O1 is voided: the line no longer rests on the books, so it is open again.
        try books.ledger.matchLine(line, to: "O1", signature: Fixture.signature)
        #expect(try books.ledger.businessReconciliations().last?.agrees == true)
        _ = try books.ledger.voidSale("O1", date: books.day("2024-01-12"), reason: "Paid by the other customer", signature: Fixture.signature)
        #expect(try books.ledger.statementLines().map(\.matchedEntry) == [nil])
        let bank = try #require(try books.ledger.businessReconciliations().last)
        #expect(bank.register.english == "bank statement lines matched on 5120")
        #expect(bank.registerTotal == lek("0"))
        #expect(bank.agrees)
    }
}

@Suite("Goods kept in stock: purchases with quantities, sales, counts, and the stock account")
struct StockTests {
    @Test("a purchase puts the goods into stock at their unit cost; what it cost more goes to the cost of goods")
    func purchase() throws {
        let books = try BakeryFixture()
        let summary = try books.buy("48", for: "3400", on: "2024-03-01")
        #expect(summary.entries == ["G-20240301-001"])
        #expect(summary.value == lek("3360"))
        #expect(summary.paid == lek("3400"))
        let entry = try #require(try books.ledger.store.view { try $0.storedEntry(id: "G-20240301-001") }).entry
        #expect(entry.postings.map(\.account) == ["3500", "6070", "5310"])
        #expect(entry.postings.map(\.amount.minorUnits) == [3360_00, 40_00, -3400_00])
        let stock = try books.ledger.stock(asOf: nil)
        #expect(stock.positions.map(\.product.code) == ["LENG"])
        #expect(stock.positions.map(\.onHandThousandths) == [48_000])
        #expect(stock.total == lek("3360"))
        #expect(stock.accountBalance == lek("3360"))
        #expect(stock.closingSentence.english == "The stock at unit cost, 3,360 ALL, equals the balance of account 3500 Drinks for resale.")
    }

    @Test("what cannot be bought for stock is refused, and the ledger is as it was")
    func purchaseRefusals() throws {
        let books = try BakeryFixture()
        let before = try LedgerState(books.ledger)
        let bread = firstError {
            try books.ledger.recordPurchase(
                StockPurchase(
                    id: "", date: books.day("2024-03-01"), supplier: "Mulliri", paidFrom: .cash,
                    lines: [StockPurchaseLine(product: "BUKE", quantity: try Quantity.parse("10"), amount: lek("800"))]),
                signature: Fixture.signature)
        }
        #expect(bread?.reason == "product BUKE is not kept in stock (it has no unit_cost in products.csv); record it with arka expense add")
        #expect(firstError { try books.buy("10", for: "700", on: "2024-03-01", from: .supplier) }?.reason
            == "goods bought on credit need the suppliers account in business.yaml (suppliers: \"4010\")")
        #expect(firstError { try books.buy("10", for: "0", on: "2024-03-01") }?.kind == .badAmount)
        // Goods for stock are not bought as an expense: the register could not count them.
        let expense = firstError { try books.expense("2024-03-01", "700", "3500", .cash) }
        #expect(expense?.reason == "3500 holds goods counted by quantity; record a purchase of goods with arka stock purchase (product, quantity, amount)")
        #expect(expense?.location.field == "account")
        #expect(try LedgerState(books.ledger) == before)
    }

    @Test("a sale beyond the stock on hand is posted, and flagged with the quantity short")
    func saleBeyondStock() throws {
        let books = try BakeryFixture()
        try books.buy("48", for: "3360", on: "2024-03-01")
        let fine = try books.ledger.record(
            Sale(id: "S1", date: books.day("2024-03-05"), items: [SaleItem(product: "LENG", quantity: try Quantity.parse("40"))], payment: .cash),
            signature: Fixture.signature)
        #expect(fine.stockFlags.isEmpty)
        let beyond = try books.ledger.record(
            Sale(id: "S2", date: books.day("2024-03-06"), items: [SaleItem(product: "LENG", quantity: try Quantity.parse("10"))], payment: .cash),
            signature: Fixture.signature)
        #expect(beyond.stockFlags.map(\.sentence.english) == ["LENG is sold beyond the stock on hand: -2 bottle on hand at the end of 2024-03-06"])
        #expect(try books.juiceOnHand() == -2_000)
        // Not refused: the sale is in the books, and the stock still equals its account.
        #expect(try books.balance("7070") == -6000_00)
        let stock = try books.ledger.stock(asOf: nil)
        #expect(stock.total == lek("-140"))
        #expect(stock.agrees)
        let flags = try books.ledger.indicators(for: try LedgerMonth.parse("2024-03")).stockFlags
        #expect(flags.map(\.firstDate) == [books.day("2024-03-06")])
        #expect(flags.map(\.lowestThousandths) == [-2_000])
        // Bought back the next day: April has no flag.
        try books.buy("24", for: "1680", on: "2024-03-07")
        #expect(try books.ledger.indicators(for: try LedgerMonth.parse("2024-04")).stockFlags.isEmpty)
    }

    @Test("a sales file's summary flags the products it sold beyond the stock on hand")
    func importFlags() throws {
        let books = try BakeryFixture()
        try books.buy("5", for: "350", on: "2024-03-01")
        let file = try books.fixture.write(
            "day.csv", "sale,date,product,quantity,payment\nT-1,2024-03-04,LENG,4,cash\nT-2,2024-03-05,LENG,3,card\nT-2,,BUKE,2,\nT-3,2024-03-06,LENG,1,cash\n")
        let summary = try books.ledger.importSales(file: file, signature: Fixture.signature)
        #expect(summary.sales == 3)
        #expect(summary.stockFlags.map(\.sentence.english) == ["LENG is sold beyond the stock on hand from 2024-03-05: -3 bottle on hand at the end of 2024-03-06"])
    }

    @Test("a stock count posts its difference at unit cost with its note; one that agrees is recorded without an entry")
    func counts() throws {
        let books = try BakeryFixture()
        try books.buy("48", for: "3360", on: "2024-03-01")
        _ = try books.sale("S1", "2024-03-05", [("LENG", "10")])
        let before = try LedgerState(books.ledger)
        let noNote = firstError { _ = try books.ledger.countStock(on: books.day("2024-03-31"), product: "LENG", countedThousandths: 36_000, note: nil, signature: Fixture.signature) }
        #expect(noNote?.reason == "the count finds 2 bottle of LENG missing; say why in a note")
        #expect(try LedgerState(books.ledger) == before)
        #expect(firstError { _ = try books.ledger.countStock(on: books.day("2024-03-31"), product: "BUKE", countedThousandths: 0, note: nil, signature: Fixture.signature) }?.kind == .badSetting)
        let missing = try books.ledger.countStock(on: books.day("2024-03-31"), product: "LENG", countedThousandths: 36_000, note: "Two broken", signature: Fixture.signature)
        #expect(missing.count.expectedThousandths == 38_000)
        #expect(missing.value == lek("-140"))
        #expect(missing.entry == "SC-2024-03-31-LENG")
        let entry = try #require(try books.ledger.store.view { try $0.storedEntry(id: "SC-2024-03-31-LENG") }).entry
        #expect(entry.postings.map(\.account) == ["3500", "6070"])
        #expect(entry.postings.map(\.amount.minorUnits) == [-140_00, 140_00])
        let agrees = try books.ledger.countStock(on: books.day("2024-03-31"), product: "LENG", countedThousandths: 36_000, note: nil, signature: Fixture.signature)
        #expect(agrees.entry == nil)
        #expect(agrees.count.verdict == "agrees")
        #expect(try books.ledger.stockCounts().map(\.entry) == ["SC-2024-03-31-LENG", nil])
        #expect(try books.juiceOnHand() == 36_000)
        #expect(try books.ledger.stock(asOf: nil).agrees)
        #expect(try StockCount.countedThousandths("0") == 0)
        #expect(try StockCount.countedThousandths("2.5") == 2_500)
        #expect(firstError { _ = try StockCount.countedThousandths("-1") }?.kind == .badQuantity)
    }

    @Test("a purchases file is one entry per id, all or nothing, each bad row named")
    func purchaseFile() throws {
        let books = try BakeryFixture()
        let good = try books.fixture.write(
            "drinks.csv",
            "id,date,supplier,product,quantity,amount,paid_from\nPF-1,2024-03-01,Pije Fier,LENG,24,1680,cash\nPF-2,2024-03-02,Pije Fier,LENG,12,840,bank\n")
        #expect(try books.ledger.importPurchases(file: good, signature: Fixture.signature).entries == ["PF-1", "PF-2"])
        let before = try LedgerState(books.ledger)
        let bad = try books.fixture.write(
            "bad.csv",
            "id,date,supplier,product,quantity,amount,paid_from\nPF-3,2024-03-03,Pije Fier,LENG,0,0,cash\nPF-4,2024-03-03,Pije Fier,KAFE,2,100,cheque\n")
        do {
            _ = try books.ledger.importPurchases(file: bad, signature: Fixture.signature)
            Issue.record("a bad file was accepted")
        } catch let list as ArkaErrorList {
            #expect(list.errors.map(\.location.line) == [2, 3])
            #expect(list.errors.map(\.location.field) == ["quantity", "paid_from"])
        }
        #expect(try LedgerState(books.ledger) == before)
    }
}

@Suite("The bakery's demo year: its registers rest on its entries")
struct BusinessDemoRegisterTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("a December sale reversed leaves December's products adding up to its sales; stock and sales reconcile, the bank names the line")
    func demo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-demo-registers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = try BusinessDemo.build(
            from: Self.repository.appendingPathComponent("ledgers/social-business").path, into: folder.path, signature: Fixture.signature
        ).ledger
        let december = try LedgerMonth.parse("2024-12")
        let before = try ledger.indicators(for: december)
        #expect(before.monthResult.totalSales == lek("537500"))
        #expect(before.products.reduce(Int64(0)) { $0 + $1.amount.minorUnits } == 537500_00)
        // A card sale of 1,020: 5 loaves, 3 byrek and a juice.
        try ledger.reverse(
            entryID: "T-20241203-K", date: try LedgerDate.parse("2024-12-20"), reason: "Card payment refused", newID: nil, signature: Fixture.signature)
        let after = try ledger.indicators(for: december)
        #expect(after.monthResult.totalSales == lek("536480"))
        #expect(after.products.reduce(Int64(0)) { $0 + $1.amount.minorUnits } == 536480_00)
        #expect(after.products.first { $0.product.code == "LENG" }?.quantityThousandths == 222_000)
        #expect(after.stockFlags.isEmpty)
        let stock = try ledger.stock(asOf: nil)
        #expect(stock.positions.map(\.onHandThousandths) == [299_000, 400_000])
        #expect(stock.total == lek("32130"))
        #expect(stock.agrees)
        let reconciliations = try ledger.businessReconciliations()
        #expect(reconciliations.count == 4)
        #expect(reconciliations[1].registerTotal == lek("4761075"))
        #expect(reconciliations.prefix(3).allSatisfy { $0.agrees })
        // The bank had settled that card sale: its statement line is open again, to be matched anew.
        #expect(reconciliations[3].agrees)
        #expect(try ledger.statementLines().first { $0.id == 442 }?.matchedEntry == nil)
    }
}
