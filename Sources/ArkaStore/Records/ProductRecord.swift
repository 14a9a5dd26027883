import ArkaCore
import GRDB

/// A row of the `product` table: something the social business sells, with its list price.
struct ProductRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "product"

    enum Columns {
        static let code = Column(CodingKeys.code)
    }

    var code: String
    var name: String
    var name_sq: String?
    var unit: String
    var price: Int64
    var currency: String
    var income_account: String
    var unit_cost: Int64?

    init(_ product: Product) {
        code = product.code
        name = product.name
        name_sq = product.nameAlbanian
        unit = product.unit
        price = product.price.minorUnits
        currency = product.price.currency.code
        income_account = product.incomeAccount
        unit_cost = product.unitCost?.minorUnits
    }

    func product() throws -> Product {
        let currency = try Currency(code: currency)
        return Product(
            code: code, name: name, nameAlbanian: name_sq, unit: unit, price: Money(minorUnits: price, currency: currency),
            incomeAccount: income_account, unitCost: unit_cost.map { Money(minorUnits: $0, currency: currency) })
    }
}
