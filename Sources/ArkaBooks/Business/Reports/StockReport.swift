import ArkaCore

/// The goods kept in stock at a date: per product the quantity on hand, its unit cost and the
/// value at that cost, and their total set against the stock account's balance.
///
/// Quantities are derived from the entries each time: purchases add, sales take, counts correct,
/// and a reversal undoes what its entry did on its own date.
///
/// ```swift
/// let stock = try ledger.stock(asOf: try LedgerDate.parse("2024-12-31"))
/// stock.agrees   // the goods at unit cost equal the balance of the stock account
/// ```
public struct StockReport: Sendable, Equatable {
    public struct Position: Sendable, Equatable {
        public var product: Product
        /// Thousandths of a unit; negative when more was sold than bought.
        public var onHandThousandths: Int64
        public var unitCost: Money
        /// On hand × unit cost, rounded once.
        public var value: Money
    }

    public var ledgerName: String
    public var currency: Currency
    /// Nil for every entry.
    public var asOf: LedgerDate?
    /// The stock account of the business profile.
    public var account: Account
    public var positions: [Position]
    /// The value of every position at its unit cost.
    public var total: Money
    /// The stock account's balance at the same date.
    public var accountBalance: Money
    /// The account's balance less the goods at unit cost.
    public var difference: Money

    /// Whether the goods at unit cost equal the stock account's balance.
    public var agrees: Bool { total == accountBalance }

    /// The report's last line: the total against the account.
    public var closingSentence: Sentence {
        let code = currency.code
        if agrees {
            return "The stock at unit cost, \(total.tableText) \(code), equals the balance of account \(account.code) \(account.name(in: .current))."
        }
        return "The stock at unit cost, \(total.tableText) \(code), differs from the balance of account \(account.code) \(account.name(in: .current)), \(accountBalance.tableText) \(code), by \(difference.tableText) \(code): arka verify names the entries."
    }
}
