import ArkaCore
import ArkaStore

/// The general ledger: every posting of the period by account, in date order, each account
/// opened with its balance before the period and closed with its debits, credits and balance,
/// all in the base currency with a running balance.
///
/// A general ledger of a million postings streams: ``stream(_:)`` reads the postings once, in
/// account order, and never holds them together. `arka general-ledger` prints it and the
/// general-ledger workbook lays it out.
///
/// ```swift
/// try ledger.generalLedger(from: nil, to: nil).stream { event in
///     if case .posting(let line) = event { print(line.posting.entryID, line.balance) }
/// }
/// ```
public struct GeneralLedger {
    /// A posting with the account's running balance after it, in the base currency.
    public struct Line: Sendable {
        public var posting: PostingLine
        public var balance: Money
    }

    /// An account's figures over the period, in the base currency.
    public struct AccountTotal: Sendable {
        public var account: String
        public var opening: Money
        public var debit: Money
        public var credit: Money
        public var closing: Money
    }

    /// What ``stream(_:)`` passes on, in order: an account's opening, its postings, its close.
    public enum Event: Sendable {
        case opening(account: String, balance: Money)
        case posting(Line)
        case closing(AccountTotal)
    }

    /// The account asked for, whose subtree is listed; nil for every account.
    public var account: String?
    /// The accounts listed: `account` and the accounts below it, or all when nil.
    public var accounts: Set<String>?
    public var from: LedgerDate?
    public var to: LedgerDate?
    public var base: Currency
    /// Each account's balance in the base currency before `from` (empty without `from`).
    public var opening: [String: Money]
    let ledger: Ledger

    /// Reads the postings in account and date order and passes each account's opening, its
    /// postings with their running balance, and its close to `body`.
    /// - Throws: ``ArkaError/Kind/overflow`` when a running balance or a total does not fit;
    ///   a database error; what `body` throws.
    public func stream(_ body: (Event) throws -> Void) throws {
        // Accounts with a balance before the period but no posting in it open and close too.
        let quiet = opening.keys.sorted()
        var nextQuiet = 0
        var account: String?
        let zero = Money.zero(base)
        var balance = zero
        var opened = zero
        var debit = zero
        var credit = zero
        func close() throws {
            guard let account else { return }
            try body(.closing(AccountTotal(account: account, opening: opened, debit: debit, credit: credit, closing: balance)))
        }
        func open(_ code: String) throws {
            account = code
            opened = opening[code] ?? zero
            balance = opened
            debit = zero
            credit = zero
            try body(.opening(account: code, balance: opened))
        }
        /// Opens and closes the quiet accounts that sort before `code` (all of them when nil).
        func quietAccounts(before code: String?) throws {
            while nextQuiet < quiet.count, code.map({ quiet[nextQuiet] < $0 }) ?? true {
                let quietAccount = quiet[nextQuiet]
                nextQuiet += 1
                guard quietAccount != account, opening[quietAccount]?.isZero == false else { continue }
                try open(quietAccount)
                try close()
            }
            if let code, nextQuiet < quiet.count, quiet[nextQuiet] == code { nextQuiet += 1 }
        }
        try ledger.namingStoredOverflow {
            try ledger.forEachPosting(accounts: accounts, from: from, to: to, order: .account) { posting in
                if posting.account != account {
                    try close()
                    try quietAccounts(before: posting.account)
                    try open(posting.account)
                }
                let amount = posting.baseAmount
                balance = try Checked.named("the balance of \(posting.account)") { try balance.adding(amount) }
                if amount.isNegative {
                    credit = try Checked.named("the credits of \(posting.account)") { try credit.subtracting(amount) }
                } else {
                    debit = try Checked.named("the debits of \(posting.account)") { try debit.adding(amount) }
                }
                try body(.posting(Line(posting: posting, balance: balance)))
            }
            try close()
            account = nil
            try quietAccounts(before: nil)
        }
    }
}

extension Ledger {
    /// The general ledger of the period: of `account` and the accounts below it, or of every
    /// account when nil.
    ///
    /// ```swift
    /// let bank = try ledger.generalLedger(account: "512", from: LedgerDate.parse("2024-01-01"), to: nil)
    /// ```
    /// - Throws: ``ArkaError/Kind/unknownAccount`` when `account` is not in the chart;
    ///   ``ArkaError/Kind/overflow`` when an opening balance does not fit.
    public func generalLedger(account: String? = nil, from: LedgerDate?, to: LedgerDate?) throws -> GeneralLedger {
        let accounts = try accountAndBelow(account)
        var opening = MoneyTotals<String>(currency: baseCurrency)
        if let from {
            for line in try trialBalance(asOf: from.dayBefore, grouping: .account).lines where accounts?.contains(line.account.code) ?? true {
                try opening.add(line.baseBalance, to: line.account.code, what: "the opening balance of account \(line.account.code)")
            }
        }
        return GeneralLedger(account: account, accounts: accounts, from: from, to: to, base: baseCurrency, opening: opening.sumsByKey, ledger: self)
    }

    /// Calls `body` with each posting of the period to `accounts` (all when nil) of `fund` (any
    /// when nil), in `order`,
    /// streaming: a million postings never sit in memory together. The transaction listing,
    /// the general ledger and the proof of use's document list read the journal through it.
    ///
    /// ```swift
    /// try ledger.forEachPosting(accounts: ["6110"], from: nil, to: nil, order: .budgetLine) { print($0.entryID) }
    /// ```
    /// - Throws: a database error, or what `body` throws.
    public func forEachPosting(
        accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?, fund: String? = nil, order: ListingOrder,
        _ body: (PostingLine) throws -> Void
    ) throws {
        try store.view { view in
            try view.forEachPostingLine(accounts: accounts, from: from, to: to, fund: fund, order: order, body)
        }
    }

    /// The date of the latest entry, or nil for books without entries.
    /// - Throws: a database error.
    public func lastEntryDate() throws -> String? {
        try store.view { try $0.lastEntryDate() }
    }
}
