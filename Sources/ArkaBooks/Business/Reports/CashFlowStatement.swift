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
        public var month: LedgerMonth
        public var opening: Money
        /// The change each line made to cash: positive in, negative out.
        public var flows: [CashFlowLine: Money]
        public var closing: Money
        /// The cash accounts' balance in the books at the month's end; equals ``closing``.
        public var booksClosing: Money

        public func flow(_ line: CashFlowLine) -> Money { flows[line] ?? .zero(opening.currency) }
        /// What the line shows: receipts as they are, payments as positive amounts paid.
        public func shown(_ line: CashFlowLine) -> Money { line.isInflow ? flow(line) : flow(line).negated }
        public var inflows: Money { total(CashFlowLine.allCases.filter(\.isInflow)) }
        public var outflows: Money { total(CashFlowLine.allCases.filter { !$0.isInflow }).negated }
        public var net: Money { Money(minorUnits: closing.minorUnits &- opening.minorUnits, currency: closing.currency) }

        private func total(_ lines: [CashFlowLine]) -> Money {
            Money(minorUnits: lines.reduce(0) { $0 &+ flow($1).minorUnits }, currency: opening.currency)
        }
    }

    public var ledgerName: String
    public var currency: Currency
    /// The accounts counted as cash.
    public var accounts: [String]
    public var months: [Month]

    /// The whole period as one column: the first opening, the flows summed, the last closing.
    public var total: Month? {
        guard let first = months.first, let last = months.last else { return nil }
        var flows: [CashFlowLine: Money] = [:]
        for line in CashFlowLine.allCases {
            flows[line] = Money(minorUnits: months.reduce(0) { $0 &+ $1.flow(line).minorUnits }, currency: currency)
        }
        return Month(month: last.month, opening: first.opening, flows: flows, closing: last.closing, booksClosing: last.booksClosing)
    }

    /// Whether every month's closing cash equals the books'.
    public var reconciles: Bool { months.allSatisfy { $0.closing == $0.booksClosing } }
}

extension Ledger {
    /// The cash-flow statement of the months `from` to `to`, one column a month.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func cashFlow(from: LedgerMonth, to: LedgerMonth) throws -> CashFlowStatement {
        let profile = try businessProfile()
        let accounts = BusinessAccounts(profile: profile, chart: context.chart, products: definition.products)
        let money = profile.moneyAccounts
        guard from <= to else {
            throw ArkaError(.badDate, "the period ends before it starts", field: "--to", value: to.description)
        }
        return try store.view { view in
            var flows: [LedgerMonth: [CashFlowLine: Int64]] = [:]
            var lineCache: [String: CashFlowLine?] = [:]
            try view.forEachEntryTouching(money, from: from.firstDay, to: to.lastDay) { month, postings in
                var other: Int64 = 0
                var entryFlows = flows[month] ?? [:]
                for posting in postings where !accounts.money.contains(posting.account) {
                    let line: CashFlowLine?
                    if let cached = lineCache[posting.account] {
                        line = cached
                    } else {
                        line = accounts.cashFlowLine(of: posting.account)
                        lineCache[posting.account] = line
                    }
                    if let line {
                        entryFlows[line, default: 0] = try Checked.add(entryFlows[line, default: 0], -posting.baseAmount, what: "the cash flow")
                    } else {
                        other = try Checked.add(other, -posting.baseAmount, what: "the cash flow")
                    }
                }
                if other != 0 {
                    let line: CashFlowLine = other > 0 ? .otherReceipts : .otherPayments
                    entryFlows[line, default: 0] = try Checked.add(entryFlows[line, default: 0], other, what: "the cash flow")
                }
                flows[month] = entryFlows
            }
            // The books' cash at each month's end, from the monthly totals the journal keeps.
            let books = try view.monthEndBalances(of: money, through: to)
            func booksCash(at month: LedgerMonth) -> Money {
                var current = month
                while books[current] == nil, let first = books.keys.min(), current > first { current = current.previous }
                return Money(minorUnits: books[current] ?? 0, currency: baseCurrency)
            }
            var result: [CashFlowStatement.Month] = []
            var opening = booksCash(at: from.previous)
            var current = from
            while current <= to {
                var lines: [CashFlowLine: Money] = [:]
                var net: Int64 = 0
                for (line, amount) in flows[current] ?? [:] {
                    lines[line] = Money(minorUnits: amount, currency: baseCurrency)
                    net = try Checked.add(net, amount, what: "the month's cash flow")
                }
                let closing = try opening.adding(Money(minorUnits: net, currency: baseCurrency))
                result.append(CashFlowStatement.Month(month: current, opening: opening, flows: lines, closing: closing, booksClosing: booksCash(at: current)))
                opening = closing
                current = current.next
            }
            return CashFlowStatement(ledgerName: settings.name, currency: baseCurrency, accounts: money, months: result)
        }
    }

    /// The months from the first entry to the last, for reports asked without a period.
    public func activeMonths() throws -> (first: LedgerMonth, last: LedgerMonth)? {
        try store.view { try $0.entryMonths() }
    }
}
