import ArkaCore
import Foundation

extension ConsolidatedBalance {
    /// The report in the chosen format. Text and CSV have a column per office and one of their
    /// total (text shows one office's once); JSON is a list of objects with `account`, `name`, `currency`, `offices` (each
    /// office's balance by code, a decimal string, for the offices with postings on the line),
    /// `total` and, when grouped, `fund` (and `budget_line`).
    public func rendered(as format: OutputFormat) -> String {
        let keyColumns = grouping.keyColumns
        func keys(_ line: Line) -> [String?] { grouping.keys(fund: line.fund, budgetLine: line.budgetLine) }
        switch format {
        case .json:
            struct Shape: Encodable {
                var account, name, currency: String
                var fund: JSONNull<String>?
                var budgetLine: JSONNull<String>?
                var offices: [String: String]
                var total: String
            }
            return JSONText.render(
                lines.map { line in
                    var balances: [String: String] = [:]
                    for (office, balance) in zip(offices, line.balances) { if let balance { balances[office.code] = balance.decimalText } }
                    return Shape(
                        account: line.account, name: line.name, currency: line.currency.code,
                        fund: grouping == .account ? nil : JSONNull(wrappedValue: line.fund),
                        budgetLine: grouping == .budgetLine ? JSONNull(wrappedValue: line.budgetLine) : nil, offices: balances,
                        total: line.total.decimalText)
                })
        case .csv:
            return CSVText.table(
                ["account", "name", "currency"] + keyColumns + offices.map(\.code) + ["total"],
                lines.map { line in
                    [line.account, line.name, line.currency.code] + keys(line).map { $0 ?? "" }
                        + line.balances.map { $0?.decimalText ?? "" } + [line.total.decimalText]
                })
        case .text:
            // One office's column is its total: the text shows it once.
            let sideBySide = offices.count > 1
            var table = TextTable(
                columns: [("Account", .left), ("Name", .left)] + keyColumns.map { ($0 == "fund" ? "Fund" : "Line", .left) }
                    + [("Currency", .left)] + offices.map { ($0.code, .right) } + (sideBySide ? [("Total", .right)] : []))
            for line in lines {
                let texts: [String] = [line.account, line.name] + keys(line).map { $0 ?? "-" } + [line.currency.code]
                let amounts: [TextTable.Cell] = line.balances.map { TextTable.Cell.money($0) } + (sideBySide ? [TextTable.Cell.money(line.total)] : [])
                table.add(texts.map(TextTable.Cell.text) + amounts)
            }
            table.rule()
            for (code, sums) in totals.sorted(by: { $0.key < $1.key }) {
                let texts: [String] = [tr("Total"), ""] + keyColumns.map { _ in "" } + [code]
                let amounts: [TextTable.Cell] = sums.offices.map { TextTable.Cell.money($0) } + (sideBySide ? [TextTable.Cell.money(sums.total)] : [])
                table.add(texts.map(TextTable.Cell.text) + amounts)
            }
            let period: Sentence = asOf.map { "as of \($0)" } ?? "all entries"
            let names = offices.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
            let title: Sentence =
                switch grouping {
                case .account: "Consolidated trial balance of \(names), \(period)"
                case .fund: "Consolidated trial balance of \(names), \(period), by fund"
                default: "Consolidated trial balance of \(names), \(period), by budget line"
                }
            return tr(title) + "\n\n" + table.render()
        }
    }
}
