import ArkaBooks
import ArkaCore
import ArkaStore

/// The transaction listing an expenditure verification samples from: every expense posting,
/// grouped by fund and budget line, in date order, with its documents, original currency, rate
/// and base amount, an eligible flag, and empty columns for the auditor's sample mark and
/// comment. Each group ends with a subtotal and the listing with a grand total, as SUBTOTAL
/// formulas. The sheet streams: a million postings never sit in memory.
///
/// ```swift
/// let figures = try TransactionsWorkbook().write(into: book, template: template, context: context)
/// figures.expenseByFund["EU"]   // equals the trial balance's EU expense
/// ```
public struct TransactionsWorkbook: DonorWorkbook {
    public static let columnKeys = [
        "entry", "date", "payee", "nipt", "purpose", "invoice", "nivf", "payment", "fund", "budget_line", "account",
        "account_name", "currency", "amount", "rate", "rate_source", "rate_date", "base_amount", "eligible", "sample", "comment",
    ]
    public static let catalogue = TemplateCatalogue(
        report: "transactions", sheets: ["transactions": columnKeys],
        labels: commonLabels + ["subtotal", "no_fund", "no_line", "yes", "no", "base_note", "rate.stated"])
    public static var streams: Bool { true }

    public init() {}

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        guard let sheetTemplate = template.sheet("transactions") else { return WorkbookFigures() }
        let styles = WorkbookStyles(formats: template.formats)
        let language = context.language
        let base = context.ledger.baseCurrency
        let baseStyle = styles.money(base.code)
        let ineligible = context.ineligibleAccounts
        let yes = template.label("yes", language)
        let no = template.label("no", language)
        let stated = template.label("rate.stated", language)
        var moneyStyles: [String: CellStyle] = [:]
        func moneyStyle(_ code: String) -> CellStyle {
            if let known = moneyStyles[code] { return known }
            let style = styles.money(code)
            moneyStyles[code] = style
            return style
        }
        let invoices: Set<DocumentReference.Kind> = [.invoice]
        let fiscalCodes: Set<DocumentReference.Kind> = [.nivf]
        let payments: Set<DocumentReference.Kind> = [.paymentOrder, .bank]
        func documents(_ posting: PostingLine, _ kinds: Set<DocumentReference.Kind>) -> CellValue {
            if posting.documents.isEmpty { return .blank }
            return .optionalText(posting.documents.filter { kinds.contains($0.kind) }.map(\.reference).joined(separator: "; "))
        }
        let columns: [ListingColumn<PostingLine>] = [
            ListingColumn(key: "entry", style: styles.text, value: { .text($0.entryID) }),
            ListingColumn(key: "date", style: styles.date, value: { .date($0.date) }),
            ListingColumn(key: "payee", style: styles.text, value: { .optionalText($0.counterparty) }),
            ListingColumn(key: "nipt", style: styles.text, value: { .optionalText(taxID(in: $0.counterparty) ?? taxID(in: $0.memo)) }),
            ListingColumn(key: "purpose", style: styles.text, value: { .text($0.memo.flatMap { $0.isEmpty ? nil : $0 } ?? $0.description) }),
            ListingColumn(key: "invoice", style: styles.text, value: { documents($0, invoices) }),
            ListingColumn(key: "nivf", style: styles.text, value: { documents($0, fiscalCodes) }),
            ListingColumn(key: "payment", style: styles.text, value: { documents($0, payments) }),
            ListingColumn(key: "fund", style: styles.text, value: { .optionalText($0.fund) }),
            ListingColumn(key: "budget_line", style: styles.text, value: { .optionalText($0.budgetLine) }),
            ListingColumn(key: "account", style: styles.text, value: { .text($0.account) }),
            ListingColumn(key: "account_name", style: styles.text, value: { .text(context.accountName($0.account)) }),
            ListingColumn(key: "currency", style: styles.text, value: { .text($0.amount.currency.code) }),
            ListingColumn(key: "amount", style: { moneyStyle($0.amount.currency.code) }, value: { .number(SpreadsheetNumber($0.amount)) }),
            ListingColumn(key: "rate", style: styles.rate, value: { posting in
                posting.rate.flatMap { SpreadsheetNumber(decimal: $0) }.map(CellValue.number) ?? .blank
            }),
            // A rate the entry states is named in the template's words; a rate table's source as it is.
            ListingColumn(key: "rate_source", style: styles.text, value: { posting in
                .optionalText(posting.rateSource == PostingConversion.statedInEntry ? stated : posting.rateSource)
            }),
            ListingColumn(key: "rate_date", style: styles.text, value: { .optionalText($0.rateDate) }),
            ListingColumn(
                key: "base_amount", style: baseStyle, value: { .number(SpreadsheetNumber($0.baseAmount)) },
                total: .init(currency: base, style: baseStyle, amount: \.baseAmount)),
            ListingColumn(key: "eligible", style: styles.text, value: { .text(ineligible.contains($0.account) ? no : yes) }),
            ListingColumn(key: "sample", style: CellStyle(border: true), value: { _ in .blank }),
            ListingColumn(key: "comment", style: CellStyle(border: true), value: { _ in .blank }),
        ]
        let listing = try context.listing(book, template, sheetTemplate, columns, styles)
        try listing.start(subtitle: context.subtitle(template) + [template.label("base_note", language) + " " + base.code])
        let lineNames = Dictionary(
            context.ledger.definition.budgetLines.map { (BudgetLineKey(fund: $0.fund, line: $0.line), $0.description) }, uniquingKeysWith: { first, _ in first })
        var figures = WorkbookFigures()
        var group: (fund: String?, line: String?)?
        var groupName = ""
        var groupTotal = Money.zero(base)
        var expense = MoneyTotals<String>(currency: base)
        func closeGroup() throws {
            guard let current = group else { return }
            try listing.endGroup("\(template.label("subtotal", language)) \(groupName)")
            try expense.add(groupTotal, to: current.fund ?? "", what: "the expense of \(current.fund ?? "no fund")")
        }
        // The postings are read and their rows recorded on a second thread; this one writes the cells.
        try listing.fill(concurrently: { listing in
            try context.forEachPosting(accounts: context.expenseAccounts, order: .budgetLine) { posting in
                if group.map({ $0.fund != posting.fund || $0.line != posting.budgetLine }) ?? true {
                    try closeGroup()
                    let fund = posting.fund ?? template.label("no_fund", language)
                    let line = posting.budgetLine ?? template.label("no_line", language)
                    groupName = "\(fund) \(line)"
                    let description = lineNames[BudgetLineKey(fund: posting.fund, line: posting.budgetLine)].map { " – \($0)" } ?? ""
                    try listing.beginGroup(groupName + description)
                    group = (posting.fund, posting.budgetLine)
                    groupTotal = .zero(base)
                }
                try listing.add(posting)
                let sum = groupTotal
                groupTotal = try Checked.named("the expense of \(posting.fund ?? "no fund")") { try sum.adding(posting.baseAmount) }
                figures.rows += 1
            }
            try closeGroup()
        })
        try listing.finish(totalLabel: template.label("total", language))
        figures.expenseByFund = expense.sumsByKey
        return figures
    }
}
