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
    public var sales: [AccountFigure]
    public var costOfSales: [AccountFigure]
    /// The other expenses: what the business pays whatever it sells.
    public var fixedCosts: [AccountFigure]
    /// The grant and any income that is not a sale.
    public var otherIncome: [AccountFigure]

    public var totalSales: Money { Self.sum(sales, currency) }
    public var totalCostOfSales: Money { Self.sum(costOfSales, currency) }
    public var grossMargin: Money { Money(minorUnits: totalSales.minorUnits &- totalCostOfSales.minorUnits, currency: currency) }
    public var totalFixedCosts: Money { Self.sum(fixedCosts, currency) }
    public var operatingResult: Money { Money(minorUnits: grossMargin.minorUnits &- totalFixedCosts.minorUnits, currency: currency) }
    public var totalOtherIncome: Money { Self.sum(otherIncome, currency) }
    public var result: Money { Money(minorUnits: operatingResult.minorUnits &+ totalOtherIncome.minorUnits, currency: currency) }
    /// The gross margin as a percent of sales (two decimals); nil without sales.
    public var grossMarginPercent: DecimalText? { BudgetAssessment.percent(grossMargin.minorUnits, of: totalSales.minorUnits) }

    static func sum(_ figures: [AccountFigure], _ currency: Currency) -> Money {
        Money(minorUnits: figures.reduce(0) { $0 &+ $1.amount.minorUnits }, currency: currency)
    }
}

/// The balance sheet at a month's end: assets against liabilities, equity and the result not
/// yet closed into equity.
public struct BalanceSheet: Sendable {
    public var ledgerName: String
    public var currency: Currency
    public var asOf: LedgerDate
    public var assets: [AccountFigure]
    public var liabilities: [AccountFigure]
    public var equity: [AccountFigure]
    /// Income less expenses of every entry so far.
    public var result: Money

    public var totalAssets: Money { ProfitAndLoss.sum(assets, currency) }
    public var totalLiabilities: Money { ProfitAndLoss.sum(liabilities, currency) }
    public var totalEquity: Money {
        Money(minorUnits: ProfitAndLoss.sum(equity, currency).minorUnits &+ result.minorUnits, currency: currency)
    }
    public var totalLiabilitiesAndEquity: Money {
        Money(minorUnits: totalLiabilities.minorUnits &+ totalEquity.minorUnits, currency: currency)
    }
    /// Whether the assets equal the liabilities and equity, as double entry guarantees.
    public var balances: Bool { totalAssets == totalLiabilitiesAndEquity }
}

extension Ledger {
    /// Profit and loss of the months `from` to `to`.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func profitAndLoss(from: LedgerMonth, to: LedgerMonth) throws -> ProfitAndLoss {
        guard from <= to else { throw ArkaError(.badDate, "the period ends before it starts", field: "--to", value: to.description) }
        let accounts = BusinessAccounts(profile: try businessProfile(), chart: context.chart, products: definition.products)
        return try profitAndLoss(from: from, to: to, totals: try store.view { try $0.monthlyAccountTotals(through: to) }, accounts: accounts)
    }

    /// Profit and loss of each month from `from` to `to`, the monthly totals read once.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func monthlyProfitAndLoss(from: LedgerMonth, to: LedgerMonth) throws -> [ProfitAndLoss] {
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

    /// The report from monthly totals already read (those outside the period are skipped).
    func profitAndLoss(from: LedgerMonth, to: LedgerMonth, totals: [MonthlyAccountTotal], accounts: BusinessAccounts) throws -> ProfitAndLoss {
        var net: [String: Int64] = [:]
        for total in totals where total.month >= from && total.month <= to {
            net[total.account] = try Checked.add(net[total.account] ?? 0, total.baseDebit &- total.baseCredit, what: "the period's total")
        }
        var report = ProfitAndLoss(
            ledgerName: settings.name, currency: baseCurrency, from: from, to: to, sales: [], costOfSales: [], fixedCosts: [], otherIncome: [])
        for account in context.chart.accounts {
            guard let amount = net[account.code], amount != 0 else { continue }
            switch account.type {
            case .income:
                let figure = AccountFigure(account: account, amount: Money(minorUnits: -amount, currency: baseCurrency))
                if accounts.isSales(account.code) { report.sales.append(figure) } else { report.otherIncome.append(figure) }
            case .expense:
                let figure = AccountFigure(account: account, amount: Money(minorUnits: amount, currency: baseCurrency))
                if accounts.isCostOfSales(account.code) { report.costOfSales.append(figure) } else { report.fixedCosts.append(figure) }
            default: break
            }
        }
        return report
    }

    /// The balance sheet at the end of `month`.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func balanceSheet(at month: LedgerMonth) throws -> BalanceSheet {
        _ = try businessProfile()
        var net: [String: Int64] = [:]
        for total in try store.view({ try $0.monthlyAccountTotals(through: month) }) {
            net[total.account] = try Checked.add(net[total.account] ?? 0, total.baseDebit &- total.baseCredit, what: "the balance")
        }
        var sheet = BalanceSheet(
            ledgerName: settings.name, currency: baseCurrency, asOf: month.lastDay, assets: [], liabilities: [], equity: [],
            result: .zero(baseCurrency))
        var result: Int64 = 0
        for account in context.chart.accounts {
            guard let amount = net[account.code], amount != 0 else { continue }
            switch account.type {
            case .asset: sheet.assets.append(AccountFigure(account: account, amount: Money(minorUnits: amount, currency: baseCurrency)))
            case .liability: sheet.liabilities.append(AccountFigure(account: account, amount: Money(minorUnits: -amount, currency: baseCurrency)))
            case .equity: sheet.equity.append(AccountFigure(account: account, amount: Money(minorUnits: -amount, currency: baseCurrency)))
            case .income, .expense: result = try Checked.add(result, -amount, what: "the result")
            }
        }
        sheet.result = Money(minorUnits: result, currency: baseCurrency)
        return sheet
    }
}
