@testable import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Testing

/// Every CHECK constraint of the ledger's schema has its rule checked before the write, so that a
/// value the schema would refuse gets a sentence naming the field and the value (and the file and
/// line of a file), never SQLite's "CHECK constraint failed", and the ledger stays as it was.
/// `SchemaCheckListTests` (ArkaStoreTests) holds the list of constraints these cover.
@Suite("A value the schema refuses is refused first, in a sentence")
struct PlainRefusalTests {
    /// The equipment fixture: an in-kind agreement IGA-1 and a cash scheme SU, ALL and EUR.
    func donorBooks() throws -> (Fixture, Ledger) {
        try EquipmentTests().makeLedger()
    }

    func expectRefusal(
        _ error: ArkaError?, kind: ArkaError.Kind, reason: String, field: String, value: String, file: String? = nil, line: Int? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let error else {
            Issue.record("no refusal", sourceLocation: sourceLocation)
            return
        }
        #expect(error.kind == kind, sourceLocation: sourceLocation)
        #expect(error.reason == reason, sourceLocation: sourceLocation)
        #expect(error.location.field == field, sourceLocation: sourceLocation)
        #expect(error.location.value == value, sourceLocation: sourceLocation)
        #expect(!error.description.contains("CHECK"), sourceLocation: sourceLocation)
        if let file { #expect(error.location.file?.hasSuffix("/" + file) == true, "\(error.location)", sourceLocation: sourceLocation) }
        #expect(error.location.line == line, sourceLocation: sourceLocation)
    }

    @Test("equipment_item.amount > 0: an item bought for nothing or less is refused, by the command and in a file")
    func equipmentCost() throws {
        let (fixture, ledger) = try donorBooks()
        let before = try LedgerState(ledger)
        for amount in ["0", "-185000"] {
            let item = EquipmentItem(
                tag: "EQ-9", description: "Furrë buke", serial: nil, supplier: "Furra Tek shpk", invoice: "FT-9", nivf: nil,
                purchaseDate: try LedgerDate.parse("2023-09-12"), cost: try Money.parse(amount, currency: .lek), fund: "EU", budgetLine: "3.3")
            expectRefusal(
                firstError { try ledger.purchaseEquipment([item], creditAccount: "5122", signature: Fixture.signature) }, kind: .badAmount,
                reason: "item EQ-9 bought for handover must cost more than zero (a refund is the reversal of its purchase)", field: "amount",
                value: amount == "0" ? "0.00" : "-185000.00")
        }
        let file = try fixture.write(
            "zero.csv",
            """
            tag,description,supplier,invoice,date,amount,currency,fund,budget_line,credit_account
            EQ-10,Koshere,Bletari shpk,B-1,2023-09-12,9500,ALL,EU,3.3,5122
            EQ-11,Koshere,Bletari shpk,B-1,2023-09-12,0.00,ALL,EU,3.3,5122
            """)
        expectRefusal(
            firstError { _ = try ledger.purchaseEquipment(file: file, signature: Fixture.signature) }, kind: .badAmount,
            reason: "item EQ-11 bought for handover must cost more than zero (a refund is the reversal of its purchase)", field: "amount",
            value: "0.00", file: "zero.csv", line: 3)
        #expect(try LedgerState(ledger) == before)
        #expect(try ledger.equipmentRegister().records.count == 3)
    }

    @Test("grant_agreement.amount > 0, grant_consumption.amount > 0, budget_revision.amount > 0")
    func grantsAndBudget() throws {
        let (_, ledger) = try donorBooks()
        let day = try LedgerDate.parse("2023-09-20")
        try ledger.approveAgreement(
            GrantAgreement(number: "SU-1", recipient: "R2", scheme: "SU", amount: eur("5000.00"), date: day), signature: Fixture.signature)
        let before = try LedgerState(ledger)
        expectRefusal(
            firstError {
                try ledger.approveAgreement(
                    GrantAgreement(number: "IGA-2", recipient: "R2", scheme: "IGA", amount: eur("0"), date: day), signature: Fixture.signature)
            }, kind: .badAmount, reason: "an agreement grants a positive amount", field: "amount", value: "0.00")
        expectRefusal(
            firstError {
                try ledger.disburse(agreement: "SU-1", date: day, amount: eur("-1.00"), reference: "TR-1", from: "5121", signature: Fixture.signature)
            }, kind: .badAmount, reason: "the amount must be positive", field: "amount", value: "-1.00")
        expectRefusal(
            firstError {
                try ledger.reviseBudget(
                    BudgetRevision(
                        date: day, fund: "EU", fromLine: "3.3", toLine: "6.3", amount: eur("0"), reason: "Zhvendosje", authority: .notice, reference: "N-1"),
                    signature: Fixture.signature)
            }, kind: .badAmount, reason: "a revision moves a positive amount", field: "amount", value: "0.00")
        #expect(try LedgerState(ledger) == before)
        #expect(try ledger.grantPositions().map(\.agreement.number) == ["IGA-1", "SU-1"])
    }

    @Test("stock_count.counted >= 0, stock_movement.quantity <> 0, sale_item.quantity > 0 and a purchase's amount")
    func businessQuantities() throws {
        let books = try BakeryFixture()
        try books.buy("10", for: "700", on: "2024-03-01")
        let before = try LedgerState(books.ledger)
        expectRefusal(
            firstError {
                _ = try books.ledger.countStock(on: books.day("2024-03-02"), product: "LENG", countedThousandths: -5_000, note: "x", signature: Fixture.signature)
            }, kind: .badQuantity, reason: "a counted quantity cannot be negative", field: "counted", value: "-5")
        expectRefusal(
            firstError { _ = try StockCount.countedThousandths("-5", field: "--counted") }, kind: .badQuantity,
            reason: "a counted quantity cannot be negative", field: "--counted", value: "-5")
        for quantity in ["0", "-2"] {
            expectRefusal(
                firstError { _ = try Quantity.parse(quantity, field: "--quantity") }, kind: .badQuantity,
                reason: "a quantity must be greater than zero (a refund is its own entry)", field: "--quantity", value: quantity)
        }
        let purchase = StockPurchase(
            id: "", date: books.day("2024-03-02"), supplier: "Pije Fier", paidFrom: .cash,
            lines: [StockPurchaseLine(product: "LENG", quantity: try Quantity.parse("5"), amount: lek("0"))])
        expectRefusal(
            firstError { _ = try books.ledger.recordPurchase(purchase, signature: Fixture.signature) }, kind: .badAmount,
            reason: "a purchase line costs a positive amount in ALL", field: "amount", value: "0.00")
        expectRefusal(
            firstError { _ = try books.ledger.countCash(on: books.day("2024-03-02"), counted: lek("-5"), note: nil, signature: Fixture.signature) },
            kind: .badAmount, reason: "counted cash cannot be negative", field: "counted", value: "-5.00")
        #expect(try LedgerState(books.ledger) == before)
    }

    @Test("product.price >= 0 and product.unit_cost >= 0: products.csv is refused at its line")
    func productPrices() throws {
        for (column, row, reason, value) in [
            ("price", "LENG,Juice,bottle,-120,7070,70", "a price cannot be negative", "-120.00"),
            ("unit_cost", "LENG,Juice,bottle,120,7070,-70", "a cost cannot be negative", "-70.00"),
        ] {
            let fixture = try Fixture(
                accounts: BakeryFixture.accounts, funds: BakeryFixture.funds, budget: nil, rates: nil, settings: "name: Bakery\nbase_currency: ALL\n")
            try fixture.write("definition/business.yaml", BakeryFixture.profile())
            try fixture.write("definition/products.csv", "code,name,unit,price,income_account,unit_cost\n\(row)\n")
            expectRefusal(
                firstError { _ = try fixture.createLedger() }, kind: .badAmount, reason: reason,
                field: column, value: value, file: "products.csv", line: 2)
            #expect(!FileManager.default.fileExists(atPath: fixture.ledgerPath))
        }
    }
}
