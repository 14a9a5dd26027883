import ArkaCore
import ArkaStore

/// Writes the whole journal in the plain-text format hledger and ledger-cli read, so that an
/// auditor can recompute every balance with an independent tool.
///
/// Account names are the account codes, each declared with its type (asset, cash for the bank
/// and till accounts, liability, equity, income, expense), so that `hledger bs`, `is` and `cf`
/// find them. Each entry keeps its id as the transaction code, its
/// counterparty, documents, poster and reversal link as comments, and each posting its fund,
/// budget line and memo as tags. An entry that balances only through conversion writes its
/// foreign postings with their total cost in the base currency (`-84000.00 ALL @@ 824.82 EUR`),
/// so the other tools balance it exactly as Arka did.
///
/// Given a ``Pseudonymizer``, every text of an entry (its id, description, counterparty,
/// documents, reversal and memos) names the natural persons it holds by their pseudonyms;
/// the books keep the real texts.
///
/// ```swift
/// try ledger.exportJournal(to: try TextSink(path: "books.journal"), people: try ledger.pseudonymizer())
/// ```
extension Ledger {
    /// - Parameter people: how persons are shown; nil writes the texts as the books hold them.
    /// - Throws: ``ArkaError/Kind/io`` when the output cannot be written.
    public func exportJournal(to sink: TextSink, people: Pseudonymizer? = nil) throws {
        try snapshot { try exportJournalOfOneState(to: sink, people: people) }
    }

    /// The export, inside a snapshot: its head and entry count are those of the entries it lists.
    private func exportJournalOfOneState(to sink: TextSink, people: Pseudonymizer?) throws {
        let verification = try store.view { view in (try view.entryCount(), try view.head()) }
        try sink.write("; Arka journal of \(Self.oneLine(settings.name))\(settings.entity.isEmpty ? "" : " (\(Self.oneLine(settings.entity)))")\n")
        try sink.write("; base currency \(baseCurrency.code); \(verification.0) entries; head #\(verification.1.sequence) \(verification.1.hash)\n")
        try sink.write("; account names are the codes of the chart of accounts below\n")
        try sink.write("; account types: A asset, C cash (bank and till), L liability, E equity, R income, X expense\n\n")
        let cash = cashAccounts
        for account in context.chart.accounts {
            let isCash = cash.contains(account.code)
            try sink.write(
                "; \(account.code): \(Self.oneLine(account.name)) (\(account.type.rawValue)\(isCash ? ", cash" : ""))\n"
                    + "account \(account.code)  ; type: \(Self.typeCode(account.type, cash: isCash))\n")
        }
        try sink.write("\n")
        try store.view { view in
            try view.forEachEntry { stored in try sink.write(Self.journalText(stored.entry, base: baseCurrency, people: people)) }
        }
        try sink.finish()
    }

    /// The account type hledger reads from an `account` directive, so that its balance sheet,
    /// income statement and cash flow find the accounts by their codes.
    static func typeCode(_ type: AccountType, cash: Bool) -> String {
        switch type {
        case .asset: return cash ? "C" : "A"
        case .liability: return "L"
        case .equity: return "E"
        case .income: return "R"
        case .expense: return "X"
        }
    }

    static func journalText(_ entry: Entry, base: Currency, people: Pseudonymizer? = nil) -> String {
        func shown(_ text: String) -> String { people?.text(text) ?? text }
        var out = "\(entry.date) (\(oneLine(shown(entry.id)).replacingOccurrences(of: ")", with: "]"))) \(oneLine(shown(entry.description)))\n"
        if let counterparty = entry.counterparty { out += "    ; counterparty: \(oneLine(shown(counterparty)))\n" }
        if !entry.documents.isEmpty { out += "    ; documents: \(oneLine(shown(DocumentReference.format(entry.documents))))\n" }
        if let reversal = entry.reversal { out += "    ; reverses: \(shown(reversal.of)), reason: \(oneLine(shown(reversal.reason)))\n" }
        out += "    ; posted-by: \(oneLine(entry.postedBy)), posted-at: \(entry.postedAt)\n"
        let balancesPerCurrency = (try? Balancing.sumsByCurrency(entry))?.values.allSatisfy { $0 == 0 } ?? false
        for posting in entry.postings {
            out += "    \(posting.account)  \(posting.amount.decimalText) \(posting.amount.currency.code)"
            if !balancesPerCurrency, let conversion = posting.conversion {
                // A total cost is written without its sign; the smallest 64-bit amount, which has no
                // opposite, never reaches a sound ledger.
                out += " @@ \(((try? conversion.baseAmount.magnitude()) ?? conversion.baseAmount).decimalText) \(base.code)"
            }
            var tags: [String] = []
            if let fund = posting.fund { tags.append("fund: \(tagValue(fund))") }
            if let line = posting.budgetLine { tags.append("budget-line: \(tagValue(line))") }
            if let conversion = posting.conversion {
                tags.append("rate: \(conversion.rate)")
                tags.append("rate-date: \(conversion.date)")
            }
            if let memo = posting.memo { tags.append("memo: \(tagValue(shown(memo)))") }
            if !tags.isEmpty { out += "  ; " + tags.joined(separator: ", ") }
            out += "\n"
        }
        return out + "\n"
    }

    /// The text on one line, without the `;` that would start a comment in a journal.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: ";", with: ",")
    }

    private static func tagValue(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: ",", with: " ")
    }
}
