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
        wrap: Bool = false, alignment: Alignment? = nil, border: Bool = false
    ) {
        self.numberFormat = numberFormat
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
