import ArkaCore
import Foundation
import Synchronization

/// How a report is printed: a table for people, CSV or JSON for programs.
///
/// In CSV and JSON, amounts are decimal strings with every stored decimal (`"1234.50"`), never
/// floating-point numbers.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, csv, json
}

/// A plain-text table with a header, right-aligned number columns and an optional rule.
///
/// Amounts go in as ``Cell/money(_:suffix:)`` cells and are written once the table is whole:
/// in each column, amounts in a currency show every stored decimal when any of them has a
/// fraction (a column of lek beside a 150.50 charge shows `12,500.00`), else the currency's
/// display decimals (`12,500`). No figure is rounded, and the column's figures line up.
///
/// ```swift
/// var table = TextTable(columns: [("Account", .left), ("Balance", .right)])
/// table.add([.text("510"), .money(balance)])
/// table.rule()
/// table.add([.text("Total"), .money(total)])
/// print(table.render())
/// ```
struct TextTable {
    enum Alignment { case left, right }

    /// One cell: text as it is, or an amount written as its column's figures need.
    enum Cell: ExpressibleByStringLiteral {
        case text(String)
        /// An amount, followed by `suffix` (a currency code, say), or an empty cell for nil.
        case money(Money?, suffix: String = "")

        init(stringLiteral value: String) { self = .text(value) }
    }

    var columns: [(title: String, alignment: Alignment)]
    var rows: [[Cell]?] = []  // nil is a rule

    mutating func add(_ row: [String]) { rows.append(row.map(Cell.text)) }
    mutating func add(_ row: [Cell]) { rows.append(row) }
    mutating func rule() { rows.append(nil) }

    func render() -> String {
        // Per column, the currencies some amount of which has a fraction its display hides.
        var fractions: [Set<Currency>] = Array(repeating: [], count: columns.count)
        for case let row? in rows {
            for (index, cell) in row.enumerated() where index < columns.count {
                if case .money(let money?, _) = cell, money.hasHiddenDecimals { fractions[index].insert(money.currency) }
            }
        }
        let texts: [[String]?] = rows.map { row in
            row.map { cells in
                cells.enumerated().map { index, cell in
                    switch cell {
                    case .text(let text): return text
                    case .money(nil, _): return ""
                    case .money(let money?, let suffix):
                        let allDecimals = index < columns.count && fractions[index].contains(money.currency)
                        return money.tableText(allDecimals: allDecimals) + suffix
                    }
                }
            }
        }
        // A title is a heading of Arka's own: said in the process's language.
        let titles = columns.map { Sentence(template: $0.title, arguments: []).description }
        if let mark = captured(titles: titles, texts: texts) { return mark }
        var widths = titles.map(\.count)
        for case let row? in texts {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        fit(&widths, into: TableWidth.limit)
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                // A text longer than its column is cut, with a mark; a figure never is.
                let shown = cell.count > widths[index] ? String(cell.prefix(max(0, widths[index] - 1))) + "…" : cell
                let pad = String(repeating: " ", count: max(0, widths[index] - shown.count))
                return columns[index].alignment == .left ? shown + pad : pad + shown
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var out = line(titles) + "\n"
        let ruleText = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        out += ruleText
        for row in texts { out += row.map { line($0) + "\n" } ?? ruleText }
        return out
    }
}

extension TextTable {
    /// `text` cut to `length` characters with a mark (`…`), as a report's table shows a long
    /// description; whole when tables are wide (`--wide`: ``TableWidth/limit`` nil).
    static func cut(_ text: String, to length: Int) -> String {
        guard TableWidth.limit != nil, text.count > length else { return text }
        return String(text.prefix(length - 1)) + "…"
    }

    /// The columns of prose (a description, a name, a note), which a narrow table may cut; codes,
    /// ids, dates and figures are never cut.
    static let proseTitles: Set<String> = [
        "Description", "Name", "Note", "Notes", "Memo", "Counterparty", "Why", "What", "Reason", "Postings found", "Supplier", "Customer",
        "Recipient", "Title", "Explanation", "File", "Account name", "Heading", "Product",
    ]

    /// Narrows the columns of prose, the widest first, until the table fits `limit` characters
    /// (none narrower than its title or 12 characters); every other column keeps its width.
    func fit(_ widths: inout [Int], into limit: Int?) {
        guard let limit else { return }
        var total = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        while total > limit {
            let narrowable = widths.indices.filter {
                Self.proseTitles.contains(columns[$0].title) && widths[$0] > max(12, columns[$0].title.count)
            }
            guard let widest = narrowable.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            total -= 1
        }
    }
}

/// How wide the text tables of reports may be: 100 characters unless a command is given
/// `--wide`, which `arka` sets once when it reads the command line.
///
/// ```swift
/// TableWidth.set(nil)   // --wide: every text whole
/// ```
public enum TableWidth {
    private static let stored = Atomic<Int>(100)

    /// The most characters a table's line may take, or nil for no limit.
    public static var limit: Int? {
        let value = stored.load(ordering: .relaxed)
        return value > 0 ? value : nil
    }

    /// Sets the limit (nil: none).
    public static func set(_ characters: Int?) {
        stored.store(characters ?? 0, ordering: .relaxed)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// CSV as RFC 4180 writes it: fields quoted when they hold a comma, quote or line break.
enum CSVText {
    static func line(_ fields: [String]) -> String {
        var out = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                out += field
                continue
            }
            out += "\""
            for scalar in field.unicodeScalars {
                if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
            }
            out += "\""
        }
        return out + "\n"
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        rows.reduce(line(header)) { $0 + line($1) }
    }
}

/// The words a report's title gives its period, in the process's language.
enum PeriodWords {
    /// `, from 2024-01-01`, `, to 2024-03-31`, both, or nothing.
    static func range(from: LedgerDate?, to: LedgerDate?) -> String {
        switch (from, to) {
        case let (from?, to?): tr(", from \(from), to \(to)")
        case let (from?, nil): tr(", from \(from)")
        case let (nil, to?): tr(", to \(to)")
        case (nil, nil): ""
        }
    }
}
