import ArkaCore

/// Cells recorded in order, to be written to a worksheet later and perhaps by another thread.
///
/// A long listing is recorded on the thread that reads the ledger, while the writing thread
/// only calls libxlsxwriter (``Worksheet/write(_:)``). Values sit in flat buffers, text as
/// NUL-terminated UTF-8, and styles are numbered within the batch. So a batch of thousands of
/// cells costs a few allocations, and it is freed at once by whichever thread drops it.
///
/// ```swift
/// var batch = CellBatch()
/// batch.record(.text("E0001"), row: 7, column: 0, style: .plain)
/// batch.record(.number(SpreadsheetNumber(units: 24757, exponent: 2)), row: 7, column: 1, style: money)
/// try sheet.write(batch)
/// ```
public struct CellBatch: Sendable {
    enum Kind: UInt8, Sendable {
        case text, number, date, boolean, formulaNumber, formulaText, blank
        /// Not a cell: the height of its row in points (`number`), for a row whose texts wrap.
        case rowHeight
    }

    /// One cell. `number` holds a number or a formula's numeric result; `integer` a date as
    /// `yyyymmdd` or a boolean as 0 or 1; `text` and `result` are offsets into `bytes` (-1: none).
    struct Cell: Sendable {
        var row: Int32
        var column: Int32
        var kind: Kind
        /// Whether a number (or a formula's numeric result) has a fraction: it settles the
        /// format of a column of amounts (``ColumnFormat``).
        var fraction = false
        var style: Int32
        var number: Double = 0
        var integer: Int32 = 0
        var text = -1
        var result = -1
        /// Whether its text (or its formula's text result) is longer than a cell holds, to be
        /// cut when written (``Worksheet/maximumTextLength``).
        var tooLong = false
    }

    private(set) var cells: [Cell] = []
    /// Every text of the batch, each followed by a NUL byte.
    private(set) var bytes: [UInt8] = []
    /// The styles the cells use, numbered in the order first used.
    private(set) var styles: [CellStyle] = []
    private var styleNumbers: [CellStyle: Int32] = [:]

    public init() {}

    /// How many cells are recorded.
    public var count: Int { cells.count }

    /// The number of a style within this batch, for ``record(_:row:column:styleNumber:)``.
    public mutating func number(of style: CellStyle) -> Int32 {
        if let known = styleNumbers[style] { return known }
        let number = Int32(styles.count)
        styles.append(style)
        styleNumbers[style] = number
        return number
    }

    /// Records a cell of a style. A blank cell is recorded only when its style shows on an empty
    /// cell (see ``CellStyle/showsWhenEmpty``), as ``Worksheet/write(_:row:column:style:)`` does.
    public mutating func record(_ value: CellValue, row: Int, column: Int, style: CellStyle) {
        if case .blank = value, !style.showsWhenEmpty { return }
        record(value, row: row, column: column, styleNumber: number(of: style))
    }

    /// Records a cell whose style was numbered by ``number(of:)`` in this batch: the fast path
    /// for columns that keep one style.
    public mutating func record(_ value: CellValue, row: Int, column: Int, styleNumber: Int32) {
        var cell = Cell(row: Int32(clamping: row), column: Int32(clamping: column), kind: .blank, style: styleNumber)
        switch value {
        case .text(let text):
            cell.kind = .text
            cell.text = append(text)
            cell.tooLong = Self.isTooLong(text)
        case .number(let number):
            cell.kind = .number
            cell.number = number.value
            cell.fraction = number.hasFraction
        case .date(let date):
            cell.kind = .date
            cell.integer = Int32(clamping: date.year * 10_000 + date.month * 100 + date.day)
        case .boolean(let flag):
            cell.kind = .boolean
            cell.integer = flag ? 1 : 0
        case .formula(let formula, .number(let result)):
            cell.kind = .formulaNumber
            cell.text = append(formula)
            cell.number = result.value
            cell.fraction = result.hasFraction
        case .formula(let formula, .text(let result)):
            cell.kind = .formulaText
            cell.text = append(formula)
            cell.result = append(result)
            cell.tooLong = Self.isTooLong(result)
        case .blank:
            guard styles[Int(styleNumber)].showsWhenEmpty else { return }
        }
        cells.append(cell)
    }

    /// Records the height of a row, in points, in order with its cells: a row whose wrapped texts
    /// take several lines is as tall as they need, in every reader.
    public mutating func recordHeight(_ points: Double, row: Int) {
        cells.append(Cell(row: Int32(clamping: row), column: 0, kind: .rowHeight, style: 0, number: points))
    }

    /// Empties the batch, keeping its buffers for the next cells.
    public mutating func removeAll() {
        cells.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        styles.removeAll(keepingCapacity: true)
        styleNumbers.removeAll(keepingCapacity: true)
    }

    /// Whether a text is longer than a cell holds: a look at its byte count for all but the
    /// longest texts (UTF-8 never takes fewer bytes than UTF-16 takes units).
    static func isTooLong(_ text: String) -> Bool {
        text.utf8.count > Worksheet.maximumTextLength && text.utf16.count > Worksheet.maximumTextLength
    }

    private mutating func append(_ text: String) -> Int {
        let offset = bytes.count
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(0)
        return offset
    }

    /// The text at an offset of `bytes`, for error messages.
    func text(at offset: Int) -> String {
        guard offset >= 0 else { return "" }
        let start = offset
        let end = bytes[start...].firstIndex(of: 0) ?? bytes.endIndex
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
