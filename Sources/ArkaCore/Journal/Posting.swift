/// One line of an entry: an amount on an account, with the fund and budget line it belongs to.
///
/// A positive amount is a debit, a negative one a credit. A posting in a currency other than the
/// ledger's base carries its ``PostingConversion``: the base amount, the rate and where the rate
/// came from, so that every converted figure can be traced.
///
/// ```swift
/// let cost = Posting(account: "6130", amount: try Money.parse("84000", currency: .lek),
///                    fund: "EU", budgetLine: "3.3")
/// ```
public struct Posting: Sendable, Equatable {
    public var account: String
    public var amount: Money
    public var fund: String?
    public var budgetLine: String?
    public var memo: String?
    public var conversion: PostingConversion?
    /// The line of the file this posting was read from, for error messages; not part of the books.
    public var line: Int?

    public init(
        account: String, amount: Money, fund: String? = nil, budgetLine: String? = nil, memo: String? = nil,
        conversion: PostingConversion? = nil, line: Int? = nil
    ) {
        self.account = account
        self.amount = amount
        self.fund = fund
        self.budgetLine = budgetLine
        self.memo = memo
        self.conversion = conversion
        self.line = line
    }

    /// The amount in the ledger's base currency: converted when foreign, itself otherwise.
    public var baseAmount: Money { conversion?.baseAmount ?? amount }

    /// Two postings are the same when their books are: the line they were read from does not count.
    public static func == (lhs: Posting, rhs: Posting) -> Bool {
        lhs.account == rhs.account && lhs.amount == rhs.amount && lhs.fund == rhs.fund
            && lhs.budgetLine == rhs.budgetLine && lhs.memo == rhs.memo && lhs.conversion == rhs.conversion
    }
}

/// How a foreign-currency posting became base currency: amount, rate, the rate's source and date.
public struct PostingConversion: Sendable, Hashable {
    public var baseAmount: Money
    public var rate: ExchangeRate
    /// Where the rate came from: ``statedInEntry``, or the ledger's rate table and its source.
    public var source: String
    /// The source of a rate the entry itself states, as the journal stores it.
    public static let statedInEntry = "stated in the entry"
    /// The day (`YYYY-MM-DD`) or month (`YYYY-MM`) the rate is for.
    public var date: String

    public init(baseAmount: Money, rate: ExchangeRate, source: String, date: String) {
        self.baseAmount = baseAmount
        self.rate = rate
        self.source = source
        self.date = date
    }
}
