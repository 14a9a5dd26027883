/// A sale: what was sold (a line or more), how it was paid, and its fiscal invoice when one was
/// issued.
///
/// ```swift
/// let sale = Sale(id: "T-0412", date: try LedgerDate.parse("2024-03-05"),
///                 items: [SaleItem(product: "BUKE", quantity: try Quantity.parse("40"))],
///                 payment: .cash)
/// ```
public struct Sale: Sendable, Equatable {
    public var id: String
    public var date: LedgerDate
    /// Words for the journal; "Sale" and the lines when empty.
    public var description: String?
    public var items: [SaleItem]
    public var payment: PaymentMethod
    /// The fiscal invoice's number, when one was issued.
    public var invoice: String?
    /// The NIVF the tax authority gave the fiscal invoice.
    public var nivf: String?
    public var customer: String?
    /// Where it was read from, for error messages.
    public var origin: SourceLocation?

    public init(
        id: String, date: LedgerDate, description: String? = nil, items: [SaleItem], payment: PaymentMethod,
        invoice: String? = nil, nivf: String? = nil, customer: String? = nil, origin: SourceLocation? = nil
    ) {
        self.id = id
        self.date = date
        self.description = description
        self.items = items
        self.payment = payment
        self.invoice = invoice
        self.nivf = nivf
        self.customer = customer
        self.origin = origin
    }
}

/// One line of a sale: a product, how many, and the unit price when it is not the list price.
public struct SaleItem: Sendable, Equatable {
    public var product: String
    public var quantity: Quantity
    /// The price of one unit charged; the product's list price when nil.
    public var unitPrice: Money?
    /// The line of the file it was read from, for error messages.
    public var line: Int?

    public init(product: String, quantity: Quantity, unitPrice: Money? = nil, line: Int? = nil) {
        self.product = product
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.line = line
    }

    /// Two lines are the same when they sell the same: where they were read from does not count.
    public static func == (lhs: SaleItem, rhs: SaleItem) -> Bool {
        lhs.product == rhs.product && lhs.quantity == rhs.quantity && lhs.unitPrice == rhs.unitPrice
    }
}

/// A sale line as posted: its price and amount settled, with the VAT inside it.
public struct PricedSaleItem: Sendable, Equatable {
    public var product: String
    public var quantity: Quantity
    public var unitPrice: Money
    /// Quantity times unit price, rounded once (``Conversion/extend(_:by:)``); VAT included.
    public var amount: Money
    public var vat: Money
    /// The cost of the goods taken out of stock; zero for products that track none.
    public var cost: Money
}

/// How a sale becomes an entry.
///
/// The money received (cash, bank or card) is debited with the sale's total; each line's
/// income account is credited with its amount less VAT; the VAT goes to the VAT account; a
/// product kept in stock moves quantity × unit cost from stock to the cost of goods sold.
///
/// ```swift
/// let posted = try SalePosting.entry(for: sale, products: products, profile: profile, base: .lek)
/// ```
public enum SalePosting {
    /// The product codes an unknown product's error names: the first eight in order, and how many
    /// more, so that a typing error is seen at a glance.
    public static func listing(_ codes: some Collection<String>) -> Sentence {
        guard !codes.isEmpty else { return "it is empty" }
        let sorted = codes.sorted()
        let shown = sorted.prefix(8).joined(separator: ", ")
        return sorted.count > 8 ? "\(shown) and \(sorted.count - 8) more" : Sentence(verbatim: shown)
    }

    /// - Throws: ``ArkaError/Kind/unknownProduct``, ``ArkaError/Kind/badSetting`` when a stock
    ///   product or VAT meets a profile without the accounts they need, or a price in another
    ///   currency than the ledger's.
    public static func entry(for sale: Sale, products: [String: Product], profile: BusinessProfile, base: Currency) throws
        -> (entry: Entry, items: [PricedSaleItem])
    {
        do {
            return try build(sale, products: products, profile: profile, base: base)
        } catch let error as ArkaError {
            throw error.at(file: sale.origin?.file, line: sale.origin?.line)
        }
    }

    private static func build(_ sale: Sale, products: [String: Product], profile: BusinessProfile, base: Currency) throws
        -> (entry: Entry, items: [PricedSaleItem])
    {
        func placed(_ error: ArkaError, _ item: SaleItem? = nil) -> ArkaError {
            error.at(file: sale.origin?.file, line: item?.line ?? sale.origin?.line)
        }
        guard !sale.items.isEmpty else {
            throw placed(ArkaError(.missingValue, "a sale needs at least one product line", field: "product", value: ""))
        }
        let vatPercent = try profile.vatPercent.map { try DecimalText.parse($0, field: "vat_rate") }
        var priced: [PricedSaleItem] = []
        var postings: [Posting] = []
        var total = Money.zero(base)
        var vatTotal = Money.zero(base)
        for item in sale.items {
            guard let product = products[item.product] else {
                throw placed(
                    ArkaError(.unknownProduct, "no such product in the ledger's product list (\(Self.listing(products.keys)))", field: "product", value: item.product),
                    item)
            }
            if let from = product.listedFrom, sale.date < from {
                throw placed(
                    ArkaError(.unknownProduct, "\(product.code) is on the product list from \(from), after the sale's day \(sale.date)", field: "product", value: item.product),
                    item)
            }
            let unitPrice = item.unitPrice ?? product.price(on: sale.date)
            guard unitPrice.currency == base else {
                throw placed(
                    ArkaError(.badAmount, "prices are in the ledger's currency \(base.code)", field: "unit_price", value: unitPrice.description), item)
            }
            guard unitPrice.minorUnits >= 0 else {
                throw placed(ArkaError(.badAmount, "a price cannot be negative", field: "unit_price", value: unitPrice.decimalText), item)
            }
            let amount = try Conversion.extend(unitPrice, by: item.quantity)
            let vat = try vatPercent.map { try Conversion.includedVAT(in: amount, percent: $0) } ?? .zero(base)
            var cost = Money.zero(base)
            if let unitCost = product.unitCost {
                guard let stock = profile.stock, let costOfGoods = profile.costOfGoods else {
                    throw placed(
                        ArkaError(
                            .badSetting, "product \(product.code) is kept in stock, but business.yaml names no stock and cost_of_goods accounts",
                            field: "product", value: product.code), item)
                }
                cost = try Conversion.extend(unitCost, by: item.quantity)
                if !cost.isZero {
                    postings.append(Posting(account: costOfGoods, amount: cost, fund: profile.ownFund, memo: "\(product.code) cost", line: item.line))
                    postings.append(Posting(account: stock, amount: try cost.negated(), fund: profile.ownFund, line: item.line))
                }
            }
            let net = try amount.subtracting(vat)
            postings.append(
                Posting(
                    account: product.incomeAccount, amount: try net.negated(), fund: profile.ownFund,
                    memo: "\(item.quantity) \(product.unit) \(product.code) × \(unitPrice.displayText)", line: item.line))
            total = try total.adding(amount)
            vatTotal = try vatTotal.adding(vat)
            priced.append(PricedSaleItem(product: product.code, quantity: item.quantity, unitPrice: unitPrice, amount: amount, vat: vat, cost: cost))
        }
        if !vatTotal.isZero {
            guard let vatAccount = profile.vatAccount else {
                throw placed(ArkaError(.badSetting, "business.yaml sets a VAT rate but no vat_account", field: "vat_account", value: ""))
            }
            postings.append(Posting(account: vatAccount, amount: try vatTotal.negated(), fund: profile.ownFund, memo: "VAT"))
        }
        postings.insert(
            Posting(account: profile.account(for: sale.payment), amount: total, fund: profile.ownFund, memo: sale.payment.rawValue, line: sale.origin?.line),
            at: 0)
        var documents: [DocumentReference] = []
        if let invoice = sale.invoice { documents.append(DocumentReference(kind: .invoice, reference: invoice)) }
        if let nivf = sale.nivf {
            documents += try DocumentReference.parseList("nivf:" + nivf, field: "nivf")
        }
        let summary = priced.map { "\($0.quantity) \($0.product)" }.joined(separator: ", ")
        let entry = Entry(
            id: sale.id, date: sale.date, description: sale.description ?? "Sale (\(sale.payment.rawValue)): \(summary)",
            counterparty: sale.customer, documents: documents, postings: postings, origin: sale.origin)
        return (entry, priced)
    }
}
