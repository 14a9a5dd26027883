import ArkaBooks
import ArkaCore
import ArkaStore

/// The trial balance on the last day of the period: each account and currency with its debits,
/// credits and balance, and the base-currency columns that must add up to zero; then the expense
/// per fund, which the financial report and the transaction listing reconcile to.
///
/// ```swift
/// let figures = try TrialBalanceWorkbook().write(into: book, template: template, context: context)
/// ```
public struct TrialBalanceWorkbook: DonorWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "trial-balance",
        sheets: [
            "trial-balance": ["account", "name", "type", "currency", "debit", "credit", "balance", "base_debit", "base_credit", "base_balance"],
            "expense-by-fund": ["fund", "name", "expense"],
        ],
        labels: commonLabels + ["type.asset", "type.liability", "type.equity", "type.income", "type.expense", "no_fund"])

    public init() {}

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        let styles = WorkbookStyles(formats: template.formats)
        let language = context.language
        let base = context.ledger.baseCurrency
        let baseStyle = styles.money(base.code)
        var figures = WorkbookFigures()
        if let sheetTemplate = template.sheet("trial-balance") {
            let balance = try context.ledger.trialBalance(asOf: context.to, grouping: .account)
            func baseColumn(_ key: String, _ money: @escaping (TrialBalance.Line) -> Money) -> ListingColumn<TrialBalance.Line> {
                ListingColumn(
                    key: key, style: baseStyle, value: { .number(SpreadsheetNumber(money($0))) },
                    total: .init(currency: base, style: baseStyle, amount: money))
            }
            func moneyColumn(_ key: String, _ money: @escaping (TrialBalance.Line) -> Money) -> ListingColumn<TrialBalance.Line> {
                ListingColumn(key: key, style: { styles.money(money($0).currency.code) }, value: { .number(SpreadsheetNumber(money($0))) })
            }
            let columns: [ListingColumn<TrialBalance.Line>] = [
                ListingColumn(key: "account", style: styles.text, value: { .text($0.account.code) }),
                ListingColumn(key: "name", style: styles.text, value: { .text(context.accountName($0.account.code)) }),
                ListingColumn(key: "type", style: styles.text, value: { .text(template.label("type.\($0.account.type.rawValue)", language)) }),
                ListingColumn(key: "currency", style: styles.text, value: { .text($0.balance.currency.code) }),
                moneyColumn("debit", \.debit), moneyColumn("credit", \.credit), moneyColumn("balance", \.balance),
                baseColumn("base_debit", \.baseDebit), baseColumn("base_credit", \.baseCredit), baseColumn("base_balance", \.baseBalance),
            ]
            let listing = try context.listing(book, template, sheetTemplate, columns, styles)
            try listing.start(subtitle: context.subtitle(template))
            for line in balance.lines { try listing.add(line) }
            try listing.finish(totalLabel: template.label("total", language))
            figures.rows = balance.lines.count
        }
        let byFund = try context.ledger.trialBalance(asOf: context.to, grouping: .fund)
        let expense = context.expenseAccounts
        var expenseByFund = MoneyTotals<String>(currency: base)
        for line in byFund.lines where expense.contains(line.account.code) {
            try expenseByFund.add(line.baseBalance, to: line.fund ?? "", what: "the expense of \(line.fund ?? "no fund")")
        }
        figures.expenseByFund = expenseByFund.sumsByKey
        if let sheetTemplate = template.sheet("expense-by-fund") {
            let names = Dictionary(context.ledger.definition.funds.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            let rows = figures.expenseByFund.sorted { $0.key < $1.key }
            let columns: [ListingColumn<(key: String, value: Money)>] = [
                ListingColumn(key: "fund", style: styles.text, value: { .text($0.key.isEmpty ? template.label("no_fund", language) : $0.key) }),
                ListingColumn(key: "name", style: styles.text, value: { .optionalText(names[$0.key]) }),
                ListingColumn(
                    key: "expense", style: baseStyle, value: { .number(SpreadsheetNumber($0.value)) },
                    total: .init(currency: base, style: baseStyle, amount: \.value)),
            ]
            let listing = try context.listing(book, template, sheetTemplate, columns, styles)
            try listing.start(subtitle: context.subtitle(template))
            for row in rows { try listing.add(row) }
            try listing.finish(totalLabel: template.label("total", language))
        }
        return figures
    }
}

/// The general ledger: every posting of the period by account, in date order, with a subtotal
/// per account and the running balance in the base currency from the balance before the period.
///
/// ```swift
/// try GeneralLedgerWorkbook().write(into: book, template: template, context: context)
/// ```
public struct GeneralLedgerWorkbook: DonorWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "general-ledger",
        sheets: [
            "general-ledger": [
                "account", "date", "entry", "description", "counterparty", "fund", "budget_line", "currency", "amount", "base_debit",
                "base_credit", "balance", "memo",
            ]
        ],
        labels: commonLabels + ["subtotal", "opening"])
    public static var streams: Bool { true }

    public init() {}

    /// A posting with the account's running balance after it, and its base amount as a debit
    /// or as the size of a credit.
    struct Line {
        var posting: PostingLine
        var balance: Money
        var debit: Money
        var credit: Money
    }

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        guard let sheetTemplate = template.sheet("general-ledger") else { return WorkbookFigures() }
        let styles = WorkbookStyles(formats: template.formats)
        let language = context.language
        let base = context.ledger.baseCurrency
        let baseStyle = styles.money(base.code)
        func baseNumber(_ amount: Money) -> CellValue { .number(SpreadsheetNumber(amount)) }
        let columns: [ListingColumn<Line>] = [
            ListingColumn(key: "account", style: styles.text, value: { .text($0.posting.account) }),
            ListingColumn(key: "date", style: styles.date, value: { .date($0.posting.date) }),
            ListingColumn(key: "entry", style: styles.text, value: { .text($0.posting.entryID) }),
            ListingColumn(key: "description", style: styles.text, value: { .text($0.posting.description) }),
            ListingColumn(key: "counterparty", style: styles.text, value: { .optionalText($0.posting.counterparty) }),
            ListingColumn(key: "fund", style: styles.text, value: { .optionalText($0.posting.fund) }),
            ListingColumn(key: "budget_line", style: styles.text, value: { .optionalText($0.posting.budgetLine) }),
            ListingColumn(key: "currency", style: styles.text, value: { .text($0.posting.amount.currency.code) }),
            ListingColumn(key: "amount", style: { styles.money($0.posting.amount.currency.code) }, value: { .number(SpreadsheetNumber($0.posting.amount)) }),
            ListingColumn(
                key: "base_debit", style: baseStyle, value: { $0.debit.isZero ? .blank : baseNumber($0.debit) },
                total: .init(currency: base, style: baseStyle, amount: \.debit)),
            ListingColumn(
                key: "base_credit", style: baseStyle, value: { $0.credit.isZero ? .blank : baseNumber($0.credit) },
                total: .init(currency: base, style: baseStyle, amount: \.credit)),
            ListingColumn(key: "balance", style: baseStyle, value: { baseNumber($0.balance) }),
            ListingColumn(key: "memo", style: styles.text, value: { .optionalText($0.posting.memo) }),
        ]
        let report = try context.ledger.generalLedger(from: context.from, to: context.to)
        let listing = try context.listing(book, template, sheetTemplate, columns, styles)
        try listing.start(subtitle: context.subtitle(template))
        var figures = WorkbookFigures()
        // The postings are read and their rows recorded on a second thread; this one writes the cells.
        try listing.fill(concurrently: { listing in
            try report.stream { event in
                switch event {
                case .opening(let account, let balance):
                    var label = "\(account) \(context.accountName(account))"
                    if !balance.isZero { label += " · \(template.label("opening", language)) \(balance)" }
                    try listing.beginGroup(label)
                case .posting(let line):
                    let amount = line.posting.baseAmount
                    try listing.add(Line(posting: line.posting, balance: line.balance, debit: amount.debitSide, credit: try amount.creditSide()))
                    figures.rows += 1
                case .closing(let total):
                    try listing.endGroup("\(template.label("subtotal", language)) \(total.account)")
                }
            }
        })
        try listing.finish(totalLabel: template.label("total", language))
        return figures
    }
}
