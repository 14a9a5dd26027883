import ArkaCore
import Testing

/// A product's list price from a day on, and a product listed from a day.
@Suite struct ProductPriceTests {
    func day(_ text: String) throws -> LedgerDate { try LedgerDate.parse(text) }

    func bread() throws -> Product {
        var bread = Product(code: "BUKE", name: "Bread", unit: "loaf", price: try Money.parse("120", currency: .lek), incomeAccount: "7011")
        bread.priceChanges = [
            Product.PriceChange(from: try day("2024-03-01"), price: try Money.parse("130", currency: .lek)),
            // A correction the same day: the later change holds.
            Product.PriceChange(from: try day("2024-03-01"), price: try Money.parse("125", currency: .lek)),
            Product.PriceChange(from: try day("2024-05-01"), price: try Money.parse("140", currency: .lek)),
        ]
        return bread
    }

    @Test func thePriceOfADayIsTheLastChangeFromThatDayOrBefore() throws {
        let bread = try bread()
        #expect(bread.price(on: try day("2024-02-29")).decimalText == "120.00")
        #expect(bread.price(on: try day("2024-03-01")).decimalText == "125.00")
        #expect(bread.price(on: try day("2024-04-30")).decimalText == "125.00")
        #expect(bread.price(on: try day("2024-05-01")).decimalText == "140.00")
    }

    @Test func aSaleIsPricedOnItsDayAndRefusedBeforeTheProductIsListed() throws {
        var bread = try bread()
        let profile = BusinessProfile(cash: "5310", bank: "5120", cashDifference: "6590")
        let sale = { (date: String) in Sale(id: "S1", date: try self.day(date), items: [SaleItem(product: "BUKE", quantity: try Quantity.parse("10"))], payment: .cash) }
        let before = try SalePosting.entry(for: try sale("2024-02-28"), products: ["BUKE": bread], profile: profile, base: .lek)
        #expect(before.items.map(\.amount.decimalText) == ["1200.00"])
        let after = try SalePosting.entry(for: try sale("2024-03-02"), products: ["BUKE": bread], profile: profile, base: .lek)
        #expect(after.items.map(\.amount.decimalText) == ["1250.00"])
        bread.listedFrom = try day("2024-03-01")
        #expect(throws: ArkaError.self) { try SalePosting.entry(for: try sale("2024-02-28"), products: ["BUKE": bread], profile: profile, base: .lek) }
    }
}
