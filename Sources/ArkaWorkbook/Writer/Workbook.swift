import ArkaCore
import CXLSXWriter
import Foundation
import Synchronization

/// An .xlsx file being written through libxlsxwriter: it owns the C workbook and frees it.
///
/// Nothing reaches the disk until ``close()``, which writes the whole file; a workbook dropped
/// without closing is freed and leaves no file. In constant-memory mode every worksheet must be
/// written row by row, in order, and takes no merged cells: big listings stream through a
/// temporary file instead of memory.
///
/// ```swift
/// let book = try Workbook(path: "report.xlsx", constantMemory: false)
/// let sheet = try book.addWorksheet(name: "Trial balance")
/// try sheet.write(.text("Account"), row: 0, column: 0, style: .plain)
/// try book.close()
/// ```
public final class Workbook: Sendable {
    /// The file the workbook is written to on close.
    public let path: String
    /// Whether worksheets stream rows to disk (rows in order, no merged cells).
    public let constantMemory: Bool
    /// Everything libxlsxwriter's workbook and its sheets hold, reached under one lock:
    /// libxlsxwriter is not thread-safe, and a listing's cells are written by a second thread
    /// (``ListingSheet/fill(concurrently:)``) while the first records the next ones.
    private let state: Mutex<State>

    /// What every text cell and title of the workbook goes through before it is written: given
    /// the text's UTF-8, the text to write instead, or nil to write it as it is.
    public typealias TextFilter = @Sendable (UnsafeBufferPointer<UInt8>) -> String?

    /// The C workbook and what is known of it: the formats made, the sheets added, the texts cut.
    struct State {
        let path: String
        var handle: UnsafeMutablePointer<lxw_workbook>?
        var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
        /// The C worksheets, by ``Worksheet/number``.
        var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
        /// The sheet names given so far (``SheetNames``).
        var names = SheetNames()
        var cutTextNote = CutTextNote.english
        var pageHeading: PageHeading?
        var cutTexts: [CutText] = []
        var cutSheetName: String?
        var textFilter: TextFilter?
        /// The columns of amounts written so far, each with the formats its cells use; their
        /// number format is settled on close (``ColumnFormat``).
        var columnFigures: [ColumnKey: ColumnFigures] = [:]
        /// The format of each style with a ``ColumnFormat`` in each column it is used in.
        var columnFormats: [ColumnStyleKey: (format: UnsafeMutablePointer<lxw_format>, figures: ColumnFigures)] = [:]
    }

    /// One column of amounts of one sheet: whether a figure in it has a fraction, and the formats
    /// (bold, filled, …) its cells are written with. Only ever reached under the workbook's lock.
    final class ColumnFigures {
        let format: ColumnFormat
        var hasFraction = false
        var formats: [UnsafeMutablePointer<lxw_format>] = []
        init(format: ColumnFormat) { self.format = format }
    }

    struct ColumnKey: Hashable {
        var sheet: Int
        var column: Int
        var format: ColumnFormat
    }

    struct ColumnStyleKey: Hashable {
        var sheet: Int
        var column: Int
        var style: CellStyle
    }

    /// - Throws: ``ArkaError/Kind/workbook`` when libxlsxwriter cannot start the workbook.
    public init(path: String, constantMemory: Bool, temporaryDirectory: String? = nil) throws {
        self.path = path
        self.constantMemory = constantMemory
        guard let handle = Self.start(path: path, constantMemory: constantMemory, temporaryDirectory: temporaryDirectory) else {
            throw ArkaError(.workbook, "libxlsxwriter could not start a workbook", field: "--output", value: path)
        }
        state = Mutex(State(path: path, handle: handle))
    }

    /// A new C workbook, owned by nothing else yet.
    private static func start(path: String, constantMemory: Bool, temporaryDirectory: String?) -> UnsafeMutablePointer<lxw_workbook>? {
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.use_zip64 = 1
        let directory = temporaryDirectory.map { strdup($0) } ?? nil
        defer { free(directory) }
        options.tmpdir = directory
        return workbook_new_opt(path, &options)
    }

    deinit {
        state.withLock { state in
            if let handle = state.handle { lxw_workbook_free(handle) }
        }
    }

    /// Runs `body` on the workbook's state under its lock: every libxlsxwriter call goes through here.
    /// - Throws: what `body` throws.
    func withState<Result: Sendable>(_ body: (inout State) throws -> Result) throws -> Result {
        try state.withLock { state throws -> Result in try body(&state) }
    }

    /// The words of the mark on a cut text and of the sheet that lists them, in the workbook's language.
    public var cutTextNote: CutTextNote {
        get { state.withLock { $0.cutTextNote } }
        set { state.withLock { $0.cutTextNote = newValue } }
    }

    /// What the pages of the sheet the workbook adds itself (the cut texts) say above and below
    /// their rows, as its other sheets' do; plain pages when nil.
    public var pageHeading: PageHeading? {
        get { state.withLock { $0.pageHeading } }
        set { state.withLock { $0.pageHeading = newValue } }
    }

    /// The texts cut to fit a cell so far, in the order written.
    public var cutTexts: [CutText] { state.withLock { $0.cutTexts } }

    /// What every text cell and title goes through before it is written (``TextFilter``). An
    /// export that shows persons by pseudonym replaces their names here, whichever sheet holds them.
    public var textFilter: TextFilter? {
        get { state.withLock { $0.textFilter } }
        set { state.withLock { $0.textFilter = newValue } }
    }

    /// Adds a worksheet named as near `wanted` as Excel allows: any text gives a valid name,
    /// unique in the workbook (``SheetNames``), which the returned sheet's ``Worksheet/name`` holds.
    ///
    /// ```swift
    /// try book.addWorksheet(name: "Ranking IGA/2023/02").name   // "Ranking IGA-2023-02"
    /// ```
    /// - Throws: ``ArkaError/Kind/workbook`` when the workbook is closed or libxlsxwriter
    ///   cannot add the sheet.
    public func addWorksheet(name wanted: String) throws -> Worksheet {
        let (number, name) = try withState { state in try state.addWorksheet(claimed: state.names.claim(wanted)) }
        return Worksheet(workbook: self, number: number, name: name)
    }

    /// Names a range or a constant for the workbook (`Rates` → `=Rates!$A$2:$F$20`).
    ///
    /// Totals never refer to defined names: LibreOffice does not evaluate them inside formulas.
    /// - Throws: ``ArkaError/Kind/workbook`` for a name libxlsxwriter refuses.
    public func defineName(_ name: String, refersTo formula: String) throws {
        try withState { state in
            try LXW.check(workbook_define_name(try state.open(), name, formula), "the defined name", value: name)
        }
    }

    /// Sets the title, subject, author, company, keywords and comments of the file, and its
    /// creation and modification time (so that the same ledger exported twice differs only where
    /// it should; libxlsxwriter dates every part of the zip 1980-01-01, so nothing else varies).
    /// - Throws: ``ArkaError/Kind/workbook``.
    public func setProperties(_ properties: DocumentProperties) throws {
        var owned: [UnsafeMutablePointer<CChar>?] = []
        defer { owned.forEach { free($0) } }
        func text(_ value: String?) -> UnsafeMutablePointer<CChar>? {
            guard let value else { return nil }
            let copy = strdup(value)
            owned.append(copy)
            return copy
        }
        var c = lxw_doc_properties()
        c.title = text(properties.title)
        c.subject = text(properties.subject)
        c.author = text(properties.author)
        c.company = text(properties.company)
        c.keywords = text(properties.keywords)
        c.comments = text(properties.comments)
        // libxlsxwriter writes the clock's time for 0, so the epoch itself is stated a second later:
        // the same properties always give the same file.
        c.created = max(1, time_t(properties.created.timeIntervalSince1970))
        try withState { state in
            try LXW.check(workbook_set_properties(try state.open(), &c), "the document properties", value: properties.title)
        }
    }

    /// Writes the file and frees the workbook. A workbook is closed once.
    /// - Throws: ``ArkaError/Kind/workbook`` with libxlsxwriter's reason (a directory that does not
    ///   exist, a full disk); the C workbook is freed either way.
    public func close() throws {
        if !cutTexts.isEmpty { try writeCutTexts() }
        try withState { state in
            let book = try state.open()
            // Each column of amounts shows decimals if any of its figures has a fraction.
            for figures in state.columnFigures.values {
                let numberFormat = figures.hasFraction ? figures.format.fraction : figures.format.whole
                for format in figures.formats { format_set_num_format(format, numberFormat) }
            }
            state.handle = nil
            state.formats = [:]
            state.columnFormats = [:]
            state.columnFigures = [:]
            state.sheets = []
            try LXW.check(workbook_close(book), "writing the workbook", value: state.path)
        }
    }
}

extension Workbook.State {
    /// The workbook's C handle, or an error once it is closed.
    func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw ArkaError(.workbook, "the workbook is already closed", field: nil, value: path) }
        return handle
    }

    /// The C worksheet of a ``Worksheet``, or an error once the workbook is closed.
    func sheet(_ number: Int, name: String) throws -> UnsafeMutablePointer<lxw_worksheet> {
        guard handle != nil, sheets.indices.contains(number) else {
            throw ArkaError(.workbook, "the workbook is already closed", field: "worksheet", value: name)
        }
        return sheets[number]
    }

    /// Adds a worksheet under a name ``SheetNames`` gave: its number and name.
    mutating func addWorksheet(claimed name: String) throws -> (number: Int, name: String) {
        let book = try open()
        try LXW.check(workbook_validate_sheet_name(book, name), "the worksheet name", value: name)
        guard let sheet = workbook_add_worksheet(book, name) else {
            throw ArkaError(.workbook, "libxlsxwriter could not add the worksheet", field: "worksheet", value: name)
        }
        sheets.append(sheet)
        return (sheets.count - 1, name)
    }

    /// The libxlsxwriter format of a style, made once per style. A style with a
    /// ``ColumnFormat`` takes its format per column, from ``format(_:sheet:column:)``.
    mutating func format(_ style: CellStyle) throws -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let known = formats[style] { return known }
        let format = try newFormat(style)
        // A column's default style, say, cannot wait for figures: it never hides a fraction.
        if let numberFormat = style.numberFormat ?? style.columnFormat?.fraction { format_set_num_format(format, numberFormat) }
        formats[style] = format
        return format
    }

    /// The format of a style with a ``ColumnFormat`` in one column of a sheet, and the column's
    /// figures, which the cells written with it mark when they have a fraction.
    ///
    /// Each such format starts with a number format of its own (so that libxlsxwriter, which
    /// shares one cell format among identical formats when a cell first uses it, gives it a cell
    /// format of its own) and gets the column's number format in ``Workbook/close()``:
    /// libxlsxwriter writes a format as it stands when the file is written, whatever it was when
    /// the cells were written.
    mutating func format(
        _ style: CellStyle, sheet: Int, name: String, column: Int
    ) throws -> (format: UnsafeMutablePointer<lxw_format>, figures: Workbook.ColumnFigures) {
        let key = Workbook.ColumnStyleKey(sheet: sheet, column: column, style: style)
        if let known = columnFormats[key] { return known }
        guard let columnFormat = style.columnFormat else {
            throw ArkaError(.workbook, "a style without a column format has no format per column", field: name, value: "column \(column + 1)")
        }
        let columnKey = Workbook.ColumnKey(sheet: sheet, column: column, format: columnFormat)
        let figures = columnFigures[columnKey] ?? Workbook.ColumnFigures(format: columnFormat)
        columnFigures[columnKey] = figures
        let format = try newFormat(style)
        format_set_num_format(format, "\"arka column format \(columnFormats.count)\"")
        figures.formats.append(format)
        columnFormats[key] = (format, figures)
        return (format, figures)
    }

    /// A new libxlsxwriter format with the style's font, fill, alignment and border.
    private func newFormat(_ style: CellStyle) throws -> UnsafeMutablePointer<lxw_format> {
        guard let format = workbook_add_format(try open()) else {
            throw ArkaError(.workbook, "libxlsxwriter could not add a cell format", field: nil, value: path)
        }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if style.wrap { format_set_text_wrap(format) }
        switch style.alignment {
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        return format
    }

    /// The name of the sheet that lists the cut texts, kept for it from the first time it is asked for.
    mutating func cutTextSheetName() -> String {
        if let cutSheetName { return cutSheetName }
        let name = names.claim(cutTextNote.sheetName)
        cutSheetName = name
        return name
    }

    /// `text` cut to fit a cell, ending in the note's mark, and listed in ``Workbook/cutTexts``.
    mutating func fit(_ text: String, sheet: String, row: Int, column: Int) -> String {
        let mark = cutTextNote.mark
        let fitted = text.prefix(utf16Units: Worksheet.maximumTextLength - mark.utf16.count) + mark
        cutTexts.append(
            CutText(sheet: sheet, cell: Worksheet.reference(row: row, column: column), length: text.unicodeScalars.count, start: String(text.prefix(80))))
        return fitted
    }

    /// A text as the workbook will show it, its persons replaced (the ``Workbook/textFilter``).
    func shown(_ text: String) -> String {
        guard let filter = textFilter else { return text }
        var text = text
        return text.withUTF8(filter) ?? text
    }
}

extension Workbook {
    /// The name of the sheet that lists the cut texts, kept for it from the first time it is
    /// asked for (an audit pack's cover names it before the sheet is added, on close).
    public var cutTextSheetName: String {
        state.withLock { $0.cutTextSheetName() }
    }

    /// A text as the workbook will show it, its persons replaced by their pseudonyms (the
    /// ``textFilter``): what a layout measures.
    func shown(_ text: String) -> String { state.withLock { $0.shown(text) } }

    /// The sheet that lists the texts cut to fit their cells, added last.
    private func writeCutTexts() throws {
        let (note, cuts, heading) = state.withLock { ($0.cutTextNote, $0.cutTexts, $0.pageHeading) }
        let (number, name) = try withState { state in try state.addWorksheet(claimed: state.cutTextSheetName()) }
        let sheet = Worksheet(workbook: self, number: number, name: name)
        for (column, width) in [24.0, 10, 26, 90].enumerated() { try sheet.setColumn(column, width: width) }
        try sheet.write(.text(note.title), row: 0, column: 0, style: CellStyle(bold: true, fontSize: 14))
        try sheet.write(.text(note.explanation), row: 1, column: 0, style: .plain)
        for (index, header) in note.headers.enumerated() {
            try sheet.write(.text(header), row: 3, column: index, style: CellStyle(bold: true, fill: 0xDDEBF7, wrap: true, border: true))
        }
        for (index, cut) in cuts.enumerated() {
            try sheet.write(.text(cut.sheet), row: 4 + index, column: 0, style: .plain)
            try sheet.write(.text(cut.cell), row: 4 + index, column: 1, style: .plain)
            try sheet.write(.number(SpreadsheetNumber(cut.length)), row: 4 + index, column: 2, style: CellStyle(numberFormat: "#,##0"))
            try sheet.write(.text(cut.start), row: 4 + index, column: 3, style: .plain)
        }
        if let heading {
            let layout = ResolvedLayout(widths: [24, 10, 26, 90], landscape: true, pagesWide: 1, scale: 1)
            try sheet.printSetup(heading.pageSetup(sheet: sheet.name, layout: layout, headerRows: 3...3))
        } else {
            try sheet.printSetup(landscape: true, fitToWidth: true, headerRows: 3...3)
        }
    }
}

/// A text longer than a cell holds, as the workbook cut it: where, and how long it is in the ledger.
public struct CutText: Sendable, Equatable {
    /// The sheet's name and the cell's A1 reference.
    public var sheet: String
    public var cell: String
    /// The text's length in the ledger, in characters.
    public var length: Int
    /// Its first characters.
    public var start: String
}

/// The words a workbook uses for texts cut to fit a cell: the mark that ends a cut text and the
/// sheet that lists them, in English or Albanian.
///
/// ```swift
/// book.cutTextNote = .albanian
/// ```
public struct CutTextNote: Sendable, Equatable {
    /// Ends a cut text: `…[cut]`.
    public var mark: String
    /// The name of the sheet that lists the cut texts, its title and the sentence under it.
    public var sheetName: String
    public var title: String
    public var explanation: String
    /// The columns of the list: sheet, cell, length in the ledger, start of the text.
    public var headers: [String]
    /// The line an audit pack's cover gives them: its label, and its value with `{count}` and
    /// `{sheet}` to fill (``coverText(count:sheet:)``).
    public var coverLabel: String
    public var coverValue: String

    /// `2, listed on the sheet Cut texts`.
    public func coverText(count: Int, sheet: String) -> String {
        coverValue.replacingOccurrences(of: "{count}", with: String(count)).replacingOccurrences(of: "{sheet}", with: sheet)
    }

    /// The words of an English workbook.
    public static let english = CutTextNote(
        mark: " …[cut]", sheetName: "Cut texts", title: "Texts cut to fit a cell",
        explanation: "A cell holds at most 32,767 characters. These texts of the ledger are longer: their cells show their start, "
            + "ending in …[cut]. The ledger keeps them whole.",
        headers: ["Sheet", "Cell", "Characters in the ledger", "Start of the text"],
        coverLabel: "Texts cut to fit a cell", coverValue: "{count}, listed on the sheet {sheet}")

    /// The words of an Albanian workbook (`--lang sq`).
    public static let albanian = CutTextNote(
        mark: " …[shkurtuar]", sheetName: "Tekste të shkurtuara", title: "Tekste të shkurtuara për të hyrë në një qelizë",
        explanation: "Një qelizë mban deri në 32 767 shenja. Këto tekste të librit janë më të gjata: qelizat e tyre tregojnë fillimin, "
            + "që mbaron me …[shkurtuar]. Libri i ruan të plota.",
        headers: ["Fleta", "Qeliza", "Shenja në libër", "Fillimi i tekstit"],
        coverLabel: "Tekste të shkurtuara", coverValue: "{count}, të listuara në fletën {sheet}")
}

extension String {
    /// The longest start of the text of at most `units` UTF-16 units (as Excel counts) that
    /// ends between two characters.
    func prefix(utf16Units units: Int) -> String {
        guard utf16.count > units else { return self }
        var result = ""
        var count = 0
        for character in self {
            let width = character.utf16.count
            guard count + width <= units else { break }
            result.append(character)
            count += width
        }
        return result
    }
}

/// The document properties an .xlsx file carries.
public struct DocumentProperties: Sendable {
    public var title: String
    public var subject: String?
    public var author: String?
    public var company: String?
    public var keywords: String?
    public var comments: String?
    public var created: Date

    public init(
        title: String, subject: String? = nil, author: String? = nil, company: String? = nil, keywords: String? = nil,
        comments: String? = nil, created: Date
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}

/// libxlsxwriter's result codes, turned into errors.
enum LXW {
    /// - Throws: ``ArkaError/Kind/workbook`` naming what was being done, with libxlsxwriter's message.
    static func check(_ code: lxw_error, _ what: @autoclosure () -> String, value: @autoclosure () -> String? = nil) throws {
        guard code != LXW_NO_ERROR else { return }
        let message = lxw_strerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)"
        throw ArkaError(.workbook, "libxlsxwriter refused \(what()): \(message)", field: nil, value: value())
    }
}
