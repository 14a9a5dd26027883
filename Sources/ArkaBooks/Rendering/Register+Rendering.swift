import ArkaCore
import ArkaStore
import Foundation

extension Register {
    /// The register in the chosen format; the running balance is per currency.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONText.render(lines.map { PostingJSON($0.posting, balance: $0.runningBalance, account: true) })
        case .csv:
            return CSVText.table(
                ["date", "entry", "description", "counterparty", "account", "fund", "budget_line", "memo", "currency", "amount", "balance"],
                lines.map { line in
                    let posting = line.posting
                    return [
                        posting.date.description, posting.entryID, posting.description, posting.counterparty ?? "", posting.account,
                        posting.fund ?? "", posting.budgetLine ?? "", posting.memo ?? "", posting.amount.currency.code,
                        posting.amount.decimalText, line.runningBalance.decimalText,
                    ]
                })
        case .text:
            var table = TextTable(
                columns: [
                    ("Date", .left), ("Entry", .left), ("Description", .left), ("Account", .left), ("Fund", .left),
                    ("Line", .left), ("Amount", .right), ("", .left), ("Balance", .right),
                ])
            for (currency, money) in opening.sorted(by: { $0.key < $1.key }) {
                table.add([.text(from.map(\.description) ?? ""), "", "Opening balance", .text(account ?? ""), "", "", "", .text(currency.code), .money(money)])
            }
            for line in lines {
                let posting = line.posting
                let description = posting.description.count > 48 ? String(posting.description.prefix(47)) + "…" : posting.description
                table.add([
                    .text(posting.date.description), .text(posting.entryID), .text(description.replacingOccurrences(of: "\n", with: " ")),
                    .text(posting.account), .text(posting.fund ?? ""), .text(posting.budgetLine ?? ""), .money(posting.amount),
                    .text(posting.amount.currency.code), .money(line.runningBalance),
                ])
            }
            var title = "Register of " + (account.map { "account \($0) and the accounts below it" } ?? "all accounts")
            if let from { title += ", from \(from)" }
            if let to { title += ", to \(to)" }
            return title + "\n\n" + table.render()
        }
    }
}

/// A posting as the register's JSON (with its account) and the general ledger's (with its base
/// amount, under its account) give it, with the running balance.
struct PostingJSON: Encodable {
    var date: String
    var entry: String
    var description: String
    @JSONNull var counterparty: String?
    /// In the register only.
    var account: String?
    @JSONNull var fund: String?
    @JSONNull var budgetLine: String?
    @JSONNull var memo: String?
    var currency: String
    var amount: String
    /// In the general ledger only.
    var baseAmount: String?
    var balance: String

    init(_ posting: PostingLine, balance: Money, account: Bool = false, baseAmount: Bool = false) {
        date = posting.date.description
        entry = posting.entryID
        description = posting.description
        counterparty = posting.counterparty
        self.account = account ? posting.account : nil
        fund = posting.fund
        budgetLine = posting.budgetLine
        memo = posting.memo
        currency = posting.amount.currency.code
        amount = posting.amount.decimalText
        self.baseAmount = baseAmount ? posting.baseAmount.decimalText : nil
        self.balance = balance.decimalText
    }
}
