import ArkaBooks
import ArkaCore
import ArkaStore

/// The social business's monitoring workbook for the project: the monthly cash flow, the
/// profit and loss month by month, sales by product, and the use of the start-up grant.
///
/// ```swift
/// let figures = try CashFlowWorkbook().write(into: book, template: template, context: context)
/// ```
public struct CashFlowWorkbook: DonorWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "cashflow",
        sheets: [
            "cashflow": [
                "month", "opening", "sales", "grant", "other_receipts", "total_in", "suppliers", "wages", "other_payments", "total_out", "net",
                "closing", "books",
            ],
            "pnl": ["month", "sales", "cost_of_sales", "gross_margin", "fixed_costs", "operating_result", "other_income", "result"],
            "products": ["product", "name", "unit", "quantity", "amount", "sales"],
            "grant-use": ["line", "description", "budget", "spent", "remaining", "used_percent"],
        ],
        labels: commonLabels)

    public init() {}

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        let ledger = context.ledger
        _ = try ledger.businessProfile()
        let styles = WorkbookStyles(formats: template.formats)
        let language = context.language
        let base = ledger.baseCurrency
        let money = styles.money(base.code)
        guard let active = try ledger.activeMonths() else { return WorkbookFigures() }
        let first = context.from?.ledgerMonth ?? active.first
        let last = context.to?.ledgerMonth ?? active.last
        var figures = WorkbookFigures()
        func amount<Row>(_ key: String, total: Bool = true, _ value: @escaping (Row) -> Money) -> ListingColumn<Row> {
            ListingColumn(
                key: key, style: money, value: { .number(SpreadsheetNumber(value($0))) },
                total: total ? .init(currency: base, style: money, amount: value) : nil)
        }
        if let sheet = template.sheet("cashflow") {
            let flow = try ledger.cashFlow(from: first, to: last)
            let columns: [ListingColumn<CashFlowStatement.Month>] = [
                ListingColumn(key: "month", style: styles.text, value: { .text($0.month.description) }),
                amount("opening", total: false, \.opening),
                amount("sales") { $0.shown(.salesReceipts) }, amount("grant") { $0.shown(.grantReceived) },
                amount("other_receipts") { $0.shown(.otherReceipts) }, amount("total_in", \.inflows),
                amount("suppliers") { $0.shown(.supplierPayments) }, amount("wages") { $0.shown(.wages) },
                amount("other_payments") { $0.shown(.otherPayments) }, amount("total_out", \.outflows), amount("net", \.net),
                amount("closing", total: false, \.closing), amount("books", total: false, \.booksClosing),
            ]
            let listing = try context.listing(book, template, sheet, columns, styles)
            try listing.start(subtitle: context.subtitle(template))
            for month in flow.months { try listing.add(month) }
            try listing.finish(totalLabel: template.label("total", language))
            figures.rows = flow.months.count
        }
        if let sheet = template.sheet("pnl") {
            let months = try ledger.monthlyProfitAndLoss(from: first, to: last)
            let columns: [ListingColumn<ProfitAndLoss>] = [
                ListingColumn(key: "month", style: styles.text, value: { .text($0.from.description) }),
                amount("sales", \.totalSales), amount("cost_of_sales", \.totalCostOfSales), amount("gross_margin", \.grossMargin),
                amount("fixed_costs", \.totalFixedCosts), amount("operating_result", \.operatingResult),
                amount("other_income", \.totalOtherIncome), amount("result", \.result),
            ]
            let listing = try context.listing(book, template, sheet, columns, styles)
            try listing.start(subtitle: context.subtitle(template))
            for month in months { try listing.add(month) }
            try listing.finish(totalLabel: template.label("total", language))
        }
        if let sheet = template.sheet("products") {
            let sold = try ledger.salesByProduct(from: first, to: last)
            let columns: [ListingColumn<SalesByProduct.Line>] = [
                ListingColumn(key: "product", style: styles.text, value: { .text($0.product) }),
                ListingColumn(key: "name", style: styles.text, value: { row in
                    // A product's Albanian name in an Albanian workbook, when it has one.
                    let albanian = language == .sq ? ledger.products[row.product]?.nameAlbanian.flatMap { $0.isEmpty ? nil : $0 } : nil
                    return .optionalText(albanian ?? row.name)
                }),
                ListingColumn(key: "unit", style: styles.text, value: { .optionalText($0.unit) }),
                ListingColumn(key: "quantity", style: styles.text, value: { .number(SpreadsheetNumber(units: $0.quantityThousandths, exponent: 3)) }),
                amount("amount", \.takings),
                ListingColumn(key: "sales", style: styles.text, value: { .number(SpreadsheetNumber($0.sales)) }),
            ]
            let listing = try context.listing(book, template, sheet, columns, styles)
            try listing.start(subtitle: context.subtitle(template))
            for line in sold.lines { try listing.add(line) }
            try listing.finish(totalLabel: template.label("total", language))
        }
        if let sheet = template.sheet("grant-use") {
            let use = try ledger.grantUse(at: last)
            let columns: [ListingColumn<GrantUse.Line>] = [
                ListingColumn(key: "line", style: styles.text, value: { .text($0.line.line) }),
                ListingColumn(key: "description", style: styles.text, value: { .text($0.line.description) }),
                amount("budget") { $0.line.amount }, amount("spent", \.spent), amount("remaining", \.remaining),
                ListingColumn(key: "used_percent", style: styles.percent()) { line, cell in
                    let share = line.spent.approximateShare(of: line.line.amount).map(SpreadsheetNumber.init)
                    guard let spentCell = cell("spent"), let budgetCell = cell("budget") else { return share.map(CellValue.number) ?? .blank }
                    return .formula("=IF(\(budgetCell)=0,\"\",\(spentCell)/\(budgetCell))", result: share.map(FormulaResult.number) ?? .text(""))
                },
            ]
            let listing = try context.listing(book, template, sheet, columns, styles)
            try listing.start(subtitle: context.subtitle(template))
            for line in use.lines { try listing.add(line) }
            try listing.finish(totalLabel: template.label("total", language))
        }
        return figures
    }
}
