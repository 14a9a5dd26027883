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
                var flags: [Flag]
            }
            return JSONText.render(
                Shape(
                    file: file, entries: entries, postings: postings, firstDate: firstDate?.description, lastDate: lastDate?.description,
                    totals: currencies.map { Totals(currency: $0.key.code, debit: $0.value.debit.decimalText, credit: $0.value.credit.decimalText) },
                    head: JournalHeadJSON(sequence: head.sequence, hash: head.hash),
                    flags: questioned.map { Flag(entry: $0.entry, account: $0.account, fund: $0.fund) }))
        case .csv:
            return CSVText.table(
                ["file", "entries", "postings", "first_date", "last_date", "currency", "debit", "credit"],
                currencies.map { currency, sums in
                    [file, String(entries), String(postings), firstDate?.description ?? "", lastDate?.description ?? "", currency.code,
                     sums.debit.decimalText, sums.credit.decimalText]
                })
        case .text:
            guard entries > 0 else { return "Posted nothing: \(file) holds no entries.\n" }
            var out = "Posted \(entries) \(entries == 1 ? "entry" : "entries") (\(postings) postings) from \(file)"
            if let firstDate, let lastDate {
                out += firstDate == lastDate ? ", dated \(firstDate)" : ", dated \(firstDate) to \(lastDate)"
            }
            out += ".\n"
            var table = TextTable(columns: [("Currency", .left), ("Debits", .right), ("Credits", .right)])
            for (currency, sums) in currencies {
                table.add([.text(currency.code), .money(sums.debit), .money(sums.credit)])
            }
            return out + table.render() + "Journal head: #\(head.sequence) \(head.hash)\n" + flagLines
        }
    }
}

extension PostingSummary {
    /// One line per kind of questioned expense: how many, and the first few by entry and account.
    var flagLines: String {
        func line(_ postings: [UnbudgetedExpense], _ one: String, _ many: String) -> String {
            guard !postings.isEmpty else { return "" }
            let named = postings.prefix(5).map { "\($0.entry) (\($0.account)\($0.fund.map { " \($0)" } ?? ""))" }.joined(separator: ", ")
            let count = postings.count
            return "Flagged: \(count) expense \(count == 1 ? "posting \(one)" : "postings \(many)"): \(named)\(count > 5 ? ", …" : "")\n"
        }
        return line(questioned.filter { $0.fund == nil }, "names no fund", "name no fund")
            + line(questioned.filter { $0.fund != nil }, "on a restricted fund names no budget line", "on a restricted fund name no budget line")
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
                            register: line.register, control: line.control, currency: line.registerTotal.currency.code,
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
                        line.register, String(line.agrees), "", "", "", line.control, line.registerTotal.decimalText,
                        line.controlTotal.decimalText, difference,
                    ])
                }
            }
            return CSVText.table(
                ["check", "passes", "entries", "head_sequence", "head_hash", "control", "register_total", "control_total", "problem"], rows)
        case .text:
            // The journal's own problems first, then those of the rows beside it (the record log,
            // the guards, the digests), each part said intact or BROKEN on its own.
            func broken(_ heading: String, _ found: ArraySlice<String>) -> String {
                "\(heading) BROKEN: \(found.first ?? "")\n" + found.dropFirst().map { "  also: \($0)\n" }.joined()
            }
            var out =
                journalProblems > 0
                ? broken("Journal", problems.prefix(journalProblems))
                : "Journal intact: \(entries) \(entries == 1 ? "entry" : "entries"), every hash and balance recomputed; head #\(head.sequence) \(head.hash)\n"
            let records = problems.dropFirst(journalProblems).prefix(recordProblems)
            out +=
                records.isEmpty
                ? "Records intact: \(recordHead.sequence) \(recordHead.sequence == 1 ? "record" : "records") of the definition and registers, every row as recorded; head #\(recordHead.sequence) \(recordHead.hash)\n"
                : broken("Records", records)
            out += digests.map { "Digest extended: \($0)\n" }.joined()
            out += problems.dropFirst(journalProblems + recordProblems).map { "Digest NOT extended: \($0)\n" }.joined()
            for line in registers {
                let figures = "\(line.registerTotal.tableText) \(line.registerTotal.currency.code)"
                if line.agrees {
                    out += "Register reconciled: \(line.register), \(figures) = \(line.control)\n"
                } else {
                    out += "Register DIFFERS: \(line.register), \(figures) against \(line.control), \(line.controlTotal.tableText) \(line.controlTotal.currency.code)\n"
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
