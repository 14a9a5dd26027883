import ArkaCore
import CXLSXWriter
import Foundation

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
public final class Workbook {
    /// The file the workbook is written to on close.
    public let path: String
    /// Whether worksheets stream rows to disk (rows in order, no merged cells).
    public let constantMemory: Bool
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheets: [Worksheet] = []
    /// What every text cell and title of the workbook goes through before it is written: given
    /// the text's UTF-8, the text to write instead, or nil to write it as it is. An export that
    /// shows persons by pseudonym replaces their names here, whichever sheet holds them.
    public var textFilter: ((UnsafeBufferPointer<UInt8>) -> String?)?

    /// - Throws: ``ArkaError/Kind/workbook`` when libxlsxwriter cannot start the workbook.
    public init(path: String, constantMemory: Bool, temporaryDirectory: String? = nil) throws {
        self.path = path
        self.constantMemory = constantMemory
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.use_zip64 = 1
        let directory = temporaryDirectory.map { strdup($0) } ?? nil
        defer { free(directory) }
        options.tmpdir = directory
        guard let handle = workbook_new_opt(path, &options) else {
            throw ArkaError(.workbook, "libxlsxwriter could not start a workbook", field: "--output", value: path)
        }
        self.handle = handle
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    /// The workbook's C handle, or an error once it is closed.
    func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw ArkaError(.workbook, "the workbook is already closed", field: nil, value: path) }
        return handle
    }

    /// Adds a worksheet; names are at most 31 characters, without `[]:*?/\`, unique in the workbook.
    /// - Throws: ``ArkaError/Kind/workbook`` with libxlsxwriter's reason for a bad name.
    public func addWorksheet(name: String) throws -> Worksheet {
        let book = try open()
        try LXW.check(workbook_validate_sheet_name(book, name), "the worksheet name", value: name)
        guard let sheet = workbook_add_worksheet(book, name) else {
            throw ArkaError(.workbook, "libxlsxwriter could not add the worksheet", field: "worksheet", value: name)
        }
        let worksheet = Worksheet(workbook: self, handle: sheet, name: name)
        sheets.append(worksheet)
        return worksheet
    }

    /// The libxlsxwriter format of a style, made once per style.
    func format(_ style: CellStyle) throws -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let known = formats[style] { return known }
        guard let format = workbook_add_format(try open()) else {
            throw ArkaError(.workbook, "libxlsxwriter could not add a cell format", field: nil, value: path)
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
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
        formats[style] = format
        return format
    }

    /// Names a range or a constant for the workbook (`Rates` → `=Rates!$A$2:$F$20`).
    ///
    /// Totals never refer to defined names: LibreOffice does not evaluate them inside formulas.
    /// - Throws: ``ArkaError/Kind/workbook`` for a name libxlsxwriter refuses.
    public func defineName(_ name: String, refersTo formula: String) throws {
        try LXW.check(workbook_define_name(try open(), name, formula), "the defined name", value: name)
    }

    /// Sets the title, subject, author, company, keywords and comments of the file, and its
    /// creation time (so that the same ledger exported twice differs only where it should).
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
        c.created = time_t(properties.created.timeIntervalSince1970)
        try LXW.check(workbook_set_properties(try open(), &c), "the document properties", value: properties.title)
    }

    /// Writes the file and frees the workbook. A workbook is closed once.
    /// - Throws: ``ArkaError/Kind/workbook`` with libxlsxwriter's reason (a directory that does not
    ///   exist, a full disk); the C workbook is freed either way.
    public func close() throws {
        let book = try open()
        handle = nil
        formats = [:]
        sheets.forEach { $0.detach() }
        try LXW.check(workbook_close(book), "writing the workbook", value: path)
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
