import ArkaCore

/// What a cell holds. Amounts enter a workbook as ``SpreadsheetNumber`` values, the one place
/// where exact money becomes the IEEE double a spreadsheet stores.
///
/// ```swift
/// try sheet.write(.number(SpreadsheetNumber(money)), row: 4, column: 2, style: money)
/// try sheet.write(.formula("=SUM(C5:C9)", result: .number(total)), row: 10, column: 2, style: money)
/// ```
public enum CellValue: Sendable, Equatable {
    case text(String)
    case number(SpreadsheetNumber)
    case date(LedgerDate)
    case boolean(Bool)
    /// A formula with the result it gives, stored so that readers that do not recalculate show it.
    case formula(String, result: FormulaResult)
    /// An empty cell (written only when it has a style, for borders and fills).
    case blank

    /// A date cell from stored `YYYY-MM-DD` text, or the text itself if it is not a date.
    public static func date(text: String) -> CellValue {
        (try? LedgerDate.parse(text)).map(CellValue.date) ?? .text(text)
    }

    /// A cell of text, or a blank one for nil or empty text.
    public static func optionalText(_ text: String?) -> CellValue {
        guard let text, !text.isEmpty else { return .blank }
        return .text(text)
    }
}

/// The stored result of a formula.
public enum FormulaResult: Sendable, Equatable {
    case number(SpreadsheetNumber)
    case text(String)
}

/// A number as a spreadsheet stores it (an IEEE double), made from exact values in one place.
///
/// Money is exact minor units everywhere in Arka; a workbook cell is a double. The conversion
/// divides the minor units by the currency's power of ten once, here, which gives the double
/// nearest the decimal amount: the same double a spreadsheet reads from the typed amount.
///
/// It also keeps, exactly, whether the number has a fraction: a column of amounts shows
/// decimals when any of its figures has one (see ``ColumnFormat``).
///
/// ```swift
/// SpreadsheetNumber(try Money.parse("123.45", currency: .euro)).value   // 123.45
/// SpreadsheetNumber(units: 15050, exponent: 2).hasFraction        // true: 150.50
/// SpreadsheetNumber(units: 15000, exponent: 2).hasFraction        // false: 150
/// ```
public struct SpreadsheetNumber: Sendable, Equatable {
    public var value: Double
    /// Whether the number is not a whole number: from the exact minor units when made from them.
    public var hasFraction: Bool

    public init(_ value: Double) {
        self.value = value
        hasFraction = value.isFinite && value != value.rounded(.towardZero)
    }

    public init(_ value: Int) {
        self.value = Double(value)
        hasFraction = false
    }

    public init(_ money: Money) {
        (value, hasFraction) = money.approximateValue
    }

    /// A decimal given as an integer count of 10^-exponent units (hundredths of points,
    /// thousandths of a unit).
    public init(units: Int64, exponent: Int) {
        (value, hasFraction) = DecimalText(digits: units, scale: exponent).approximateValue
    }

    /// An exact decimal's text (a rate, a percentage) as the double nearest it.
    public init?(decimal text: String) {
        guard let value = Double(text) else { return nil }
        self.value = value
        let fraction = text.split(separator: ".", maxSplits: 1).dropFirst().first ?? ""
        hasFraction = fraction.contains { $0 >= "1" && $0 <= "9" }
    }
}
