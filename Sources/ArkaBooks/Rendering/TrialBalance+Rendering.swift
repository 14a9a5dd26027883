import ArkaCore
import Foundation

extension TrialBalance {
    /// The report in the chosen format. JSON is a list of objects with `account`, `currency`,
    /// `debit`, `credit`, `balance` (decimal strings) and, when grouped, `fund` (and `budget_line`).
    public func rendered(as format: OutputFormat) -> String {
        let keyColumns = grouping.keyColumns
        func keys(_ line: Line) -> [String?] { grouping.keys(fund: line.fund, budgetLine: line.budgetLine) }
        switch format {
        case .json:
            /// `fund` and `budget_line` are there only when the balance is grouped by them.
            struct Shape: Encodable {
                var account, currency, debit, credit, balance: String
                var fund: JSONNull<String>?
                var budgetLine: JSONNull<String>?
            }
            return JSONText.render(
                lines.map { line in
                    Shape(
                        account: line.account.code, currency: line.balance.currency.code, debit: line.debit.decimalText,
                        credit: line.credit.decimalText, balance: line.balance.decimalText,
                        fund: grouping == .account ? nil : JSONNull(wrappedValue: line.fund),
                        budgetLine: grouping == .budgetLine ? JSONNull(wrappedValue: line.budgetLine) : nil)
                })
        case .csv:
            return CSVText.table(
                ["account", "name", "type", "currency"] + keyColumns + ["debit", "credit", "balance"],
                lines.map { line in
                    [line.account.code, line.account.name, line.account.type.rawValue, line.balance.currency.code]
                        + keys(line).map { $0 ?? "" }
                        + [line.debit.decimalText, line.credit.decimalText, line.balance.decimalText]
                })
        case .text:
            var table = TextTable(
                columns: [("Account", .left), ("Name", .left)] + keyColumns.map { ($0 == "fund" ? "Fund" : "Line", .left) }
                    + [("Currency", .left), ("Debit", .right), ("Credit", .right), ("Balance", .right)])
            for line in lines {
                table.add(
                    ([line.account.code, line.account.name(in: .current)] + keys(line).map { $0 ?? "-" } + [line.balance.currency.code]).map(TextTable.Cell.text)
                        + [.money(line.debit), .money(line.credit), .money(line.balance)])
            }
            table.rule()
            for (code, sums) in totals.sorted(by: { $0.key < $1.key }) {
                table.add(
                    ([tr("Total"), ""] + keyColumns.map { _ in "" } + [code]).map(TextTable.Cell.text)
                        + [.money(sums.debit), .money(sums.credit), .money(sums.balance)])
            }
            if totals.count > 1 || totals.keys.first != baseTotal.balance.currency.code {
                table.add(
                    ([tr("Total converted"), ""] + keyColumns.map { _ in "" } + [baseTotal.balance.currency.code]).map(TextTable.Cell.text)
                        + [.money(baseTotal.debit), .money(baseTotal.credit), .money(baseTotal.balance)])
            }
            let period: Sentence = asOf.map { "as of \($0)" } ?? "all entries"
            let title: Sentence =
                switch grouping {
                case .account: "Trial balance of \(ledgerName), \(period)"
                case .fund: "Trial balance of \(ledgerName), \(period), by fund"
                default: "Trial balance of \(ledgerName), \(period), by budget line"
                }
            return tr(title) + "\n\n" + table.render()
        }
    }
}
