import ArkaCore
import GRDB

/// What a ledger is made of besides its journal: settings, chart, funds, budget, rates and
/// closed months, as they are stored.
public struct StoredDefinition: Sendable {
    public var settings: [String: String]
    public var accounts: [Account]
    public var funds: [Fund]
    public var budgetLines: [BudgetLine]
    public var rates: [RateBook.Quote]
    public var closedMonths: [LedgerMonth]
    /// The social business's product list; empty for other books.
    public var products: [Product] = []

    public init(
        settings: [String: String], accounts: [Account], funds: [Fund], budgetLines: [BudgetLine],
        rates: [RateBook.Quote], closedMonths: [LedgerMonth] = [], products: [Product] = []
    ) {
        self.products = products
        self.settings = settings
        self.accounts = accounts
        self.funds = funds
        self.budgetLines = budgetLines
        self.rates = rates
        self.closedMonths = closedMonths
    }

    static func load(_ db: Database) throws -> StoredDefinition {
        let settings = try LedgerSettingRecord.fetchAll(db).reduce(into: [String: String]()) { $0[$1.key] = $1.value }
        let base = try Currency(code: settings["base_currency"] ?? "EUR")
        let rateSource = settings["rate_source"] ?? ""
        var book = RateBook(base: base, defaultSource: rateSource)
        for row in try ExchangeRateRecord.order(ExchangeRateRecord.Columns.currency, ExchangeRateRecord.Columns.period).fetchAll(db) {
            try book.add(currency: try Currency(code: row.currency), period: row.period, rate: try ExchangeRate.parse(row.rate), source: row.source)
        }
        return StoredDefinition(
            settings: settings,
            accounts: try AccountRecord.order(AccountRecord.Columns.code).fetchAll(db).map { try $0.account() },
            funds: try FundRecord.order(FundRecord.Columns.code).fetchAll(db).map { try $0.fund() },
            budgetLines: try BudgetLineRecord.order(BudgetLineRecord.Columns.fund, BudgetLineRecord.Columns.line)
                .fetchAll(db).map { try $0.budgetLine() },
            rates: book.quotes,
            closedMonths: try ClosedPeriodRecord.order(ClosedPeriodRecord.Columns.month).fetchAll(db)
                .map { try LedgerMonth.parse($0.month) },
            products: try Self.products(db))
    }

    /// The products, each with its price changes, oldest first.
    private static func products(_ db: Database) throws -> [Product] {
        var changes: [String: [(from: LedgerDate, minorUnits: Int64)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT product, date, price FROM product_price ORDER BY product, date, change") {
            let code = try row.decode(String.self, forColumn: "product")
            let from = try LedgerView.storedDate(row, "date", "a price of product \(code)")
            changes[code, default: []].append((from, try row.decode(Int64.self, forColumn: "price")))
        }
        var added: [String: LedgerDate] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT subject, date FROM definition_change WHERE kind = 'product-added'") {
            let code = try row.decode(String.self, forColumn: "subject")
            added[code] = try LedgerView.storedDate(row, "date", "the addition of product \(code)")
        }
        return try ProductRecord.order(ProductRecord.Columns.code).fetchAll(db).map { record in
            var product = try record.product()
            product.listedFrom = added[product.code]
            let currency = product.price.currency
            product.priceChanges = (changes[product.code] ?? []).map { Product.PriceChange(from: $0.from, price: Money(minorUnits: $0.minorUnits, currency: currency)) }
            return product
        }
    }

    func insert(_ db: Database) throws {
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
            try LedgerSettingRecord(key: key, value: value).insert(db)
        }
        // Parents first, so the foreign key from account.parent always finds its row: an account
        // is ready once its parent is not among those still to insert (it is in the ledger, or
        // inserted). A parent found nowhere is the foreign key's to refuse.
        var pending = accounts
        while !pending.isEmpty {
            let waiting = Set(pending.map(\.code))
            let ready = pending.filter { account in account.parent.map { !waiting.contains($0) || $0 == account.code } ?? true }
            guard !ready.isEmpty else {
                throw ArkaError(.badChart, "the accounts \(waiting.sorted().joined(separator: ", ")) are each other's parents", field: "parent", value: pending[0].parent ?? "")
            }
            for account in ready { try AccountRecord(account).insert(db) }
            let done = Set(ready.map(\.code))
            pending.removeAll { done.contains($0.code) }
        }
        for fund in funds { try FundRecord(fund).insert(db) }
        for line in budgetLines { try BudgetLineRecord(line).insert(db) }
        for quote in rates { try ExchangeRateRecord(quote).insert(db) }
        for product in products { try ProductRecord(product).insert(db) }
    }
}
