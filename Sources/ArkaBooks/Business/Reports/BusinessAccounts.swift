import ArkaCore

/// The chart read with a business profile: which accounts hold money, which are sales, cost of
/// sales or grant income, and which cash-flow line an account's money goes on. An account
/// belongs to what its own code or any of its parents is listed under.
struct BusinessAccounts {
    let profile: BusinessProfile
    let chart: ChartOfAccounts
    let money: Set<String>
    private let salesRoots: Set<String>
    private let costRoots: Set<String>
    private var lineRoots: [String: CashFlowLine] = [:]

    init(profile: BusinessProfile, chart: ChartOfAccounts, products: [Product]) {
        self.profile = profile
        self.chart = chart
        money = Set(profile.moneyAccounts)
        salesRoots = Set(products.map(\.incomeAccount) + (profile.cashFlow[.salesReceipts] ?? []))
        costRoots = Set(profile.costOfSales + [profile.costOfGoods].compactMap { $0 })
        for line in CashFlowLine.mapped { for code in profile.cashFlow[line] ?? [] { lineRoots[code] = line } }
    }

    /// The account and its parents, nearest first.
    func lineage(_ code: String) -> [String] {
        var codes: [String] = []
        var current: String? = code
        while let code = current, !codes.contains(code) {
            codes.append(code)
            current = chart.account(code)?.parent
        }
        return codes
    }

    /// The cash-flow line of money moved against `account`; nil for "other".
    func cashFlowLine(of account: String) -> CashFlowLine? {
        for code in lineage(account) { if let line = lineRoots[code] { return line } }
        return nil
    }

    func type(of account: String) -> AccountType? { chart.account(account)?.type }

    /// An income account the business's sales go to.
    func isSales(_ account: String) -> Bool { type(of: account) == .income && lineage(account).contains { salesRoots.contains($0) } }

    /// An expense account that grows with sales.
    func isCostOfSales(_ account: String) -> Bool { type(of: account) == .expense && lineage(account).contains { costRoots.contains($0) } }
}
