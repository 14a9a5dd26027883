/// How a cell looks: its number format, font, fill, alignment and border.
///
/// A style is a value; the ``Workbook`` makes one libxlsxwriter format per distinct style and
/// reuses it, so a million cells of one style cost one format.
///
/// ```swift
/// let money = CellStyle(numberFormat: "#,##0.00")
/// let header = CellStyle(bold: true, fill: 0xDDEBF7, wrap: true, border: true)
/// ```
public struct CellStyle: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        case left, center, right
    }

    /// An Excel number format (`#,##0.00`, `0.0%`, `yyyy-mm-dd`), or nil for General.
    public var numberFormat: String?
    /// For a column of amounts: the number format its figures settle (in place of `numberFormat`).
    public var columnFormat: ColumnFormat?
    public var bold: Bool
    public var italic: Bool
    /// Font size in points, or nil for the default (11).
    public var fontSize: Double?
    /// Background colour as 0xRRGGBB, or nil for none.
    public var fill: UInt32?
    public var wrap: Bool
    public var alignment: Alignment?
    /// A thin border on all four sides.
    public var border: Bool

    public init(
        numberFormat: String? = nil, bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fill: UInt32? = nil,
        wrap: Bool = false, alignment: Alignment? = nil, border: Bool = false, columnFormat: ColumnFormat? = nil
    ) {
        self.numberFormat = numberFormat
        self.columnFormat = columnFormat
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fill = fill
        self.wrap = wrap
        self.alignment = alignment
        self.border = border
    }

    /// This style, bold.
    public var emphasised: CellStyle {
        var style = self
        style.bold = true
        return style
    }

    /// Whether an empty cell of this style looks different from no cell at all: a fill or a
    /// border shows; a number format, a font or an alignment shows only once something is typed.
    public var showsWhenEmpty: Bool { fill != nil || border }

    /// No formatting at all.
    public static let plain = CellStyle()
}

/// The number format of a column of amounts, chosen from the figures written in it: `whole`
/// while every figure of the column (its totals and subtotals included) is a whole number,
/// `fraction` as soon as one is not. A column of lek thus shows `12,500` while its amounts are
/// whole, and `12,500.00` beside a 150.50 charge: no figure is rounded, so the shown figures
/// add up to the shown total.
///
/// The workbook settles each column's format when it closes, so a listing streamed in
/// constant-memory mode needs no second pass over its rows.
///
/// ```swift
/// let lek = CellStyle(columnFormat: ColumnFormat(whole: "#,##0", fraction: "#,##0.00"))
/// try sheet.write(.number(SpreadsheetNumber(units: 15050, exponent: 2)), row: 5, column: 3, style: lek)
/// // column D shows 150.50, and every other lek amount in it with two decimals
/// ```
public struct ColumnFormat: Hashable, Sendable {
    /// The format while every figure of the column is whole (`#,##0`).
    public var whole: String
    /// The format once any figure has a fraction (`#,##0.00`).
    public var fraction: String

    public init(whole: String, fraction: String) {
        self.whole = whole
        self.fraction = fraction
    }
}
