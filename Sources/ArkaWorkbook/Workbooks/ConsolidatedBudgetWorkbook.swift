import ArkaBooks
import ArkaCore
import Foundation

/// The offices' budgets together, from the programme's centre (`arka export xlsx --database URL
/// --office all --report consolidated-budget`): per fund (its donor) and budget line, a row for
/// each office with its budget, commitments, spending, what is available and the percent
/// executed, then the line's total; each fund per office and in total; each office's flags and
/// the offices whose books make no budget report. The figures are ``ConsolidatedBudget``'s,
/// each office's those of its own `arka budget`; each amount in its reporting currency.
///
/// ```swift
/// try ConsolidatedBudgetWorkbook.export(budget, to: "programme.xlsx", language: .en, templates: folder, generatedAt: Date())
/// ```
public enum ConsolidatedBudgetWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "consolidated-budget",
        sheets: [
            "lines": ["fund", "line", "heading", "description", "currency", "office", "budget", "committed", "spent", "available", "executed"],
            "funds": ["fund", "name", "currency", "office", "budget", "committed", "spent", "available", "executed"],
            "flags": ["office", "flag"],
        ],
        requiredSheets: ["lines"],
        labels: commonLabels + ["offices", "as_of", "all_entries", "last_sync", "not_reported"])

    /// A row of the lines' or the funds' sheet: one office's figures, or the total (`office` nil).
    struct Row {
        var fund, line, heading, description, name: String
        var currency: Currency
        var office: String?
        var figures: ConsolidatedBudget.Figures
    }

    /// Writes `budget` to `output` (`-`: standard output), whole or not at all.
    /// - Throws: a template's ``ArkaError/Kind/badTemplate``; ``ArkaError/Kind/workbook`` or
    ///   ``ArkaError/Kind/io`` when the file cannot be written.
    public static func export(
        _ budget: ConsolidatedBudget, to output: String, language: Language, templates folder: String, generatedAt: Date, followingLink: Bool = false
    ) throws {
        let template = try WorkbookExport.template(catalogue, in: folder)
        let offices = budget.offices.map(\.code).joined(separator: ", ")
        let period = budget.asOf.map { "\(template.label("as_of", language)) \($0)" } ?? template.label("all_entries", language)
        let heading = PageHeading(ledger: offices, report: template.title.text(language), period: period, language: language)
        try WorkbookExport.writeFile(to: output, report: catalogue.report, streams: false, heading: heading, language: language, followingLink: followingLink) {
            book in
            try book.setProperties(
                DocumentProperties(
                    title: template.title.text(language), subject: offices, author: "Arka \(ArkaVersion.current)", company: nil, keywords: "arka",
                    comments: nil, created: generatedAt))
            try write(budget, into: book, template: template, heading: heading, language: language, generatedAt: generatedAt)
        }
    }

    static func write(
        _ budget: ConsolidatedBudget, into book: Workbook, template: WorkbookTemplate, heading: PageHeading, language: Language, generatedAt: Date
    ) throws {
        let styles = WorkbookStyles(formats: template.formats)
        let names = budget.offices.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        let synced = budget.offices.compactMap { office in budget.lastSyncs[office.code].map { "\(office.code) \($0)" } }
        var subtitle = ["\(template.label("offices", language)) \(names)", heading.period]
        if !synced.isEmpty { subtitle.append("\(template.label("last_sync", language)) \(synced.joined(separator: "; "))") }
        func listing<Value>(_ sheet: SheetTemplate, _ columns: [ListingColumn<Value>]) throws -> ListingSheet<Value> {
            let listing = try ListingSheet(book: book, template: sheet, columns: columns, language: language, styles: styles, page: heading)
            try listing.start(subtitle: subtitle)
            return listing
        }
        func figureColumns() -> [ListingColumn<Row>] {
            func money(_ key: String, _ amount: @escaping (ConsolidatedBudget.Figures) -> Money) -> ListingColumn<Row> {
                ListingColumn(key: key, style: { styles.money($0.currency.code, bold: $0.office == nil) }, value: { .number(SpreadsheetNumber(amount($0.figures))) })
            }
            return [
                money("budget", \.budget), money("committed", \.committed), money("spent", \.spent), money("available", \.available),
                ListingColumn(key: "executed", style: styles.percent()) { row, cell in
                    let share = row.figures.spent.approximateShare(of: row.figures.budget)
                    guard let spent = cell("spent"), let planned = cell("budget") else {
                        return share.map { .number(SpreadsheetNumber($0)) } ?? .blank
                    }
                    return .formula("=IF(\(planned)=0,\"\",\(spent)/\(planned))", result: share.map { .number(SpreadsheetNumber($0)) } ?? .text(""))
                },
            ]
        }
        let total = template.label("total", language)
        func rows(_ key: (fund: String, line: String, heading: String, name: String, currency: Currency), _ descriptions: [String?], _ description: String,
            _ figures: [ConsolidatedBudget.Figures?], _ sum: ConsolidatedBudget.Figures) -> [Row]
        {
            var rows: [Row] = []
            for (index, office) in budget.offices.enumerated() {
                guard let one = figures[index] else { continue }
                rows.append(
                    Row(
                        fund: key.fund, line: key.line, heading: key.heading, description: descriptions[index] ?? description, name: key.name,
                        currency: key.currency, office: office.code, figures: one))
            }
            if rows.count > 1 {
                rows.append(
                    Row(fund: key.fund, line: key.line, heading: key.heading, description: description, name: key.name, currency: key.currency, office: nil, figures: sum))
            }
            return rows
        }
        let office: (Row) -> String = { $0.office ?? total }
        func text(_ key: String, _ value: @escaping (Row) -> String) -> ListingColumn<Row> {
            ListingColumn(key: key, style: styles.text, value: { .text(value($0)) })
        }
        if let sheet = template.sheet("lines") {
            let columns = [text("fund", \.fund), text("line", \.line), text("heading", \.heading), text("description", \.description)]
                + [text("currency", \.currency.code), text("office", office)] + figureColumns()
            let sheetListing = try listing(sheet, columns)
            for line in budget.lines {
                let key = (fund: line.fund, line: line.line ?? "–", heading: line.heading, name: "", currency: line.currency)
                for row in rows(key, line.descriptions, line.description, line.offices, line.total) { try sheetListing.add(row) }
            }
            try sheetListing.finish(totalLabel: nil)
        }
        if let sheet = template.sheet("funds") {
            let columns = [text("fund", \.fund), text("name", \.description), text("currency", \.currency.code), text("office", office)] + figureColumns()
            let sheetListing = try listing(sheet, columns)
            for fund in budget.funds {
                let key = (fund: fund.fund, line: "", heading: "", name: fund.name, currency: fund.currency)
                for row in rows(key, fund.names, fund.name, fund.offices, fund.total) { try sheetListing.add(row) }
            }
            try sheetListing.finish(totalLabel: nil)
        }
        if let sheet = template.sheet("flags") {
            let notReported = template.label("not_reported", language)
            let flags = budget.flags.map { (office: $0.office, flag: $0.flag) } + budget.unreported.map { (office: $0.office, flag: "\(notReported) \($0.reason)") }
            let columns: [ListingColumn<(office: String, flag: String)>] = [
                ListingColumn(key: "office", style: styles.text, value: { .text($0.office) }),
                ListingColumn(key: "flag", style: styles.wrapped, value: { .text($0.flag) }),
            ]
            let sheetListing = try listing(sheet, columns)
            for flag in flags { try sheetListing.add(flag) }
            try sheetListing.finish(totalLabel: nil)
        }
    }
}
