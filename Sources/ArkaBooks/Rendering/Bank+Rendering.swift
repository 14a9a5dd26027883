import ArkaCore
import ArkaStore
import Foundation

extension StatementImportReport {
    /// What the import did, the rule that kept lines from doubling, and the balance against the books.
    public func rendered(currency: Currency) -> String {
        let imported = Sentence.plural(added, "Imported 1 new line of \(lines) from \(file) to account \(account)", "Imported \(added) new lines of \(lines) from \(file) to account \(account)")
        var text = alreadyImported > 0
            ? tr("\(imported); \(alreadyImported) were imported already and were skipped (\(Self.sameLineRule)).") : tr("\(imported).")
        text += "\n"
        if let closingDate, let closingBalance, let booksBalance, let difference {
            let balances: Sentence = "Statement balance at \(closingDate): \(closingBalance.tableText) \(currency.code); books: \(booksBalance.tableText) \(currency.code)"
            text += difference.isZero ? tr("\(balances), they agree.") : tr("\(balances), difference \(difference.tableText) \(currency.code).")
            text += "\n"
        }
        text += tr(Sentence.plural(unmatchedLines, "1 statement line is not matched yet; run arka bank match.", "\(unmatchedLines) statement lines are not matched yet; run arka bank match.")) + "\n"
        if let batch { text += tr("Import batch #\(batch).") + "\n" }
        return text
    }
}

extension BankMatchReport {
    /// What was matched and what is left to resolve, with how to resolve it.
    public func rendered(currency: Currency) -> String {
        var text = tr(Sentence.plural(matched.count, "Matched 1 statement line by the rule: \(BankMatching.rule).", "Matched \(matched.count) statement lines by the rule: \(BankMatching.rule).")) + "\n"
        func describe(_ line: StoredStatementLine) -> String {
            "  " + tr("line \(line.id)") + "  \(line.line.date)  \(line.line.amount.tableText)  \(line.line.description)"
        }
        if !ambiguous.isEmpty {
            text += "\n" + tr(Sentence.plural(ambiguous.count, "1 line with several candidate entries (choose with --line N --entry ID):", "\(ambiguous.count) lines with several candidate entries (choose with --line N --entry ID):")) + "\n"
            for (line, candidates) in ambiguous { text += describe(line) + "  ->  " + candidates.joined(separator: ", ") + "\n" }
        }
        if !unmatchedLines.isEmpty {
            text += "\n" + tr(Sentence.plural(unmatchedLines.count, "1 line the books lack (post with --line N --post ACCOUNT, or record the entry and match it):", "\(unmatchedLines.count) lines the books lack (post with --line N --post ACCOUNT, or record the entry and match it):")) + "\n"
            for line in unmatchedLines { text += describe(line) + "\n" }
        }
        if !unmatchedEntries.isEmpty {
            text += "\n" + tr(Sentence.plural(unmatchedEntries.count, "1 entry on the account not on any statement line up to its last date:", "\(unmatchedEntries.count) entries on the account not on any statement line up to its last date:")) + "\n"
            for movement in unmatchedEntries {
                text += "  \(movement.entry)  \(movement.date)  \(movement.amount.tableText)  \(movement.description)\n"
            }
        }
        if ambiguous.isEmpty && unmatchedLines.isEmpty && unmatchedEntries.isEmpty { text += tr("Nothing is left to resolve.") + "\n" }
        return text
    }
}

extension Array where Element == StoredStatementLine {
    /// The statement lines with their numbers and matches.
    public func rendered(as format: OutputFormat) -> String {
        let header = ["line", "date", "description", "amount", "balance", "entry", "how", "entry_reversed_by"]
        let rows = map { line in
            [String(line.id), line.line.date.description, line.line.description, line.line.amount.decimalText, line.line.balance.decimalText,
             line.matchedEntry ?? "", line.how ?? "", line.matchedEntryReversedBy ?? ""]
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json: return JSONText.objects(header, rows)
        case .text:
            guard !isEmpty else { return tr("No statement lines: import a statement with arka bank import.") + "\n" }
            var table = TextTable(columns: [("Line", .right), ("Date", .left), ("Description", .left), ("Amount", .right), ("Balance", .right), ("Entry", .left), ("How", .left)])
            var reversed: [String] = []
            for line in self {
                var entry = line.matchedEntry ?? "-"
                if let reversal = line.matchedEntryReversedBy {
                    entry += " " + tr("(reversed)")
                    reversed.append(tr("Line \(line.id) is matched to \(line.matchedEntry ?? ""), which \(reversal) reversed: undo the match (arka bank match --undo \(line.id)) and match it again."))
                }
                table.add([
                    .text(String(line.id)), .text(line.line.date.description), .text(line.line.description), .money(line.line.amount),
                    .money(line.line.balance), .text(entry), .text(line.how.map(StoredStatementLine.howSaid) ?? ""),
                ])
            }
            return table.render() + (reversed.isEmpty ? "" : "\n" + reversed.map { $0 + "\n" }.joined())
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
            return [count.date.description, count.account, count.expected.decimalText, count.counted.decimalText, try ((try? count.difference)?.decimalText ?? ""),
                    count.verdict, count.note ?? "", stored.entry ?? "", stored.countedBy]
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json: return JSONText.objects(header, rows)
        case .text:
            guard !isEmpty else { return tr("No cash counts: count the till with arka cash count.") + "\n" }
            var table = TextTable(columns: [("Date", .left), ("Account", .left), ("Books", .right), ("Counted", .right), ("Difference", .right), ("", .left), ("Entry", .left), ("Note", .left)])
            for stored in self {
                let count = stored.count
                table.add([
                    .text(count.date.description), .text(count.account), .money(count.expected), .money(count.counted), .money(try? count.difference),
                    .text(tr(count.verdictSaid)), .text(stored.entry ?? "-"), .text(count.note ?? ""),
                ])
            }
            return table.render()
        }
    }
}

extension Array where Element == CashCountStanding {
    /// The cash counts as they stand: what each found, the books' figure for its day recomputed
    /// now, the new difference, and the writes marked as corrections after it.
    public func rendered(as format: OutputFormat) -> String {
        let header = [
            "date", "account", "expected", "counted", "difference", "verdict", "note", "entry", "counted_by", "expected_now", "difference_now",
            "changed_by",
        ]
        func entry(_ standing: CashCountStanding) -> String {
            guard let entry = standing.stored.entry else { return "" }
            return standing.differenceReversedBy.map { "\(entry) (reversed by \($0))" } ?? entry
        }
        let rows = map { standing in
            let count = standing.stored.count
            return [
                count.date.description, count.account, count.expected.decimalText, count.counted.decimalText, ((try? count.difference)?.decimalText ?? ""),
                count.verdict, count.note ?? "", entry(standing), standing.stored.countedBy, standing.expectedNow.decimalText,
                standing.differenceNow.decimalText, standing.changedBy.joined(separator: ";"),
            ]
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json: return JSONText.objects(header, rows)
        case .text:
            var table = TextTable(columns: [
                ("Date", .left), ("Account", .left), ("Books", .right), ("Counted", .right), ("Difference", .right), ("", .left), ("Entry", .left),
                ("Books now", .right), ("Difference now", .right), ("Note", .left),
            ])
            var notes: [String] = []
            for standing in self {
                let count = standing.stored.count
                table.add([
                    .text(count.date.description), .text(count.account), .money(count.expected), .money(count.counted), .money(try? count.difference),
                    .text(tr(count.verdictSaid)), .text(entry(standing).isEmpty ? "-" : entry(standing)), .money(standing.expectedNow),
                    .money(standing.differenceNow), .text(count.note ?? ""),
                ])
                if !standing.holds || !standing.changedBy.isEmpty || standing.differenceReversedBy != nil {
                    var sentence =
                        standing.holds
                        ? tr("The count of \(count.date) on \(count.account): the books still have \(count.expected.tableText) for that day")
                        : tr("The count of \(count.date) on \(count.account) no longer holds: the books now have \(standing.expectedNow.tableText) for that day against \(count.expected.tableText) then")
                    if !standing.changedBy.isEmpty { sentence += tr("; written after the count: \(standing.changedBy.joined(separator: ", "))") }
                    if let reversal = standing.differenceReversedBy { sentence += tr("; its difference entry was reversed by \(reversal)") }
                    notes.append(sentence + ".")
                }
            }
            return table.render() + (notes.isEmpty ? "" : "\n" + notes.map { $0 + "\n" }.joined())
        }
    }
}

extension StoredStatementLine {
    /// How a line was matched (`rule`, `chosen`, `posted`), as a report's text says it.
    static func howSaid(_ how: String) -> String {
        switch how {
        case "rule": tr("rule")
        case "chosen": tr("chosen")
        case "posted": tr("posted")
        default: how
        }
    }
}
