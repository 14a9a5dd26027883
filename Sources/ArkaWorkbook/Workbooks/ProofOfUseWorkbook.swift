import ArkaBooks
import ArkaCore
import ArkaStore

/// The German co-financiers' proof of use (Verwendungsnachweis), per fund marked for it in
/// `funds.csv` (column `reports`): the figures section in the structure of the financing plan
/// (income received, then per budget line planned, actual, deviation in money and %, a column for
/// the reason, and the funder), closed by the balance, income less spending; and the document
/// list (Belegliste: date, payee, reason, amount, by budget line in date order).
///
/// Books with no fund marked get one sheet that says so, and books whose figures cannot be
/// converted to the reporting currency yet (a missing reporting rate) one that says why: the
/// workbook, and the audit pack that holds it, are made either way.
///
/// ```swift
/// try ProofOfUseWorkbook().write(into: book, template: template, context: context)
/// ```
public struct ProofOfUseWorkbook: DonorWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "proof-of-use",
        sheets: [
            "figures": ["line", "description", "planned", "actual", "deviation", "deviation_percent", "reason", "funder"],
            "documents": ["date", "entry", "payee", "reason", "invoice", "budget_line", "amount"],
            "note": ["note"],
        ],
        labels: commonLabels + ["income", "spending", "subtotal", "balance", "no_funds", "unavailable"])

    public init() {}

    /// One row of the figures section: a budget line, or an income account.
    struct Figure {
        var line: String
        var description: String
        var planned: Money?
        var actual: Money
        var funder: String
        /// Actual less planned, when there is a plan.
        var deviation: Money?

        /// - Throws: ``ArkaError/Kind/overflow`` when the deviation does not fit in 64 bits.
        init(line: String, description: String, planned: Money?, actual: Money, funder: String) throws {
            self.line = line
            self.description = description
            self.planned = planned
            self.actual = actual
            self.funder = funder
            deviation = try planned.map { planned in try Checked.named("the deviation of line \(line)") { try actual.subtracting(planned) } }
        }
    }

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        let ledger = context.ledger
        let language = context.language
        let styles = WorkbookStyles(formats: template.formats)
        let funds = ledger.definition.funds.filter { $0.isReported(in: .proofOfUse) }.map(\.code)
        var figures = WorkbookFigures()
        guard !funds.isEmpty else {
            try context.writeNote(template.label("no_funds", language), into: book, template: template)
            return figures
        }
        let report: BudgetReport
        let allIncome: [FundIncome]
        do {
            report = try ledger.budgetReport(asOf: context.to, fund: nil)
            allIncome = try ledger.fundIncome(funds: funds, asOf: context.to, period: report.period)
        } catch let error as ArkaError where ExportContext.unconvertible.contains(error.kind) {
            let reason = context.notMade(error, template.label("unavailable", language))
            try context.writeNote(reason, into: book, template: template)
            figures.unavailable = reason
            return figures
        }
        let reporting = report.currency
        for fund in funds {
            figures.expenseByFund[fund] = report.funds.first { $0.fund == fund }?.booked ?? .zero(ledger.baseCurrency)
            let placeholders = ["fund": fund]
            if let sheet = template.sheet("figures") {
                let money = styles.money(reporting.code)
                func number(_ amount: Money) -> CellValue { .number(SpreadsheetNumber(amount)) }
                let planned = sheet.column("planned").map(Worksheet.columnName)
                let actual = sheet.column("actual").map(Worksheet.columnName)
                var rowNumber = 0
                let columns: [ListingColumn<Figure>] = [
                    ListingColumn(key: "line", style: styles.text, value: { .text($0.line) }),
                    ListingColumn(key: "description", style: styles.text, value: { .text($0.description) }),
                    ListingColumn(
                        key: "planned", style: money, value: { $0.planned.map(number) ?? .blank },
                        total: .init(currency: reporting, style: money, amount: { $0.planned ?? .zero(reporting) })),
                    ListingColumn(
                        key: "actual", style: money, value: { number($0.actual) },
                        total: .init(currency: reporting, style: money, amount: \.actual)),
                    ListingColumn(key: "deviation", style: money, value: { figure in
                        guard let deviation = figure.deviation else { return .blank }
                        guard let p = planned, let a = actual else { return number(deviation) }
                        return .formula("=\(a)\(rowNumber + 1)-\(p)\(rowNumber + 1)", result: .number(SpreadsheetNumber(deviation)))
                    }),
                    ListingColumn(key: "deviation_percent", style: styles.percent(), value: { figure in
                        guard let plannedAmount = figure.planned, let deviation = figure.deviation else { return .blank }
                        let result: FormulaResult = deviation.approximateShare(of: plannedAmount).map { .number(SpreadsheetNumber($0)) } ?? .text("")
                        guard let p = planned, let a = actual else {
                            if case .number(let value) = result { return .number(value) }
                            return .blank
                        }
                        let r = rowNumber + 1
                        return .formula("=IF(\(p)\(r)=0,\"\",(\(a)\(r)-\(p)\(r))/\(p)\(r))", result: result)
                    }),
                    ListingColumn(key: "reason", style: CellStyle(border: true), value: { _ in .blank }),
                    ListingColumn(key: "funder", style: styles.text, value: { .text($0.funder) }),
                ]
                let listing = try context.listing(book, template, sheet, columns, styles, placeholders: placeholders)
                try listing.start(subtitle: context.subtitle(template))
                let income = allIncome.filter { $0.fund == fund }
                var incomeSubtotal: Int?
                var incomeTotal = Money.zero(reporting)
                if !income.isEmpty {
                    try listing.beginGroup(template.label("income", language))
                    for line in income {
                        rowNumber = listing.row
                        try listing.add(
                            Figure(
                                line: line.account, description: context.accountName(line.account), planned: nil,
                                actual: line.amount, funder: fund))
                        let sum = incomeTotal
                        incomeTotal = try Checked.named("the income of \(fund)") { try sum.adding(line.amount) }
                    }
                    incomeSubtotal = listing.row
                    try listing.endGroup("\(template.label("subtotal", language)) \(template.label("income", language))")
                }
                var spendingTotal = Money.zero(reporting)
                try listing.beginGroup(template.label("spending", language))
                for line in report.lines where line.fund == fund {
                    rowNumber = listing.row
                    try listing.add(
                        Figure(line: line.line ?? "", description: line.description, planned: line.budget, actual: line.spent, funder: fund))
                    let sum = spendingTotal
                    spendingTotal = try Checked.named("the spending of \(fund)") { try sum.adding(line.spent) }
                }
                let spendingSubtotal = listing.row
                try listing.endGroup("\(template.label("subtotal", language)) \(template.label("spending", language))")
                try listing.finish(totalLabel: nil)
                // A proof of use closes on the balance: income received less spending, never their sum.
                let balance = try Checked.named("the balance of \(fund)") { try incomeTotal.subtracting(spendingTotal) }
                figures.balanceByFund[fund] = balance
                let balanceRow = listing.row
                let labelColumn = sheet.columns.firstIndex { !["planned", "actual", "deviation", "deviation_percent"].contains($0.key) } ?? 0
                for (index, column) in sheet.columns.enumerated() {
                    let value: CellValue
                    let style: CellStyle
                    if column.key == "actual" {
                        let letter = Worksheet.columnName(index)
                        let formula = incomeSubtotal.map { "=\(letter)\($0 + 1)-\(letter)\(spendingSubtotal + 1)" } ?? "=-\(letter)\(spendingSubtotal + 1)"
                        value = .formula(formula, result: .number(SpreadsheetNumber(balance)))
                        style = money.emphasised
                    } else {
                        value = index == labelColumn ? .text(template.label("balance", language)) : .blank
                        style = styles.heading
                    }
                    try listing.sheet.write(value, row: balanceRow, column: index, style: style)
                }
            }
            if let sheet = template.sheet("documents") {
                let base = ledger.baseCurrency
                let money = styles.money(base.code)
                let columns: [ListingColumn<PostingLine>] = [
                    ListingColumn(key: "date", style: styles.date, value: { .date($0.date) }),
                    ListingColumn(key: "entry", style: styles.text, value: { .text($0.entryID) }),
                    ListingColumn(key: "payee", style: styles.text, value: { .optionalText($0.counterparty) }),
                    ListingColumn(key: "reason", style: styles.text, value: { .text($0.memo.flatMap { $0.isEmpty ? nil : $0 } ?? $0.description) }),
                    ListingColumn(key: "invoice", style: styles.text, value: { posting in
                        .optionalText(posting.documents.filter { $0.kind == .invoice }.map(\.reference).joined(separator: "; "))
                    }),
                    ListingColumn(key: "budget_line", style: styles.text, value: { .optionalText($0.budgetLine) }),
                    ListingColumn(
                        key: "amount", style: money, value: { .number(SpreadsheetNumber($0.baseAmount)) },
                        total: .init(currency: base, style: money, amount: \.baseAmount)),
                ]
                let listing = try context.listing(book, template, sheet, columns, styles, placeholders: placeholders)
                try listing.start(subtitle: context.subtitle(template))
                var line: String?
                // The fund's postings only, read and recorded on a second thread while this one
                // writes the cells: one pass over the fund's expense, not over every fund's.
                try listing.fill(concurrently: { listing in
                    try ledger.forEachPosting(
                        accounts: context.expenseAccounts, from: context.from, to: context.to, fund: fund, order: .budgetLine
                    ) { posting in
                        if posting.budgetLine != line || line == nil {
                            if line != nil { try listing.endGroup("\(template.label("subtotal", language)) \(line!)") }
                            line = posting.budgetLine ?? ""
                            try listing.beginGroup(posting.budgetLine ?? "")
                        }
                        try listing.add(posting)
                    }
                    if let line { try listing.endGroup("\(template.label("subtotal", language)) \(line)") }
                })
                try listing.finish(totalLabel: template.label("total", language))
            }
        }
        return figures
    }
}
