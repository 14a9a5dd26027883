import ArkaCore
import ArkaStore
import Foundation
import Synchronization

/// What a batch of sales added to the books.
public struct SalesSummary: Sendable, Equatable {
    public var sales = 0
    public var items = 0
    /// Takings, VAT included, per payment method.
    public var takings: [PaymentMethod: Money] = [:]
    public var firstDate: LedgerDate?
    public var lastDate: LedgerDate?
    /// Products kept in stock that the sales took below what was on hand.
    public var stockFlags: [StockShortfall] = []
    /// The import batch the sales were posted as (``ImportBatch``), for a sales file.
    public var batch: Int64?
    /// The first day each product was sold on, in these sales.
    var stockSold: [String: LedgerDate] = [:]

    /// The takings of every payment method together, in `currency` (the ledger's).
    /// - Throws: ``ArkaError/Kind/overflow`` when the sum does not fit in 64 bits.
    public func total(in currency: Currency) throws -> Money {
        try Money.sum(takings.values, currency: currency)
    }

    mutating func add(_ sale: Sale, items priced: [PricedSaleItem], base: Currency) throws {
        sales += 1
        items += priced.count
        var sum = takings[sale.payment] ?? .zero(base)
        for item in priced { sum = try sum.adding(item.amount) }
        takings[sale.payment] = sum
        for item in priced {
            stockSold[item.product] = min(stockSold[item.product] ?? sale.date, sale.date)
        }
        firstDate = min(firstDate ?? sale.date, sale.date)
        lastDate = max(lastDate ?? sale.date, sale.date)
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
    /// goods taken from stock. Without an id the sale is numbered `S-YYYYMMDD-NNN`. A sale of
    /// goods beyond the stock on hand is recorded, and flagged in `stockFlags`.
    /// - Throws: ``ArkaError`` for an unknown product, a closed month, a counted till, a taken id, ...
    @discardableResult
    public func record(_ sale: Sale, counted: CountedCash = .keep, signature: Signature)
        throws -> (entry: StoredEntry, items: [PricedSaleItem], stockFlags: [StockShortfall])
    {
        let profile = try businessProfile()
        var sale = sale
        if sale.id.isEmpty { sale.id = try store.view { try nextID("S", on: sale.date, in: $0) } }
        let posting = try SalePosting.entry(for: sale, products: products, profile: profile, base: baseCurrency)
        let stored = try postAll([posting.entry], counted: counted, signature: signature) { transaction, _, entry in
            try transaction.addSaleItems(entry: entry.entry.id, items: posting.items)
        }
        let sold = Dictionary(posting.items.map { ($0.product, sale.date) }, uniquingKeysWith: { first, _ in first })
        let flags = try store.view { try stockShortfalls(from: sold, in: $0) }
        return (stored[0], posting.items, flags)
    }

    /// The lines of `sale` priced as ``record(_:counted:signature:)`` would price them (the
    /// list price of the sale's day unless a line states its own), without writing anything:
    /// what a till shows before the sale is recorded.
    ///
    /// ```swift
    /// let lines = try ledger.price(Sale(id: "", date: day, items: [SaleItem(product: "BUKE", quantity: try Quantity.parse("2"))], payment: .cash))
    /// ```
    /// - Throws: ``ArkaError/Kind/notABusiness``; ``ArkaError/Kind/unknownProduct``; an amount's overflow.
    public func price(_ sale: Sale) throws -> [PricedSaleItem] {
        var sale = sale
        if sale.id.isEmpty { sale.id = "S-\(sale.date)" }
        return try SalePosting.entry(for: sale, products: products, profile: try businessProfile(), base: baseCurrency).items
    }

    /// Imports a file of sales (a day or a month from a till or a spreadsheet) in one
    /// transaction. Every bad line is reported with its line number (unknown product, a quantity
    /// that is not positive, a malformed amount, a date in a closed month, a sale already in the
    /// books, a day of a counted till) and then nothing of the file is posted. Sales of goods
    /// beyond the stock on hand are posted, and flagged in the summary.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    public func importSales(file path: String, profile reading: ImportProfile? = nil, counted: CountedCash = .keep, signature: Signature) throws -> SalesSummary {
        let profile = try businessProfile()
        let table = HandedTable(try CSVTable(path: path, required: Self.salesColumns.required, optional: Self.salesColumns.optional, profile: reading))
        // Two threads share the work, as for a posting file: one reads the rows, makes and checks
        // each sale's entry; the transaction's thread hashes and inserts them. A year of sales never
        // sits in memory. After the first problem nothing more is inserted, the rest is only
        // checked, and the transaction rolls back.
        let (imported, batch) = try writeBatch(.sales, file: table.name, counted: counted, signature: signature) { transaction in
            let reader = SaleReading(base: baseCurrency, context: context, products: products, profile: profile, file: table.name, signature: signature)
            var inserting = true
            var summary = try FileImport.stream(table, reader: reader) { batch, readingRefused, problems in
                for sale in batch {
                    if !inserting {
                        if try transaction.storedEntry(id: sale.entry.id) != nil {
                            problems.record(sale.entry.locate(ArkaError(.duplicate, "the ledger already has an entry with this id", field: "entry", value: sale.entry.id)))
                        }
                        continue
                    }
                    do {
                        try transaction.append(sale.entry)
                        try transaction.addSaleItems(entry: sale.entry.id, items: sale.items)
                    } catch let error as ArkaError {
                        problems.record(sale.entry.locate(error))
                        inserting = false
                    }
                }
                if readingRefused { inserting = false }
            }
            if summary.sales == 0 {
                throw ArkaError(.missingValue, "the file holds no sales", location: SourceLocation(file: table.name))
            }
            summary.stockFlags = try stockShortfalls(from: summary.stockSold, in: transaction)
            return summary
        }
        var summary = imported
        summary.batch = batch
        return summary
    }
}

/// A sale's entry checked and signed, with its lines, ready to insert.
struct PreparedSale: Sendable {
    var entry: Entry
    var items: [PricedSaleItem]
}

/// The reading side of a sales import: rows to sales, sales to checked entries, handed over in
/// batches (``FileImport``), with values of the ledger, never the ledger itself.
struct SaleReading: ImportReader {
    let base: Currency
    let context: PostingContext
    let products: [String: Product]
    let profile: BusinessProfile
    let file: String
    let signature: Signature

    func read(_ table: CSVTable, into queue: BoundedQueue<[PreparedSale]>, refused: ImportFlag) -> ImportReading<SalesSummary> {
        var outcome = ImportReading(summary: SalesSummary())
        func record(_ error: ArkaError) {
            outcome.problems.record(error)
            refused.raise()
        }
        let columns = SaleColumns(table)
        var seen: [String: Int] = [:]
        var pending: Sale?
        // The sale whose first row was refused: its later rows are still checked, then dropped.
        var refusedSale: String?
        var batch: [PreparedSale] = []

        func prepare(_ sale: Sale) -> Bool {
            do {
                let posting = try SalePosting.entry(for: sale, products: products, profile: profile, base: base)
                var entry = try EntryRules.prepare(posting.entry, in: context)
                entry.postedBy = signature.user
                entry.postedAt = signature.timestamp
                try outcome.summary.add(sale, items: posting.items, base: base)
                batch.append(PreparedSale(entry: entry, items: posting.items))
            } catch let error as ArkaError {
                record(error.at(file: file, line: sale.origin?.line))
            } catch {
                record(ArkaError(.io, "\(error)", location: SourceLocation(file: file, line: sale.origin?.line)))
            }
            if batch.count >= 256 {
                defer { batch = [] }
                return queue.put(batch)
            }
            return true
        }

        do {
            // A record that is no sound row is refused, and the sale it would belong to with it.
            func refuse(_ error: ArkaError, _ fields: [String]) {
                record(error)
                guard let index = columns.sale.index, index < fields.count else { return }
                let id = fields[index].trimmingSpaces
                if pending?.id == id { pending = nil }
                refusedSale = id
            }
            while let row = try table.next(refusing: refuse) {
                let id = row.value(columns.sale)
                do {
                    guard let id else { throw ArkaError(.missingValue, "every row names its sale", field: "sale", value: "") }
                    let item = SaleItem(
                        product: try row.required(columns.product), quantity: try Quantity.parse(try row.required(columns.quantity)),
                        unitPrice: try row.value(columns.unitPrice).map { try Money.parse($0, currency: base, field: "unit_price") },
                        line: row.line)
                    if pending?.id == id {
                        try columns.checkSameSale(row, pending!)
                        pending!.items.append(item)
                        continue
                    }
                    if id == refusedSale { continue }
                    if let sale = pending {
                        pending = nil
                        guard prepare(sale) else { return outcome }
                    }
                    if let earlier = seen[id] {
                        throw ArkaError(.duplicate, "sale \(id) appears again after other sales (first on line \(earlier)); keep a sale's rows together", field: "sale", value: id)
                    }
                    seen[id] = row.line
                    pending = Sale(
                        id: id, date: try LedgerDate.parse(try row.required(columns.date)), description: row.value(columns.description),
                        items: [item], payment: try row.value(columns.payment).map { try PaymentMethod.parse($0) } ?? .cash,
                        invoice: row.value(columns.invoice), nivf: row.value(columns.nivf), customer: row.value(columns.customer),
                        origin: SourceLocation(file: file, line: row.line))
                } catch let error as ArkaError {
                    record(row.locate(error))
                    if let id, pending?.id != id { refusedSale = id }
                }
            }
            if let sale = pending { guard prepare(sale) else { return outcome } }
        } catch let error as ArkaError {
            // A malformed file cannot be read further with any confidence.
            record(error)
        } catch {
            record(ArkaError(.io, "\(error)", location: SourceLocation(file: file)))
        }
        if !batch.isEmpty { _ = queue.put(batch) }
        return outcome
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
