import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

/// The financial report, per fund in its donor's layout (the fund's ``DonorTemplate``): for an
/// EU fund the Annex VI, its budget lines under the template's structure; for the others their
/// own headings, without the EU's subtotals and limits. Per fund, the budget lines under their headings with the
/// budget, the expenditure in each currency and in the reporting currency for the period and
/// cumulatively, the variance in money and %, the % executed, heading totals and the subtotals
/// and limits the template lays out (direct costs, indirect costs and their share, total), the
/// flexibility flags (with the spending above what a heading may reach without the addendum it
/// needed), a column for variance explanations, and the reconciliation to the books;
/// then the rates used, and the monthly rates behind them.
///
/// Totals are live formulas whose stored results are the exact sums. A fund whose budget lines
/// sit under headings the template's structure does not list (another donor's headings) shows
/// them heading by heading after the structure, in its total; a fund with no line under the
/// structure's headings shows only its own. Books that lack a reporting rate the conversion
/// needs get a report sheet that names it, in place of the figures.
///
/// ```swift
/// let figures = try FinancialReportWorkbook().write(into: book, template: template, context: context)
/// ```
public struct FinancialReportWorkbook: DonorWorkbook {
    public static let reportColumns = [
        "line", "description", "original_budget", "budget", "spent_by_currency", "spent_period", "spent_cumulative", "variance",
        "variance_percent", "executed_percent", "committed", "flags", "explanation",
    ]
    public static let catalogue = TemplateCatalogue(
        report: "financial-report",
        sheets: [
            "financial-report": reportColumns,
            "rates": ["currency", "rule", "rate", "period", "months", "source"],
            "monthly-rates": ["month", "currency", "rate", "source"],
            "flags": ["flag"],
        ],
        requiredSheets: ["financial-report"],
        labels: commonLabels + [
            "fund", "not_in_budget", "total_with_unbudgeted", "share", "limit", "over_limit", "eligible_reported", "ineligible",
            "conversion_difference", "booked", "rule.period-average", "rule.expense-month", "rule.booking", "heading_change",
            "needs_addendum", "above_ceiling", "no_fund", "heading", "total_with_other_headings", "unavailable", "rate.as_booked",
            "rate.each_posting", "rate.each_posting_date", "line.none", "line.off_budget",
        ] + BudgetReport.Flag.phraseKeys,
        hasStructure: true)

    public init() {}

    /// A column of the report sheet once `spent_by_currency` is spread over the currencies.
    struct Column {
        var key: String
        var currency: Currency?
        var label: String
        var width: Double
    }

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        let ledger = context.ledger
        var figures = WorkbookFigures()
        let report: BudgetReport
        let before: BudgetReport?
        do {
            report = try ledger.budgetReport(asOf: context.to, fund: nil)
            before = try context.from.map { try ledger.budgetReport(asOf: $0.dayBefore, fund: nil) }
        } catch let error as ArkaError where ExportContext.unconvertible.contains(error.kind) {
            // Books kept in another currency than the donor's report it in only at the donor's
            // rates: until they are added, the workbook says what is missing.
            let reason = context.notMade(error, template.label("unavailable", context.language))
            if let sheet = template.sheet("financial-report") {
                try writeNote(reason, book: book, sheet: sheet, template: template, context: context)
            }
            figures.unavailable = reason
            return figures
        }
        for fund in report.funds { figures.expenseByFund[fund.fund] = fund.booked }
        // Expense booked without a fund belongs to no donor's report, but the books hold it: it is
        // shown under the funds so that the report reconciles to the trial balance.
        let expense = context.expenseAccounts
        let unfundedLines = try ledger.trialBalance(asOf: context.to, grouping: .fund).lines
            .filter { $0.fund == nil && expense.contains($0.account.code) }
        let unfunded = try Checked.named("the expense without a fund") {
            try Money.sum(unfundedLines.map(\.baseBalance), currency: ledger.baseCurrency)
        }
        if !unfunded.isZero { figures.expenseByFund[""] = unfunded }
        if let sheet = template.sheet("financial-report") {
            try writeReport(book: book, sheet: sheet, template: template, report: report, before: before, unfunded: unfunded, context: context)
        }
        if let sheet = template.sheet("rates") {
            try writeRates(book: book, sheet: sheet, template: template, report: report, context: context)
        }
        if let sheet = template.sheet("monthly-rates") {
            try writeMonthlyRates(book: book, sheet: sheet, template: template, report: report, context: context)
        }
        if let sheet = template.sheet("flags") {
            let styles = WorkbookStyles(formats: template.formats)
            let listing = try context.listing(book, template, sheet, [ListingColumn<String>(key: "flag", style: styles.wrapped, value: { .text($0) })], styles)
            try listing.start(subtitle: context.subtitle(template))
            for flag in report.flagDetails { try listing.add(context.worded(flag.phrase, template)) }
            try listing.finish(totalLabel: nil)
        }
        figures.rows = report.lines.count
        return figures
    }

    // MARK: The report sheet

    private func writeReport(
        book: Workbook, sheet template: SheetTemplate, template workbook: WorkbookTemplate, report: BudgetReport, before: BudgetReport?,
        unfunded: Money, context: ExportContext
    ) throws {
        let language = context.language
        let styles = WorkbookStyles(formats: workbook.formats)
        let reporting = report.currency
        let currencies = Set(report.lines.flatMap { $0.spentByCurrency.map(\.currency) }).sorted()
        var columns: [Column] = []
        for column in template.columns {
            let label = context.wording(column.label.text(language))
            if column.key == "spent_by_currency" {
                for currency in currencies { columns.append(Column(key: column.key, currency: currency, label: "\(label) \(currency.code)", width: column.width)) }
            } else {
                columns.append(Column(key: column.key, currency: nil, label: label, width: column.width))
            }
        }
        guard !columns.isEmpty else {
            throw ArkaError(.badTemplate, "the financial report needs a column besides spent_by_currency when nothing is spent", location: SourceLocation(file: workbook.file, field: "sheets"))
        }
        func position(_ key: String) -> Int? { columns.firstIndex { $0.key == key && $0.currency == nil } }
        let sheet = try book.addWorksheet(name: template.name.text(language))
        // The widths the figures and texts need, taken as they are written (labels in the first
        // column run over the empty cells beside them and are left out).
        let texts: Set<String> = ["line", "description", "flags", "explanation"]
        // The labels of the total rows run from the first column over the empty ones up to the
        // first figure: the columns before it hold the longest, so the description keeps room.
        let figureKeys = Set(["original_budget", "budget", "spent_by_currency", "spent_period", "spent_cumulative", "committed"])
        var minimums = Array(repeating: 0.0, count: columns.count)
        if let firstFigure = columns.firstIndex(where: { figureKeys.contains($0.key) }), let description = position("description"), description < firstFigure {
            var labels = [workbook.label("not_in_budget", language), workbook.label("total_with_unbudgeted", language)]
            for item in workbook.structure {
                switch item {
                case let .heading(_, label, _): labels.append("\(workbook.label("total", language)) \(label.text(language))")
                case let .subtotal(_, label, _): labels.append(label.text(language))
                }
            }
            let widest = labels.map { TextWidth.measure($0, bold: true).whole }.max() ?? 0
            let others = columns[..<firstFigure].indices.filter { $0 != description }.reduce(0.0) { $0 + columns[$1].width }
            minimums[description] = SheetLayout.fitting(widest) - others
        }
        var layout = SheetLayout(
            widths: columns.map(\.width), headers: columns.map(\.label), kinds: columns.map { texts.contains($0.key) ? .text : .figures },
            minimums: minimums, landscape: template.landscape)
        // A row is as tall as its wrapped texts need at the planned widths.
        var rowLines: (row: Int, lines: Int) = (-1, 1)
        func put(_ value: CellValue, row: Int, column: Int, style: CellStyle) throws {
            try sheet.write(value, row: row, column: column, style: style)
            guard case .text(let text) = value else { return layout.note(value, style: style, column: column) }
            let shown = book.shown(text)
            layout.note(.text(shown), style: style, column: column)
            guard style.wrap else { return }
            let lines = layout.lines(of: shown, column: column, bold: style.bold)
            if lines > (rowLines.row == row ? rowLines.lines : 1) {
                rowLines = (row, lines)
                try sheet.setRowHeight(row, points: SheetLayout.rowHeight(lines: lines))
            }
        }
        for (index, column) in layout.columns.enumerated() { try sheet.setColumn(index, width: column.planned) }
        var flagStyle = styles.flag
        flagStyle.wrap = true
        var row = 0
        try sheet.mergeTitle(context.wording(template.title.text(language)), row: row, firstColumn: 0, lastColumn: columns.count - 1, style: styles.title)
        try sheet.setRowHeight(row, points: styles.titleHeight)
        row += 1
        for line in context.subtitle(workbook) {
            try sheet.write(.text(line), row: row, column: 0, style: styles.subtitle)
            row += 1
        }
        row += 1
        let headerRow = row
        for (index, column) in columns.enumerated() { try sheet.write(.text(column.label), row: row, column: index, style: styles.header) }
        if layout.headerLines > 1 { try sheet.setRowHeight(row, points: SheetLayout.rowHeight(lines: layout.headerLines)) }
        row += 1
        try sheet.freezePanes(row: row, column: 0)

        // Exact values per column of each written row, to store every formula's result.
        var values: [Int: [Int: Money]] = [:]
        let summed = Set(["original_budget", "budget", "spent_by_currency", "spent_period", "spent_cumulative", "committed"])
        func currency(_ index: Int) -> Currency { columns[index].currency ?? reporting }
        let zero = Money.zero(reporting)
        func moneyStyle(_ index: Int, bold: Bool) -> CellStyle { styles.money(columns[index].currency?.code ?? reporting.code, bold: bold) }
        func letter(_ index: Int) -> String { Worksheet.columnName(index) }

        /// Writes the formulas and values derived from a row's budget and cumulative spending.
        func writeDerived(_ r: Int, bold: Bool) throws {
            let budget = values[r]?[position("budget") ?? -1] ?? zero
            let spent = values[r]?[position("spent_cumulative") ?? -1] ?? zero
            let b = position("budget").map { "\(letter($0))\(r + 1)" }
            let s = position("spent_cumulative").map { "\(letter($0))\(r + 1)" }
            let variance = try Checked.named("the variance of row \(r + 1)") { try budget.subtracting(spent) }
            if let index = position("variance") {
                let number = SpreadsheetNumber(variance)
                let value: CellValue = b != nil && s != nil ? .formula("=\(b!)-\(s!)", result: .number(number)) : .number(number)
                try put(value, row: r, column: index, style: styles.money(reporting.code, bold: bold))
            }
            /// A share as the formula's stored result, or as the cell itself without a formula.
            func share(_ top: Money, formula: String?) -> CellValue {
                let value = top.approximateShare(of: budget).map(SpreadsheetNumber.init)
                guard let formula else { return value.map(CellValue.number) ?? .blank }
                return .formula(formula, result: value.map(FormulaResult.number) ?? .text(""))
            }
            if let index = position("variance_percent") {
                let formula = b != nil && s != nil ? "=IF(\(b!)=0,\"\",(\(b!)-\(s!))/\(b!))" : nil
                try put(share(variance, formula: formula), row: r, column: index, style: styles.percent(bold: bold))
            }
            if let index = position("executed_percent") {
                let formula = b != nil && s != nil ? "=IF(\(b!)=0,\"\",\(s!)/\(b!))" : nil
                try put(share(spent, formula: formula), row: r, column: index, style: styles.percent(bold: bold))
            }
        }

        /// Writes a total row: each summed column as a formula over `parts` rows.
        func writeTotal(label: String, parts: [Int], range: ClosedRange<Int>?, flags: String?, style: CellStyle) throws {
            let r = row
            var sums: [Int: Money] = [:]
            for (index, column) in columns.enumerated() {
                if index == 0 {
                    try sheet.write(.text(label), row: r, column: 0, style: style)
                    continue
                }
                if column.key == "description" || column.key == "line" {
                    try sheet.write(.blank, row: r, column: index, style: style)
                    continue
                }
                guard summed.contains(column.key) else { continue }
                let total = try Checked.named("the total of \(label)") {
                    try Money.sum(parts.map { values[$0]?[index] ?? .zero(currency(index)) }, currency: currency(index))
                }
                let formula: String
                if let range {
                    formula = "=SUM(\(letter(index))\(range.lowerBound + 1):\(letter(index))\(range.upperBound + 1))"
                } else if parts.isEmpty {
                    formula = "=0"
                } else {
                    formula = "=" + parts.map { "\(letter(index))\($0 + 1)" }.joined(separator: "+")
                }
                sums[index] = total
                try put(
                    .formula(formula, result: .number(SpreadsheetNumber(total))), row: r, column: index,
                    style: moneyStyle(index, bold: true))
            }
            values[r] = sums
            try writeDerived(r, bold: true)
            if let flags, let index = position("flags") { try put(.text(flags), row: r, column: index, style: flagStyle) }
            row += 1
        }

        var previous = MoneyTotals<BudgetLineKey>(currency: reporting)
        for line in before?.lines ?? [] {
            try previous.add(line.spent, to: BudgetLineKey(fund: line.fund, line: line.line), what: "the spending before the period")
        }
        for fund in report.funds {
            let fundName = context.ledger.definition.funds.first { $0.code == fund.fund }?.name ?? ""
            try sheet.write(.text("\(workbook.label("fund", language)) \(fund.fund) – \(fundName)"), row: row, column: 0, style: styles.heading)
            for index in columns.indices.dropFirst() { try sheet.write(.blank, row: row, column: index, style: styles.heading) }
            row += 1
            let lines = report.lines.filter { $0.fund == fund.fund }
            let headingChanges = Dictionary(report.headings.filter { $0.fund == fund.fund }.map { ($0.change.heading, $0) }, uniquingKeysWith: { first, _ in first })
            var rowOf: [String: Int] = [:]
            var placed: Set<String> = []

            func writeLine(_ line: BudgetReport.Line) throws {
                let r = row
                var exact: [Int: Money] = [:]
                let key = BudgetLineKey(fund: line.fund, line: line.line)
                let period = try Checked.named("the period's spending on \(key)") { try line.spent.subtracting(previous[key]) }
                let lineFlags = report.flagDetails.filter { flag in line.line != nil && flag.line == line.line && flag.fund == line.fund }
                    .map { context.worded($0.phrase, workbook) }
                for (index, column) in columns.enumerated() {
                    switch column.key {
                    case "line": try put(.optionalText(line.line), row: r, column: index, style: styles.text)
                    case "description":
                        // Expense outside the budget is described in the template's words.
                        let description = line.line != nil ? line.description
                            : line.offBudgetLine.map { Phrase("line.off_budget", ["line": $0]) }.map { context.worded($0, workbook) }
                                ?? workbook.label("line.none", language)
                        try put(.text(description), row: r, column: index, style: styles.wrapped)
                    case "original_budget": exact[index] = line.original
                    case "budget": exact[index] = line.budget
                    case "spent_by_currency": exact[index] = line.spentByCurrency.first { $0.currency == column.currency } ?? .zero(currency(index))
                    case "spent_period": exact[index] = period
                    case "spent_cumulative": exact[index] = line.spent
                    case "committed": exact[index] = line.committed
                    case "flags":
                        try put(.optionalText(lineFlags.joined(separator: "; ")), row: r, column: index, style: lineFlags.isEmpty ? styles.text : flagStyle)
                    case "explanation": try put(.blank, row: r, column: index, style: CellStyle(border: true))
                    default: break
                    }
                    if let amount = exact[index] {
                        try put(.number(SpreadsheetNumber(amount)), row: r, column: index, style: moneyStyle(index, bold: false))
                    }
                }
                values[r] = exact
                try writeDerived(r, bold: false)
                row += 1
            }

            // The structure is the EU's layout (Annex VI) with its subtotals and limits: a fund
            // with another donor's template, or none of whose lines sit under its headings, is
            // shown under its own headings only.
            let listed = Set(workbook.structure.compactMap { item -> String? in
                if case let .heading(code, _, _) = item { return code }
                return nil
            })
            let template = context.ledger.definition.funds.first { $0.code == fund.fund }?.template ?? .budgetVersusActual
            let fits = template == .euAnnexVI && lines.contains { $0.line != nil && listed.contains($0.heading) }
            /// The heading's change since the baseline, and whether it needed an addendum.
            func headingFlag(_ code: String) -> String? {
                guard let change = headingChanges[code], !change.change.change.isZero else { return nil }
                var flag = "\(workbook.label("heading_change", language)) \(change.change.percent.map { "\($0.text) %" } ?? "")"
                if report.flagDetails.contains(where: { $0.needsAddendum(heading: code, of: fund.fund) }) {
                    flag += " – " + workbook.label("needs_addendum", language)
                }
                // Only the spending above what the heading may reach without the addendum is ineligible.
                if let ceiling = change.ceiling, let above = change.aboveCeiling, above.isPositive {
                    flag += " – " + workbook.label("above_ceiling", language)
                        .replacingOccurrences(of: "{amount}", with: "\(above.tableText) \(above.currency.code)")
                        .replacingOccurrences(of: "{ceiling}", with: "\(ceiling.amount.tableText) \(ceiling.amount.currency.code)")
                }
                return flag
            }
            for item in fits ? workbook.structure : [] {
                switch item {
                case let .heading(code, label, limit):
                    try sheet.write(.text(label.text(language)), row: row, column: 0, style: styles.heading)
                    for index in columns.indices.dropFirst() { try sheet.write(.blank, row: row, column: index, style: styles.heading) }
                    row += 1
                    let first = row
                    for line in lines where line.line != nil && line.heading == code { try writeLine(line) }
                    placed.insert(code)
                    let lineRows = row > first ? Array(first..<row) : []
                    try writeTotal(
                        label: "\(workbook.label("total", language)) \(label.text(language))", parts: lineRows,
                        range: lineRows.isEmpty ? nil : first...(row - 1), flags: headingFlag(code), style: styles.heading)
                    rowOf[code] = row - 1
                    if let limit, let baseRow = rowOf[limit.of] {
                        try writeShare(headingRow: row - 1, baseRow: baseRow, limit: limit, label: label)
                    }
                case let .subtotal(id, label, parts):
                    try writeTotal(label: label.text(language), parts: parts.compactMap { rowOf[$0] }, range: nil, flags: nil, style: styles.heading)
                    rowOf[id] = row - 1
                }
            }
            // The row of the total that covers every line written so far.
            var grandTotal: Int? = fits ? row - 1 : nil
            // Budget lines under headings the structure does not list: never left out of the
            // totals, each heading with its own total after the structure.
            var strayHeadings: [String] = []
            for line in lines where line.line != nil && !placed.contains(line.heading) && !strayHeadings.contains(line.heading) {
                strayHeadings.append(line.heading)
            }
            if !strayHeadings.isEmpty {
                var headingTotals: [Int] = []
                for heading in strayHeadings {
                    let label = workbook.label("heading", language).replacingOccurrences(of: "{heading}", with: heading)
                    try sheet.write(.text(label), row: row, column: 0, style: styles.heading)
                    for index in columns.indices.dropFirst() { try sheet.write(.blank, row: row, column: index, style: styles.heading) }
                    row += 1
                    let first = row
                    for line in lines where line.line != nil && line.heading == heading { try writeLine(line) }
                    try writeTotal(
                        label: "\(workbook.label("total", language)) \(label)", parts: Array(first..<row), range: first...(row - 1),
                        flags: headingFlag(heading), style: styles.heading)
                    headingTotals.append(row - 1)
                }
                if let structureTotal = grandTotal {
                    try writeTotal(
                        label: workbook.label("total_with_other_headings", language), parts: [structureTotal] + headingTotals, range: nil, flags: nil,
                        style: styles.heading)
                    grandTotal = row - 1
                } else if headingTotals.count == 1 {
                    grandTotal = headingTotals[0]
                } else {
                    try writeTotal(label: workbook.label("total", language), parts: headingTotals, range: nil, flags: nil, style: styles.heading)
                    grandTotal = row - 1
                }
            }
            let unbudgeted = lines.filter { $0.line == nil || $0.line == "" }
            if !unbudgeted.isEmpty {
                try sheet.write(.text(workbook.label("not_in_budget", language)), row: row, column: 0, style: styles.flag)
                row += 1
                let first = row
                for line in unbudgeted { try writeLine(line) }
                try writeTotal(
                    label: workbook.label("total_with_unbudgeted", language), parts: (grandTotal.map { [$0] } ?? []) + Array(first..<row), range: nil,
                    flags: nil, style: styles.heading)
                grandTotal = row - 1
            }
            if grandTotal == nil {
                // A fund with no budget and no expense: its total is nought.
                try writeTotal(label: workbook.label("total", language), parts: [], range: nil, flags: nil, style: styles.heading)
                grandTotal = row - 1
            }
            let finalRow = grandTotal ?? row - 1
            // The reconciliation to the books: eligible as reported, ineligible, conversion difference, booked.
            if let spentColumn = position("spent_cumulative") {
                let reported = values[finalRow]?[spentColumn] ?? zero
                let labelColumn = 0
                let cell = "\(letter(spentColumn))\(finalRow + 1)"
                try sheet.write(.text(workbook.label("eligible_reported", language)), row: row, column: labelColumn, style: styles.text)
                try put(.formula("=\(cell)", result: .number(SpreadsheetNumber(reported))), row: row, column: spentColumn, style: styles.money(reporting.code))
                let eligibleRow = row
                row += 1
                try sheet.write(.text(workbook.label("ineligible", language)), row: row, column: labelColumn, style: styles.text)
                try put(.number(SpreadsheetNumber(fund.ineligible)), row: row, column: spentColumn, style: styles.money(reporting.code))
                var parts = [eligibleRow, row]
                var booked = try Checked.named("the expense of \(fund.fund)") { try reported.adding(fund.ineligible) }
                row += 1
                if let difference = fund.conversionDifference {
                    try sheet.write(.text(workbook.label("conversion_difference", language)), row: row, column: labelColumn, style: styles.text)
                    try put(.number(SpreadsheetNumber(difference)), row: row, column: spentColumn, style: styles.money(reporting.code))
                    let eligibleAndNot = booked
                    booked = try Checked.named("the expense of \(fund.fund)") { try eligibleAndNot.adding(difference) }
                    parts.append(row)
                    row += 1
                    try sheet.write(.text("\(workbook.label("booked", language)) (\(fund.booked.currency.code))"), row: row, column: labelColumn, style: styles.heading)
                    try put(
                        .formula("=" + parts.map { "\(letter(spentColumn))\($0 + 1)" }.joined(separator: "+"), result: .number(SpreadsheetNumber(booked))),
                        row: row, column: spentColumn, style: styles.money(reporting.code, bold: true))
                } else {
                    // Books kept in another currency than the report's: the booked figure stands in
                    // its own currency beside its label, never in the column of reported figures.
                    let label = "\(workbook.label("booked", language)): \(fund.booked.tableText) \(fund.booked.currency.code)"
                    try sheet.write(.text(label), row: row, column: labelColumn, style: styles.heading)
                }
                row += 2
            }
        }

        if !unfunded.isZero, let spentColumn = position("spent_cumulative") {
            let base = context.ledger.baseCurrency
            try sheet.write(.text("\(workbook.label("no_fund", language)) (\(base.code))"), row: row, column: 0, style: styles.flag)
            try put(.number(SpreadsheetNumber(unfunded)), row: row, column: spentColumn, style: styles.money(base.code, bold: true))
            row += 1
        }

        /// A row under a heading with a limit: its share of the base subtotal, for budget and spending.
        func writeShare(headingRow: Int, baseRow: Int, limit: StructureRow.Limit, label: Localized) throws {
            // The row the limit is a share of, by its label in the template (its id is the template's own code).
            let base = workbook.structure.lazy.compactMap { item -> String? in
                switch item {
                case let .heading(code, label, _) where code == limit.of: return label.text(language)
                case let .subtotal(id, label, _) where id == limit.of: return label.text(language)
                default: return nil
                }
            }.first ?? limit.of
            try sheet.write(
                .text("\(workbook.label("share", language)) \(base) (\(workbook.label("limit", language)) \(limit.percent.text) %)"), row: row, column: 0,
                style: styles.subtitle)
            var over = false
            for key in ["budget", "spent_cumulative"] {
                guard let index = position(key) else { continue }
                let top = values[headingRow]?[index] ?? zero
                let bottom = values[baseRow]?[index] ?? zero
                let t = "\(letter(index))\(headingRow + 1)"
                let b = "\(letter(index))\(baseRow + 1)"
                let result: FormulaResult = top.approximateShare(of: bottom).map { .number(SpreadsheetNumber($0)) } ?? .text("")
                try put(.formula("=IF(\(b)=0,\"\",\(t)/\(b))", result: result), row: row, column: index, style: styles.percent())
                if try top.isMore(thanPercent: limit.percent, of: bottom) { over = true }
            }
            if over, let index = position("flags") {
                try put(.text(workbook.label("over_limit", language)), row: row, column: index, style: flagStyle)
            }
            row += 1
        }

        let fit = layout.resolve()
        for (index, width) in fit.widths.enumerated() { try sheet.setColumn(index, width: width) }
        try sheet.printSetup(context.pageHeading(workbook).pageSetup(sheet: sheet.name, layout: fit, headerRows: headerRow...headerRow))
    }

    /// The report sheet with its title and a note in place of the figures.
    /// - Throws: ``ArkaError/Kind/workbook``.
    private func writeNote(_ text: String, book: Workbook, sheet: SheetTemplate, template: WorkbookTemplate, context: ExportContext) throws {
        let styles = WorkbookStyles(formats: template.formats)
        let language = context.language
        let page = try book.addWorksheet(name: context.wording(sheet.name.text(language)))
        try page.setColumn(0, width: 120)
        try page.write(.text(context.wording(sheet.title.text(language))), row: 0, column: 0, style: styles.title)
        var row = 1
        for line in context.subtitle(template) {
            try page.write(.text(line), row: row, column: 0, style: styles.subtitle)
            row += 1
        }
        try page.write(.text(text), row: row + 1, column: 0, style: CellStyle(bold: true, fill: styles.flag.fill, wrap: true))
        try page.printSetup(landscape: sheet.landscape, fitToWidth: true, headerRows: nil)
    }

    // MARK: Rates

    private func writeRates(book: Workbook, sheet: SheetTemplate, template: WorkbookTemplate, report: BudgetReport, context: ExportContext) throws {
        let styles = WorkbookStyles(formats: template.formats)
        let language = context.language
        let columns: [ListingColumn<AppliedRate>] = [
            ListingColumn(key: "currency", style: styles.text, value: { .text($0.currency.code) }),
            ListingColumn(key: "rule", style: styles.text, value: { .text(template.label("rule.\($0.rule.rawValue)", language)) }),
            // The booking rule has no rate of its own: each posting's, in the template's words.
            ListingColumn(key: "rate", style: styles.rate, value: { rate in
                rate.rule == .booking
                    ? .text(template.label("rate.as_booked", language)) : SpreadsheetNumber(decimal: rate.rate).map(CellValue.number) ?? .text(rate.rate)
            }),
            ListingColumn(key: "period", style: styles.text, value: { rate in
                .text(rate.rule == .booking ? template.label("rate.each_posting_date", language) : rate.period)
            }),
            ListingColumn(key: "months", style: styles.integer, value: { $0.months > 0 ? .number(SpreadsheetNumber($0.months)) : .blank }),
            ListingColumn(key: "source", style: styles.text, value: { rate in
                .text(rate.rule == .booking ? template.label("rate.each_posting", language) : rate.source)
            }),
        ]
        let listing = try context.listing(book, template, sheet, columns, styles)
        try listing.start(subtitle: context.subtitle(template))
        for rate in report.rates { try listing.add(rate) }
        try listing.finish(totalLabel: nil)
    }

    private func writeMonthlyRates(book: Workbook, sheet: SheetTemplate, template: WorkbookTemplate, report: BudgetReport, context: ExportContext) throws {
        let styles = WorkbookStyles(formats: template.formats)
        let quotes = try context.ledger.reportingRates().quotes
            .filter { quote in report.period.map { $0.contains(quote.month) } ?? true }
        let columns: [ListingColumn<ReportingRates.Quote>] = [
            ListingColumn(key: "month", style: styles.text, value: { .text($0.month.description) }),
            ListingColumn(key: "currency", style: styles.text, value: { .text($0.currency.code) }),
            ListingColumn(key: "rate", style: styles.rate, value: { quote in SpreadsheetNumber(decimal: quote.rate.description).map(CellValue.number) ?? .text(quote.rate.description) }),
            ListingColumn(key: "source", style: styles.text, value: { .text($0.source) }),
        ]
        let listing = try context.listing(book, template, sheet, columns, styles)
        try listing.start(subtitle: context.subtitle(template))
        for quote in quotes { try listing.add(quote) }
        try listing.finish(totalLabel: nil)
    }
}
