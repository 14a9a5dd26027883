import ArkaCore
import ArkaStore
import Foundation

extension PostingSummary {
    /// What was posted: counts, dates, totals per currency and the new journal head.
    public func rendered(as format: OutputFormat) -> String {
        let currencies = totals.sorted { $0.key < $1.key }
        switch format {
        case .json:
            struct Totals: Encodable { var currency, debit, credit: String }
            struct Flag: Encodable {
                var entry, account: String
                @JSONNull var fund: String?
            }
            struct Shape: Encodable {
                var file: String
                var entries, postings: Int
                @JSONNull var firstDate: String?
                @JSONNull var lastDate: String?
                var totals: [Totals]
                var head: JournalHeadJSON
                @JSONNull var batch: Int64?
                var flags: [Flag]
            }
            return JSONText.render(
                Shape(
                    file: file, entries: entries, postings: postings, firstDate: firstDate?.description, lastDate: lastDate?.description,
                    totals: currencies.map { Totals(currency: $0.key.code, debit: $0.value.debit.decimalText, credit: $0.value.credit.decimalText) },
                    head: JournalHeadJSON(sequence: head.sequence, hash: head.hash), batch: batch,
                    flags: questioned.map { Flag(entry: $0.entry, account: $0.account, fund: $0.fund) }))
        case .csv:
            return CSVText.table(
                ["file", "entries", "postings", "first_date", "last_date", "currency", "debit", "credit"],
                currencies.map { currency, sums in
                    [file, String(entries), String(postings), firstDate?.description ?? "", lastDate?.description ?? "", currency.code,
                     sums.debit.decimalText, sums.credit.decimalText]
                })
        case .text:
            guard entries > 0 else { return tr("Posted nothing: \(file) holds no entries.") + "\n" }
            let posted = Sentence.plural(entries, "Posted 1 entry (\(postings) postings) from \(file)", "Posted \(entries) entries (\(postings) postings) from \(file)")
            var out: String
            switch (firstDate, lastDate) {
            case let (first?, last?) where first == last: out = tr("\(posted), dated \(first).")
            case let (first?, last?): out = tr("\(posted), dated \(first) to \(last).")
            default: out = tr("\(posted).")
            }
            out += "\n"
            var table = TextTable(columns: [("Currency", .left), ("Debits", .right), ("Credits", .right)])
            for (currency, sums) in currencies {
                table.add([.text(currency.code), .money(sums.debit), .money(sums.credit)])
            }
            return out + table.render() + tr("Journal head: #\(head.sequence) \(head.hash)") + "\n" + (batch.map(ImportBatch.undoLine) ?? "") + flagLines
        }
    }
}

extension PostingSummary {
    /// One line per kind of questioned expense: how many, and the first few by entry and account.
    var flagLines: String {
        func line(_ postings: [UnbudgetedExpense], _ one: Sentence, _ many: Sentence) -> String {
            guard !postings.isEmpty else { return "" }
            let named = postings.prefix(5).map { "\($0.entry) (\($0.account)\($0.fund.map { " \($0)" } ?? ""))" }.joined(separator: ", ")
            let count = postings.count
            return tr("Flagged: \(Sentence.plural(count, one, many)): \(named)") + (count > 5 ? ", …" : "") + "\n"
        }
        let unfunded = questioned.filter { $0.fund == nil }
        let unbudgeted = questioned.filter { $0.fund != nil }
        return line(unfunded, "1 expense posting names no fund", "\(unfunded.count) expense postings name no fund")
            + line(unbudgeted, "1 expense posting on a restricted fund names no budget line", "\(unbudgeted.count) expense postings on a restricted fund name no budget line")
    }
}

extension JournalVerification {
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Register: Encodable {
                var register, control, currency, registerTotal, controlTotal: String
                var agrees: Bool
                var differences: [String]
            }
            struct Shape: Encodable {
                var intact, reconciled: Bool
                var entries: Int64
                var head, records: JournalHeadJSON
                var digests, problems: [String]
                var registers: [Register]
            }
            return JSONText.render(
                Shape(
                    intact: isIntact, reconciled: registers.allSatisfy(\.agrees), entries: entries,
                    head: JournalHeadJSON(sequence: head.sequence, hash: head.hash),
                    records: JournalHeadJSON(sequence: recordHead.sequence, hash: recordHead.hash), digests: digests, problems: problems,
                    registers: registers.map { line in
                        Register(
                            register: line.register.description, control: line.control.description, currency: line.registerTotal.currency.code,
                            registerTotal: line.registerTotal.decimalText, controlTotal: line.controlTotal.decimalText, agrees: line.agrees,
                            differences: line.differences)
                    }))
        case .csv:
            var rows = (problems.isEmpty ? [""] : problems).map {
                ["journal", String(isIntact), String(entries), String(head.sequence), head.hash, "", "", "", $0]
            }
            rows.append(["records", String(isIntact), String(recordHead.sequence), String(recordHead.sequence), recordHead.hash, "", "", "", ""])
            for digest in digests {
                rows.append(["digest", "true", "", "", "", digest, "", "", ""])
            }
            for line in registers {
                for difference in line.differences.isEmpty ? [""] : line.differences {
                    rows.append([
                        line.register.description, String(line.agrees), "", "", "", line.control.description, line.registerTotal.decimalText,
                        line.controlTotal.decimalText, difference,
                    ])
                }
            }
            return CSVText.table(
                ["check", "passes", "entries", "head_sequence", "head_hash", "control", "register_total", "control_total", "problem"], rows)
        case .text:
            // The journal's own problems first, then those of the rows beside it (the record log,
            // the guards, the digests), each part said intact or BROKEN on its own.
            func broken(_ heading: Sentence, _ found: ArraySlice<String>) -> String {
                tr("\(heading) BROKEN: \(found.first ?? "")") + "\n" + found.dropFirst().map { tr("  also: \($0)") + "\n" }.joined()
            }
            var out =
                journalProblems > 0
                ? broken("Journal", problems.prefix(journalProblems))
                : tr(
                    Sentence.plural(
                        entries, "Journal intact: 1 entry, every hash and balance recomputed; head #\(head.sequence) \(head.hash)",
                        "Journal intact: \(entries) entries, every hash and balance recomputed; head #\(head.sequence) \(head.hash)")) + "\n"
            let records = problems.dropFirst(journalProblems).prefix(recordProblems)
            out +=
                records.isEmpty
                ? tr(
                    Sentence.plural(
                        recordHead.sequence,
                        "Records intact: 1 record of the definition and registers, every row as recorded; head #\(recordHead.sequence) \(recordHead.hash)",
                        "Records intact: \(recordHead.sequence) records of the definition and registers, every row as recorded; head #\(recordHead.sequence) \(recordHead.hash)")) + "\n"
                : broken("Records", records)
            out += digests.map { tr("Digest extended: \($0)") + "\n" }.joined()
            out += problems.dropFirst(journalProblems + recordProblems).map { tr("Digest NOT extended: \($0)") + "\n" }.joined()
            for line in registers {
                let figures = "\(line.registerTotal.tableText) \(line.registerTotal.currency.code)"
                if line.agrees {
                    out += tr("Register reconciled: \(line.register), \(figures) = \(line.control)") + "\n"
                } else {
                    out += tr("Register DIFFERS: \(line.register), \(figures) against \(line.control), \(line.controlTotal.tableText) \(line.controlTotal.currency.code)") + "\n"
                    out += line.differences.map { "  \($0)\n" }.joined()
                }
            }
            return out
        }
    }
}

/// A chain's head in JSON: its sequence number and hash.
struct JournalHeadJSON: Encodable {
    var sequence: Int64
    var hash: String

    init(sequence: some BinaryInteger, hash: String) {
        self.sequence = Int64(sequence)
        self.hash = hash
    }
}

extension ImportBatch {
    /// `Import batch #3: undo it with arka reverse --batch 3 --date YYYY-MM-DD --reason "..."`:
    /// the line every import ends with.
    public static func undoLine(_ number: Int64) -> String {
        tr("Import batch #\(number): undo it with arka reverse --batch \(number) --date YYYY-MM-DD --reason \"...\"") + "\n"
    }
}

extension Ledger.BatchReversal {
    /// `Reversed import batch #3 (post of january.csv, 17 entries): 17 reversals dated ...`, one
    /// line per reversal, then the entries left because they were reversed before.
    public func rendered() -> String {
        let count = batch.entries.map { $0.upperBound - $0.lowerBound + 1 } ?? 0
        let batchEntries = Sentence.plural(count, "1 entry", "\(count) entries")
        let made = Sentence.plural(reversals.count, "1 reversal", "\(reversals.count) reversals")
        let said: Sentence = "Reversed import batch #\(batch.number) (\(batch.kind.rawValue) of \(batch.file) by \(batch.importedBy) at \(batch.importedAt), \(batchEntries)): \(made)"
        var out = reversals.first.map { tr("\(said) dated \($0.entry.date).") } ?? tr("\(said).")
        out += "\n"
        for stored in reversals {
            out += "  " + tr("\(stored.entry.reversal?.of ?? "") reversed by \(stored.entry.id) (#\(stored.sequence))") + "\n"
        }
        if !reversedBefore.isEmpty {
            out += tr("Left as they are, reversed before: \(reversedBefore.map { "\($0.entry) (by \($0.by))" }.joined(separator: ", ")).") + "\n"
        }
        if let last = reversals.last { out += tr("Journal head: #\(last.sequence) \(last.hash)") + "\n" }
        return out
    }
}

extension [ImportBatchState] {
    /// Text: a table of the batches, or a sentence when there is none. CSV and JSON: one row each.
    public func rendered(as format: OutputFormat) -> String {
        let header = ["batch", "kind", "file", "entries", "first", "last", "reversed", "imported_by", "imported_at", "withdrawn"]
        let rows = map { state in
            let range = state.batch.entries ?? state.batch.lines
            return [
                String(state.batch.number), state.batch.kind.rawValue, state.batch.file, String(state.count), range.map { String($0.lowerBound) } ?? "",
                range.map { String($0.upperBound) } ?? "", String(state.reversed), state.batch.importedBy, state.batch.importedAt,
                state.withdrawn ? "true" : "false",
            ]
        }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json:
            return JSONText.render(
                map { state in
                    let range = state.batch.entries ?? state.batch.lines
                    return ImportBatchJSON(
                        batch: state.batch.number, kind: state.batch.kind.rawValue, file: state.batch.file, entries: state.count, first: range?.lowerBound,
                        last: range?.upperBound, reversed: state.reversed, importedBy: state.batch.importedBy, importedAt: state.batch.importedAt,
                        withdrawn: state.withdrawn)
                })
        case .text:
            guard !isEmpty else { return tr("No import batches: nothing was imported from a file yet.") + "\n" }
            var table = TextTable(columns: [
                ("Batch", .right), ("Kind", .left), ("File", .left), ("Entries", .right), ("Reversed", .right), ("By", .left), ("At", .left),
            ])
            for state in self {
                let count = state.batch.kind == .statement ? tr(Sentence.plural(state.count, "1 line", "\(state.count) lines")) : String(state.count)
                table.add([
                    "#\(state.batch.number)", tr(state.batch.kind.said), state.batch.file, count, state.batch.kind == .statement ? (state.withdrawn ? tr("withdrawn") : "") : String(state.reversed),
                    state.batch.importedBy, state.batch.importedAt,
                ])
            }
            return table.render()
        }
    }
}

/// An import batch as `arka batches` gives it in JSON.
private struct ImportBatchJSON: Encodable {
    var batch: Int64
    var kind, file: String
    var entries: Int64
    @JSONNull var first: Int64?
    @JSONNull var last: Int64?
    var reversed: Int
    var importedBy, importedAt: String
    var withdrawn: Bool
}

extension [DefinitionChange] {
    /// `Change #4, from 2024-02-01: account 6330 added (Licences in addendum 2).`, one line each.
    public func rendered() -> String {
        map { change in
            tr("Change #\(change.number), from \(change.date): \(change.kind.phrase(change.subject)) (\(change.reason)).") + "\n"
        }.joined()
    }

    /// Text: a table of the changes, or a sentence when there is none. CSV and JSON: one row each.
    public func rendered(as format: OutputFormat) -> String {
        let header = ["change", "date", "kind", "subject", "reason", "changed_by", "changed_at"]
        let rows = map { [String($0.number), $0.date.description, $0.kind.rawValue, $0.subject, $0.reason, $0.changedBy, $0.changedAt] }
        switch format {
        case .csv: return CSVText.table(header, rows)
        case .json: return JSONText.render(map { DefinitionChangeJSON($0) })
        case .text:
            guard !isEmpty else { return tr("No change of the structure since init.") + "\n" }
            var table = TextTable(columns: [("Change", .right), ("From", .left), ("What", .left), ("Why", .left), ("By", .left), ("At", .left)])
            for change in self {
                table.add(["#\(change.number)", change.date.description, change.kind.phrase(change.subject).description, change.reason, change.changedBy, change.changedAt])
            }
            return table.render()
        }
    }
}

extension DefinitionChange.Kind {
    /// `account 6330 added`.
    func phrase(_ subject: String) -> Sentence {
        switch self {
        case .accountAdded: "account \(subject) added"
        case .accountClosed: "account \(subject) closed to new postings"
        case .fundAdded: "fund \(subject) added"
        case .budgetLineAdded: "budget line \(subject) added"
        case .schemeAdded: "scheme \(subject) added"
        case .recipientAdded: "recipient \(subject) added"
        case .productAdded: "product \(subject) added"
        case .priceChanged: "price of product \(subject) changed"
        }
    }
}

/// A change of the structure as `arka changes` gives it in JSON.
private struct DefinitionChangeJSON: Encodable {
    var change: Int64
    var date, kind, subject, reason, changedBy, changedAt: String

    init(_ change: DefinitionChange) {
        self.change = change.number
        date = change.date.description
        kind = change.kind.rawValue
        subject = change.subject
        reason = change.reason
        changedBy = change.changedBy
        changedAt = change.changedAt
    }
}

extension ImportBatch.Kind {
    /// The kind as `arka batches` says it, in the process's language.
    var said: Sentence {
        switch self {
        case .post: "post"
        case .sales: "sales"
        case .expenses: "expenses"
        case .statement: "statement"
        }
    }
}
