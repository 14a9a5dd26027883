import ArkaCore
import ArkaStore

/// The lists of the books after `init`, on the record as every structure change is: grant
/// recipients and schemes added, products added, and a product's price changed from a day on.
/// Each change is dated, with its reason, user and time, covered by `verify`, and never edits
/// what was there.
extension Ledger {
    /// Adds grant recipients from `date` on, from a file with recipients.csv's columns
    /// (code,name,kind[,tax_id,village,legal_entity]).
    ///
    /// ```swift
    /// try ledger.addRecipients(file: "recipients-2.csv", date: day, reason: "Second IGA call", signature: .now())
    /// ```
    /// - Returns: the changes recorded, one a recipient.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem: a row
    ///   refused as `init` refuses it, or a code the ledger has already.
    public func addRecipients(file: String, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        var problems = ProblemList()
        let recipients = LedgerDefinition.readRecipients(file, problems: &problems)
        try problems.throwIfAny()
        return try addRecipients(recipients, file: file, date: date, reason: reason, signature: signature)
    }

    /// Adds grant recipients from `date` on.
    /// - Throws: ``ArkaErrorList`` of ``ArkaError/Kind/duplicate`` naming each code the ledger has already.
    public func addRecipients(_ recipients: [GrantRecipient], file: String? = nil, date: LedgerDate, reason: String, signature: Signature) throws
        -> [DefinitionChange]
    {
        let reason = try Self.changeReason(reason)
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the change")
            let taken = Set(try transaction.grantRecipients().map(\.code))
            var problems = ProblemList()
            for recipient in recipients where taken.contains(recipient.code) {
                problems.record(
                    ArkaError(.duplicate, "the ledger has a recipient with this code already", location: SourceLocation(file: file, field: "code", value: recipient.code)))
            }
            try problems.throwIfAny()
            try transaction.addRecipients(recipients)
            return try recipients.map { try Self.record(.recipientAdded, $0.code, date: date, reason: reason, signature: signature, in: transaction) }
        }
    }

    /// Adds grant schemes from `date` on, from a file with schemes.csv's columns
    /// (code,name,kind,fund,budget_line,expense_account,currency[,minimum,maximum,cap,envelope]),
    /// each checked as `init` checks it against the chart and the budget as they are now.
    ///
    /// ```swift
    /// try ledger.addSchemes(file: "schemes-2025.csv", date: day, reason: "Addendum 2: a second call", signature: .now())
    /// ```
    /// - Returns: the changes recorded, one a scheme.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    public func addSchemes(file: String, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        let reason = try Self.changeReason(reason)
        var problems = ProblemList()
        let schemes = LedgerDefinition.readSchemes(
            file, chart: context.chart, budgetLines: definition.budgetLines, base: baseCurrency, problems: &problems)
        try problems.throwIfAny()
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the change")
            let taken = Set(try transaction.grantSchemes().map(\.code))
            var problems = ProblemList()
            var seen: Set<String> = []
            for scheme in schemes where taken.contains(scheme.code) || !seen.insert(scheme.code).inserted {
                problems.record(
                    ArkaError(
                        .duplicate, taken.contains(scheme.code) ? "the ledger has a scheme with this code already" : "the scheme appears twice",
                        location: SourceLocation(file: file, field: "code", value: scheme.code)))
            }
            try problems.throwIfAny()
            try transaction.addSchemes(schemes)
            return try schemes.map { try Self.record(.schemeAdded, $0.code, date: date, reason: reason, signature: signature, in: transaction) }
        }
    }

    /// Adds products from `date` on, from a file with products.csv's columns
    /// (code,name,unit,price,income_account[,unit_cost][,name_sq]).
    ///
    /// ```swift
    /// try ledger.addProducts(file: "summer.csv", date: day, reason: "Ice cream from June", signature: .now())
    /// ```
    /// - Returns: the changes recorded, one a product.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem;
    ///   ``ArkaError/Kind/notABusiness`` for books made without a business profile.
    public func addProducts(file: String, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        let profile = try businessProfile()
        var problems = ProblemList()
        let products = LedgerDefinition.readProducts(file, chart: context.chart, base: baseCurrency, profile: profile, problems: &problems)
        try problems.throwIfAny()
        return try addProducts(products, file: file, date: date, reason: reason, signature: signature)
    }

    /// Adds products from `date` on: each new, its income account an income account of the
    /// chart, its price and cost not negative, and a product kept in stock only in books whose
    /// profile names the stock accounts.
    ///
    /// ```swift
    /// let cake = Product(code: "TORTE", name: "Cake", unit: "kg", price: try Money.parse("1400", currency: .lek), incomeAccount: "7013")
    /// try ledger.addProducts([cake], date: day, reason: "Cakes to order", signature: .now())
    /// ```
    /// - Throws: ``ArkaErrorList`` naming each product refused; ``ArkaError/Kind/notABusiness``
    ///   for books made without a business profile.
    public func addProducts(_ products: [Product], file: String? = nil, date: LedgerDate, reason: String, signature: Signature) throws
        -> [DefinitionChange]
    {
        let profile = try businessProfile()
        let reason = try Self.changeReason(reason)
        defer { definitionChanged() }
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the change")
            var problems = ProblemList()
            var seen: Set<String> = []
            for product in products {
                func refuse(_ kind: ArkaError.Kind, _ reason: Sentence, _ field: String, _ value: String) {
                    problems.record(ArkaError(kind, reason, location: SourceLocation(file: file, field: field, value: value)))
                }
                if self.products[product.code] != nil {
                    refuse(.duplicate, "the product list has a product with this code already; change its price with arka product price", "code", product.code)
                } else if !seen.insert(product.code).inserted {
                    refuse(.duplicate, "the product appears twice", "code", product.code)
                }
                if context.chart.account(product.incomeAccount)?.type != .income {
                    refuse(.unknownAccount, "the income account must be an income account of the chart", "income_account", product.incomeAccount)
                }
                if product.price.currency != baseCurrency {
                    refuse(.badAmount, "prices are in the ledger's currency \(baseCurrency.code)", "price", product.price.description)
                } else if product.price.isNegative {
                    refuse(.badAmount, "a price cannot be negative", "price", product.price.decimalText)
                }
                if let cost = product.unitCost {
                    if cost.isNegative { refuse(.badAmount, "a cost cannot be negative", "unit_cost", cost.decimalText) }
                    if profile.stock == nil || profile.costOfGoods == nil {
                        refuse(.badSetting, "a product kept in stock needs the stock and cost_of_goods accounts of business.yaml", "unit_cost", cost.decimalText)
                    }
                }
            }
            try problems.throwIfAny()
            try transaction.addProducts(products)
            return try products.map { try Self.record(.productAdded, $0.code, date: date, reason: reason, signature: signature, in: transaction) }
        }
    }

    /// Sets a product's list price from `date` on: sales recorded from now on, dated that day or
    /// later and without a price of their own, are priced at it; sales before keep the price of
    /// their day, and a sale already posted keeps the amount it was posted with. A price is never
    /// edited: a mistaken one is corrected by a new change, from the same day or another, and
    /// both stay on the record (for one day, the later change holds).
    ///
    /// ```swift
    /// try ledger.changePrice(of: "BUKE", to: try Money.parse("120", currency: .lek), from: day, reason: "Flour went up", signature: .now())
    /// ```
    /// - Returns: the change recorded.
    /// - Throws: ``ArkaError/Kind/unknownProduct`` for a product the list lacks;
    ///   ``ArkaError/Kind/badAmount`` for a negative price or one in another currency;
    ///   ``ArkaError/Kind/badDate`` for a day before the product is on the list;
    ///   ``ArkaError/Kind/closedPeriod`` for a day in a closed month.
    public func changePrice(of code: String, to price: Money, from date: LedgerDate, reason: String, signature: Signature) throws -> DefinitionChange {
        let reason = try Self.changeReason(reason)
        defer { definitionChanged() }
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the change")
            guard let product = products[code] else {
                throw ArkaError(.unknownProduct, "no such product in the ledger's product list (\(SalePosting.listing(products.keys)))", field: "product", value: code)
            }
            if let listed = product.listedFrom, date < listed {
                throw ArkaError(.badDate, "\(code) is on the product list from \(listed); its price holds from then on: date the new price then or later", field: "date", value: date.description)
            }
            guard price.currency == baseCurrency else {
                throw ArkaError(.badAmount, "prices are in the ledger's currency \(baseCurrency.code)", field: "price", value: price.description)
            }
            guard !price.isNegative else { throw ArkaError(.badAmount, "a price cannot be negative", field: "price", value: price.decimalText) }
            let change = try Self.record(.priceChanged, code, date: date, reason: reason, signature: signature, in: transaction)
            try transaction.setPrice(of: code, to: price, from: date, change: change.number)
            return change
        }
    }
}
