import ArkaCore
import Foundation

/// How a report is printed: a table for people, CSV or JSON for programs.
///
/// In CSV and JSON, amounts are decimal strings with every stored decimal (`"1234.50"`), never
/// floating-point numbers.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, csv, json
}

/// A plain-text table with a header, right-aligned number columns and an optional rule.
struct TextTable {
    enum Alignment { case left, right }
    var columns: [(title: String, alignment: Alignment)]
    var rows: [[String]?] = []  // nil is a rule

    mutating func add(_ row: [String]) { rows.append(row) }
    mutating func rule() { rows.append(nil) }

    func render() -> String {
        var widths = columns.map { $0.title.count }
        for case let row? in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return columns[index].alignment == .left ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var out = line(columns.map(\.title)) + "\n"
        let ruleText = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        out += ruleText
        for row in rows { out += row.map { line($0) + "\n" } ?? ruleText }
        return out
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

/// JSON with sorted keys and amounts as strings; `NSNull()` writes `null`.
enum JSONText {
    static func render(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func optional(_ value: String?) -> Any { value.map { $0 as Any } ?? NSNull() }

    /// A list of objects, one per row, keyed by the header.
    static func objects(_ header: [String], _ rows: [[String]]) -> String {
        render(rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0.map { $0 as Any })) })
    }
}
