import ArkaCore
import ArkaStore
import Foundation

/// What a batch of sales added to the books.
public struct SalesSummary: Sendable, Equatable {
    public var sales = 0
    public var items = 0
    /// Takings, VAT included, per payment method.
    public var takings: [PaymentMethod: Money] = [:]
    public var firstDate: LedgerDate?
    public var lastDate: LedgerDate?

    public var total: Int64 { takings.values.reduce(0) { $0 &+ $1.minorUnits } }

    mutating func add(_ sale: Sale, items priced: [PricedSaleItem], base: Currency) throws {
        sales += 1
        items += priced.count
        var sum = takings[sale.payment] ?? .zero(base)
        for item in priced { sum = try sum.adding(item.amount) }
        takings[sale.payment] = sum
        if firstDate == nil || sale.date < firstDate! { firstDate = sale.date }
        if lastDate == nil || sale.date > lastDate! { lastDate = sale.date }
    }
}

extension Ledger {
    /// The columns of a sales file: one row per line of a sale; rows sharing a `sale` number, one
    /// after another, are one sale. Later rows may leave the sale's date, payment, invoice, NIVF
    /// and customer empty.
    public static let salesColumns = (
        required: ["sale", "date", "product", "quantity"],
        optional: ["unit_price", "payment", "invoice", "nivf", "customer", "description"]
    )

    /// Records one sale: the money received, the revenue (less VAT), the VAT, and the cost of
    /// goods taken from stock. Without an id the sale is numbered `S-YYYYMMDD-NNN`.
    /// - Throws: ``ArkaError`` for an unknown product, a closed month, a taken id, ...
    @discardableResult
    public func record(_ sale: Sale, signature: Signature) throws -> (entry: StoredEntry, items: [PricedSaleItem]) {
        let profile = try businessProfile()
        var sale = sale
        if sale.id.isEmpty { sale.id = try store.view { try nextID("S", on: sale.date, in: $0) } }
        let posting = try SalePosting.entry(for: sale, products: products, profile: profile, base: baseCurrency)
        let stored = try postAll([posting.entry], signature: signature) { transaction, _, entry in
            try transaction.addSaleItems(entry: entry.entry.id, items: posting.items)
        }
        return (stored[0], posting.items)
    }

    /// Imports a file of sales (a day or a month from a till or a spreadsheet) in one
    /// transaction. Every bad line is reported with its line number (unknown product, a quantity
    /// that is not positive, a malformed amount, a date in a closed month, a sale already in the
    /// books) and then nothing of the file is posted.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    public func importSales(file path: String, signature: Signature) throws -> SalesSummary {
        let profile = try businessProfile()
        let products = self.products
        let table = try CSVTable(path: path, required: Self.salesColumns.required, optional: Self.salesColumns.optional)
        let file = table.reader.name
        var problems = ProblemList()
        var sales: [Sale] = []
        var failed = false
        var seen: [String: Int] = [:]
        // The sale whose first row was refused: its later rows are still checked, then dropped.
        var refusedSale: String?
        let columns = SaleColumns(table)
        while let row = try table.next() {
            let id = row.value(columns.sale)
            do {
                guard let id else { throw ArkaError(.missingValue, "every row names its sale", field: "sale", value: "") }
                let item = SaleItem(
                    product: try row.required(columns.product), quantity: try Quantity.parse(try row.required(columns.quantity)),
                    unitPrice: try row.value(columns.unitPrice).map { try Money.parse($0, currency: baseCurrency, field: "unit_price") },
                    line: row.line)
                if let current = sales.last, current.id == id {
                    try columns.checkSameSale(row, current)
                    sales[sales.count - 1].items.append(item)
                    continue
                }
                if id == refusedSale { continue }
                if let earlier = seen[id] {
                    throw ArkaError(.duplicate, "sale \(id) appears again after other sales (first on line \(earlier)); keep a sale's rows together", field: "sale", value: id)
                }
                seen[id] = row.line
                sales.append(
                    Sale(
                        id: id, date: try LedgerDate.parse(try row.required(columns.date)), description: row.value(columns.description),
                        items: [item], payment: try row.value(columns.payment).map { try PaymentMethod.parse($0) } ?? .cash,
                        invoice: row.value(columns.invoice), nivf: row.value(columns.nivf), customer: row.value(columns.customer),
                        origin: SourceLocation(file: file, line: row.line)))
            } catch let error as ArkaError {
                problems.record(row.locate(error))
                failed = true
                if let id, sales.last?.id != id { refusedSale = id }
            }
        }
        var entries: [Entry] = []
        var priced: [[PricedSaleItem]] = []
        var summary = SalesSummary()
        entries.reserveCapacity(sales.count)
        for sale in sales {
            do {
                let posting = try SalePosting.entry(for: sale, products: products, profile: profile, base: baseCurrency)
                entries.append(posting.entry)
                priced.append(posting.items)
                try summary.add(sale, items: posting.items, base: baseCurrency)
            } catch let error as ArkaError {
                problems.record(error)
            }
        }
        if entries.isEmpty && !failed && problems.isEmpty {
            throw ArkaError(.missingValue, "the file holds no sales", location: SourceLocation(file: file))
        }
        try postAll(entries, signature: signature, problems: problems) { transaction, index, entry in
            try transaction.addSaleItems(entry: entry.entry.id, items: priced[index])
        }
        return summary
    }
}

/// The columns of a sales file, found once by name.
struct SaleColumns {
    let sale, date, product, quantity, unitPrice, payment, invoice, nivf, customer, description: CSVTable.Column

    init(_ table: CSVTable) {
        sale = table.column("sale")
        date = table.column("date")
        product = table.column("product")
        quantity = table.column("quantity")
        unitPrice = table.column("unit_price")
        payment = table.column("payment")
        invoice = table.column("invoice")
        nivf = table.column("nivf")
        customer = table.column("customer")
        description = table.column("description")
    }

    /// A sale's later rows leave its date, payment, documents and customer empty, or repeat them.
    func checkSameSale(_ row: CSVTable.Row, _ sale: Sale) throws {
        let firstLine = sale.origin?.line ?? 0
        func check(_ column: CSVTable.Column, _ expected: String?) throws {
            if let value = row.value(column), value != (expected ?? "") {
                throw ArkaError(
                    .inconsistentEntry, "sale \(sale.id) has \(column.name) \"\(expected ?? "")\" on line \(firstLine); its rows must agree (or leave it empty)",
                    field: column.name, value: value)
            }
        }
        try check(date, sale.date.description)
        if let text = row.value(payment), (try? PaymentMethod.parse(text)) != sale.payment {
            try check(payment, sale.payment.rawValue)
        }
        try check(invoice, sale.invoice)
        try check(nivf, sale.nivf)
        try check(customer, sale.customer)
        try check(description, sale.description)
    }
}
