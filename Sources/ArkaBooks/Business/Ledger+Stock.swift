import ArkaCore
import ArkaStore
import Foundation

/// A product kept in stock that was sold beyond what was on hand: its quantity on hand went below
/// zero at the end of a day. Not refused (a bakery must still sell), but flagged: goods were
/// sold that the books never bought, or a purchase is missing.
public struct StockShortfall: Sendable, Equatable {
    public var product: Product
    /// The first day, from the day asked about, that ended with less than nothing on hand.
    public var firstDate: LedgerDate
    /// The lowest quantity on hand at a day's end, in thousandths (negative), and that day.
    public var lowestThousandths: Int64
    public var lowestDate: LedgerDate

    /// One sentence: "LENG is sold beyond the stock on hand: -3 bottle on hand at the end of 2024-01-08."
    public var sentence: Sentence {
        let lowest = BusinessIndicators.quantityText(lowestThousandths)
        if firstDate == lowestDate { return "\(product.code) is sold beyond the stock on hand: \(lowest) \(product.unit) on hand at the end of \(lowestDate)" }
        return "\(product.code) is sold beyond the stock on hand from \(firstDate): \(lowest) \(product.unit) on hand at the end of \(lowestDate)"
    }
}

/// What a batch of purchases of goods added to the books.
public struct StockPurchaseSummary: Sendable, Equatable {
    public var purchases: Int
    public var lines: Int
    /// What was paid, and what went into stock at the unit costs; the rest is a price difference.
    public var paid: Money
    public var value: Money
    public var entries: [String]
}

/// A stock count recorded: what the books held and what was counted, and the entry of the difference.
public struct StockCountResult: Sendable, Equatable {
    public var count: StockCount
    public var product: Product
    /// The difference at the unit cost; zero when the count agrees.
    public var value: Money
    public var entry: String?
}

/// A sale voided by its reversal: what went back.
public struct VoidedSale: Sendable {
    public var sale: String
    /// The reversal.
    public var reversal: StoredEntry
    /// The sale's takings, VAT included, taken back out of `account`.
    public var total: Money
    public var account: String
    /// The goods kept in stock that went back on the shelf: product and thousandths.
    public var returned: [(product: String, quantityThousandths: Int64)]
}

extension Ledger {
    /// The products kept in stock (those with a unit cost), by code.
    var stockProducts: [String] { definition.products.filter(\.tracksStock).map(\.code).sorted() }

    /// The products of `firstDates` whose quantity on hand ended a day below zero, from the date
    /// given for each product on (and up to `to`, when given). A quantity already below zero
    /// before that date counts from that date.
    func stockShortfalls(from firstDates: [String: LedgerDate], to: LedgerDate? = nil, in view: LedgerView) throws -> [StockShortfall] {
        let products = self.products
        let codes = firstDates.keys.filter { products[$0]?.tracksStock == true }.sorted()
        guard !codes.isEmpty else { return [] }
        var running: [String: Int64] = [:]
        var found: [String: StockShortfall] = [:]
        var day: LedgerDate?
        var moved: Set<String> = []
        func endOfDay(_ date: LedgerDate, _ codes: some Sequence<String>) {
            for code in codes {
                guard let first = firstDates[code], date >= first, let product = products[code] else { continue }
                let onHand = running[code] ?? 0
                guard onHand < 0 else { continue }
                if var shortfall = found[code] {
                    if onHand < shortfall.lowestThousandths {
                        shortfall.lowestThousandths = onHand
                        shortfall.lowestDate = date
                    }
                    found[code] = shortfall
                } else {
                    found[code] = StockShortfall(product: product, firstDate: date, lowestThousandths: onHand, lowestDate: date)
                }
            }
        }
        // What was already short on the first day asked about, before anything moved that day.
        var started: Set<String> = []
        func start(_ date: LedgerDate) {
            for code in codes where !started.contains(code) {
                guard let first = firstDates[code], date >= first else { continue }
                started.insert(code)
                endOfDay(first, [code])
            }
        }
        for line in try view.stockLines(products: codes, through: to) {
            if line.date != day {
                if let day { endOfDay(day, moved) }
                moved.removeAll(keepingCapacity: true)
                start(line.date)
                day = line.date
            }
            running[line.product] = try Checked.add(running[line.product] ?? 0, line.quantityThousandths, what: "the quantity on hand")
            moved.insert(line.product)
        }
        if let day { endOfDay(day, moved) }
        if let end = to ?? firstDates.values.max() { start(end) }
        return codes.compactMap { found[$0] }
    }

    /// The stock on hand of every product kept in stock, at `asOf` (all entries when nil), set
    /// against the stock account's balance.
    /// - Throws: ``ArkaError/Kind/notABusiness``; ``ArkaError/Kind/badSetting`` when business.yaml names no stock account.
    public func stock(asOf: LedgerDate?) throws -> StockReport {
        let profile = try businessProfile()
        guard let account = profile.stock else {
            throw ArkaError(.badSetting, "business.yaml names no stock account; goods kept in stock need one", field: "stock", value: "")
        }
        return try store.view { view in
            let quantities = try onHand(through: asOf, in: view)
            var positions: [StockReport.Position] = []
            for product in definition.products where product.tracksStock {
                guard let unitCost = product.unitCost else { continue }
                let onHand = quantities[product.code] ?? 0
                positions.append(
                    StockReport.Position(
                        product: product, onHandThousandths: onHand, unitCost: unitCost, value: try Conversion.scale(unitCost, by: onHand, over: 1000)))
            }
            let balance = try Checked.named("the stock account") {
                try Money.sum(try view.movements(on: account, through: asOf).map(\.amount), currency: baseCurrency)
            }
            var total = Money.zero(baseCurrency)
            for position in positions { total = try total.adding(position.value) }
            return StockReport(
                ledgerName: settings.name, currency: baseCurrency, asOf: asOf, account: context.chart.account(account) ?? Account(code: account, name: account, type: .asset),
                positions: positions.sorted { $0.product.code < $1.product.code }, total: total, accountBalance: balance,
                difference: try balance.subtracting(total))
        }
    }

    /// The quantity on hand of each product kept in stock at the end of `through`, thousandths.
    func onHand(through: LedgerDate?, in view: LedgerView) throws -> [String: Int64] {
        var quantities: [String: Int64] = [:]
        for line in try view.stockLines(products: stockProducts, through: through) {
            quantities[line.product] = try Checked.add(quantities[line.product] ?? 0, line.quantityThousandths, what: "the quantity on hand")
        }
        return quantities
    }

    // MARK: Purchases

    /// The columns of a purchases file, one product a row: rows sharing an `id`, one after
    /// another, are one purchase; rows without one are a purchase each.
    public static let goodsPurchaseColumns = (
        required: ["date", "supplier", "product", "quantity", "amount", "paid_from"],
        optional: ["id", "nipt", "invoice", "nivf", "fund", "budget_line"]
    )

    /// Records a purchase of goods kept in stock: the goods at their unit cost into the stock
    /// account, a price difference to the cost of goods, the money out of the till or the bank
    /// (or owed to the supplier). Without an id it is numbered `G-YYYYMMDD-NNN`.
    /// - Throws: ``ArkaError`` for an unknown product or one not kept in stock, a closed month,
    ///   a counted till, a taken id, ...
    @discardableResult
    public func recordPurchase(_ purchase: StockPurchase, counted: CountedCash = .keep, signature: Signature) throws -> StockPurchaseSummary {
        try recordPurchases([purchase], counted: counted, file: nil, signature: signature)
    }

    /// Reads purchases of goods from a file (``goodsPurchaseColumns``) and records them all, or none,
    /// with every bad row reported.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    public func importPurchases(file path: String, counted: CountedCash = .keep, signature: Signature) throws -> StockPurchaseSummary {
        let table = try CSVTable(path: path, required: Self.goodsPurchaseColumns.required, optional: Self.goodsPurchaseColumns.optional)
        let file = table.reader.name
        var purchases: [StockPurchase] = []
        // Rows sharing an id, one after another, are one purchase's lines.
        let read = FileImport.rows(table) { row in
            let line = StockPurchaseLine(
                product: try row.required("product"), quantity: try Quantity.parse(try row.required("quantity")),
                amount: try Money.parse(try row.required("amount"), currency: baseCurrency), line: row.line)
            let id = row.value("id") ?? ""
            if !id.isEmpty, var last = purchases.last, last.id == id {
                for (column, expected) in [("date", last.date.description), ("supplier", last.supplier), ("paid_from", last.paidFrom.rawValue),
                                           ("invoice", last.invoice ?? ""), ("nipt", last.taxID ?? "")] {
                    if let value = row.value(column), value != expected {
                        throw ArkaError(
                            .inconsistentEntry, "purchase \(id) has \(column) \"\(expected)\" on line \(last.origin?.line ?? 0); its rows must agree (or leave it empty)",
                            field: column, value: value)
                    }
                }
                last.lines.append(line)
                purchases[purchases.count - 1] = last
                return
            }
            purchases.append(
                StockPurchase(
                    id: id, date: try LedgerDate.parse(try row.required("date")), supplier: try row.required("supplier"), taxID: row.value("nipt"),
                    paidFrom: try PurchasePayment.parse(try row.required("paid_from")), fund: row.value("fund"), budgetLine: row.value("budget_line"),
                    invoice: row.value("invoice"), nivf: row.value("nivf"), lines: [line], origin: SourceLocation(file: file, line: row.line)))
        }
        let problems = read.problems
        if purchases.isEmpty && problems.isEmpty {
            throw ArkaError(.missingValue, "the file holds no purchases", location: SourceLocation(file: file))
        }
        return try recordPurchases(purchases, counted: counted, file: file, signature: signature, problems: problems)
    }

    private func recordPurchases(
        _ purchases: [StockPurchase], counted: CountedCash, file: String?, signature: Signature, problems: ProblemList = ProblemList()
    ) throws -> StockPurchaseSummary {
        let profile = try businessProfile()
        let products = self.products
        var problems = problems
        var entries: [Entry] = []
        var priced: [[PricedStockLine]] = []
        var numbers: [String: Int] = [:]
        var paid = Money.zero(baseCurrency)
        var value = Money.zero(baseCurrency)
        for var purchase in purchases {
            do {
                if purchase.id.isEmpty {
                    // Numbered in order after the day's existing ones.
                    let stem = "G-\(purchase.date.description.replacingOccurrences(of: "-", with: ""))-"
                    if numbers[stem] == nil {
                        numbers[stem] = try store.view { try $0.entryIDs(startingWith: stem).compactMap { Int($0.dropFirst(stem.count)) }.max() ?? 0 }
                    }
                    numbers[stem, default: 0] += 1
                    purchase.id = stem + String(format: "%03d", numbers[stem] ?? 1)
                }
                if let grant = profile.grantFund, purchase.fund == grant, purchase.budgetLine == nil {
                    throw ArkaError(
                        .missingValue, "spending charged to the grant \(grant) names its business-plan line (budget_line)",
                        location: SourceLocation(file: purchase.origin?.file, line: purchase.origin?.line, field: "budget_line", value: ""))
                }
                let (entry, lines) = try purchase.entry(products: products, profile: profile, base: baseCurrency)
                for line in lines {
                    paid = try paid.adding(line.paid)
                    value = try value.adding(line.value)
                }
                entries.append(entry)
                priced.append(lines)
            } catch let error as ArkaError {
                problems.record(error)
            }
        }
        let stored = try postAll(entries, counted: counted, file: file, signature: signature, problems: problems) { transaction, index, entry in
            try transaction.addStockMovements(
                entry: entry.entry.id, kind: .purchase,
                rows: priced[index].map {
                    StockMovementRow(product: $0.product, quantityThousandths: $0.quantity.thousandths, value: $0.value, paid: $0.paid)
                })
        }
        return StockPurchaseSummary(
            purchases: stored.count, lines: priced.reduce(0) { $0 + $1.count }, paid: paid, value: value, entries: stored.map(\.entry.id))
    }

    // MARK: Counts

    /// Records goods counted at the end of `date` against the quantity the books hold (every
    /// entry of that day included). A difference is posted at the unit cost between the stock
    /// account and the stock difference account (`stock_difference`, else `cost_of_goods`), and
    /// needs a note saying why; a count that agrees is recorded too.
    /// - Throws: ``ArkaError/Kind/unknownProduct`` or ``ArkaError/Kind/badSetting`` for a product
    ///   not kept in stock, ``ArkaError/Kind/missingValue`` for a difference without a note.
    @discardableResult
    public func countStock(on date: LedgerDate, product: String, countedThousandths: Int64, note: String?, signature: Signature) throws -> StockCountResult {
        let profile = try businessProfile()
        return try write(signature: signature) { transaction in
            try countStock(on: date, product: product, countedThousandths: countedThousandths, note: note, profile: profile, in: transaction, signature: signature)
        }
    }

    /// Records the stock counts of a file (`date,product,counted[,note]`), in order, all or none:
    /// each reads the quantity the ones before it left.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is recorded then.
    public func countStock(file path: String, signature: Signature) throws -> [StockCountResult] {
        let table = try CSVTable(path: path, required: ["date", "product", "counted"], optional: ["note"])
        var read = FileImport.rows(table) { row in
            (date: try LedgerDate.parse(try row.required("date")), product: try row.required("product"),
             counted: try StockCount.countedThousandths(try row.required("counted")), note: row.value("note"))
        }
        let profile = try businessProfile()
        return try write(file: table.reader.name, signature: signature) { transaction in
            var results: [StockCountResult] = []
            try read.apply { row in
                results.append(
                    try countStock(
                        on: row.date, product: row.product, countedThousandths: row.counted, note: row.note, profile: profile, in: transaction,
                        signature: signature))
            }
            return results
        }
    }

    private func countStock(
        on date: LedgerDate, product code: String, countedThousandths: Int64, note: String?, profile: BusinessProfile, in transaction: LedgerTransaction,
        signature: Signature
    ) throws -> StockCountResult {
        guard let product = products[code] else {
            throw ArkaError(.unknownProduct, "no such product in the ledger's product list (\(SalePosting.listing(products.keys)))", field: "product", value: code)
        }
        guard let unitCost = product.unitCost else {
            throw ArkaError(.badSetting, "product \(code) is not kept in stock (it has no unit_cost in products.csv)", field: "product", value: code)
        }
        guard countedThousandths >= 0 else {
            throw ArkaError(.badQuantity, "a counted quantity cannot be negative", field: "counted", value: BusinessIndicators.quantityText(countedThousandths))
        }
        try context.lock.checkOpen(date, what: "the stock count")
        let expected = try transaction.stockLines(products: [code], through: date).reduce(Int64(0)) {
            try Checked.add($0, $1.quantityThousandths, what: "the quantity on hand")
        }
        let count = StockCount(date: date, product: code, expectedThousandths: expected, countedThousandths: countedThousandths, note: note?.trimmingSpaces)
        var entryID: String?
        var value = Money.zero(baseCurrency)
        if let (entry, difference) = try count.entry(id: try countID(date, code, in: transaction), unitCost: unitCost, unit: product.unit, profile: profile) {
            var prepared = try EntryRules.prepare(entry, in: context)
            prepared.postedBy = signature.user
            prepared.postedAt = signature.timestamp
            try transaction.append(prepared)
            try transaction.addStockMovements(
                entry: prepared.id, kind: .count,
                rows: [StockMovementRow(product: code, quantityThousandths: count.differenceThousandths, value: difference, paid: nil)])
            entryID = prepared.id
            value = difference
        }
        try transaction.addStockCount(
            date: date, product: code, expectedThousandths: expected, countedThousandths: countedThousandths, note: count.note, entry: entryID,
            by: signature.user, at: signature.timestamp)
        return StockCountResult(count: count, product: product, value: value, entry: entryID)
    }

    /// `SC-DATE-PRODUCT`, or with `-2`, `-3`... when the product was counted with a difference that day already.
    private func countID(_ date: LedgerDate, _ product: String, in view: LedgerView) throws -> String {
        let stem = "SC-\(date)-\(product)"
        var id = stem
        var number = 1
        while try view.storedEntry(id: id) != nil {
            number += 1
            id = "\(stem)-\(number)"
        }
        return id
    }

    /// Every stock count recorded, oldest first.
    public func stockCounts() throws -> [StoredStockCount] {
        try store.view { try $0.stockCounts() }
    }

    // MARK: Voiding a sale

    /// Voids a sale: posts its reversal through ``reverse(entryID:date:reason:newID:counted:signature:)``.
    /// The sales register and the stock read the reversal, so the sale leaves sales by product and
    /// its goods go back on hand; `arka reverse` of a sale does exactly the same.
    /// - Throws: ``ArkaError/Kind/unknownEntry`` when `id` is not a sale, and every refusal of a reversal.
    public func voidSale(_ id: String, date: LedgerDate, reason: String, newID: String? = nil, counted: CountedCash = .keep, signature: Signature) throws -> VoidedSale {
        let items = try store.view { try $0.saleItems(of: id) }
        guard !items.isEmpty else {
            let exists = try store.view { try $0.storedEntry(id: id) } != nil
            throw ArkaError(
                .unknownEntry, exists ? "entry \(id) is not a sale; correct it with arka reverse" : "the ledger has no sale with this id", field: "sale", value: id)
        }
        let voidID = try newID ?? store.view { try $0.freshEntryID("\(id)-void", oneOfMany: true) }
        let reversal = try reverse(entryID: id, date: date, reason: reason, newID: voidID, counted: counted, signature: signature)
        let total = try Checked.named("the sale's total") { try Money.sum(items.map(\.amount), currency: baseCurrency) }
        let money = try businessProfile().moneyAccounts
        let account = reversal.entry.postings.first { money.contains($0.account) }?.account ?? ""
        let stocked = Set(stockProducts)
        return VoidedSale(
            sale: id, reversal: reversal, total: total, account: account,
            returned: items.filter { stocked.contains($0.product) }.map { ($0.product, $0.quantityThousandths) })
    }
}
