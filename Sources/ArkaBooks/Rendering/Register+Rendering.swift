import ArkaCore
import ArkaStore
import Foundation

extension Register {
    /// The register in the chosen format; the running balance is per currency.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONText.render(lines.map { PostingJSON($0.posting, balance: $0.runningBalance, account: true, baseAmount: true, documents: true) })
        case .csv:
            // The opening balance of each currency first, as a row without an entry.
            let openingRows = opening.sorted { $0.key < $1.key }.map { currency, money in
                [from.map(\.description) ?? "", "", "Opening balance", "", account ?? "", "", "", "", currency.code, "", money.decimalText, "", "", "", ""]
            }
            return CSVText.table(
                ["date", "entry", "description", "counterparty", "account", "fund", "budget_line", "memo", "currency", "amount", "balance", "base_amount",
                 "rate", "rate_source", "documents"],
                openingRows
                    + lines.map { line in
                        let posting = line.posting
                        return [
                            posting.date.description, posting.entryID, posting.description, posting.counterparty ?? "", posting.account,
                            posting.fund ?? "", posting.budgetLine ?? "", posting.memo ?? "", posting.amount.currency.code,
                            posting.amount.decimalText, line.runningBalance.decimalText, posting.baseAmount.decimalText, posting.rate ?? "",
                            posting.rateSource ?? "", posting.documents.map { "\($0.kind.rawValue):\($0.reference)" }.joined(separator: "; "),
                        ]
                    })
        case .text:
            var table = TextTable(
                columns: [
                    ("Date", .left), ("Entry", .left), ("Description", .left), ("Account", .left), ("Fund", .left),
                    ("Line", .left), ("Amount", .right), ("", .left), ("Balance", .right),
                ])
            for (currency, money) in opening.sorted(by: { $0.key < $1.key }) {
                table.add([.text(from.map(\.description) ?? ""), "", .text(tr("Opening balance")), .text(account ?? ""), "", "", "", .text(currency.code), .money(money)])
            }
            for line in lines {
                let posting = line.posting
                let description = TextTable.cut(posting.description, to: 48)
                table.add([
                    .text(posting.date.description), .text(posting.entryID), .text(description.replacingOccurrences(of: "\n", with: " ")),
                    .text(posting.account), .text(posting.fund ?? ""), .text(posting.budgetLine ?? ""), .money(posting.amount),
                    .text(posting.amount.currency.code), .money(line.runningBalance),
                ])
            }
            var title = account.map { tr("Register of account \($0) and the accounts below it") } ?? tr("Register of all accounts")
            title += PeriodWords.range(from: from, to: to)
            if !filter.isEmpty { title += tr("; the postings of \(filter.described), with their running sum") }
            if lines.isEmpty && opening.isEmpty { return title + "\n\n" + (filter.isEmpty ? tr("No postings.") : tr("No postings match.")) + "\n" }
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
    /// In the general ledger and the register.
    var baseAmount: String?
    /// In the register only: the rate, where it came from, and the entry's documents.
    var rate: JSONNull<String>?
    var rateSource: JSONNull<String>?
    var documents: [String]?
    var balance: String

    init(_ posting: PostingLine, balance: Money, account: Bool = false, baseAmount: Bool = false, documents: Bool = false) {
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
        if documents {
            rate = JSONNull(wrappedValue: posting.rate)
            rateSource = JSONNull(wrappedValue: posting.rateSource)
            self.documents = posting.documents.map { "\($0.kind.rawValue):\($0.reference)" }
        }
        self.balance = balance.decimalText
    }
}

extension [FoundEntry] {
    /// Text: one line per entry (date, id, description, counterparty, documents, the postings
    /// found as `account amount`), or a sentence when nothing is found. CSV: one row per posting
    /// found, with its entry's head. JSON: one object per entry, with its postings found.
    public func rendered(as format: OutputFormat, filter: PostingFilter) -> String {
        func documents(_ entry: FoundEntry) -> String { entry.documents.map { "\($0.kind.rawValue):\($0.reference)" }.joined(separator: "; ") }
        let header = ["date", "entry", "description", "counterparty", "documents", "reverses", "account", "fund", "budget_line", "currency", "amount", "base_amount", "memo"]
        let rows = flatMap { entry in
            entry.postings.map { posting in
                [entry.date.description, entry.id, entry.description, entry.counterparty ?? "", documents(entry), entry.reverses ?? "", posting.account,
                 posting.fund ?? "", posting.budgetLine ?? "", posting.amount.currency.code, posting.amount.decimalText, posting.baseAmount.decimalText,
                 posting.memo ?? ""]
            }
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json:
            return JSONText.render(
                map { entry in
                    FoundEntryJSON(
                        date: entry.date.description, entry: entry.id, description: entry.description, sequence: entry.sequence,
                        counterparty: entry.counterparty, documents: entry.documents.map { "\($0.kind.rawValue):\($0.reference)" }, reverses: entry.reverses,
                        postings: entry.postings.map { posting in
                            FoundEntryJSON.Posting(
                                account: posting.account, currency: posting.amount.currency.code, amount: posting.amount.decimalText,
                                baseAmount: posting.baseAmount.decimalText, fund: posting.fund, budgetLine: posting.budgetLine, memo: posting.memo)
                        })
                })
        case .text:
            let title = filter.isEmpty ? tr("Every entry") : tr("Entries with a posting of \(filter.described)")
            guard !isEmpty else { return title + "\n\n" + tr("No entries found.") + "\n" }
            var table = TextTable(columns: [("Date", .left), ("Entry", .left), ("Description", .left), ("Counterparty", .left), ("Postings found", .left)])
            for entry in self {
                let postings = entry.postings.map { "\($0.account) \($0.amount.tableText) \($0.amount.currency.code)" }.joined(separator: "; ")
                table.add([entry.date.description, entry.id, entry.description, entry.counterparty ?? "", postings])
            }
            return title + "\n\n" + table.render() + tr(Sentence.plural(count, "1 entry found; open it with arka show ENTRY.", "\(count) entries found; open one with arka show ENTRY.")) + "\n"
        }
    }
}

/// An entry `arka find` found, as its JSON gives it.
private struct FoundEntryJSON: Encodable {
    struct Posting: Encodable {
        var account, currency, amount, baseAmount: String
        @JSONNull var fund: String?
        @JSONNull var budgetLine: String?
        @JSONNull var memo: String?
    }
    var date, entry, description: String
    var sequence: Int64
    @JSONNull var counterparty: String?
    var documents: [String]
    @JSONNull var reverses: String?
    var postings: [Posting]
}
