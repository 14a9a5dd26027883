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
    public struct Line: Sendable {
        public var date: String
        public var entryID: String
        public var description: String
        public var counterparty: String?
        public var account: String
        public var fund: String?
        public var budgetLine: String?
        public var memo: String?
        public var amount: Money
        public var runningBalance: Money
    }

    public var account: String?
    public var from: LedgerDate?
    public var to: LedgerDate?
    /// The balance per currency code before `from` (empty without `from`).
    public var opening: [String: Money]
    public var lines: [Line]
}

extension Ledger {
    /// - Throws: ``ArkaError/Kind/unknownAccount`` when `account` is not in the chart.
    public func register(account: String?, from: LedgerDate?, to: LedgerDate?) throws -> Register {
        try namingStoredOverflow {
            var accounts: Set<String>?
            if let account {
                guard context.chart.account(account) != nil else {
                    throw ArkaError(.unknownAccount, "no such account in the chart of accounts", field: "account", value: account)
                }
                accounts = context.chart.subtree(of: account)
            }
            let (opening, rows) = try store.view { view in
                (try from.map { try view.balances(of: accounts, before: $0) } ?? [:],
                 try view.register(accounts: accounts, from: from, to: to))
            }
            var running: [String: Int64] = opening
            var lines: [Register.Line] = []
            lines.reserveCapacity(rows.count)
            for row in rows {
                let currency = try Currency(code: row.currency)
                let balance = try Checked.add(running[row.currency, default: 0], row.amount, what: "the running balance in \(row.currency) on \(row.date)")
                running[row.currency] = balance
                lines.append(
                    Register.Line(
                        date: row.date, entryID: row.entryID, description: row.description, counterparty: row.counterparty,
                        account: row.account, fund: row.fund, budgetLine: row.budgetLine, memo: row.memo,
                        amount: Money(minorUnits: row.amount, currency: currency),
                        runningBalance: Money(minorUnits: balance, currency: currency)))
            }
            var openingMoney: [String: Money] = [:]
            for (code, units) in opening { openingMoney[code] = Money(minorUnits: units, currency: try Currency(code: code)) }
            return Register(account: account, from: from, to: to, opening: openingMoney, lines: lines)
        }
    }
}
