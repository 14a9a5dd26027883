/// What a ledger knows that an entry is checked against: its chart, funds, budget lines,
/// closed months, base currency and rounding account.
public struct PostingContext: Sendable {
    public var chart: ChartOfAccounts
    public var funds: Set<String>
    /// Budget lines as `fund` → set of line codes.
    public var budgetLines: [String: Set<String>]
    public var closedMonths: Set<LedgerMonth>
    public var base: Currency
    /// The account that takes rounding differences of multi-currency entries, when configured.
    public var roundingAccount: String?

    public init(
        chart: ChartOfAccounts, funds: Set<String>, budgetLines: [String: Set<String>],
        closedMonths: Set<LedgerMonth>, base: Currency, roundingAccount: String?
    ) {
        self.chart = chart
        self.funds = funds
        self.budgetLines = budgetLines
        self.closedMonths = closedMonths
        self.base = base
        self.roundingAccount = roundingAccount
    }
}
