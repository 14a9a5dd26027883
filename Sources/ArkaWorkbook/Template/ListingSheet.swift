import ArkaBooks
import ArkaCore

/// One column a workbook can show for rows of type `Row`: its key in the template, how a row
/// fills it, and, for a column of amounts in one currency, the amount its totals add.
///
/// ```swift
/// ListingColumn<PostingLine>(key: "base_amount", style: money, value: { .number(SpreadsheetNumber($0.baseAmount)) },
///                            total: .init(currency: .euro, style: money, amount: \.baseAmount))
/// ```
public final class ListingColumn<Row> {
    /// What a total of this column adds: amounts of one currency, exactly.
    public struct Total {
        public var currency: Currency
        public var amount: (Row) -> Money
        public var style: CellStyle

        public init(currency: Currency, style: CellStyle, amount: @escaping (Row) -> Money) {
            self.currency = currency
            self.style = style
            self.amount = amount
        }
    }

    public let key: String
    /// The style of every cell of the column, or nil when it depends on the row.
    public let fixedStyle: CellStyle?
    public let style: (Row) -> CellStyle
    public let value: (Row) -> CellValue
    /// For a column worked out from others of its row: its cell, given the row and the A1
    /// reference of another column of the same row by key (nil when the sheet does not show it).
    public let formula: ((Row, (String) -> String?) -> CellValue)?
    public let total: Total?

    /// A column whose style depends on the row (an amount in its own currency's format).
    public init(key: String, style: @escaping (Row) -> CellStyle, value: @escaping (Row) -> CellValue, total: Total? = nil) {
        self.key = key
        self.fixedStyle = nil
        self.style = style
        self.value = value
        self.formula = nil
        self.total = total
    }

    /// A column of one style.
    public init(key: String, style: CellStyle, value: @escaping (Row) -> CellValue, total: Total? = nil) {
        self.key = key
        self.fixedStyle = style
        self.style = { _ in style }
        self.value = value
        self.formula = nil
        self.total = total
    }

    /// A column worked out from other columns of its row, as a live formula with its stored
    /// result, so that a reader who changes a figure sees the column follow.
    ///
    /// ```swift
    /// ListingColumn<Line>(key: "used", style: percent) { line, cell in
    ///     guard let spent = cell("spent"), let budget = cell("budget") else { return .number(line.share) }
    ///     return .formula("=IF(\(budget)=0,\"\",\(spent)/\(budget))", result: .number(line.share))
    /// }
    /// ```
    public init(key: String, style: CellStyle, formula: @escaping (Row, (String) -> String?) -> CellValue) {
        self.key = key
        self.fixedStyle = style
        self.style = { _ in style }
        self.value = { _ in .blank }
        self.formula = formula
        self.total = nil
    }
}

/// A sheet that lists rows under a title and a header, in the template's columns, with
/// subtotals per group and a grand total as live `SUBTOTAL(9, …)` formulas whose stored
/// results are the exact sums. Rows are written in order, so it streams in constant-memory mode.
/// Its ``SheetLayout`` is planned before the first row: texts wrap at the planned widths and
/// each row is as tall as they need; when it finishes, the columns take the widths their
/// figures need and the sheet its print setup (with ``PageHeading``'s header and footer).
/// Each row's cells are recorded in a ``CellBatch`` and written to the sheet at once, or, while
/// ``fill(concurrently:)`` runs, handed to the thread that writes them.
///
/// ```swift
/// let listing = try ListingSheet(book: book, template: sheetTemplate, columns: columns, language: .en, styles: styles)
/// try listing.start(subtitle: ["Period 2023-01-01 to 2023-12-31"])
/// for posting in postings { try listing.add(posting) }
/// try listing.finish(totalLabel: "Total")
/// ```
public final class ListingSheet<Row> {
    public let sheet: Worksheet
    public let template: SheetTemplate
    let columns: [ListingColumn<Row>]
    let language: Language
    let styles: WorkbookStyles
    /// Fills the placeholders of a label (`{base}`: the base currency).
    let wording: (String) -> String
    /// The next row to write.
    public private(set) var row = 0
    private var firstDataRow = 0
    private var totals: [Money]
    private var groupTotals: [Money]
    /// Each column's totals before anything is added: zero in its currency.
    private let zeroTotals: [Money]
    private var groupStart: Int?
    private var groupLabel = ""
    /// The column where group and total labels go: the first that is not totalled.
    private let labelColumn: Int
    /// The cells recorded and not yet written.
    private var pending = CellBatch()
    /// Per column, the last style recorded and its number in `pending`: most columns keep one style.
    private var columnStyles: [(style: CellStyle, number: Int32)?]
    /// The same for the column's texts, which wrap: a long text grows its row, never hides.
    private var wrappedStyles: [(style: CellStyle, number: Int32)?]
    /// The widths the written cells need, and how the sheet fits its pages.
    public private(set) var layout: SheetLayout
    /// The header and footer of its printed pages (none when nil).
    let page: PageHeading?
    /// The workbook's text filter, which changes what its texts show (persons by pseudonym):
    /// a row's texts are measured as they will show, on the thread that records them.
    private let textFilter: Workbook.TextFilter?
    private var headerRow: Int?
    /// While ``fill(concurrently:)`` runs: takes each full batch of cells to the writing thread.
    private var handOver: ((CellBatch) throws -> Void)?
    /// How many cells a batch handed to the writing thread holds.
    private static var batchSize: Int { 16_384 }

    /// - Throws: ``ArkaError/Kind/workbook``; ``ArkaError/Kind/badTemplate`` never: the
    ///   template's columns were checked against the catalogue on load.
    public init(
        book: Workbook, template: SheetTemplate, columns available: [ListingColumn<Row>], language: Language, styles: WorkbookStyles,
        page: PageHeading? = nil, wording: @escaping (String) -> String = { $0 }
    ) throws {
        self.template = template
        self.page = page
        self.textFilter = book.textFilter
        self.wording = wording
        self.language = language
        self.styles = styles
        var chosen: [ListingColumn<Row>] = []
        for column in template.columns {
            guard let spec = available.first(where: { $0.key == column.key }) else {
                throw ArkaError(.badTemplate, "the sheet \(template.id) cannot show this column", field: "columns", value: column.key)
            }
            chosen.append(spec)
        }
        columns = chosen
        zeroTotals = chosen.map { .zero($0.total?.currency ?? .euro) }
        totals = zeroTotals
        groupTotals = zeroTotals
        labelColumn = chosen.firstIndex { $0.total == nil } ?? 0
        columnStyles = Array(repeating: nil, count: chosen.count)
        wrappedStyles = columnStyles
        // Numbers, dates and worked-out columns need their width; texts wrap.
        let kinds = chosen.map { column -> SheetLayout.Kind in
            let figures = column.formula != nil || (column.fixedStyle.map { $0.numberFormat != nil } ?? true)
            return figures ? .figures : .text
        }
        layout = SheetLayout(
            widths: template.columns.map(\.width), headers: template.columns.map { wording($0.label.text(language)) }, kinds: kinds,
            landscape: template.landscape)
        sheet = try book.addWorksheet(name: wording(template.name.text(language)))
        for (index, column) in layout.columns.enumerated() {
            try sheet.setColumn(index, width: column.planned)
        }
    }

    /// Writes the title, the lines under it and the header row, and freezes the panes below it.
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func start(subtitle: [String]) throws {
        try sheet.mergeTitle(wording(template.title.text(language)), row: row, firstColumn: 0, lastColumn: max(0, columns.count - 1), style: styles.title)
        try sheet.setRowHeight(row, points: styles.titleHeight)
        row += 1
        for line in subtitle {
            try sheet.write(.text(line), row: row, column: 0, style: styles.subtitle)
            row += 1
        }
        row += 1
        let headerRow = row
        for (index, column) in template.columns.enumerated() {
            try sheet.write(.text(wording(column.label.text(language))), row: row, column: index, style: styles.header)
        }
        // The header's labels wrap at the planned widths, which no column narrows below.
        if layout.headerLines > 1 { try sheet.setRowHeight(row, points: SheetLayout.rowHeight(lines: layout.headerLines)) }
        row += 1
        firstDataRow = row
        self.headerRow = headerRow
        try sheet.freezePanes(row: row, column: 0)
    }

    /// Starts a group (a budget line, an account): a label row; its rows follow.
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func beginGroup(_ label: String) throws {
        pending.record(.text(label), row: row, column: 0, style: styles.heading)
        for index in 1..<max(1, columns.count) { pending.record(.blank, row: row, column: index, style: styles.heading) }
        row += 1
        groupStart = row
        groupLabel = label
        groupTotals = zeroTotals
        try written()
    }

    /// Ends the current group with a subtotal row.
    /// - Throws: ``ArkaError/Kind/workbook``, ``ArkaError/Kind/overflow``.
    public func endGroup(_ label: String) throws {
        guard let start = groupStart else { return }
        writeTotalRow(label: label, from: start, to: row - 1, sums: groupTotals)
        groupStart = nil
        try written()
    }

    /// Writes one row.
    /// - Throws: ``ArkaError/Kind/workbook``, ``ArkaError/Kind/overflow`` when a total overflows.
    public func add(_ item: Row) throws {
        var lines = 1
        for index in columns.indices {
            let column = columns[index]
            let value: CellValue
            if let formula = column.formula {
                let row = row
                value = formula(item) { key in self.template.column(key).map { Worksheet.reference(row: row, column: $0) } }
            } else {
                value = column.value(item)
            }
            var wraps = false
            if case .text = value { wraps = true }
            let style: CellStyle
            let styleNumber: Int32
            if column.fixedStyle != nil, let known = wraps ? wrappedStyles[index] : columnStyles[index] {
                (style, styleNumber) = known
            } else {
                var chosen = column.style(item)
                if wraps { chosen.wrap = true }
                if let known = wraps ? wrappedStyles[index] : columnStyles[index], known.style == chosen {
                    (style, styleNumber) = known
                } else {
                    style = chosen
                    styleNumber = pending.number(of: chosen)
                    if wraps { wrappedStyles[index] = (chosen, styleNumber) } else { columnStyles[index] = (chosen, styleNumber) }
                }
            }
            if wraps, case .text(let text) = value {
                // Measured as it will show, a person's name given as a pseudonym.
                var shown = text
                if let textFilter, let replaced = shown.withUTF8(textFilter) { shown = replaced }
                layout.note(.text(shown), style: style, column: index)
                lines = max(lines, layout.lines(of: shown, column: index, bold: style.bold))
            } else {
                layout.note(value, style: style, column: index)
            }
            pending.record(value, row: row, column: index, styleNumber: styleNumber)
            if let total = column.total {
                let amount = total.amount(item)
                let sum = totals[index]
                totals[index] = try Checked.named("the total of \(column.key)") { try sum.adding(amount) }
                if groupStart != nil {
                    let subtotal = groupTotals[index]
                    groupTotals[index] = try Checked.named("the subtotal of \(column.key)") { try subtotal.adding(amount) }
                }
            }
        }
        if lines > 1 { pending.recordHeight(SheetLayout.rowHeight(lines: lines), row: row) }
        row += 1
        try written()
    }

    /// Writes the grand total over every listed row (SUBTOTAL skips the group subtotals), or no
    /// total row when `totalLabel` is nil, and puts the autofilter on the header. Returns the
    /// exact totals per column key.
    /// - Throws: ``ArkaError/Kind/workbook``.
    @discardableResult
    public func finish(totalLabel: String?) throws -> [String: Money] {
        if groupStart != nil { try endGroup(groupLabel) }
        try writePending()
        let last = row - 1
        if last >= firstDataRow {
            try sheet.autofilter(firstRow: firstDataRow - 1, firstColumn: 0, lastRow: last, lastColumn: columns.count - 1)
        }
        if let totalLabel {
            // An empty listing's total is a plain 0: a range over no rows would be the total itself.
            writeTotalRow(label: totalLabel, from: firstDataRow, to: last, sums: totals)
            try writePending()
        }
        try applyLayout()
        var result: [String: Money] = [:]
        for (index, column) in columns.enumerated() where column.total != nil { result[column.key] = totals[index] }
        return result
    }

    private func writeTotalRow(label: String, from first: Int, to last: Int, sums: [Money]) {
        pending.record(.text(label), row: row, column: labelColumn, style: styles.heading)
        for (index, column) in columns.enumerated() {
            guard let total = column.total else {
                if index != labelColumn { pending.record(.blank, row: row, column: index, style: styles.heading) }
                continue
            }
            let letter = Worksheet.columnName(index)
            let sum = SpreadsheetNumber(sums[index])
            let value: CellValue = last >= first ? .formula("=SUBTOTAL(9,\(letter)\(first + 1):\(letter)\(last + 1))", result: .number(sum)) : .number(sum)
            layout.note(value, style: total.style.emphasised, column: index)
            pending.record(value, row: row, column: index, style: total.style.emphasised)
        }
        row += 1
    }

    /// Sets the widths the written cells need and how the sheet prints (see ``SheetLayout``).
    /// - Throws: ``ArkaError/Kind/workbook``.
    private func applyLayout() throws {
        let fit = layout.resolve()
        for (index, width) in fit.widths.enumerated() { try sheet.setColumn(index, width: width) }
        let rows = headerRow.map { $0...$0 }
        if let page {
            try sheet.printSetup(page.pageSetup(sheet: sheet.name, layout: fit, headerRows: rows))
        } else {
            try sheet.printSetup(PageSetup(landscape: fit.landscape, fit: fit.fit, repeatRows: rows))
        }
    }

    /// After each row or group: writes the recorded cells now, or, while another thread writes
    /// them, hands them over once a batch is full.
    private func written() throws {
        guard let handOver else { return try writePending() }
        if pending.count >= Self.batchSize { try handOver(takePending()) }
    }

    /// The recorded cells, leaving an empty batch, whose styles are numbered afresh, to record into.
    private func takePending() -> CellBatch {
        let batch = pending
        pending = CellBatch()
        columnStyles = Array(repeating: nil, count: columns.count)
        wrappedStyles = columnStyles
        return batch
    }

    /// Writes the recorded cells to the sheet on this thread.
    private func writePending() throws {
        guard pending.count > 0 else { return }
        try sheet.write(pending)
        pending.removeAll()
        columnStyles = Array(repeating: nil, count: columns.count)
        wrappedStyles = columnStyles
    }
}

extension ListingSheet {
    private struct Cancelled: Error {}

    /// Runs `fill`, which adds the rows and groups, on this thread, while a second thread writes
    /// the cells recorded here, in batches: reading the rows and preparing their cells overlap
    /// with libxlsxwriter's writing, and a million rows never sit in memory (this thread waits
    /// when it is a few batches ahead). `fill` stays on this thread because the ledger's
    /// snapshot it reads is open here. Call ``finish(totalLabel:)`` after it.
    ///
    /// ```swift
    /// try listing.fill(concurrently: { listing in
    ///     try view.forEachListedPosting(accounts: nil, from: nil, to: nil, order: .account) { try listing.add($0) }
    /// })
    /// ```
    /// - Throws: what `fill` throws, or ``ArkaError/Kind/workbook`` from writing; the writing
    ///   thread has stopped either way.
    public func fill(concurrently fill: (ListingSheet) throws -> Void) throws {
        try writePending()
        // The sheet is Sendable: its writes take the workbook's lock, which nothing on this thread
        // takes while the rows are recorded (the text filter was read once, at the start).
        let sheet = sheet
        try BoundedQueue<CellBatch>.relay(capacity: 6, stackSize: 1 << 22, consumeElsewhere: { batch in try sheet.write(batch) }) { queue in
            handOver = { batch in
                guard queue.put(batch) else { throw Cancelled() }
            }
            defer { handOver = nil }
            do {
                try fill(self)
                let last = takePending()
                if last.count > 0 { try handOver?(last) }
            } catch is Cancelled {
            }
        }
    }
}
