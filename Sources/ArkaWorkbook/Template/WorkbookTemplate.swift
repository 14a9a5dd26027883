import ArkaCore
import Foundation

/// A label in English and Albanian.
public struct Localized: Sendable, Equatable {
    public var en: String
    public var sq: String

    public init(en: String, sq: String) {
        self.en = en
        self.sq = sq
    }

    public func text(_ language: Language) -> String { language == .en ? en : sq }
}

/// The layout of one workbook, read from a file under `templates/workbooks/`: its sheets, their
/// columns in order with labels and widths, the number formats, the free labels (titles of
/// totals, the cover sheet) and, for the financial report, which budget headings it lists and
/// how they add up. A donor's changed format is a changed file.
///
/// ```swift
/// let template = try WorkbookTemplate.load(path: "templates/workbooks/transactions.yaml", catalogue: TransactionsWorkbook.catalogue)
/// template.sheet("transactions")?.columns.map(\.key)   // ["entry", "date", …]
/// ```
public struct WorkbookTemplate: Sendable {
    /// The report the template lays out (`financial-report`, `transactions`, …).
    public var report: String
    public var title: Localized
    public var formats: NumberFormats
    public var sheets: [SheetTemplate]
    /// Free labels by key (`total`, `cover.head_hash`, …), each in both languages.
    public var labels: [String: Localized]
    /// The financial report's rows: headings, subtotals and limits, in order (empty elsewhere).
    public var structure: [StructureRow]
    /// The file it was read from and the SHA-256 of its bytes.
    public var file: String
    public var sha256: String

    public func sheet(_ id: String) -> SheetTemplate? { sheets.first { $0.id == id } }

    /// A free label in a language; every key a workbook asks for is checked on load.
    public func label(_ key: String, _ language: Language) -> String { labels[key]?.text(language) ?? key }
}

/// One sheet of a template: its id (what the workbook fills it with), name, title and columns.
public struct SheetTemplate: Sendable {
    public var id: String
    public var name: Localized
    public var title: Localized
    public var columns: [ColumnTemplate]
    public var landscape: Bool

    /// The position of a column, if the template keeps it.
    public func column(_ key: String) -> Int? { columns.firstIndex { $0.key == key } }
}

/// One column: the field it shows, its header label and its width in characters.
public struct ColumnTemplate: Sendable {
    public var key: String
    public var label: Localized
    public var width: Double
}

/// The financial report's rows beyond the budget lines.
public enum StructureRow: Sendable, Equatable {
    /// A budget heading ("1" .. "10"), its label, and an optional limit as a percentage of a
    /// subtotal (indirect costs at most 7 % of direct costs).
    case heading(code: String, label: Localized, limit: Limit?)
    /// A subtotal of headings and earlier subtotals.
    case subtotal(id: String, label: Localized, of: [String])

    public struct Limit: Sendable, Equatable {
        public var percent: DecimalText
        public var of: String
    }
}

/// Excel number formats for each kind of value, money per currency.
public struct NumberFormats: Sendable {
    /// Per currency code; `default` for a currency not listed.
    public var money: [String: String]
    public var date: String
    public var percent: String
    public var rate: String
    public var integer: String
    public var points: String

    public static let standard = NumberFormats(
        money: ["default": "#,##0.00", "ALL": "#,##0"], date: "yyyy-mm-dd", percent: "0.0%", rate: "0.000000", integer: "0",
        points: "0.00")

    /// The template's format for amounts in a currency: the least a column of them shows.
    public func money(_ currency: String) -> String { money[currency] ?? money["default"] ?? "#,##0.00" }

    /// The format of a column of amounts in a currency: the template's while every figure of the
    /// column is whole, and with at least the currency's decimals once any figure has a fraction.
    /// A template thus sets grouping, signs and the decimals always shown (`EUR: "#,##0.00"`),
    /// but cannot hide a fraction (`ALL: "#,##0"` shows `150.50` and its whole neighbours as
    /// `12,500.00`).
    ///
    /// ```swift
    /// NumberFormats.standard.moneyColumn("ALL")   // whole "#,##0", fraction "#,##0.00"
    /// ```
    public func moneyColumn(_ currency: String) -> ColumnFormat {
        let format = money(currency)
        let exponent = (try? Currency(code: currency))?.exponent ?? 2
        return ColumnFormat(whole: format, fraction: Self.format(format, decimals: exponent))
    }

    /// An Excel number format that shows at least `decimals` decimals in each of its sections
    /// (`#,##0;(#,##0)` → `#,##0.00;(#,##0.00)`), leaving quoted text, escapes, colours and
    /// conditions alone. A section without digit placeholders (`@`, `General`) is left as it is.
    ///
    /// ```swift
    /// NumberFormats.format("#,##0 \"L\"", decimals: 2)   // #,##0.00 "L"
    /// ```
    public static func format(_ format: String, decimals: Int) -> String {
        guard decimals > 0 else { return format }
        let characters = Array(format)
        var sections: [[Character]] = []
        var start = 0
        for position in codePositions(characters) where characters[position] == ";" {
            sections.append(Array(characters[start..<position]))
            start = position + 1
        }
        sections.append(Array(characters[start...]))
        return sections.map { String(widened($0, decimals: decimals)) }.joined(separator: ";")
    }

    /// The positions of the characters of a format that are codes: not quoted (`"L"`), escaped
    /// (`\L`), bracketed (`[Red]`, `[<0]`) or the character after `_` or `*`.
    private static func codePositions(_ characters: [Character]) -> [Int] {
        var codes: [Int] = []
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\"":
                index += 1
                while index < characters.count && characters[index] != "\"" { index += 1 }
            case "\\", "_", "*":
                index += 1
            case "[":
                while index < characters.count && characters[index] != "]" { index += 1 }
            default:
                codes.append(index)
            }
            index += 1
        }
        return codes
    }

    /// One section with at least `decimals` digit placeholders after its decimal point.
    private static func widened(_ section: [Character], decimals: Int) -> [Character] {
        let codes = codePositions(section)
        let placeholders: Set<Character> = ["0", "#", "?"]
        guard let lastDigit = codes.last(where: { placeholders.contains(section[$0]) }) else { return section }
        var result = section
        if let point = codes.first(where: { section[$0] == "." }) {
            // The placeholders right after the point are the decimals shown.
            var end = point
            for position in codes where position > point {
                guard position == end + 1, placeholders.contains(section[position]) else { break }
                end = position
            }
            let shown = end - point
            if shown < decimals { result.insert(contentsOf: Array(repeating: "0", count: decimals - shown), at: end + 1) }
        } else {
            result.insert(contentsOf: ["."] + Array(repeating: "0", count: decimals), at: lastDigit + 1)
        }
        return result
    }
}

/// What a workbook's code fills in, so that a template is checked before anything is written:
/// the sheets it can make, the columns each can show, and the labels it asks for.
///
/// ```swift
/// let catalogue = TemplateCatalogue(report: "trial-balance", sheets: ["trial-balance": ["account", "name", "debit"]], labels: ["total"])
/// ```
public struct TemplateCatalogue: Sendable {
    public var report: String
    /// Per sheet id, the column keys it can show.
    public var sheets: [String: [String]]
    /// Sheets every template of this report must have.
    public var requiredSheets: [String]
    /// Label keys the workbook asks for.
    public var labels: [String]
    /// Whether the template lists the budget headings (the financial report).
    public var hasStructure: Bool

    public init(report: String, sheets: [String: [String]], requiredSheets: [String]? = nil, labels: [String], hasStructure: Bool = false) {
        self.report = report
        self.sheets = sheets
        self.requiredSheets = requiredSheets ?? Array(sheets.keys).sorted()
        self.labels = labels
        self.hasStructure = hasStructure
    }
}
