import ArkaCore
import ArkaStore

/// One page of a register, newest first: what a screen shows of an account's postings, read
/// without reading the rest of the journal (a page of a million-entry ledger reads its own
/// entries and the month's totals).
///
/// Unfiltered, each line carries the balance of its currency after it, as the whole register
/// would show it; a filtered page carries none (the command line's filtered register sums what
/// it shows from zero, which a page of the newest cannot know without reading every older one).
///
/// ```swift
/// let first = try ledger.registerPage(account: "5121", from: nil, to: nil)
/// let second = try ledger.registerPage(account: "5121", from: nil, to: nil, after: first.older)
/// ```
public struct RegisterPage: Sendable {
    /// A posting of the page, with the balance of its currency after it (unfiltered pages).
    public struct Line: Sendable {
        public var posting: PostingLine
        public var runningBalance: Money?
    }

    public var account: String?
    public var from: LedgerDate?
    public var to: LedgerDate?
    public var filter: PostingFilter
    /// The postings, newest first.
    public var lines: [Line]
    /// Where the next, older page starts; nil on the last page.
    public var older: RegisterCursor?
}

extension Ledger {
    /// The page of the register of `account` (and the accounts below it; every account when nil)
    /// from `from` to `to` keeping what `filter` keeps, newest first, of at most `size` postings
    /// older than `cursor` (the newest when nil).
    /// - Throws: ``ArkaError/Kind/unknownAccount``; ``ArkaError/Kind/badAmount`` for a bad
    ///   amount bound of `filter`; ``ArkaError/Kind/overflow`` for a balance beyond 64 bits.
    /// - Parameter people: for a reader who sees no names, the pseudonyms the page's texts are
    ///   shown in; the filter then reads the texts as the page shows them, so that a search for a
    ///   person's name finds nothing the reader could tie to the pseudonym.
    public func registerPage(
        account: String?, from: LedgerDate?, to: LedgerDate?, filter: PostingFilter = PostingFilter(), after cursor: RegisterCursor? = nil,
        size: Int = 50, people: Pseudonymizer? = nil
    ) throws -> RegisterPage {
        try namingStoredOverflow {
            let accounts = try accountAndBelow(account)
            let matcher = try filter.matcher()
            let size = max(1, min(size, 500))
            return try store.view { view in
                var kept: [(PostingLine, RegisterCursor)] = []
                var older: RegisterCursor?
                try view.forEachPostingLineNewestFirst(accounts: accounts, from: from, to: to, fund: filter.fund, after: cursor) { stored, at in
                    var line = stored
                    if let people {
                        line.description = people.text(line.description)
                        line.counterparty = people.text(line.counterparty)
                        line.memo = people.text(line.memo)
                    }
                    guard matcher.keeps(line) else { return false }
                    if kept.count == size {
                        older = kept.last?.1
                        return true
                    }
                    kept.append((line, at))
                    return false
                }
                var balances: [Currency: Money] = [:]
                let running = account != nil && filter.isEmpty
                if running, let newest = kept.first?.1 {
                    // From the first day on, as the command line's register: its opening balance included.
                    balances = try view.balances(of: accounts, through: newest)
                }
                var lines: [RegisterPage.Line] = []
                for (posting, _) in kept {
                    guard running else {
                        lines.append(RegisterPage.Line(posting: posting, runningBalance: nil))
                        continue
                    }
                    let currency = posting.amount.currency
                    let balance = balances[currency] ?? .zero(currency)
                    lines.append(RegisterPage.Line(posting: posting, runningBalance: balance))
                    balances[currency] = try Checked.named("the running balance in \(currency) on \(posting.date)") { try balance.subtracting(posting.amount) }
                }
                return RegisterPage(account: account, from: from, to: to, filter: filter, lines: lines, older: older)
            }
        }
    }
}
