import ArkaCore
import ArkaStore

extension EntryDetail {
    /// Text: the entry's head lines (date, description, counterparty, documents, who and when,
    /// reversal links, hashes), a table of its postings with rates and base amounts, then the
    /// register rows resting on it. CSV: one row per posting. JSON: all of it, amounts as decimal
    /// strings.
    public func rendered(as format: OutputFormat) -> String {
        let entry = stored.entry
        let documents = entry.documents.map { "\($0.kind.rawValue):\($0.reference)" }
        switch format {
        case .text:
            var out = tr("Entry \(entry.id) (#\(stored.sequence)), \(entry.date): \(entry.description)") + "\n"
            if let counterparty = entry.counterparty { out += tr("Counterparty: \(counterparty)") + "\n" }
            out += (documents.isEmpty ? tr("Documents: none") : tr("Documents: \(documents.joined(separator: "; "))")) + "\n"
            out += tr("Posted by \(entry.postedBy) at \(entry.postedAt)") + "\n"
            if let reversal = entry.reversal { out += tr("Reverses \(reversal.of): \(reversal.reason)") + "\n" }
            out += (reversedBy.map { tr("Reversed by: \($0)") } ?? tr("Reversed by: not reversed")) + "\n"
            out += tr("Hash: \(stored.hash)") + "\n" + tr("Previous hash: \(stored.previousHash)") + "\n\n"
            var table = TextTable(columns: [
                ("Account", .left), ("Fund", .left), ("Line", .left), ("Amount", .right), ("Rate", .right),
                (tr("Base (\(baseCurrency.code))"), .right), ("Memo", .left),
            ])
            for posting in entry.postings {
                let account = accountNames[posting.account].map { "\(posting.account) \($0)" } ?? posting.account
                table.add([
                    .text(account), .text(posting.fund ?? ""), .text(posting.budgetLine ?? ""), .money(posting.amount, suffix: " " + posting.amount.currency.code),
                    .text(posting.conversion.map { "\($0.rate) (\($0.source))" } ?? ""), .money(posting.baseAmount), .text(posting.memo ?? ""),
                ])
            }
            table.rule()
            table.add([.text(tr("Debits")), "", "", "", "", .money(baseDebits), ""])
            table.add([.text(tr("Credits")), "", "", "", "", .money(baseCredits), ""])
            out += table.render()
            out += "\n" + tr("Registers resting on it:") + " "
            if registerRows.isEmpty {
                out += tr("none.") + "\n"
            } else {
                out += "\n" + registerRows.map { "  \($0.register.rawValue): \($0.key)\n" }.joined()
            }
            return out
        case .csv:
            return CSVText.table(
                ["entry", "sequence", "date", "position", "account", "account_name", "fund", "budget_line", "amount", "currency", "rate", "rate_source",
                 "rate_date", "base_amount", "memo", "documents", "posted_by", "posted_at", "reverses", "reversed_by", "hash"],
                entry.postings.enumerated().map { index, posting in
                    [entry.id, String(stored.sequence), entry.date.description, String(index + 1), posting.account, accountNames[posting.account] ?? "",
                     posting.fund ?? "", posting.budgetLine ?? "", posting.amount.decimalText, posting.amount.currency.code,
                     posting.conversion?.rate.description ?? "", posting.conversion?.source ?? "", posting.conversion?.date ?? "",
                     posting.baseAmount.decimalText, posting.memo ?? "", documents.joined(separator: "; "), entry.postedBy, entry.postedAt,
                     entry.reversal?.of ?? "", reversedBy ?? "", stored.hash]
                })
        case .json:
            struct Posting: Encodable {
                var account: String
                @JSONNull var accountName: String?
                @JSONNull var fund: String?
                @JSONNull var budgetLine: String?
                var amount, currency: String
                @JSONNull var rate: String?
                @JSONNull var rateSource: String?
                @JSONNull var rateDate: String?
                var baseAmount: String
                @JSONNull var memo: String?
            }
            struct Row: Encodable { var register, key: String }
            struct Shape: Encodable {
                var id, date, description: String
                var sequence: Int64
                @JSONNull var counterparty: String?
                var documents: [String]
                var postedBy, postedAt: String
                @JSONNull var reverses: String?
                @JSONNull var reason: String?
                @JSONNull var reversedBy: String?
                var hash, previousHash, baseCurrency: String
                var postings: [Posting]
                var registerRows: [Row]
            }
            return JSONText.render(
                Shape(
                    id: entry.id, date: entry.date.description, description: entry.description, sequence: stored.sequence,
                    counterparty: entry.counterparty, documents: documents, postedBy: entry.postedBy, postedAt: entry.postedAt,
                    reverses: entry.reversal?.of, reason: entry.reversal?.reason, reversedBy: reversedBy, hash: stored.hash,
                    previousHash: stored.previousHash, baseCurrency: baseCurrency.code,
                    postings: entry.postings.map { posting in
                        Posting(
                            account: posting.account, accountName: accountNames[posting.account], fund: posting.fund, budgetLine: posting.budgetLine,
                            amount: posting.amount.decimalText, currency: posting.amount.currency.code, rate: posting.conversion?.rate.description,
                            rateSource: posting.conversion?.source, rateDate: posting.conversion?.date, baseAmount: posting.baseAmount.decimalText,
                            memo: posting.memo)
                    },
                    registerRows: registerRows.map { Row(register: $0.register.rawValue, key: $0.key) }))
        }
    }
}
