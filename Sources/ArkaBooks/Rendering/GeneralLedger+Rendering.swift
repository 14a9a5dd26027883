import ArkaCore
import Foundation

extension GeneralLedger {
    /// The general ledger in the chosen format, base-currency figures throughout.
    ///
    /// - text: per account, its opening balance, its postings with the running balance, and a
    ///   total line with its debits, credits and closing balance.
    /// - CSV: one row per opening, posting and total, told apart by the `row` column.
    /// - JSON: a list of accounts, each with `opening`, `postings`, `debit`, `credit`, `closing`.
    ///
    /// - Throws: what ``stream(_:)`` throws.
    public func rendered(as format: OutputFormat) throws -> String {
        let accountName = { (code: String) in ledger.context.chart.account(code)?.name(in: .current) ?? "" }
        switch format {
        case .text: return try text(accountName: accountName)
        case .csv: return try csv(accountName: accountName)
        case .json: return try json(accountName: accountName)
        }
    }

    private func text(accountName: (String) -> String) throws -> String {
        var table = TextTable(columns: [
            ("Date", .left), ("Entry", .left), ("Description", .left), ("Fund", .left), ("Line", .left),
            ("Amount", .right), ("", .left), ("Debit", .right), ("Credit", .right), ("Balance", .right),
        ])
        try stream { event in
            switch event {
            case .opening(let account, let balance):
                table.add([.text(from?.description ?? ""), "", .text("\(account) \(accountName(account))"), "", "", "", "", "", "", .money(balance)])
            case .posting(let line):
                let posting = line.posting
                let description = TextTable.cut(posting.description.replacingOccurrences(of: "\n", with: " "), to: 48)
                let base = posting.baseAmount
                table.add([
                    .text(posting.date.description), .text(posting.entryID), .text(description), .text(posting.fund ?? ""),
                    .text(posting.budgetLine ?? ""), .money(posting.amount), .text(posting.amount.currency.code),
                    .money(base.isPositive ? base : nil), .money(base.isNegative ? try base.creditSide() : nil), .money(line.balance),
                ])
            case .closing(let total):
                table.add(["", "", .text("Total \(total.account)"), "", "", "", "", .money(total.debit), .money(total.credit), .money(total.closing)])
                table.rule()
            }
        }
        var title = account.map { tr("General ledger of account \($0) and the accounts below it") } ?? tr("General ledger of all accounts")
        title += PeriodWords.range(from: from, to: to) + tr(", in \(base.code)")
        return title + "\n\n" + table.render()
    }

    private static let csvHeader = [
        "row", "account", "name", "date", "entry", "description", "counterparty", "fund", "budget_line", "memo", "currency", "amount",
        "base_debit", "base_credit", "balance",
    ]

    private func csv(accountName: (String) -> String) throws -> String {
        var out = CSVText.line(Self.csvHeader)
        try stream { event in
            switch event {
            case .opening(let account, let balance):
                out += CSVText.line(["opening", account, accountName(account), from?.description ?? "", "", "", "", "", "", "", "", "", "", "", balance.decimalText])
            case .posting(let line):
                let posting = line.posting
                let base = posting.baseAmount
                out += CSVText.line([
                    "posting", posting.account, accountName(posting.account), posting.date.description, posting.entryID, posting.description,
                    posting.counterparty ?? "", posting.fund ?? "", posting.budgetLine ?? "", posting.memo ?? "", posting.amount.currency.code,
                    posting.amount.decimalText, base.isPositive ? base.decimalText : "", base.isNegative ? try base.creditSide().decimalText : "",
                    line.balance.decimalText,
                ])
            case .closing(let total):
                out += CSVText.line([
                    "total", total.account, accountName(total.account), to?.description ?? "", "", "", "", "", "", "", "", "",
                    total.debit.decimalText, total.credit.decimalText, total.closing.decimalText,
                ])
            }
        }
        return out
    }

    /// An account of the general ledger in its JSON: its totals and postings.
    private struct AccountJSON: Encodable {
        var account: String
        var name: String
        var opening: String
        var debit: String
        var credit: String
        var closing: String
        var currency: String
        var postings: [PostingJSON]
    }

    private func json(accountName: (String) -> String) throws -> String {
        var accounts: [AccountJSON] = []
        var postings: [PostingJSON] = []
        try stream { event in
            switch event {
            case .opening: postings = []
            case .posting(let line): postings.append(PostingJSON(line.posting, balance: line.balance, baseAmount: true))
            case .closing(let total):
                accounts.append(
                    AccountJSON(
                        account: total.account, name: accountName(total.account), opening: total.opening.decimalText,
                        debit: total.debit.decimalText, credit: total.credit.decimalText, closing: total.closing.decimalText,
                        currency: base.code, postings: postings))
            }
        }
        return JSONText.render(accounts)
    }
}
