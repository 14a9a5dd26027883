import ArkaCore

extension Ledger {
    /// The accounts that hold money, the bank accounts and tills, with every account below them:
    /// the `cash_accounts` of `ledger.yaml`, else a social business's till, bank and card
    /// accounts from its business profile; none when the books name none.
    ///
    /// ```swift
    /// ledger.cashAccounts   // ["5100", "5121", "5122", "5300", "5310"] for the demo books
    /// ```
    public var cashAccounts: Set<String> {
        let named = settings.cashAccounts.isEmpty ? ((try? businessProfile())?.moneyAccounts ?? []) : settings.cashAccounts
        return named.reduce(into: Set<String>()) { $0.formUnion(context.chart.subtree(of: $1)) }
    }
}
