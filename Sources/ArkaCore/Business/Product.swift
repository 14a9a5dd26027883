/// Something the social business sells: a product or a service, with its list price and the
/// income account its sales go to.
///
/// A product that tracks stock (goods bought for resale) carries the cost of one unit: selling
/// it moves that cost from the stock account to the cost of goods sold.
///
/// ```swift
/// let loaf = Product(code: "BUKE", name: "Village bread, 1 kg loaf", unit: "loaf",
///                    price: try Money.parse("120", currency: .lek), incomeAccount: "7011")
/// ```
public struct Product: Sendable, Hashable {
    public var code: String
    public var name: String
    public var nameAlbanian: String?
    /// What one is counted in: loaf, piece, kg, person.
    public var unit: String
    /// The list price of one unit, in the ledger's base currency (VAT included when registered).
    public var price: Money
    public var incomeAccount: String
    /// The cost of one unit when the product is kept in stock; nil for what is made or served.
    public var unitCost: Money?
    /// The prices set after the product was defined, each from its day, oldest first
    /// (`arka product price`); before the first, ``price`` holds.
    public var priceChanges: [PriceChange] = []
    /// The day a product added after `init` is on the list from (`arka product add`); nil for
    /// the products of the definition, on the list from the books' start.
    public var listedFrom: LedgerDate?

    /// A list price from a day on.
    public struct PriceChange: Sendable, Hashable {
        public var from: LedgerDate
        public var price: Money

        public init(from: LedgerDate, price: Money) {
            self.from = from
            self.price = price
        }
    }

    public init(
        code: String, name: String, nameAlbanian: String? = nil, unit: String, price: Money, incomeAccount: String,
        unitCost: Money? = nil
    ) {
        self.code = code
        self.name = name
        self.nameAlbanian = nameAlbanian
        self.unit = unit
        self.price = price
        self.incomeAccount = incomeAccount
        self.unitCost = unitCost
    }

    /// The product's name in `language`: its Albanian name when asked for Albanian and it has
    /// one, else its name.
    public func name(in language: Language) -> String {
        if language == .sq, let nameAlbanian, !nameAlbanian.isEmpty { return nameAlbanian }
        return name
    }

    /// Whether selling it takes goods out of stock.
    public var tracksStock: Bool { unitCost != nil }

    /// The list price of one unit on `date`: the last price change from that day or before it,
    /// else the price the product was defined with.
    ///
    /// ```swift
    /// bread.price(on: try LedgerDate.parse("2024-03-01"))   // 120 ALL from 2024-03-01 on, 100 ALL before
    /// ```
    public func price(on date: LedgerDate) -> Money {
        priceChanges.last { $0.from <= date }?.price ?? price
    }
}
