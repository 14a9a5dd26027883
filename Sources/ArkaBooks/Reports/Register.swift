import ArkaCore
import ArkaStore

/// The postings of an account (and the accounts below it), or of the whole ledger, in date
/// order, with a running balance per currency.
///
/// The running balance starts from the balance before `from`, so the last line of a register
/// always shows the account's balance on `to`.
///
/// ```swift
/// let bank = try ledger.register(account: "512", from: nil, to: nil)
/// ```
public struct Register: Sendable {
    /// One posting of the register and the balance of its currency after it.
    public struct Line: Sendable {
        public var posting: PostingLine
        /// The balance of the posting's currency after it, from the opening balance on.
        public var runningBalance: Money
    }

    public var account: String?
    public var from: LedgerDate?
    public var to: LedgerDate?
    /// The balance in each currency before `from` (empty without `from`, and for a filtered
    /// register, whose running balance is the sum of the postings it shows).
    public var opening: [Currency: Money]
    public var lines: [Line]
    /// What the register keeps of the postings (``PostingFilter``); empty for all of them.
    public var filter = PostingFilter()
}

extension Ledger {
    /// The register of `account` (all accounts when nil) from `from` to `to`, keeping the
    /// postings `filter` keeps: with a filter, the running balance is the sum of the postings
    /// shown (as hledger's register of a query), from zero.
    /// - Throws: ``ArkaError/Kind/unknownAccount`` when `account` is not in the chart,
    ///   ``ArkaError/Kind/badAmount`` for a bad amount bound of `filter`,
    ///   ``ArkaError/Kind/overflow`` when a running balance does not fit in 64 bits.
    public func register(account: String?, from: LedgerDate?, to: LedgerDate?, filter: PostingFilter = PostingFilter()) throws -> Register {
        try namingStoredOverflow {
            let accounts = try accountAndBelow(account)
            let matcher = try filter.matcher()
            let (opening, postings) = try store.view { view in
                guard !filter.isEmpty else {
                    return (try from.map { try view.balances(of: accounts, before: $0) } ?? [:], try view.register(accounts: accounts, from: from, to: to))
                }
                var kept: [PostingLine] = []
                try view.forEachPostingLine(accounts: accounts, from: from, to: to, fund: filter.fund, order: .date) { line in
                    if matcher.keeps(line) { kept.append(line) }
                }
                return ([:], kept)
            }
            var balances = opening
            var lines: [Register.Line] = []
            lines.reserveCapacity(postings.count)
            for posting in postings {
                let currency = posting.amount.currency
                let balance = try Checked.named("the running balance in \(currency) on \(posting.date)") {
                    try (balances[currency] ?? .zero(currency)).adding(posting.amount)
                }
                balances[currency] = balance
                lines.append(Register.Line(posting: posting, runningBalance: balance))
            }
            return Register(account: account, from: from, to: to, opening: opening, lines: lines, filter: filter)
        }
    }

    /// The codes of `account` and of every account below it; nil (every account) for nil.
    /// - Throws: ``ArkaError/Kind/unknownAccount`` naming `account` when the chart has no such account.
    func accountAndBelow(_ account: String?) throws -> Set<String>? {
        guard let account else { return nil }
        guard context.chart.account(account) != nil else {
            throw ArkaError(.unknownAccount, "no such account in the chart of accounts", field: "account", value: account)
        }
        return context.chart.subtree(of: account)
    }
}
