import ArkaCore
import ArkaStore

/// A social business's sales by product over whole months: quantity, takings (VAT included)
/// and the number of sales, largest takings first. Voided sales count negated on their own day.
///
/// ```swift
/// let sold = try ledger.salesByProduct(from: try LedgerMonth.parse("2024-01"), to: try LedgerMonth.parse("2024-12"))
/// sold.lines.first?.product   // "BUK-1"
/// ```
public struct SalesByProduct: Sendable {
    public struct Line: Sendable {
        public var product: String
        public var name: String?
        public var unit: String?
        /// Thousandths of a unit.
        public var quantityThousandths: Int64
        /// What was charged, VAT included.
        public var takings: Money
        public var sales: Int
    }

    public var from: LedgerMonth
    public var to: LedgerMonth
    public var lines: [Line]
    public var totalTakings: Money
}

extension Ledger {
    /// The sales by product from the first day of `from` to the last day of `to`.
    /// - Throws: ``ArkaError/Kind/overflow`` when a sum does not fit; a database error.
    public func salesByProduct(from: LedgerMonth, to: LedgerMonth) throws -> SalesByProduct {
        let sold = try store.view { try $0.productSales(from: from.firstDay, to: to.lastDay) }
        var byProduct: [String: ProductSales] = [:]
        for row in sold {
            guard var sum = byProduct[row.product] else {
                byProduct[row.product] = row
                continue
            }
            sum.quantityThousandths = try Checked.add(sum.quantityThousandths, row.quantityThousandths, what: "the quantity of \(row.product) sold")
            sum.amount = try Checked.named("the takings of \(row.product)") { try sum.amount.adding(row.amount) }
            sum.sales += row.sales
            byProduct[row.product] = sum
        }
        let rows = byProduct.values.sorted { $0.amount == $1.amount ? $0.product < $1.product : $1.amount.sortsBefore($0.amount) }
        let total = try Checked.named("the takings") { try Money.sum(rows.map(\.amount), currency: baseCurrency) }
        return SalesByProduct(
            from: from, to: to,
            lines: rows.map { row in
                SalesByProduct.Line(
                    product: row.product, name: products[row.product]?.name, unit: products[row.product]?.unit,
                    quantityThousandths: row.quantityThousandths, takings: row.amount, sales: row.sales)
            },
            totalTakings: total)
    }
}
