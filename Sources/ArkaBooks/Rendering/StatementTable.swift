import ArkaCore
import Foundation

/// A financial statement laid out as rows of figures under period columns: the cash flow, the
/// profit and loss, the balance sheet. One layout renders as a table, CSV or JSON.
struct StatementTable {
    enum Kind: String { case heading, line, total }

    struct Row {
        var key: String
        var label: Sentence
        var kind: Kind
        var values: [Money?]
    }

    var report: String
    var title: Sentence
    var columns: [String]
    var currency: Currency
    var rows: [Row] = []
    var notes: [Sentence] = []

    mutating func heading(_ key: String, _ label: Sentence) { rows.append(Row(key: key, label: label, kind: .heading, values: [])) }
    mutating func line(_ key: String, _ label: Sentence, _ values: [Money?]) { rows.append(Row(key: key, label: label, kind: .line, values: values)) }
    mutating func total(_ key: String, _ label: Sentence, _ values: [Money?]) { rows.append(Row(key: key, label: label, kind: .total, values: values)) }

    /// Text: a table with a rule above each total. CSV: `key,label,kind` then a column per
    /// period, amounts with every stored decimal. JSON: the report, its columns and its rows,
    /// each with its values keyed by column, as decimal strings.
    func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text:
            var table = TextTable(columns: [("", .left)] + columns.map { ($0, .right) })
            for row in rows {
                if row.kind == .total { table.rule() }
                table.add([.text(tr(row.label))] + (row.kind == .heading ? columns.map { _ in "" } : row.values.map { .money($0) }))
            }
            let notesText = notes.isEmpty ? "" : "\n" + notes.map { tr($0) + "\n" }.joined()
            return tr(title) + "\n\n" + table.render() + notesText
        case .csv:
            return CSVText.table(
                ["key", "label", "kind"] + columns,
                rows.map { [$0.key, tr($0.label), $0.kind.rawValue] + ($0.kind == .heading ? columns.map { _ in "" } : $0.values.map { $0?.decimalText ?? "" }) })
        case .json:
            /// A row; a heading has no values, a figure's empty cell is null.
            struct Row: Encodable {
                var key, label, kind: String
                var values: [String: JSONNull<String>]?
            }
            struct Shape: Encodable {
                var report, title, currency: String
                var columns, notes: [String]
                var rows: [Row]
            }
            return JSONText.render(
                Shape(
                    report: report, title: tr(title), currency: currency.code, columns: columns, notes: notes.map(tr),
                    rows: rows.map { row in
                        Row(
                            key: row.key, label: tr(row.label), kind: row.kind.rawValue,
                            values: row.kind == .heading
                                ? nil
                                : Dictionary(zip(columns, row.values.map { JSONNull(wrappedValue: $0?.decimalText) }), uniquingKeysWith: { first, _ in first }))
                    }))
        }
    }
}
