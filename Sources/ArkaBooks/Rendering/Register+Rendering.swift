import ArkaCore
import Foundation

extension Register {
    /// The register in the chosen format; the running balance is per currency.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONText.render(
                lines.map { line -> [String: Any] in
                    [
                        "date": line.date, "entry": line.entryID, "description": line.description,
                        "counterparty": JSONText.optional(line.counterparty), "account": line.account,
                        "fund": JSONText.optional(line.fund), "budget_line": JSONText.optional(line.budgetLine),
                        "memo": JSONText.optional(line.memo), "currency": line.amount.currency.code,
                        "amount": line.amount.decimalText, "balance": line.runningBalance.decimalText,
                    ]
                })
        case .csv:
            return CSVText.table(
                ["date", "entry", "description", "counterparty", "account", "fund", "budget_line", "memo", "currency", "amount", "balance"],
                lines.map { line in
                    [
                        line.date, line.entryID, line.description, line.counterparty ?? "", line.account, line.fund ?? "",
                        line.budgetLine ?? "", line.memo ?? "", line.amount.currency.code, line.amount.decimalText,
                        line.runningBalance.decimalText,
                    ]
                })
        case .text:
            var table = TextTable(
                columns: [
                    ("Date", .left), ("Entry", .left), ("Description", .left), ("Account", .left), ("Fund", .left),
                    ("Line", .left), ("Amount", .right), ("", .left), ("Balance", .right),
                ])
            for (code, money) in opening.sorted(by: { $0.key < $1.key }) {
                table.add([.text(from.map(\.description) ?? ""), "", "Opening balance", .text(account ?? ""), "", "", "", .text(code), .money(money)])
            }
            for line in lines {
                let description = line.description.count > 48 ? String(line.description.prefix(47)) + "…" : line.description
                table.add([
                    .text(line.date), .text(line.entryID), .text(description.replacingOccurrences(of: "\n", with: " ")), .text(line.account),
                    .text(line.fund ?? ""), .text(line.budgetLine ?? ""), .money(line.amount), .text(line.amount.currency.code),
                    .money(line.runningBalance),
                ])
            }
            var title = "Register of " + (account.map { "account \($0) and the accounts below it" } ?? "all accounts")
            if let from { title += ", from \(from)" }
            if let to { title += ", to \(to)" }
            return title + "\n\n" + table.render()
        }
    }
}
