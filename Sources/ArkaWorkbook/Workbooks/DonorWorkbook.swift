import ArkaCore

/// A workbook Arka writes from a ledger: the sheets it makes, the template keys it reads, and
/// the writing itself. The audit pack writes several into one file.
///
/// ```swift
/// let figures = try TransactionsWorkbook().write(into: book, template: template, context: context)
/// ```
public protocol DonorWorkbook: SendableMetatype {
    /// The report name (`transactions`) and the sheets, columns and labels its template may use.
    static var catalogue: TemplateCatalogue { get }
    /// Whether its sheets can be long enough to stream in constant-memory mode.
    static var streams: Bool { get }
    init()
    /// Adds the workbook's sheets to `book` and returns the figures it reconciles by.
    /// - Throws: ``ArkaError`` from the ledger's reports or from libxlsxwriter.
    func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures
}

extension DonorWorkbook {
    public static var streams: Bool { false }
}

/// The totals a workbook shows, in the base currency's minor units, so that the audit pack and
/// the tests can check that the workbooks agree with each other and with the ledger.
public struct WorkbookFigures: Sendable, Equatable {
    /// Expense per fund as booked (base currency); the key "" is expense without a fund.
    public var expenseByFund: [String: Money] = [:]
    /// Rows listed (postings, lines, applications).
    public var rows = 0
    /// The proof of use's balance per fund, income less spending, in the reporting currency.
    public var balanceByFund: [String: Money] = [:]
    /// Why the workbook shows a note in place of its figures (a reporting rate the books lack),
    /// or nil when it shows them.
    public var unavailable: String?
    /// The first thing `verify` found wrong when the workbook vouches for the books (the audit
    /// pack's cover), or nil when the books passed: the cover says so, and the command warns.
    public var notIntact: String?

    public init(expenseByFund: [String: Money] = [:], rows: Int = 0) {
        self.expenseByFund = expenseByFund
        self.rows = rows
    }
}

/// Labels every workbook's template carries.
let commonLabels = ["period", "total", "generated"]
