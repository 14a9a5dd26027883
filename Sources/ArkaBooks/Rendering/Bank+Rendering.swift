import ArkaCore
import ArkaStore
import Foundation

extension StatementImportReport {
    /// What the import did, the rule that kept lines from doubling, and the balance against the books.
    public func rendered(currency: Currency) -> String {
        var text = "Imported \(added) new line\(added == 1 ? "" : "s") of \(lines) from \(file) to account \(account)"
        text += alreadyImported > 0 ? "; \(alreadyImported) were imported already and were skipped (\(Self.sameLineRule)).\n" : ".\n"
        if let closingDate, let closingBalance, let booksBalance, let difference {
            text += "Statement balance at \(closingDate): \(closingBalance.tableText) \(currency.code); books: \(booksBalance.tableText) \(currency.code)"
            text += difference.isZero ? ", they agree.\n" : ", difference \(difference.tableText) \(currency.code).\n"
        }
        text += "\(unmatchedLines) statement line\(unmatchedLines == 1 ? " is" : "s are") not matched yet; run arka bank match.\n"
        return text
    }
}

extension BankMatchReport {
    /// What was matched and what is left to resolve, with how to resolve it.
    public func rendered(currency: Currency) -> String {
        var text = "Matched \(matched.count) statement line\(matched.count == 1 ? "" : "s") by the rule: \(BankMatching.rule).\n"
        func describe(_ line: StoredStatementLine) -> String {
            "  line \(line.id)  \(line.line.date)  \(line.line.amount.tableText)  \(line.line.description)"
        }
        if !ambiguous.isEmpty {
            text += "\n\(ambiguous.count) line\(ambiguous.count == 1 ? "" : "s") with several candidate entries (choose with --line N --entry ID):\n"
            for (line, candidates) in ambiguous { text += describe(line) + "  ->  " + candidates.joined(separator: ", ") + "\n" }
        }
        if !unmatchedLines.isEmpty {
            text += "\n\(unmatchedLines.count) line\(unmatchedLines.count == 1 ? "" : "s") the books lack (post with --line N --post ACCOUNT, or record the entry and match it):\n"
            for line in unmatchedLines { text += describe(line) + "\n" }
        }
        if !unmatchedEntries.isEmpty {
            text += "\n\(unmatchedEntries.count) entr\(unmatchedEntries.count == 1 ? "y" : "ies") on the account not on any statement line up to its last date:\n"
            for movement in unmatchedEntries {
                text += "  \(movement.entry)  \(movement.date)  \(movement.amount.tableText)  \(movement.description)\n"
            }
        }
        if ambiguous.isEmpty && unmatchedLines.isEmpty && unmatchedEntries.isEmpty { text += "Nothing is left to resolve.\n" }
        return text
    }
}

extension Array where Element == StoredStatementLine {
    /// The statement lines with their numbers and matches.
    public func rendered(as format: OutputFormat) -> String {
        let header = ["line", "date", "description", "amount", "balance", "entry", "how"]
        let rows = map { line in
            [String(line.id), line.line.date.description, line.line.description, line.line.amount.decimalText, line.line.balance.decimalText,
             line.matchedEntry ?? "", line.how ?? ""]
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json: return JSONText.objects(header, rows)
        case .text:
            var table = TextTable(columns: [("Line", .right), ("Date", .left), ("Description", .left), ("Amount", .right), ("Balance", .right), ("Entry", .left), ("How", .left)])
            for line in self {
                table.add([String(line.id), line.line.date.description, line.line.description, line.line.amount.tableText, line.line.balance.tableText, line.matchedEntry ?? "-", line.how ?? ""])
            }
            return table.render()
        }
    }
}

extension Array where Element == StoredCashCount {
    /// The cash counts with the books' figure, the difference and the entry that recorded it.
    /// - Throws: ``ArkaError/Kind/overflow`` for a difference that does not fit in 64 bits.
    public func rendered(as format: OutputFormat) throws -> String {
        let header = ["date", "account", "expected", "counted", "difference", "verdict", "note", "entry", "counted_by"]
        let rows = try map { stored in
            let count = stored.count
            return [count.date.description, count.account, count.expected.decimalText, count.counted.decimalText, try count.difference.decimalText,
                    count.verdict, count.note ?? "", stored.entry ?? "", stored.countedBy]
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json: return JSONText.objects(header, rows)
        case .text:
            var table = TextTable(columns: [("Date", .left), ("Account", .left), ("Books", .right), ("Counted", .right), ("Difference", .right), ("", .left), ("Entry", .left), ("Note", .left)])
            for stored in self {
                let count = stored.count
                table.add([count.date.description, count.account, count.expected.tableText, count.counted.tableText, try count.difference.tableText, count.verdict, stored.entry ?? "-", count.note ?? ""])
            }
            return table.render()
        }
    }
}
