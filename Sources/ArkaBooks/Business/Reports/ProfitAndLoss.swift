import ArkaCore
import ArkaStore

/// An account's figure in a business report, in the base currency.
public struct AccountFigure: Sendable, Equatable {
    public var account: Account
    public var amount: Money
}

/// Profit and loss for whole months: sales, cost of sales, gross margin, the other (fixed)
/// costs, the operating result, then the grant and other income, and the result.
///
/// ```swift
/// let pnl = try ledger.profitAndLoss(from: march, to: march)
/// ```
public struct ProfitAndLoss: Sendable {
    public var ledgerName: String
    public var currency: Currency
    public var from: LedgerMonth
    public var to: LedgerMonth
    /// Income from sales, net of VAT.
    public let sales: [AccountFigure]
    public let costOfSales: [AccountFigure]
    /// The other expenses: what the business pays whatever it sells.
    public let fixedCosts: [AccountFigure]
    /// The grant and any income that is not a sale.
    public let otherIncome: [AccountFigure]

    // The totals, summed once when the report is made: an overflow is an error then, and
    // showing the report does no arithmetic.
    public let totalSales: Money
    public let totalCostOfSales: Money
    /// Sales less cost of sales.
    public let grossMargin: Money
    public let totalFixedCosts: Money
    /// Gross margin less fixed costs.
    public let operatingResult: Money
    public let totalOtherIncome: Money
    /// Operating result plus the grant and other income.
    public let result: Money
    /// The gross margin as a percent of sales (two decimals); nil without sales.
    public var grossMarginPercent: DecimalText? { (try? grossMargin.percent(of: totalSales)) ?? nil }

    /// The report of the figures given, in `currency`, with its totals.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    public init(
        ledgerName: String, currency: Currency, from: LedgerMonth, to: LedgerMonth, sales: [AccountFigure], costOfSales: [AccountFigure],
        fixedCosts: [AccountFigure], otherIncome: [AccountFigure]
    ) throws {
        self.ledgerName = ledgerName
        self.currency = currency
        self.from = from
        self.to = to
        self.sales = sales
        self.costOfSales = costOfSales
        self.fixedCosts = fixedCosts
        self.otherIncome = otherIncome
        totalSales = try Self.sum(sales, currency)
        totalCostOfSales = try Self.sum(costOfSales, currency)
        grossMargin = try totalSales.subtracting(totalCostOfSales)
        totalFixedCosts = try Self.sum(fixedCosts, currency)
        operatingResult = try grossMargin.subtracting(totalFixedCosts)
        totalOtherIncome = try Self.sum(otherIncome, currency)
        result = try operatingResult.adding(totalOtherIncome)
    }

    /// - Throws: ``ArkaError/Kind/overflow`` when the sum does not fit in 64 bits.
    static func sum(_ figures: [AccountFigure], _ currency: Currency) throws -> Money {
        try Money.sum(figures.map(\.amount), currency: currency)
    }
}

/// The balance sheet at a month's end: assets against liabilities, equity and the result not
/// yet closed into equity.
public struct BalanceSheet: Sendable {
    public var ledgerName: String
    public var currency: Currency
    public var asOf: LedgerDate
    public let assets: [AccountFigure]
    public let liabilities: [AccountFigure]
    public let equity: [AccountFigure]
    /// Income less expenses of every entry so far.
    public let result: Money

    // Summed once when the sheet is made.
    public let totalAssets: Money
    public let totalLiabilities: Money
    /// The equity accounts plus the result.
    public let totalEquity: Money
    public let totalLiabilitiesAndEquity: Money

    /// The sheet of the figures given, in `currency`, with its totals.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    public init(
        ledgerName: String, currency: Currency, asOf: LedgerDate, assets: [AccountFigure], liabilities: [AccountFigure], equity: [AccountFigure],
        result: Money
    ) throws {
        self.ledgerName = ledgerName
        self.currency = currency
        self.asOf = asOf
        self.assets = assets
        self.liabilities = liabilities
        self.equity = equity
        self.result = result
        totalAssets = try ProfitAndLoss.sum(assets, currency)
        totalLiabilities = try ProfitAndLoss.sum(liabilities, currency)
        totalEquity = try ProfitAndLoss.sum(equity, currency).adding(result)
        totalLiabilitiesAndEquity = try totalLiabilities.adding(totalEquity)
    }
    /// Whether the assets equal the liabilities and equity, as double entry guarantees.
    public var balances: Bool { totalAssets == totalLiabilitiesAndEquity }
}

extension Ledger {
    /// Profit and loss of the months `from` to `to`.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func profitAndLoss(from: LedgerMonth, to: LedgerMonth) throws -> ProfitAndLoss {
        try namingStoredOverflow {
            guard from <= to else { throw ArkaError(.badDate, "the period ends before it starts", field: "--to", value: to.description) }
            let accounts = BusinessAccounts(profile: try businessProfile(), chart: context.chart, products: definition.products)
            return try profitAndLoss(from: from, to: to, totals: try store.view { try $0.monthlyAccountTotals(through: to) }, accounts: accounts)
        }
    }

    /// Profit and loss of each month from `from` to `to`, the monthly totals read once.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func monthlyProfitAndLoss(from: LedgerMonth, to: LedgerMonth) throws -> [ProfitAndLoss] {
        try namingStoredOverflow {
            let accounts = BusinessAccounts(profile: try businessProfile(), chart: context.chart, products: definition.products)
            let totals = try store.view { try $0.monthlyAccountTotals(through: to) }
            var months: [ProfitAndLoss] = []
            var current = from
            while current <= to {
                months.append(try profitAndLoss(from: current, to: current, totals: totals, accounts: accounts))
                current = current.next
            }
            return months
        }
    }

    /// The report from monthly totals already read (those outside the period are skipped).
    func profitAndLoss(from: LedgerMonth, to: LedgerMonth, totals: [MonthlyAccountTotal], accounts: BusinessAccounts) throws -> ProfitAndLoss {
        var net = MoneyTotals<String>(currency: baseCurrency)
        for total in totals where total.month >= from && total.month <= to {
            let change = try Checked.named("the total of account \(total.account) in \(total.month)") { try total.baseBalance() }
            try net.add(change, to: total.account, what: "the period's total of account \(total.account)")
        }
        var sales: [AccountFigure] = [], costOfSales: [AccountFigure] = [], fixedCosts: [AccountFigure] = [], otherIncome: [AccountFigure] = []
        for account in context.chart.accounts {
            let amount = net[account.code]
            guard !amount.isZero else { continue }
            switch account.type {
            case .income:
                let figure = AccountFigure(account: account, amount: try amount.negated())
                if accounts.isSales(account.code) { sales.append(figure) } else { otherIncome.append(figure) }
            case .expense:
                let figure = AccountFigure(account: account, amount: amount)
                if accounts.isCostOfSales(account.code) { costOfSales.append(figure) } else { fixedCosts.append(figure) }
            default: break
            }
        }
        return try ProfitAndLoss(
            ledgerName: settings.name, currency: baseCurrency, from: from, to: to, sales: sales, costOfSales: costOfSales,
            fixedCosts: fixedCosts, otherIncome: otherIncome)
    }

    /// The balance sheet at the end of `month`.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func balanceSheet(at month: LedgerMonth) throws -> BalanceSheet {
        try namingStoredOverflow {
            _ = try businessProfile()
            var net = MoneyTotals<String>(currency: baseCurrency)
            for total in try store.view({ try $0.monthlyAccountTotals(through: month) }) {
                let change = try Checked.named("the total of account \(total.account) in \(total.month)") { try total.baseBalance() }
                try net.add(change, to: total.account, what: "the balance of account \(total.account)")
            }
            var assets: [AccountFigure] = [], liabilities: [AccountFigure] = [], equity: [AccountFigure] = []
            var result = Money.zero(baseCurrency)
            for account in context.chart.accounts {
                let balance = net[account.code]
                guard !balance.isZero else { continue }
                switch account.type {
                case .asset: assets.append(AccountFigure(account: account, amount: balance))
                case .liability: liabilities.append(AccountFigure(account: account, amount: try balance.negated()))
                case .equity: equity.append(AccountFigure(account: account, amount: try balance.negated()))
                case .income, .expense: result = try Checked.named("the result") { try result.subtracting(balance) }
                }
            }
            return try BalanceSheet(
                ledgerName: settings.name, currency: baseCurrency, asOf: month.lastDay, assets: assets, liabilities: liabilities, equity: equity,
                result: result)
        }
    }
}
