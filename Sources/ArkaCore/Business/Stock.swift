/// Where the money for a purchase of goods came from: the till, the bank, or the supplier's
/// credit (a debt to pay later).
public enum PurchasePayment: String, Sendable, CaseIterable {
    case cash, bank, supplier

    /// - Throws: ``ArkaError/Kind/badSetting`` for anything but cash, bank or supplier.
    public static func parse(_ text: String, field: String = "paid_from") throws -> PurchasePayment {
        guard let payment = PurchasePayment(rawValue: text.trimmingSpaces.lowercased()) else {
            throw ArkaError(.badSetting, "goods are paid from cash or bank, or bought on the supplier's credit (supplier)", field: field, value: text)
        }
        return payment
    }

    /// The account credited: the till, the bank, or the profile's `suppliers` account.
    /// - Throws: ``ArkaError/Kind/badSetting`` for a purchase on credit when business.yaml names no suppliers account.
    public func account(in profile: BusinessProfile, field: String = "paid_from") throws -> String {
        switch self {
        case .cash: return profile.cash
        case .bank: return profile.bank
        case .supplier:
            guard let suppliers = profile.suppliers else {
                throw ArkaError(.badSetting, "goods bought on credit need the suppliers account in business.yaml (suppliers: \"4010\")", field: field, value: rawValue)
            }
            return suppliers
        }
    }
}

/// A purchase of goods kept in stock: one supplier's invoice, a line a product with the quantity
/// bought and what it cost.
///
/// Stock is kept at each product's unit cost (`unit_cost` in products.csv), so that the stock
/// account always equals the goods on hand times their unit cost. What a purchase cost more or
/// less than that is a price difference, posted to the cost of goods.
///
/// ```swift
/// let purchase = StockPurchase(id: "G-1", date: day, supplier: "Pije Freskuese Fier shpk", paidFrom: .cash,
///                              lines: [StockPurchaseLine(product: "LENG", quantity: try Quantity.parse("48"), amount: lek("3360"))])
/// let (entry, lines) = try purchase.entry(products: products, profile: profile, base: .lek)
/// ```
public struct StockPurchase: Sendable, Equatable {
    public var id: String
    public var date: LedgerDate
    public var supplier: String
    public var taxID: String?
    public var paidFrom: PurchasePayment
    public var fund: String?
    public var budgetLine: String?
    public var invoice: String?
    public var nivf: String?
    public var lines: [StockPurchaseLine]
    /// Where it was read from, for error messages.
    public var origin: SourceLocation?

    public init(
        id: String, date: LedgerDate, supplier: String, taxID: String? = nil, paidFrom: PurchasePayment, fund: String? = nil,
        budgetLine: String? = nil, invoice: String? = nil, nivf: String? = nil, lines: [StockPurchaseLine], origin: SourceLocation? = nil
    ) {
        self.id = id
        self.date = date
        self.supplier = supplier
        self.taxID = taxID
        self.paidFrom = paidFrom
        self.fund = fund
        self.budgetLine = budgetLine
        self.invoice = invoice
        self.nivf = nivf
        self.lines = lines
        self.origin = origin
    }
}

/// One product of a purchase: how many were bought and what they cost together.
public struct StockPurchaseLine: Sendable, Equatable {
    public var product: String
    public var quantity: Quantity
    /// What the line cost, in the base currency.
    public var amount: Money
    /// The line of the file it was read from, for error messages.
    public var line: Int?

    public init(product: String, quantity: Quantity, amount: Money, line: Int? = nil) {
        self.product = product
        self.quantity = quantity
        self.amount = amount
        self.line = line
    }

    public static func == (lhs: StockPurchaseLine, rhs: StockPurchaseLine) -> Bool {
        lhs.product == rhs.product && lhs.quantity == rhs.quantity && lhs.amount == rhs.amount
    }
}

/// A line of a purchase as posted: the goods at their unit cost, and what was paid.
public struct PricedStockLine: Sendable, Equatable {
    public var product: String
    public var quantity: Quantity
    /// Quantity × unit cost, rounded once: what the line adds to the stock account.
    public var value: Money
    public var paid: Money
}

extension StockPurchase {
    /// The entry: the stock account debited with each line's quantity × unit cost, a price
    /// difference (paid less that) to the cost of goods, and the money account (or the
    /// supplier) credited with what was paid.
    /// - Throws: ``ArkaError/Kind/unknownProduct``, ``ArkaError/Kind/badSetting`` for a product
    ///   not kept in stock or a profile without stock and cost of goods accounts,
    ///   ``ArkaError/Kind/badAmount`` for an amount that is not positive.
    public func entry(products: [String: Product], profile: BusinessProfile, base: Currency) throws -> (entry: Entry, lines: [PricedStockLine]) {
        func placed(_ error: ArkaError, _ line: Int?) -> ArkaError { error.at(file: origin?.file, line: line ?? origin?.line) }
        guard !lines.isEmpty else { throw placed(ArkaError(.missingValue, "a purchase needs at least one product line", field: "product", value: ""), nil) }
        guard let stock = profile.stock, let costOfGoods = profile.costOfGoods else {
            throw placed(ArkaError(.badSetting, "goods kept in stock need the stock and cost_of_goods accounts in business.yaml", field: "stock", value: ""), nil)
        }
        if let taxID, !TaxID.isValid(taxID) {
            throw placed(ArkaError(.badSetting, "a NIPT is a letter, eight digits and a letter, like K12345678A", field: "nipt", value: taxID), nil)
        }
        let fund = self.fund ?? profile.ownFund
        let credit = try { () throws -> String in
            do { return try paidFrom.account(in: profile) } catch let error as ArkaError { throw placed(error, nil) }
        }()
        var postings: [Posting] = []
        var priced: [PricedStockLine] = []
        var total = Money.zero(base)
        var difference = Money.zero(base)
        for line in lines {
            guard let product = products[line.product] else {
                throw placed(
                    ArkaError(.unknownProduct, "no such product in the ledger's product list (\(SalePosting.listing(products.keys)))", field: "product", value: line.product),
                    line.line)
            }
            guard let unitCost = product.unitCost else {
                throw placed(
                    ArkaError(.badSetting, "product \(product.code) is not kept in stock (it has no unit_cost in products.csv); record it with arka expense add", field: "product", value: product.code),
                    line.line)
            }
            guard line.amount.currency == base, line.amount.minorUnits > 0 else {
                throw placed(ArkaError(.badAmount, "a purchase line costs a positive amount in \(base.code)", field: "amount", value: line.amount.decimalText), line.line)
            }
            let value = try Conversion.extend(unitCost, by: line.quantity)
            postings.append(
                Posting(
                    account: stock, amount: value, fund: fund, budgetLine: budgetLine,
                    memo: "\(line.quantity) \(product.unit) \(product.code) × \(unitCost.displayText)", line: line.line))
            difference = try difference.adding(try line.amount.subtracting(value))
            total = try total.adding(line.amount)
            priced.append(PricedStockLine(product: product.code, quantity: line.quantity, value: value, paid: line.amount))
        }
        if !difference.isZero {
            postings.append(Posting(account: costOfGoods, amount: difference, fund: fund, budgetLine: budgetLine, memo: "price difference from the unit cost"))
        }
        postings.append(Posting(account: credit, amount: try total.negated(), fund: fund, memo: paidFrom.rawValue, line: origin?.line))
        var documents: [DocumentReference] = []
        if let invoice { documents.append(DocumentReference(kind: .invoice, reference: invoice)) }
        if let nivf {
            do { documents += try DocumentReference.parseList("nivf:" + nivf, field: "nivf") } catch let error as ArkaError { throw placed(error, nil) }
        }
        let summary = priced.map { "\($0.quantity) \($0.product)" }.joined(separator: ", ")
        let entry = Entry(
            id: id, date: date, description: "Goods for stock: \(summary)", counterparty: taxID.map { "\(supplier) (NIPT \($0))" } ?? supplier,
            documents: documents, postings: postings, origin: origin)
        return (entry, priced)
    }
}

/// Goods counted on a shelf at the end of a day, set against the quantity the books hold.
///
/// A difference moves its value at the unit cost between the stock account and the stock
/// difference account (`stock_difference`, else the cost of goods), with the note that says why.
///
/// ```swift
/// let count = StockCount(date: day, product: "LENG", expectedThousandths: 48_000, countedThousandths: 46_000, note: "two broken")
/// let entry = try count.entry(id: "SC-2024-12-31-LENG", unitCost: lek("70"), profile: profile)   // nil when it agrees
/// ```
public struct StockCount: Sendable, Equatable {
    public var date: LedgerDate
    public var product: String
    /// What the books hold at the end of the day, in thousandths of a unit.
    public var expectedThousandths: Int64
    /// What was counted, in thousandths of a unit.
    public var countedThousandths: Int64
    public var note: String?

    public init(date: LedgerDate, product: String, expectedThousandths: Int64, countedThousandths: Int64, note: String?) {
        self.date = date
        self.product = product
        self.expectedThousandths = expectedThousandths
        self.countedThousandths = countedThousandths
        self.note = note
    }

    /// Counted less expected, in thousandths: negative when goods are missing.
    public var differenceThousandths: Int64 {
        let (difference, overflow) = countedThousandths.subtractingReportingOverflow(expectedThousandths)
        return overflow ? (countedThousandths < expectedThousandths ? .min : .max) : difference
    }

    /// "missing", "found" or "agrees".
    public var verdict: String { differenceThousandths < 0 ? "missing" : differenceThousandths > 0 ? "found" : "agrees" }

    /// Reads a counted quantity: zero or a positive decimal with at most three decimals, in thousandths.
    /// - Throws: ``ArkaError/Kind/badQuantity`` for anything else (a negative number: "cannot be negative").
    public static func countedThousandths(_ text: String, field: String = "counted") throws -> Int64 {
        if let number = try? DecimalText.parse(text, field: field) {
            if number.digits == 0 { return 0 }
            if number.digits < 0 { throw ArkaError(.badQuantity, "a counted quantity cannot be negative", field: field, value: text) }
        }
        do {
            let quantity = try Quantity.parse(text, field: field)
            var units = quantity.value.digits
            // Quantity.parse keeps a quantity within 10^12 thousandths: this cannot overflow.
            for _ in quantity.value.scale..<Quantity.maximumDecimals { units *= 10 }
            return units
        } catch let error as ArkaError where error.kind == .badQuantity {
            throw ArkaError(.badQuantity, "a counted quantity is zero or a positive number with at most 3 decimals, like 46", location: error.location)
        }
    }

    /// The entry recording the difference at the unit cost, or nil when the count agrees.
    /// - Throws: ``ArkaError/Kind/missingValue`` for a difference without a note,
    ///   ``ArkaError/Kind/badSetting`` for a profile without the stock accounts.
    public func entry(id: String, unitCost: Money, unit: String, profile: BusinessProfile) throws -> (entry: Entry, value: Money)? {
        guard differenceThousandths != 0 else { return nil }
        let quantity = DecimalText(digits: differenceThousandths < 0 ? -differenceThousandths : differenceThousandths, scale: 3).normalized.text
        let note = self.note?.trimmingSpaces ?? ""
        guard !note.isEmpty else {
            let reason: Sentence =
                differenceThousandths < 0
                ? "the count finds \(quantity) \(unit) of \(product) missing; say why in a note"
                : "the count finds \(quantity) \(unit) of \(product) more than the books hold; say why in a note"
            throw ArkaError(.missingValue, reason, field: "note", value: "")
        }
        guard let stock = profile.stock, let differenceAccount = profile.stockDifferenceAccount else {
            throw ArkaError(.badSetting, "goods kept in stock need the stock and cost_of_goods accounts in business.yaml", field: "stock", value: "")
        }
        let value = try Conversion.scale(unitCost, by: differenceThousandths, over: 1000)
        let counted = DecimalText(digits: countedThousandths, scale: 3).normalized.text
        let expected = DecimalText(digits: expectedThousandths, scale: 3).normalized.text
        let entry = Entry(
            id: id, date: date, description: "Stock count of \(product): \(quantity) \(unit) \(verdict). \(note)",
            postings: [
                Posting(account: stock, amount: value, fund: profile.ownFund, memo: "\(product) counted \(counted), books \(expected)"),
                Posting(account: differenceAccount, amount: try value.negated(), fund: profile.ownFund, memo: "\(product) \(verdict)"),
            ])
        return (entry, value)
    }
}
