import ArkaCore
import ArkaStore

/// The figures the women running the business and their mentor ask about, for one month:
/// sales per month and per product, gross margin, the break-even, and how many months the cash
/// lasts at the recent rate of spending.
///
/// "Recent" is the month and the two before it (fewer when the books are younger).
///
/// ```swift
/// let indicators = try ledger.indicators(for: try LedgerMonth.parse("2024-06"))
/// ```
public struct BusinessIndicators: Sendable {
    public struct ProductLine: Sendable, Equatable {
        public var product: Product
        /// Thousandths of a unit.
        public var quantityThousandths: Int64
        /// Charged, VAT included.
        public var amount: Money
        public var sales: Int
        /// Share of the month's takings, percent with two decimals.
        public var share: DecimalText?
    }

    public var ledgerName: String
    public var currency: Currency
    public var month: LedgerMonth
    /// Sales net of VAT per month of the year, up to ``month``.
    public var salesByMonth: [(month: LedgerMonth, sales: Money)]
    public var products: [ProductLine]
    /// The month's profit and loss, and the recent months' together.
    public var monthResult: ProfitAndLoss
    public var recentResult: ProfitAndLoss
    /// The number of months ``recentResult`` spans.
    public var recentMonths: Int
    /// Cash, bank and card money at the month's end.
    public var cash: Money
    /// Products kept in stock that ended a day of the month with less than nothing on hand.
    public var stockFlags: [StockShortfall] = []
    /// All money paid out, a month on average over the recent months (rounded to the display unit, like the other estimates).
    public var averagePayments: Money
    /// The fixed costs of a month on average over the recent months.
    public var averageFixedCosts: Money
    /// The monthly sales at which the gross margin pays the fixed costs: average fixed costs ÷
    /// the recent gross margin ratio. Nil when there is no positive margin to pay them from.
    public var breakEvenSales: Money?

    /// The break-even sales of `recent` months: from their fixed-cost total, not the rounded
    /// average, so that it is rounded once.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits.
    static func breakEven(of recent: ProfitAndLoss, months: Int) throws -> Money? {
        guard recent.grossMargin.isPositive else { return nil }
        return try Checked.named("the gross margin of \(months) months, \(recent.grossMargin), to work out the break-even,") {
            try Conversion.scale(recent.totalFixedCosts, by: recent.totalSales, over: recent.grossMargin, times: Int64(months), toDisplayUnit: true)
        }
    }

    /// Cash at the month's end ÷ average monthly payments, one decimal; nil when nothing was paid.
    public var monthsOfCash: DecimalText? {
        guard averagePayments.isPositive else { return nil }
        return (try? cash.ratio(to: averagePayments, decimals: 1)) ?? nil
    }
}

extension Ledger {
    /// The indicators of `month`.
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books without a business profile.
    public func indicators(for month: LedgerMonth) throws -> BusinessIndicators {
        try namingStoredOverflow {
            let first = try activeMonths()?.first ?? month
            var recentStart = month
            var recentMonths = 1
            while recentMonths < 3, recentStart > first {
                recentStart = recentStart.previous
                recentMonths += 1
            }
            let accounts = BusinessAccounts(profile: try businessProfile(), chart: context.chart, products: definition.products)
            let totals = try store.view { try $0.monthlyAccountTotals(through: month) }
            var salesByMonth: [(LedgerMonth, Money)] = []
            var current = month.january
            while current <= month {
                salesByMonth.append((current, try profitAndLoss(from: current, to: current, totals: totals, accounts: accounts).totalSales))
                current = current.next
            }
            let flow = try cashFlow(from: recentStart, to: month)
            let paid = try Money.sum(flow.months.map(\.outflows), currency: baseCurrency)
            let products = self.products
            let sold = try store.view { try $0.productSales(from: month.firstDay, to: month.lastDay) }
            let stockFlags = try store.view { view in
                try stockShortfalls(from: Dictionary(uniqueKeysWithValues: stockProducts.map { ($0, month.firstDay) }), to: month.lastDay, in: view)
            }
            let takings = try Checked.named("the takings of \(month)") { try Money.sum(sold.map(\.amount), currency: baseCurrency) }
            let lines = try sold.compactMap { row -> BusinessIndicators.ProductLine? in
                guard let product = products[row.product] else { return nil }
                return BusinessIndicators.ProductLine(
                    product: product, quantityThousandths: row.quantityThousandths, amount: row.amount,
                    sales: row.sales, share: try row.amount.percent(of: takings))
            }.sorted { $0.amount == $1.amount ? $0.product.code < $1.product.code : $1.amount.sortsBefore($0.amount) }
            let recentResult = try profitAndLoss(from: recentStart, to: month, totals: totals, accounts: accounts)
            var indicators = BusinessIndicators(
                ledgerName: settings.name, currency: baseCurrency, month: month, salesByMonth: salesByMonth, products: lines,
                monthResult: try profitAndLoss(from: month, to: month, totals: totals, accounts: accounts),
                recentResult: recentResult,
                recentMonths: recentMonths, cash: flow.months.last?.closing ?? .zero(baseCurrency),
                averagePayments: try Conversion.scale(paid, by: 1, over: Int64(recentMonths), toDisplayUnit: true),
                averageFixedCosts: try Conversion.scale(recentResult.totalFixedCosts, by: 1, over: Int64(recentMonths), toDisplayUnit: true),
                breakEvenSales: try BusinessIndicators.breakEven(of: recentResult, months: recentMonths))
            indicators.stockFlags = stockFlags
            return indicators
        }
    }
}
