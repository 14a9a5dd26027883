import ArkaCore
import CXLSXWriter

/// One sheet of a ``Workbook``: typed cell writes, columns, panes, filters, merged titles and
/// print setup. Rows and columns count from 0, as in libxlsxwriter.
///
/// ```swift
/// try sheet.setColumn(0, width: 12)
/// try sheet.write(.date(day), row: 1, column: 0, style: CellStyle(numberFormat: "yyyy-mm-dd"))
/// try sheet.freezePanes(row: 1, column: 0)
/// ```
public final class Worksheet: Sendable {
    /// Excel's limits.
    public static let maximumRows = 1_048_576
    public static let maximumColumns = 16_384
    /// The most a text cell holds, in UTF-16 units as Excel counts: 32,767. A longer text is
    /// cut to fit with a visible mark, and the workbook lists it (``Workbook/cutTexts``).
    public static let maximumTextLength = 32_767

    public let name: String
    /// The workbook, whose lock every write takes: a sheet may be written from another thread.
    private let workbook: Workbook
    /// The sheet's place among the workbook's C worksheets.
    let number: Int

    init(workbook: Workbook, number: Int, name: String) {
        self.workbook = workbook
        self.number = number
        self.name = name
    }

    /// Runs `body` with the C worksheet and the workbook's state, under the workbook's lock.
    /// - Throws: ``ArkaError/Kind/workbook`` once the workbook is closed, or what `body` throws.
    private func withSheet<Result: Sendable>(
        _ body: (UnsafeMutablePointer<lxw_worksheet>, inout Workbook.State) throws -> Result
    ) throws -> Result {
        try workbook.withState { state in try body(try state.sheet(number, name: name), &state) }
    }

    private func cell(_ row: Int, _ column: Int) throws -> (lxw_row_t, lxw_col_t) {
        guard (0..<Self.maximumRows).contains(row), (0..<Self.maximumColumns).contains(column) else {
            throw ArkaError(
                .workbook, "a worksheet holds at most \(Self.maximumRows) rows and \(Self.maximumColumns) columns",
                field: name, value: "row \(row + 1), column \(column + 1)")
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    /// Writes a value with a style. Blank cells are written only when their style shows on an
    /// empty cell (a fill, a border): a million empty rate cells would only make the file bigger.
    /// A text longer than a cell holds is cut to fit, ending in the workbook's mark
    /// (``CutTextNote/mark``), and listed in the workbook's note of cut texts.
    /// - Throws: ``ArkaError/Kind/workbook`` naming the sheet and cell with libxlsxwriter's reason
    ///   (a cell outside the sheet, a row written out of order in constant-memory mode).
    public func write(_ value: CellValue, row: Int, column: Int, style: CellStyle) throws {
        // One cell is a batch of one: a single place turns recorded values into libxlsxwriter calls.
        var cell = CellBatch()
        cell.record(value, row: row, column: column, style: style)
        try write(cell)
    }

    /// Writes recorded cells in their order: the writing half of a listing that another thread
    /// records (see ``CellBatch``). Each of the batch's styles is resolved to its format once.
    /// - Throws: ``ArkaError/Kind/workbook`` naming the sheet, the cell and its value, as
    ///   ``write(_:row:column:style:)``; the cells before it are written.
    public func write(_ batch: CellBatch) throws {
        try withSheet { sheet, state in try write(batch, sheet: sheet, state: &state) }
    }

    private func write(_ batch: CellBatch, sheet: UnsafeMutablePointer<lxw_worksheet>, state: inout Workbook.State) throws {
        // A style with a column format takes its format per column (see ``ColumnFormat``).
        let formats = try batch.styles.map { $0.columnFormat == nil ? try state.format($0) : nil }
        let perColumn = batch.styles.map { $0.columnFormat != nil }
        var columnFormats: [StyleInColumn: (format: UnsafeMutablePointer<lxw_format>, figures: Workbook.ColumnFigures)] = [:]
        let filter = state.textFilter
        try batch.bytes.withUnsafeBytes { bytes in
            func text(_ offset: Int) -> UnsafePointer<CChar> {
                (bytes.baseAddress! + offset).assumingMemoryBound(to: CChar.self)
            }
            /// The text at an offset as the workbook's text filter changes it, if it does.
            func filtered(_ offset: Int) -> String? {
                guard let filter else { return nil }
                return filter(UnsafeBufferPointer(start: (bytes.baseAddress! + offset).assumingMemoryBound(to: UInt8.self), count: strlen(text(offset))))
            }
            for cell in batch.cells {
                let (r, c) = try self.cell(Int(cell.row), Int(cell.column))
                if cell.kind == .rowHeight {
                    try LXW.check(worksheet_set_row(sheet, r, cell.number, nil), "the height of row \(cell.row + 1) of \(name)")
                    continue
                }
                var format = formats[Int(cell.style)]
                if perColumn[Int(cell.style)] {
                    let key = StyleInColumn(style: Int(cell.style), column: Int(c))
                    let column = try columnFormats[key] ?? state.format(batch.styles[Int(cell.style)], sheet: number, name: name, column: Int(c))
                    columnFormats[key] = column
                    if cell.fraction { column.figures.hasFraction = true }
                    format = column.format
                }
                let code: lxw_error
                switch cell.kind {
                case .text where cell.tooLong:
                    var shown = batch.text(at: cell.text)
                    if let filter, let replaced = shown.withUTF8(filter) { shown = replaced }
                    let fitted = state.fit(shown, sheet: name, row: Int(cell.row), column: Int(cell.column))
                    code = worksheet_write_string(sheet, r, c, fitted, format)
                case .text:
                    if let replaced = filtered(cell.text) {
                        // A pseudonym can make a text longer than a cell holds: it is cut then.
                        let fitted = CellBatch.isTooLong(replaced) ? state.fit(replaced, sheet: name, row: Int(cell.row), column: Int(cell.column)) : replaced
                        code = worksheet_write_string(sheet, r, c, fitted, format)
                    } else {
                        code = worksheet_write_string(sheet, r, c, text(cell.text), format)
                    }
                case .number:
                    code = worksheet_write_number(sheet, r, c, cell.number, format)
                case .date:
                    let packed = cell.integer
                    var datetime = lxw_datetime(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100, hour: 0, min: 0, sec: 0)
                    code = worksheet_write_datetime(sheet, r, c, &datetime, format)
                case .boolean:
                    code = worksheet_write_boolean(sheet, r, c, cell.integer, format)
                case .formulaNumber:
                    code = worksheet_write_formula_num(sheet, r, c, text(cell.text), format, cell.number)
                case .formulaText where cell.tooLong:
                    let fitted = state.fit(batch.text(at: cell.result), sheet: name, row: Int(cell.row), column: Int(cell.column))
                    code = worksheet_write_formula_str(sheet, r, c, text(cell.text), format, fitted)
                case .formulaText:
                    code = worksheet_write_formula_str(sheet, r, c, text(cell.text), format, text(cell.result))
                case .blank:
                    code = worksheet_write_blank(sheet, r, c, format)
                case .rowHeight:
                    continue
                }
                try LXW.check(
                    code, "the cell \(Self.reference(row: Int(cell.row), column: Int(cell.column))) of \(name)", value: batch.summary(of: cell))
            }
        }
    }

    /// Sets the width (in characters) and default style of a column.
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func setColumn(_ column: Int, width: Double, style: CellStyle? = nil) throws {
        let (_, c) = try cell(0, column)
        try withSheet { sheet, state in
            try LXW.check(
                worksheet_set_column(sheet, c, c, width, try style.flatMap { try state.format($0) }), "the width of column \(column + 1) of \(name)")
        }
    }

    /// Sets a row's height in points (15 is one line of 11-point text): readers do not grow a
    /// row for its wrapped texts by themselves. In constant-memory mode, before the next row.
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func setRowHeight(_ row: Int, points: Double) throws {
        let (r, _) = try cell(row, 0)
        try withSheet { sheet, _ in try LXW.check(worksheet_set_row(sheet, r, points, nil), "the height of row \(row + 1) of \(name)") }
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    public func freezePanes(row: Int, column: Int) throws {
        let (r, c) = try cell(row, column)
        try withSheet { sheet, _ in worksheet_freeze_panes(sheet, r, c) }
    }

    /// Puts filter buttons on a header row over a range.
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        let (r1, c1) = try cell(firstRow, firstColumn)
        let (r2, c2) = try cell(lastRow, lastColumn)
        try withSheet { sheet, _ in try LXW.check(worksheet_autofilter(sheet, r1, c1, r2, c2), "the autofilter of \(name)") }
    }

    /// Merges a range into one cell holding `text`: titles, on sheets not written in
    /// constant-memory mode (which has no merged cells; the text is written unmerged there).
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func mergeTitle(_ text: String, row: Int, firstColumn: Int, lastColumn: Int, style: CellStyle) throws {
        guard !workbook.constantMemory, lastColumn > firstColumn else {
            try write(.text(text), row: row, column: firstColumn, style: style)
            return
        }
        let (r, c1) = try cell(row, firstColumn)
        let (_, c2) = try cell(row, lastColumn)
        try withSheet { sheet, state in
            let text = state.shown(text)
            let fitted = CellBatch.isTooLong(text) ? state.fit(text, sheet: name, row: row, column: firstColumn) : text
            try LXW.check(
                worksheet_merge_range(sheet, r, c1, r, c2, fitted, try state.format(style)), "the merged title of \(name)",
                value: text.count > 40 ? String(text.prefix(40)) + "…" : text)
        }
    }

    /// Prints the sheet on A4, one page wide, repeating the rows `headerRows` at the top of
    /// every page: ``printSetup(_:)`` without header or footer.
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func printSetup(landscape: Bool, fitToWidth: Bool, headerRows: ClosedRange<Int>?) throws {
        try printSetup(PageSetup(landscape: landscape, fit: fitToWidth ? .width(pages: 1) : .none, repeatRows: headerRows))
    }

    /// Sets how the sheet prints: A4 in the page's orientation, the side margins of
    /// ``PageSetup/sideMargin``, the columns fitted to the pages' width (as many pages down as
    /// needed) or printed at a fixed scale, the repeated rows and columns, and the header and footer (at most
    /// 255 characters each: their longest texts are shortened to fit).
    /// - Throws: ``ArkaError/Kind/workbook`` for repeated rows or columns outside the sheet.
    public func printSetup(_ page: PageSetup) throws {
        try withSheet { sheet, _ in try printSetup(page, sheet: sheet) }
    }

    private func printSetup(_ page: PageSetup, sheet: UnsafeMutablePointer<lxw_worksheet>) throws {
        if page.landscape { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        worksheet_set_paper(sheet, 9)  // A4
        worksheet_set_margins(sheet, PageSetup.sideMargin, PageSetup.sideMargin, PageSetup.topMargin, PageSetup.topMargin)
        switch page.fit {
        case .none: break
        case .width(let pages): worksheet_fit_to_pages(sheet, UInt16(clamping: max(1, pages)), 0)
        case .scale(let percent): worksheet_set_print_scale(sheet, UInt16(clamping: min(400, max(10, percent))))
        }
        if let rows = page.repeatRows {
            let (r1, _) = try cell(rows.lowerBound, 0)
            let (r2, _) = try cell(rows.upperBound, 0)
            try LXW.check(worksheet_repeat_rows(sheet, r1, r2), "the repeated header rows of \(name)")
        }
        if let columns = page.repeatColumns {
            let (_, c1) = try cell(0, columns.lowerBound)
            let (_, c2) = try cell(0, columns.upperBound)
            try LXW.check(worksheet_repeat_columns(sheet, c1, c2), "the repeated columns of \(name)")
        }
        var options = lxw_header_footer_options()
        options.margin = PageSetup.headerMargin
        if !page.header.isEmpty {
            let code = page.header.code(fontSize: page.headerFontSize)
            try LXW.check(worksheet_set_header_opt(sheet, code, &options), "the page header of \(name)", value: code)
        }
        if !page.footer.isEmpty {
            let code = page.footer.code(fontSize: page.headerFontSize)
            try LXW.check(worksheet_set_footer_opt(sheet, code, &options), "the page footer of \(name)", value: code)
        }
    }

    /// `C5`, `AA12`: the A1 reference of a cell.
    public static func reference(row: Int, column: Int, absolute: Bool = false) -> String {
        let dollar = absolute ? "$" : ""
        return "\(dollar)\(columnName(column))\(dollar)\(row + 1)"
    }

    /// `A`, `Z`, `AA`: the letters of a column.
    public static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}

extension CellBatch {
    /// A recorded cell's value as an error message shows it.
    func summary(of cell: Cell) -> String {
        switch cell.kind {
        case .text, .formulaNumber, .formulaText:
            let text = text(at: cell.text)
            return text.count > 40 ? String(text.prefix(40)) + "…" : text
        case .number: return String(cell.number)
        case .date:
            let packed = Int(cell.integer)
            func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(packed / 10_000)-\(twoDigits(packed / 100 % 100))-\(twoDigits(packed % 100))"
        case .boolean: return cell.integer == 0 ? "FALSE" : "TRUE"
        case .blank: return ""
        case .rowHeight: return String(cell.number)
        }
    }
}

/// A style as one column's figures make it: the key of the formats a sheet makes per column.
private struct StyleInColumn: Hashable {
    var style: Int
    var column: Int
}
