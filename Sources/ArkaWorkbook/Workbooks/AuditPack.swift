import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

/// Every workbook in one file for the auditor, behind a cover sheet that ties it to the ledger:
/// ledger name, entity, period, when and by which Arka it was generated, the entry count, the
/// journal's head hash and whether the chain verified, the SHA-256 of each scoring grid and
/// template used, and the reconciliation of expense per fund between the financial report, the
/// transaction listing and the trial balance.
///
/// ```swift
/// let pack = try AuditPack(templates: "templates/workbooks")
/// try pack.write(into: book, context: context)
/// ```
public struct AuditPack {
    public static let catalogue = TemplateCatalogue(
        report: "audit-pack", sheets: ["cover": ["item", "value"]],
        labels: commonLabels + [
            "ledger", "centre_copy", "centre_head", "entity", "arka_version", "entries", "head_hash", "record_head", "digest", "verified", "register_reconciled", "yes", "no", "grid", "template", "reconciliation", "fund",
            "financial_report", "transactions", "trial_balance", "agrees",
        ] + RegisterReconciliation.phraseKeys)

    public let template: WorkbookTemplate
    public let parts: [(workbook: any DonorWorkbook, template: WorkbookTemplate)]

    /// Reads the pack's template and every workbook's.
    /// - Throws: ``ArkaError/Kind/badTemplate`` for the first bad template.
    public init(templates folder: String) throws {
        template = try WorkbookExport.template(Self.catalogue, in: folder)
        parts = try WorkbookExport.workbooks.map { entry in (entry.type.init(), try WorkbookExport.template(entry.type.catalogue, in: folder)) }
    }

    /// Writes the cover and every workbook, all of one state of the ledger (the cover's head and
    /// entry count are those the sheets list); returns the trial balance's figures.
    /// - Throws: ``ArkaError`` from a report or libxlsxwriter.
    public func write(into book: Workbook, context: ExportContext) throws -> WorkbookFigures {
        try context.ledger.snapshotVerifying { verification in try write(into: book, context: context, verification: verification) }
    }

    /// The same inside a snapshot, with the chain's verification of that snapshot.
    func write(into book: Workbook, context: ExportContext, verification verifying: () throws -> JournalVerification) throws -> WorkbookFigures {
        let language = context.language
        let ledger = context.ledger
        let styles = WorkbookStyles(formats: template.formats)
        try book.setProperties(WorkbookExport.properties(title: template.title.text(language), context: context))
        guard let coverTemplate = template.sheet("cover") else { throw ArkaError(.badTemplate, "the audit pack needs its cover sheet", location: SourceLocation(file: template.file, field: "sheets")) }
        let cover = try book.addWorksheet(name: context.wording(coverTemplate.name.text(language)))
        // The cover's lines in its template's columns, then the reconciliation in five columns
        // headed by its labels: as wide as their figures need; the texts (hashes, the registers'
        // reconciliations) wrap, each row as tall as they need.
        let headers = ["fund", "financial_report", "transactions", "trial_balance", "agrees"]
        let defaults: [Double] = [36, 90, 14, 14, 9]
        let widths = defaults.indices.map { $0 < coverTemplate.columns.count ? coverTemplate.columns[$0].width : defaults[$0] }
        var layout = SheetLayout(
            widths: widths, headers: headers.map { template.label($0, language) }, kinds: [.text, .text, .figures, .figures, .text],
            landscape: coverTemplate.landscape)
        for (index, column) in layout.columns.enumerated() { try cover.setColumn(index, width: column.planned) }
        // The chain is verified on a connection of its own, of the same state, while the workbooks
        // are written (the cover, the first sheet, is filled after them): its reading and hashing
        // overlap with libxlsxwriter's writing instead of coming before it.
        var figures: [String: WorkbookFigures] = [:]
        // Each part's printed pages say that they belong to the pack.
        var partContext = context
        partContext.containerTitle = template.title.text(language)
        for part in parts {
            figures[part.template.report] = try part.workbook.write(into: book, template: part.template, context: partContext)
        }
        var row = 0
        var rowLines = 1
        func put(_ value: CellValue, column: Int, style: CellStyle) throws {
            var style = style
            if case .text(let text) = value {
                style.wrap = true
                let shown = book.shown(text)
                rowLines = max(rowLines, layout.lines(of: shown, column: column, bold: style.bold))
                layout.note(.text(shown), style: style, column: column)
            } else {
                layout.note(value, style: style, column: column)
            }
            try cover.write(value, row: row, column: column, style: style)
        }
        func endRow() throws {
            if rowLines > 1 { try cover.setRowHeight(row, points: SheetLayout.rowHeight(lines: rowLines)) }
            rowLines = 1
            row += 1
        }
        func line(_ label: String, _ value: CellValue, style: CellStyle = .plain) throws {
            try put(.text(label), column: 0, style: CellStyle(bold: true))
            try put(value, column: 1, style: style)
            try endRow()
        }
        try cover.write(.text(context.wording(coverTemplate.title.text(language))), row: row, column: 0, style: styles.title)
        try cover.setRowHeight(row, points: styles.titleHeight)
        row += 2
        let verification = try verifying()
        let settings = ledger.settings
        try line(template.label("ledger", language), .text(settings.name))
        // The office's books as the centre holds them: the journal head is the centre's chain of
        // the books by pseudonym (arka central digest shows it); the office's own digest is the office's.
        let centreOffice = try ledger.centreOffice()
        if let centreOffice {
            try line(template.label("centre_copy", language), .text(centreOffice))
        }
        try line(template.label("entity", language), .optionalText(settings.entity))
        try line(template.label("period", language), .text(context.period()))
        try line(template.label("generated", language), .text(ISO8601DateFormatter().string(from: context.generatedAt)))
        try line(template.label("arka_version", language), .text(ArkaVersion.current))
        try line(template.label("entries", language), .number(SpreadsheetNumber(Int(verification.entries))), style: styles.integer)
        if centreOffice != nil {
            try line(template.label("centre_head", language), .text("#\(verification.head.sequence) \(verification.head.hash)"))
        } else {
            try line(template.label("head_hash", language), .text("#\(verification.head.sequence) \(verification.head.hash)"))
            try line(template.label("record_head", language), .text("#\(verification.recordHead.sequence) \(verification.recordHead.hash)"))
            // The digest as `arka digest` records it: copied into a file, `arka verify --digest` reads
            // it; the label gives the advice in the workbook's language.
            let digest = try ledger.digest(at: Signature.timestamp(context.generatedAt))
            try line(template.label("digest", language), .text(digest.record))
        }
        try line(template.label("verified", language), .text(template.label(verification.isIntact ? "yes" : "no", language)))
        // Each register as `arka verify` reconciles it: stated, not assumed, in the template's words.
        for register in verification.registers {
            let figures = "\(register.registerTotal.tableText) \(register.registerTotal.currency.code)"
            let control = "\(register.controlTotal.tableText) \(register.controlTotal.currency.code)"
            let verdict = template.label(register.agrees ? "yes" : "no", language)
            let name = register.phrases.map { context.worded($0.register, template) } ?? register.register.text(in: language)
            let against = register.phrases.map { context.worded($0.control, template) } ?? register.control.text(in: language)
            let differences = register.phrases.map { $0.differences.map { context.worded($0, template) } } ?? register.differences
            let text = "\(template.label("register_reconciled", language)): \(verdict). \(figures) / \(against) \(control)"
                + differences.map { "; \($0)" }.joined()
            try line(name, .text(text), style: register.agrees ? .plain : styles.flag)
        }
        for call in try ledger.grantCalls() {
            let grid = try ledger.callGrid(call.code)
            try line("\(template.label("grid", language)) \(call.code)", .text("\((grid.file as NSString).lastPathComponent) sha256 \(grid.sha256)"))
        }
        for part in [template] + parts.map(\.template) {
            try line("\(template.label("template", language)) \(part.report)", .text("\((part.file as NSString).lastPathComponent) sha256 \(part.sha256)"))
        }
        // The reconciliation, under the cover's other lines (rows stay in order for streaming).
        row += 1
        try cover.write(.text(template.label("reconciliation", language)), row: row, column: 0, style: styles.heading)
        row += 1
        for (index, key) in headers.enumerated() {
            try cover.write(.text(template.label(key, language)), row: row, column: index, style: styles.header)
        }
        if layout.headerLines > 1 { try cover.setRowHeight(row, points: SheetLayout.rowHeight(lines: layout.headerLines)) }
        row += 1
        // A financial report the books cannot make yet (a missing reporting rate) has no figures
        // to reconcile: the other two still must agree, and the cover says why it is missing.
        let reportMade = figures["financial-report"]?.unavailable == nil
        let report = figures["financial-report"]?.expenseByFund ?? [:]
        let listing = figures["transactions"]?.expenseByFund ?? [:]
        let balance = figures["trial-balance"]?.expenseByFund ?? [:]
        let base = ledger.baseCurrency
        let money = styles.money(base.code)
        for fund in Set(report.keys).union(listing.keys).union(balance.keys).sorted() {
            let values = [report[fund], listing[fund], balance[fund]]
            try put(.text(fund.isEmpty ? "–" : fund), column: 0, style: .plain)
            for (index, value) in values.enumerated() {
                try put(value.map { .number(SpreadsheetNumber($0)) } ?? .blank, column: index + 1, style: money)
            }
            let agrees = Set((reportMade ? values : Array(values.dropFirst())).map { $0 ?? .zero(base) }).count == 1
            try put(.text(template.label(agrees ? "yes" : "no", language)), column: 4, style: agrees ? .plain : styles.flag)
            try endRow()
        }
        for part in parts {
            guard let reason = figures[part.template.report]?.unavailable else { continue }
            row += 1
            try line(part.template.title.text(language), .text(reason), style: styles.flag)
        }
        // Texts of the ledger longer than a cell holds were cut where they show: said here too.
        if !book.cutTexts.isEmpty {
            row += 1
            let note = book.cutTextNote
            try line(note.coverLabel, .text(note.coverText(count: book.cutTexts.count, sheet: book.cutTextSheetName)), style: styles.flag)
        }
        let fit = layout.resolve()
        for (index, width) in fit.widths.enumerated() { try cover.setColumn(index, width: width) }
        try cover.printSetup(context.pageHeading(template).pageSetup(sheet: cover.name, layout: fit, headerRows: nil))
        var result = figures["trial-balance"] ?? WorkbookFigures()
        if !verification.passes {
            result.notIntact = verification.problems.first ?? verification.registers.first { !$0.agrees }.map { "the register \($0.register) differs from the journal" }
        }
        return result
    }
}
