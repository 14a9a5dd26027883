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

    /// Whether selling it takes goods out of stock.
    public var tracksStock: Bool { unitCost != nil }
}
