import ArkaCore
import ArkaStore

extension StockReport {
    /// Per product the quantity on hand, the unit cost and the value; the total; and, last, the
    /// total set against the stock account. JSON amounts and quantities are decimal strings.
    public func rendered(as format: OutputFormat) -> String {
        let header = ["product", "name", "unit", "on_hand", "unit_cost", "value"]
        let rows = positions.map {
            [$0.product.code, $0.product.name, $0.product.unit, BusinessIndicators.quantityText($0.onHandThousandths), $0.unitCost.decimalText, $0.value.decimalText]
        }
        switch format {
        case .csv:
            return CSVText.table(header, rows + [["total", "", "", "", "", total.decimalText], ["account \(account.code)", account.name, "", "", "", accountBalance.decimalText]])
        case .json:
            struct Product: Encodable { var product, name, unit, onHand, unitCost, value: String }
            struct Shape: Encodable {
                @JSONNull var asOf: String?
                var currency, account: String
                var products: [Product]
                var total, accountBalance, difference: String
                var agrees: Bool
            }
            return JSONText.render(
                Shape(
                    asOf: asOf?.description, currency: currency.code, account: account.code,
                    products: positions.map {
                        Product(
                            product: $0.product.code, name: $0.product.name, unit: $0.product.unit,
                            onHand: BusinessIndicators.quantityText($0.onHandThousandths), unitCost: $0.unitCost.decimalText, value: $0.value.decimalText)
                    },
                    total: total.decimalText, accountBalance: accountBalance.decimalText, difference: difference.decimalText, agrees: agrees))
        case .text:
            var table = TextTable(columns: [("Product", .left), ("Name", .left), ("On hand", .right), ("Unit", .left), ("Unit cost", .right), ("Value", .right)])
            for position in positions {
                table.add([
                    .text(position.product.code), .text(position.product.name(in: .current)), .text(BusinessIndicators.quantityText(position.onHandThousandths)),
                    .text(position.product.unit), .money(position.unitCost), .money(position.value),
                ])
            }
            table.rule()
            table.add([.text(tr("Total")), "", "", "", "", .money(total)])
            let when: Sentence = asOf.map { "at the end of \($0)" } ?? "all entries"
            return tr("Stock of \(ledgerName), \(when), \(currency.code)") + "\n\n" + table.render() + "\n" + tr(closingSentence) + "\n"
        }
    }
}

extension Array where Element == StoredStockCount {
    /// The stock counts: what the books held, what was counted, and the entry of the difference.
    public func rendered(as format: OutputFormat) -> String {
        let header = ["date", "product", "expected", "counted", "difference", "note", "entry", "counted_by"]
        let rows = map { count in
            [count.date.description, count.product, BusinessIndicators.quantityText(count.expectedThousandths), BusinessIndicators.quantityText(count.countedThousandths),
             BusinessIndicators.quantityText(
                StockCount(date: count.date, product: count.product, expectedThousandths: count.expectedThousandths, countedThousandths: count.countedThousandths, note: nil)
                    .differenceThousandths), count.note ?? "", count.entry ?? "", count.countedBy]
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json: return JSONText.objects(header, rows)
        case .text:
            var table = TextTable(columns: [("Date", .left), ("Product", .left), ("Books", .right), ("Counted", .right), ("Difference", .right), ("Note", .left), ("Entry", .left)])
            for row in rows { table.add([row[0], row[1], row[2], row[3], row[4], row[5], row[6].isEmpty ? "-" : row[6]]) }
            return table.render()
        }
    }
}
