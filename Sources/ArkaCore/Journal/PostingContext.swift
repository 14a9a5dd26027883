import ArkaCollections
/// What a ledger knows that an entry is checked against: its chart, funds, budget lines,
/// lock date (its closed months), base currency and rounding account.
public struct PostingContext: Sendable {
    public var chart: ChartOfAccounts {
        didSet { chargeable = Self.chargeable(chart, budgetedAssets) }
    }
    public var funds: Set<String> {
        didSet { fundCodes = CodeSet(funds) }
    }
    /// Budget lines as `fund` → set of line codes.
    public var budgetLines: [String: Set<String>] {
        didSet { fundLines = Self.fundLines(budgetLines) }
    }
    /// The funds and the budget lines again, as the rules ask for them once or twice a posting.
    private var fundCodes: CodeSet
    private var fundLines: CodeSet
    /// The closed months: the last one closed and every month before it.
    public var lock: PeriodLock
    public var base: Currency
    /// The account that takes rounding differences of multi-currency entries, when configured.
    public var roundingAccount: String?
    /// The accounts closed to new postings (`arka account close`), each with the first day it
    /// takes none.
    public var closedAccounts: [String: LedgerDate] = [:]
    /// The accounts and funds added after `init` (`arka account add`, `arka fund add`), each with
    /// the first day it takes a posting.
    public var accountsFrom: [String: LedgerDate] = [:]
    public var fundsFrom: [String: LedgerDate] = [:]
    /// Self-balancing funds, when the ledger keeps them (``FundBalancing``): every entry then
    /// balances per fund, through inter-fund postings Arka adds.
    public var fundBalancing: FundBalancing?
    /// The asset accounts a budget line may charge besides the expense accounts: what is bought
    /// on a budget line and kept (equipment for handover, a grant-funded oven).
    public var budgetedAssets: Set<String> = [] {
        didSet { chargeable = Self.chargeable(chart, budgetedAssets) }
    }
    /// The expense accounts and ``budgetedAssets``: asked for each posting with a budget line.
    private var chargeable = CodeSet()

    public init(
        chart: ChartOfAccounts, funds: Set<String>, budgetLines: [String: Set<String>],
        lock: PeriodLock, base: Currency, roundingAccount: String?
    ) {
        self.chart = chart
        self.funds = funds
        self.budgetLines = budgetLines
        self.fundCodes = CodeSet(funds)
        self.fundLines = Self.fundLines(budgetLines)
        self.lock = lock
        self.base = base
        self.roundingAccount = roundingAccount
        self.chargeable = Self.chargeable(chart, [])
    }

    /// Whether the ledger has the fund.
    public func hasFund(_ fund: String) -> Bool { fundCodes.contains(fund) }

    /// Whether a posting to `account` may name a budget line: an expense account, or an asset
    /// account of ``budgetedAssets``.
    public func mayChargeBudgetLine(_ account: String) -> Bool { chargeable.contains(account) }

    private static func chargeable(_ chart: ChartOfAccounts, _ assets: Set<String>) -> CodeSet {
        CodeSet(chart.accounts.filter { $0.type == .expense }.map(\.code) + assets)
    }

    /// Whether the fund's budget has the line.
    public func hasBudgetLine(_ line: String, in fund: String) -> Bool { fundLines.contains(fund, line) }

    private static func fundLines(_ budgetLines: [String: Set<String>]) -> CodeSet {
        var pairs = CodeSet()
        for (fund, lines) in budgetLines {
            for line in lines { pairs.insert(fund, line) }
        }
        return pairs
    }
}
