import ArkaCore

/// The styles a donor workbook uses, made from its template's number formats.
///
/// ```swift
/// let styles = WorkbookStyles(formats: template.formats)
/// try sheet.write(.number(SpreadsheetNumber(amount)), row: 3, column: 4, style: styles.money(amount.currency.code))
/// ```
public struct WorkbookStyles: Sendable {
    public let formats: NumberFormats
    public let title = CellStyle(bold: true, fontSize: 14)
    /// The height of the title's row in points: 14-point text in a row made for 11-point would be cut.
    public let titleHeight = 18.75
    public let subtitle = CellStyle(italic: true)
    public let header = CellStyle(bold: true, fill: 0xDDEBF7, wrap: true, alignment: .center, border: true)
    public let text = CellStyle.plain
    public let wrapped = CellStyle(wrap: true)
    public let heading = CellStyle(bold: true, fill: 0xF2F2F2)
    public let flag = CellStyle(bold: true, fill: 0xFCE4D6)

    public init(formats: NumberFormats) {
        self.formats = formats
    }

    /// Amounts in a currency: whole units while every figure of their column is whole, the
    /// currency's decimals once any is not (``NumberFormats/moneyColumn(_:)``).
    public func money(_ currency: String, bold: Bool = false) -> CellStyle {
        CellStyle(bold: bold, columnFormat: formats.moneyColumn(currency))
    }

    public var date: CellStyle { CellStyle(numberFormat: formats.date) }
    public func percent(bold: Bool = false) -> CellStyle { CellStyle(numberFormat: formats.percent, bold: bold) }
    public var rate: CellStyle { CellStyle(numberFormat: formats.rate) }
    public var integer: CellStyle { CellStyle(numberFormat: formats.integer) }
    public var points: CellStyle { CellStyle(numberFormat: formats.points) }
}
