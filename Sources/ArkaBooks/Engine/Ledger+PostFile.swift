import ArkaCore
import ArkaStore
import Foundation
import Synchronization

/// What a posting file added to the ledger.
public struct PostingSummary: Sendable {
    public var file: String
    public var entries: Int
    public var postings: Int
    public var firstDate: LedgerDate?
    public var lastDate: LedgerDate?
    /// Debit and credit totals per currency code, in minor units.
    /// The file's debits and credits (a positive size) in each currency.
    public var totals: [Currency: (debit: Money, credit: Money)]
    public var head: JournalHead
    /// The import batch the entries were posted as (nil when none was posted).
    public var batch: Int64?
    /// The expense postings a fund accountant would question: no fund, or a restricted fund but
    /// no budget line. Posted, and flagged (as the budget report flags their amounts).
    public var questioned: [UnbudgetedExpense] = []
}

extension Ledger {
    /// The columns of a posting file; the first six are required.
    public static let postingColumns = (
        required: ["entry", "date", "description", "account", "amount", "currency"],
        optional: ["fund", "budget_line", "counterparty", "document", "memo", "rate"]
    )

    /// Posts a CSV file of entries (or standard input for `-`) in one transaction, reading it as a
    /// stream. Rows sharing an `entry` id, one after another, form one entry. Every problem in the
    /// file is reported (up to 20) and then nothing of it is posted.
    ///
    /// Two threads share the work: one reads, checks and converts entries and encodes them as the
    /// journal's rows, handed over in small batches; the transaction's thread hashes and inserts them.
    ///
    /// - Parameter progress: called now and then with the bytes and rows read so far.
    /// - Parameter counted: whether entries may change a cash count already made.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each rejected row.
    public func post(
        file path: String, profile: ImportProfile? = nil, counted: CountedCash = .keep, signature: Signature,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws
        -> PostingSummary
    {
        let table = HandedTable(
            try CSVTable(path: path, required: Self.postingColumns.required, optional: Self.postingColumns.optional, profile: profile))
        let file = table.name
        let (posted, batch) = try writeBatch(.post, file: file, counted: counted, signature: signature) { transaction in
            let firstNewSequence = transaction.currentHead.sequence + 1
            let reader = EntryReading(rates: rates, context: context, file: file, signature: signature, progress: progress)
            var insertsStopped = false
            var summary = try FileImport.stream(table, reader: reader) { rows, _, problems in
                var unchecked = 0..<rows.count
                if !insertsStopped {
                    do {
                        try transaction.append(rows)
                        return
                    } catch let refusal as JournalRowsRefusal {
                        insertsStopped = true
                        let id = rows.entryID(at: refusal.index)
                        if refusal.error.kind == .duplicate, let earlier = try transaction.storedEntry(id: id), earlier.sequence >= firstNewSequence {
                            problems.record(
                                rows.locate(
                                    ArkaError(
                                        .duplicate,
                                        "entry \(id) appears again after other entries; keep an entry's rows together, or give each entry its own id",
                                        field: "entry", value: id),
                                    at: refusal.index))
                        } else {
                            problems.record(refusal.error)
                        }
                        unchecked = refusal.index + 1..<rows.count
                    }
                }
                // The chain is broken off; only look for more duplicates to report.
                for index in unchecked {
                    let id = rows.entryID(at: index)
                    if try transaction.storedEntry(id: id) != nil {
                        problems.record(rows.locate(ArkaError(.duplicate, "the ledger already has an entry with this id", field: "entry", value: id), at: index))
                    }
                }
            }
            summary.head = transaction.currentHead
            let exempt = [settings.roundingAccount, settings.exchangeLossAccount].compactMap { $0 }
            summary.questioned = try transaction.expensesOutsideBudget(fromSequence: firstNewSequence, exempt: exempt)
            return summary
        }
        var summary = posted
        summary.batch = batch
        return summary
    }
}

/// The reading side of a posting file: rows to entries, checked by the rules, converted, signed
/// and encoded as the journal's rows, handed over in batches (``FileImport``).
struct EntryReading: ImportReader {
    let rates: RateBook
    let context: PostingContext
    let file: String
    let signature: Signature
    let progress: (@Sendable (Int, Int) -> Void)?

    func read(_ table: CSVTable, into queue: BoundedQueue<JournalRows>, refused: ImportFlag) -> ImportReading<PostingSummary> {
        var outcome = ImportReading(summary: PostingSummary(file: file, entries: 0, postings: 0, totals: [:], head: .empty))
        func record(_ error: ArkaError) {
            outcome.problems.record(error)
            refused.raise()
        }
        var reader = PostingRowReader(base: rates.base, table: table)
        var pending: PostingRowReader.PendingEntry?
        let batchSize = 256
        func newBatch() -> JournalRows {
            var batch = JournalRows(file: file)
            batch.reserveCapacity(entries: batchSize)
            return batch
        }
        var batch = newBatch()
        var rows = 0

        func flush() -> Bool {
            // Taken, not copied: the next entry's rows start a new one.
            guard let entry = pending.take(), !entry.failed else { return true }
            do {
                var prepared = try EntryRules.prepare(try rates.convert(entry.entry, statedRates: entry.statedRates), in: context)
                prepared.postedBy = signature.user
                prepared.postedAt = signature.timestamp
                try outcome.summary.add(prepared)
                batch.append(prepared)
            } catch let error as ArkaError {
                record(entry.entry.locate(error))
            } catch {
                record(entry.entry.locate(ArkaError(.io, "\(error)")))
            }
            if batch.count >= batchSize {
                defer { batch = newBatch() }
                return queue.put(batch)
            }
            return true
        }

        do {
            // A record that is no sound row is refused, and the entry it would belong to with it.
            var refusedEntry: String?
            func refuse(_ error: ArkaError, _ fields: [String]) {
                record(error)
                guard let index = reader.columns.entry.index, index < fields.count else { return }
                let id = fields[index].trimmingSpaces
                if id == pending?.entry.id { pending?.failed = true } else { refusedEntry = id }
            }
            while let row = try table.next(refusing: refuse) {
                rows += 1
                if rows % 8192 == 0 { progress?(table.reader.bytesRead, rows) }
                let id = row.value(reader.columns.entry) ?? ""
                if id == refusedEntry && pending?.entry.id != id { continue }
                if pending == nil || pending!.entry.id != id {
                    guard flush() else { return outcome }
                    pending = reader.start(row, id: id, record: record)
                } else {
                    reader.add(row, to: &pending!, record: record)
                }
            }
            guard flush() else { return outcome }
        } catch let error as ArkaError {
            // A malformed file cannot be read further with any confidence.
            record(error)
        } catch {
            record(ArkaError(.io, "\(error)", location: SourceLocation(file: file)))
        }
        progress?(table.reader.bytesRead, rows)
        if batch.count > 0 { _ = queue.put(batch) }
        return outcome
    }
}

extension PostingSummary {
    /// Counts the entry and adds its postings to the file's totals per currency.
    /// - Throws: ``ArkaError/Kind/overflow``, placed on the posting's line, when the file's
    ///   debits or credits in a currency pass 64 bits: the ledger could not hold them either.
    mutating func add(_ entry: Entry) throws {
        entries += 1
        postings += entry.postings.count
        firstDate = min(firstDate ?? entry.date, entry.date)
        lastDate = max(lastDate ?? entry.date, entry.date)
        // A run of postings in one currency is added to the totals at once: one lookup, not one
        // a posting. Every sum is checked.
        var start = entry.postings.startIndex
        while start < entry.postings.endIndex {
            let currency = entry.postings[start].amount.currency
            var index = start
            /// Adds the run's postings to `total`, in place in the table.
            func add(to total: inout (debit: Money, credit: Money)) throws {
                while index < entry.postings.endIndex, entry.postings[index].amount.currency == currency {
                    let amount = entry.postings[index].amount
                    do {
                        if amount.isPositive {
                            total.debit = try total.debit.adding(amount)
                        } else {
                            total.credit = try total.credit.subtracting(amount)
                        }
                    } catch let error as ArkaError where error.kind == .overflow {
                        let side = amount.isPositive ? "debits" : "credits"
                        throw entry.locate(Checked.refusal(amount: amount, takes: "the file's \(side) in \(currency.code)"), posting: index)
                    }
                    index += 1
                }
            }
            try add(to: &totals[currency, default: (.zero(currency), .zero(currency))])
            start = index
        }
    }
}

/// Turns the rows of a posting file into entries: the first row of an entry gives its date,
/// description, counterparty and documents; later rows may repeat them or leave them empty.
struct PostingRowReader {
    struct PendingEntry {
        var entry: Entry
        var dateText: String?
        var documentText: String?
        var statedRates: [Int: ExchangeRate] = [:]
        var failed = false
    }

    /// The posting file's columns, found once by name.
    struct Columns {
        let entry, date, description, account, amount, currency: CSVTable.Column
        let fund, budgetLine, counterparty, document, memo, rate: CSVTable.Column

        init(_ table: CSVTable) {
            entry = table.column("entry")
            date = table.column("date")
            description = table.column("description")
            account = table.column("account")
            amount = table.column("amount")
            currency = table.column("currency")
            fund = table.column("fund")
            budgetLine = table.column("budget_line")
            counterparty = table.column("counterparty")
            document = table.column("document")
            memo = table.column("memo")
            rate = table.column("rate")
        }
    }

    let base: Currency
    let file: String
    let columns: Columns
    private var currencies: [String: Currency] = [:]
    private var lastCurrency: Currency?

    init(base: Currency, table: CSVTable) {
        self.base = base
        self.file = table.reader.name
        self.columns = Columns(table)
    }

    mutating func start(_ row: CSVTable.Row, id: String, record: (ArkaError) -> Void) -> PendingEntry {
        var pending = PendingEntry(
            entry: Entry(
                id: id, date: LedgerDate.placeholder, description: row.value(columns.description) ?? "",
                counterparty: row.value(columns.counterparty), postings: [],
                origin: SourceLocation(file: file, line: row.line)))
        // Most entries have a few postings: room for them at once rather than growing one by one.
        pending.entry.postings.reserveCapacity(4)
        do {
            if id.isEmpty {
                throw ArkaError(.missingValue, "every row names its entry", field: "entry", value: "")
            }
            let dateText = try row.required(columns.date)
            pending.entry.date = try LedgerDate.parse(dateText)
            pending.dateText = dateText
            pending.documentText = row.value(columns.document)
            pending.entry.documents = try pending.documentText.map { try DocumentReference.parseList($0) } ?? []
        } catch let error as ArkaError {
            record(row.locate(error))
            pending.failed = true
        } catch {
            pending.failed = true
        }
        add(row, to: &pending, record: record, isFirst: true)
        return pending
    }

    mutating func add(_ row: CSVTable.Row, to pending: inout PendingEntry, record: (ArkaError) -> Void, isFirst: Bool = false) {
        do {
            if !isFirst { try checkSameEntry(row, pending) }
            let currency = try currency(try row.required(columns.currency))
            let amount = try Money.parse(try row.required(columns.amount), currency: currency)
            if let rateText = row.value(columns.rate) {
                guard currency != base else {
                    throw ArkaError(.badRate, "a posting in the base currency \(base.code) takes no rate", field: "rate", value: rateText)
                }
                pending.statedRates[pending.entry.postings.count] = try ExchangeRate.parse(rateText)
            }
            pending.entry.postings.append(
                Posting(
                    account: try row.required(columns.account), amount: amount, fund: row.value(columns.fund),
                    budgetLine: row.value(columns.budgetLine), memo: row.value(columns.memo), line: row.line))
        } catch let error as ArkaError {
            record(row.locate(error))
            pending.failed = true
        } catch {
            pending.failed = true
        }
    }

    /// Later rows of an entry may leave its date, description, counterparty and documents empty,
    /// or repeat them exactly.
    private func checkSameEntry(_ row: CSVTable.Row, _ pending: PendingEntry) throws {
        let entry = pending.entry
        let firstLine = entry.origin?.line ?? 0
        func check(_ column: CSVTable.Column, _ expected: String?) throws {
            if let value = row.value(column), value != (expected ?? "") {
                throw ArkaError(
                    .inconsistentEntry,
                    "entry \(entry.id) has \(column.name) \"\(expected ?? "")\" on line \(firstLine); its rows must agree (or leave it empty)",
                    field: column.name, value: value)
            }
        }
        if let dateText = pending.dateText { try check(columns.date, dateText) }
        try check(columns.description, entry.description)
        try check(columns.counterparty, entry.counterparty)
        if let document = row.value(columns.document), document != pending.documentText,
            try DocumentReference.parseList(document) != entry.documents
        {
            throw ArkaError(
                .inconsistentEntry, "entry \(entry.id) has other documents on line \(firstLine); its rows must agree (or leave it empty)",
                field: "document", value: document)
        }
    }

    private mutating func currency(_ code: String) throws -> Currency {
        // Most rows repeat the currency of the row before: a comparison, not a lookup.
        if let last = lastCurrency, last.code == code { return last }
        let currency = try currencies[code] ?? Currency(code: code)
        currencies[code] = currency
        lastCurrency = currency
        return currency
    }
}
