import ArkaCore
import ArkaStore

/// The monthly cash-flow statement by the direct method: opening cash, money in (sales, the
/// grant, other receipts) and out (suppliers, wages, other payments), closing cash.
///
/// An entry's money is split posting by posting: each of its postings on an account other
/// than cash, bank or card moves the line of that account (``BusinessProfile/cashFlow``) by the
/// opposite of its amount, so the lines of an entry add up exactly to what its money accounts
/// moved. What lands on no mapped line is an other receipt or an other payment, entry by entry.
///
/// ```swift
/// let statement = try ledger.cashFlow(from: try LedgerMonth.parse("2024-01"), to: try LedgerMonth.parse("2024-12"))
/// ```
public struct CashFlowStatement: Sendable {
    public struct Month: Sendable, Equatable {
        public let month: LedgerMonth
        public let opening: Money
        /// The change each line made to cash: positive in, negative out.
        public let flows: [CashFlowLine: Money]
        public let closing: Money
        /// The cash accounts' balance in the books at the month's end; equals ``closing``.
        public let booksClosing: Money
        /// What each line shows: receipts as they are, payments as positive amounts paid.
        private let shownFlows: [CashFlowLine: Money]
        /// Money in, the receipt lines together.
        public let inflows: Money
        /// Money out, the payment lines together, as a positive amount paid.
        public let outflows: Money
        /// Closing less opening cash.
        public let net: Money

        /// A month's column; what it shows and its totals are worked out here, once.
        /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
        public init(month: LedgerMonth, opening: Money, flows: [CashFlowLine: Money], closing: Money, booksClosing: Money) throws {
            self.month = month
            self.opening = opening
            self.flows = flows
            self.closing = closing
            self.booksClosing = booksClosing
            var shown: [CashFlowLine: Money] = [:]
            for line in CashFlowLine.allCases {
                let flow = flows[line] ?? .zero(opening.currency)
                shown[line] = line.isInflow ? flow : try flow.negated()
            }
            shownFlows = shown
            inflows = try Money.sum(CashFlowLine.allCases.filter(\.isInflow).map { flows[$0] ?? .zero(opening.currency) }, currency: opening.currency)
            outflows = try Money.sum(CashFlowLine.allCases.filter { !$0.isInflow }.map { flows[$0] ?? .zero(opening.currency) }, currency: opening.currency)
                .negated()
            net = try closing.subtracting(opening)
        }

        public func flow(_ line: CashFlowLine) -> Money { flows[line] ?? .zero(opening.currency) }
        /// What the line shows: receipts as they are, payments as positive amounts paid.
        public func shown(_ line: CashFlowLine) -> Money { shownFlows[line] ?? .zero(opening.currency) }
    }

    public let ledgerName: String
    public let currency: Currency
    /// The accounts counted as cash.
    public let accounts: [String]
    public let months: [Month]

    /// The whole period as one column: the first opening, the flows summed, the last closing;
    /// nil without months. Summed when the statement is made.
    public let total: Month?

    /// The statement of `months`, with the period's column.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    public init(ledgerName: String, currency: Currency, accounts: [String], months: [Month]) throws {
        self.ledgerName = ledgerName
        self.currency = currency
        self.accounts = accounts
        self.months = months
        if let first = months.first, let last = months.last {
            var flows: [CashFlowLine: Money] = [:]
            for line in CashFlowLine.allCases {
                flows[line] = try Money.sum(months.map { $0.flow(line) }, currency: currency)
            }
            total = try Month(month: last.month, opening: first.opening, flows: flows, closing: last.closing, booksClosing: last.booksClosing)
        } else {
            total = nil
        }
    }

    /// Whether every month's closing cash equals the books'.
    public var reconciles: Bool { months.allSatisfy { $0.closing == $0.booksClosing } }
}

extension Ledger {
    /// The cash-flow statement of the months `from` to `to`, one column a month.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func cashFlow(from: LedgerMonth, to: LedgerMonth) throws -> CashFlowStatement {
        try namingStoredOverflow {
            let profile = try businessProfile()
            let accounts = BusinessAccounts(profile: profile, chart: context.chart, products: definition.products)
            let money = profile.moneyAccounts
            guard from <= to else {
                throw ArkaError(.badDate, "the period ends before it starts", field: "--to", value: to.description)
            }
            return try store.view { view in
                var flows: [LedgerMonth: MoneyTotals<CashFlowLine>] = [:]
                var lineCache: [String: CashFlowLine?] = [:]
                try view.forEachEntryTouching(money, from: from.firstDay, to: to.lastDay) { month, postings in
                    var other = Money.zero(baseCurrency)
                    var entryFlows = flows[month] ?? MoneyTotals(currency: baseCurrency)
                    for posting in postings where !accounts.money.contains(posting.account) {
                        let line: CashFlowLine?
                        if let cached = lineCache[posting.account] {
                            line = cached
                        } else {
                            line = accounts.cashFlowLine(of: posting.account)
                            lineCache[posting.account] = line
                        }
                        if let line {
                            try entryFlows.add(try posting.baseAmount.negated(), to: line, what: "the cash flow of \(month)")
                        } else {
                            other = try Checked.named("the cash flow of \(month)") { try other.subtracting(posting.baseAmount) }
                        }
                    }
                    if !other.isZero {
                        try entryFlows.add(other, to: other.isPositive ? .otherReceipts : .otherPayments, what: "the cash flow")
                    }
                    flows[month] = entryFlows
                }
                // The books' cash at each month's end, from the monthly totals the journal keeps.
                let books = try view.monthEndBalances(of: money, through: to)
                func booksCash(at month: LedgerMonth) -> Money {
                    var current = month
                    while books[current] == nil, let first = books.keys.min(), current > first { current = current.previous }
                    return books[current] ?? .zero(baseCurrency)
                }
                var result: [CashFlowStatement.Month] = []
                var opening = booksCash(at: from.previous)
                var current = from
                while current <= to {
                    var lines: [CashFlowLine: Money] = [:]
                    let month = flows[current] ?? MoneyTotals(currency: baseCurrency)
                    for line in month.keys { lines[line] = month[line] }
                    let net = try Checked.named("the month's cash flow") { try month.total() }
                    let closing = try opening.adding(net)
                    result.append(try CashFlowStatement.Month(month: current, opening: opening, flows: lines, closing: closing, booksClosing: booksCash(at: current)))
                    opening = closing
                    current = current.next
                }
                return try CashFlowStatement(ledgerName: settings.name, currency: baseCurrency, accounts: money, months: result)
            }
        }
    }

    /// The months from the first entry to the last, for reports asked without a period; the
    /// last never after the month of the last day a date is likely (``defaultReportEnd(after:)``).
    public func activeMonths() throws -> (first: LedgerMonth, last: LedgerMonth)? {
        guard let months = try store.view({ try $0.entryMonths() }) else { return nil }
        let last = min(months.last, defaultReportEnd(after: months.last.lastDay).ledgerMonth)
        return (min(months.first, last), last)
    }
}
