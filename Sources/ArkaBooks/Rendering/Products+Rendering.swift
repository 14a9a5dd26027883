import ArkaCore
import Foundation

extension [Product] {
    /// The product list as `arka product list` gives it: each product with its price on `day`
    /// and the day that price holds from. Text: a table of the products, then one of the price
    /// changes. CSV: one row a product, its changes as `date:price` separated by `;`. JSON: an
    /// object a product, with its changes.
    public func rendered(as format: OutputFormat, on day: LedgerDate) -> String {
        func since(_ product: Product) -> String { product.priceChanges.last { $0.from <= day }?.from.description ?? "" }
        switch format {
        case .csv:
            return CSVText.table(
                ["code", "name", "name_sq", "unit", "price", "price_from", "income_account", "unit_cost", "defined_price", "price_changes"],
                map { product in
                    [product.code, product.name, product.nameAlbanian ?? "", product.unit, product.price(on: day).decimalText, since(product),
                     product.incomeAccount, product.unitCost?.decimalText ?? "", product.price.decimalText,
                     product.priceChanges.map { "\($0.from):\($0.price.decimalText)" }.joined(separator: ";")]
                })
        case .json:
            return JSONText.render(
                map { product in
                    ProductJSON(
                        code: product.code, name: product.name, nameSq: product.nameAlbanian, unit: product.unit, price: product.price(on: day).decimalText,
                        priceFrom: product.priceChanges.last { $0.from <= day }?.from.description, incomeAccount: product.incomeAccount,
                        unitCost: product.unitCost?.decimalText, definedPrice: product.price.decimalText,
                        priceChanges: product.priceChanges.map { ProductJSON.Change(from: $0.from.description, price: $0.price.decimalText) })
                })
        case .text:
            guard !isEmpty else { return tr("The product list is empty.") + "\n" }
            var table = TextTable(columns: [
                ("Product", .left), ("Name", .left), ("Unit", .left), ("Price", .right), ("From", .left), ("Income", .left), ("Unit cost", .right),
            ])
            for product in self {
                let name = product.name(in: .current)
                table.add([
                    .text(product.code), .text(name), .text(product.unit), .money(product.price(on: day)), .text(since(product)),
                    .text(product.incomeAccount), .money(product.unitCost),
                ])
            }
            var out = tr("Products and their prices on \(day)") + "\n\n" + table.render()
            let changed = filter { !$0.priceChanges.isEmpty }
            if !changed.isEmpty {
                var changes = TextTable(columns: [("Product", .left), ("From", .left), ("Price", .right)])
                for product in changed {
                    changes.add([.text(product.code), .text(tr("as defined")), .money(product.price)])
                    for change in product.priceChanges { changes.add([.text(product.code), .text(change.from.description), .money(change.price)]) }
                }
                out += "\n" + tr("Price changes") + "\n\n" + changes.render()
            }
            return out
        }
    }
}

/// A product as `arka product list` gives it in JSON.
private struct ProductJSON: Encodable {
    struct Change: Encodable { var from, price: String }
    var code, name: String
    @JSONNull var nameSq: String?
    var unit, price: String
    @JSONNull var priceFrom: String?
    var incomeAccount: String
    @JSONNull var unitCost: String?
    var definedPrice: String
    var priceChanges: [Change]
}
