import ArkaStore

extension BalanceGrouping {
    /// The columns a balance grouped this way adds after account and currency in CSV: none,
    /// `fund`, or `fund` and `budget_line`.
    var keyColumns: [String] {
        switch self {
        case .account: []
        case .fund: ["fund"]
        case .budgetLine: ["fund", "budget_line"]
        }
    }

    /// A line's values in ``keyColumns``.
    func keys(fund: String?, budgetLine: String?) -> [String?] {
        switch self {
        case .account: []
        case .fund: [fund]
        case .budgetLine: [fund, budgetLine]
        }
    }
}
