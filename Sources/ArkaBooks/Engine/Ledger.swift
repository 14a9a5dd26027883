import ArkaCore
import ArkaStore
import Foundation

/// An open set of books: the engine every write and report goes through.
///
/// Each write is one checked transaction: the entry is completed and checked by
/// ``EntryRules``, converted with the ledger's rates, then appended; if anything fails, the
/// ledger is exactly as it was.
///
/// ```swift
/// let ledger = try Ledger.open(at: "demo/mallakaster.arka")
/// let rows = try ledger.trialBalance(asOf: nil, grouping: .account)
/// ```
public final class Ledger {
    let store: LedgerStore
    public private(set) var settings: LedgerSettings
    public private(set) var definition: StoredDefinition
    public internal(set) var rates: RateBook
    public private(set) var context: PostingContext

    /// The state of the ledger the definition was read in (``LedgerStore/dataVersion()``).
    private var definitionVersion: Int64

    public var path: String { store.path }
    public var baseCurrency: Currency { settings.baseCurrency }
    /// Whether the ledger is open for reading only.
    public var access: LedgerStore.Access { store.access }

    /// Whether a write may be dated after the last day a date is likely (`--future`): today, or
    /// the action's end and its ``LedgerSettings/daysAfterActionEnd``, whichever is earlier.
    /// Without it, such a date is refused as surely a typo (``PeriodLock/latest``).
    public var allowsFutureDates = false {
        didSet { context.lock.latest = dateLimit }
    }

    /// The last day a write may be dated, unless ``allowsFutureDates``.
    var dateLimit: PeriodLock.DateLimit? {
        guard !allowsFutureDates else { return nil }
        return ordinaryDateLimit
    }

    /// The last day a date is likely, whatever ``allowsFutureDates`` says: today, or the
    /// action's end and its days after, whichever is earlier.
    var ordinaryDateLimit: PeriodLock.DateLimit? {
        Signature.today().map { .of(today: $0, actionEnd: settings.actionEnd, grace: settings.daysAfterActionEnd) }
    }

    /// The last day of a report asked without one, from the books' last day `last`: never after
    /// the last day a date is likely, so that an entry dated later (with `--future`, or by a
    /// ledger written before the rule) does not stretch every default period to it.
    ///
    /// ```swift
    /// ledger.defaultReportEnd(after: try LedgerDate.parse("2099-12-31"))   // today, or the action's end and its grace
    /// ```
    public func defaultReportEnd(after last: LedgerDate) -> LedgerDate {
        guard let limit = ordinaryDateLimit?.day, limit < last else { return last }
        return limit
    }

    init(store: LedgerStore) throws {
        self.store = store
        (definition, settings, rates, context, definitionVersion) = try Self.loadDefinition(store)
        context.lock.latest = dateLimit
    }

    /// The definition and what is made from it, read in one state of the ledger.
    private static func loadDefinition(_ store: LedgerStore) throws -> (StoredDefinition, LedgerSettings, RateBook, PostingContext, Int64) {
        let (definition, version) = try store.snapshot { (try store.view { try $0.definition() }, try store.dataVersion()) }
        let settings = try LedgerSettings(stored: definition.settings)
        var rates = RateBook(base: settings.baseCurrency, defaultSource: settings.rateSource)
        for quote in definition.rates {
            try rates.add(currency: quote.currency, period: quote.period, rate: quote.rate, source: quote.source)
        }
        var budgetLines: [String: Set<String>] = [:]
        for line in definition.budgetLines { budgetLines[line.fund, default: []].insert(line.line) }
        let chart = try ChartOfAccounts(definition.accounts)
        var context = PostingContext(
            chart: chart, funds: Set(definition.funds.map(\.code)),
            budgetLines: budgetLines, lock: PeriodLock(closedMonths: definition.closedMonths), base: settings.baseCurrency,
            roundingAccount: settings.roundingAccount)
        // The asset accounts a budget line may charge: those named, the equipment stock account,
        // the accounts below them, and those a ledger made before the rule already charged.
        var budgeted = Set((settings.budgetedAssetAccounts + [settings.equipmentStockAccount].compactMap { $0 }).flatMap { chart.subtree(of: $0) })
        budgeted.formUnion(try store.view { try $0.assetAccountsWithBudgetLines() })
        context.budgetedAssets = budgeted
        context.closedAccounts = try store.view { try $0.accountClosures() }
        context.accountsFrom = try store.view { try $0.addedFrom(.accountAdded) }
        context.fundsFrom = try store.view { try $0.addedFrom(.fundAdded) }
        context.fundBalancing = settings.fundBalancing
        return (definition, settings, rates, context, version)
    }

    /// Reads the definition again when another command committed to the ledger since it was
    /// read: inside a snapshot or a write, the chart, funds, rates and closed months are those
    /// of the state it reads.
    /// - Throws: a database error, or an ``ArkaError`` when the stored definition no longer reads.
    func refreshDefinition() throws {
        guard try store.dataVersion() != definitionVersion else { return }
        (definition, settings, rates, context, definitionVersion) = try Self.loadDefinition(store)
        context.lock.latest = dateLimit
    }

    /// Reads the definition again at the next read or write: after this ledger itself changed it
    /// (SQLite's data version counts only other connections' commits).
    func definitionChanged() {
        definitionVersion = -1
    }

    /// Opens an existing ledger file: for writing (the default), or read-only for a command that
    /// only reads, which then works in a read-only folder, on a read-only medium or a full disk.
    ///
    /// ```swift
    /// let books = try Ledger.open(at: "books.arka", access: .read)
    /// ```
    /// - Throws: ``ArkaError/Kind/notALedger`` when the file is not an Arka ledger;
    ///   ``ArkaError/Kind/readOnly`` when writing needs an access the file lacks;
    ///   ``ArkaError/Kind/ledgerBusy`` when another command writing kept it longer than `wait`.
    public static func open(at path: String, access: LedgerStore.Access = .write, wait: LedgerWait = LedgerWait()) throws -> Ledger {
        let ledger = try Ledger(store: try LedgerStore.open(at: path, access: access, wait: wait))
        // A ledger made before it kept a pseudonym key gets one now, where it can be written.
        guard try ledger.store.view({ try $0.setting(Self.pseudonymKeySetting) }) == nil else { return ledger }
        switch access {
        case .write, .check:
            _ = try ledger.pseudonyms()
            return ledger
        case .read:
            guard let writable = try? Ledger(store: try LedgerStore.open(at: path, access: .write, wait: wait)) else { return ledger }
            _ = try writable.pseudonyms()
            return try Ledger(store: try LedgerStore.open(at: path, access: .read, wait: wait))
        }
    }

    /// Runs `body` with one consistent state of the ledger: every report and read made in it on
    /// this thread reads the same state, whatever another command commits meanwhile (one read
    /// transaction). Every export and every report made of several queries runs in one; nested
    /// snapshots share the outer one.
    ///
    /// ```swift
    /// let (head, balance) = try ledger.snapshot { (try ledger.verify().head, try ledger.trialBalance(asOf: nil, grouping: .account)) }
    /// ```
    /// - Throws: what `body` throws, or an ``ArkaError`` for a database failure.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try store.snapshot {
            try refreshDefinition()
            return try body()
        }
    }

    /// Creates a ledger file from a checked definition. On any failure no file is left behind.
    /// - Throws: ``ArkaError/Kind/ledgerExists`` when a file is at `path`.
    public static func create(at path: String, from definition: LedgerDefinition) throws -> Ledger {
        try Ledger(store: try LedgerStore.create(at: path) { try fill($0, from: definition) })
    }

    /// Builds the ledger ``create(at:from:)`` would, with every check of the store, and keeps
    /// nothing of it (`arka init --check`).
    /// - Throws: what ``create(at:from:)`` throws.
    public static func check(at path: String, from definition: LedgerDefinition) throws {
        try LedgerStore.check(at: path) { try fill($0, from: definition) }
    }

    /// Writes a new ledger's definition, grant definition, reporting rates and pseudonym key.
    private static func fill(_ store: LedgerStore, from definition: LedgerDefinition) throws {
        try store.transaction { transaction in
            try transaction.saveDefinition(definition.stored)
            try transaction.saveGrantDefinition(recipients: definition.recipients, schemes: definition.schemes)
            let signature = Signature.now()
            try transaction.addReportingRates(definition.reportingRates.quotes, by: signature.user, at: signature.timestamp)
            try transaction.addSettingIfMissing(Self.pseudonymKeySetting, Self.newPseudonymKey())
        }
    }

    /// Resolves the rates of an entry's foreign postings (``RateBook/convert(_:statedRates:)``
    /// with the ledger's rates).
    /// - Throws: ``ArkaError/Kind/overflow`` when a conversion does not fit.
    public func convert(_ entry: Entry, statedRates: [Int: ExchangeRate] = [:]) throws -> Entry {
        try rates.convert(entry, statedRates: statedRates)
    }

    /// Checks and appends entries in one transaction: all of them, or none.
    /// - Parameter counted: whether entries may change a cash count already made (``write(counted:file:signature:_:)``).
    /// - Throws: the first rejected entry's ``ArkaError``.
    @discardableResult
    public func post(_ entries: [Entry], counted: CountedCash = .keep, signature: Signature) throws -> [StoredEntry] {
        try write(counted: counted, signature: signature) { transaction in
            try entries.map { entry in
                var signed = try EntryRules.prepare(try convert(entry), in: context)
                signed.postedBy = signature.user
                signed.postedAt = signature.timestamp
                return try transaction.append(signed)
            }
        }
    }

    /// Posts the reversal of an entry: every posting negated, dated `date`, linked to the original.
    /// The registers kept beside the journal (sales by product, stock, bank matches) read the link,
    /// so a reversed sale leaves them as if it had not been made.
    /// - Throws: ``ArkaError/Kind/unknownEntry``, ``ArkaError/Kind/alreadyReversed``, or a rule's
    ///   error (a closed month, a date before the original's, a counted till).
    @discardableResult
    public func reverse(entryID: String, date: LedgerDate, reason: String, newID: String?, counted: CountedCash = .keep, signature: Signature)
        throws -> StoredEntry
    {
        let reason = reason.trimmingSpaces
        guard !reason.isEmpty else {
            throw ArkaError(.missingValue, "a reversal needs a reason, for the audit trail", field: "reason", value: "")
        }
        return try write(counted: counted, signature: signature) { transaction in
            try appendReversal(of: entryID, date: date, reason: reason, newID: newID, signature: signature, in: transaction)
        }
    }

    /// What reversing an import batch did (``reverse(batch:date:reason:counted:signature:)``).
    public struct BatchReversal: Sendable {
        public var batch: ImportBatch
        /// The reversals posted, in the order of the entries they reverse.
        public var reversals: [StoredEntry]
        /// Entries of the batch that were reversed already, each with its reversal's id: left as they are.
        public var reversedBefore: [(entry: String, by: String)]
    }

    /// Reverses every entry of an import batch in one transaction, all or nothing: each reversal
    /// is checked as ``reverse(entryID:date:reason:newID:counted:signature:)`` checks one (a closed
    /// month, a date before the original's, a counted till, a register resting on it), and every
    /// entry refused is named before nothing is written. An entry of the batch reversed already
    /// is left, and listed.
    ///
    /// ```swift
    /// let undone = try ledger.reverse(batch: 3, date: day, reason: "January imported twice", signature: .now())
    /// undone.reversals.count   // 17
    /// ```
    /// - Throws: ``ArkaError/Kind/unknownEntry`` when the ledger has no such batch, or the batch
    ///   is a bank statement's (its lines are withdrawn, not reversed); ``ArkaErrorList`` of the
    ///   entries refused.
    public func reverse(batch number: Int64, date: LedgerDate, reason: String, counted: CountedCash = .keep, signature: Signature) throws -> BatchReversal {
        let reason = reason.trimmingSpaces
        guard !reason.isEmpty else {
            throw ArkaError(.missingValue, "a reversal needs a reason, for the audit trail", field: "reason", value: "")
        }
        return try write(counted: counted, signature: signature) { transaction in
            guard let batch = try transaction.importBatch(number) else {
                throw ArkaError(.unknownEntry, "the ledger has no import batch with this number", field: "batch", value: String(number))
            }
            guard let sequences = batch.entries else {
                throw ArkaError(
                    .unknownEntry, "batch #\(number) is a bank statement (\(batch.file)): it posted no entries to reverse; withdraw it with arka bank withdraw --batch \(number)", field: "batch",
                    value: String(number))
            }
            var result = BatchReversal(batch: batch, reversals: [], reversedBefore: [])
            var problems = ProblemList()
            for id in try transaction.entryIDs(sequences) {
                if let existing = try transaction.reversal(of: id) {
                    result.reversedBefore.append((id, existing))
                    continue
                }
                do {
                    result.reversals.append(try appendReversal(of: id, date: date, reason: reason, newID: nil, signature: signature, in: transaction))
                } catch let error as ArkaError {
                    problems.record(error)
                }
            }
            try problems.throwIfAny()
            guard !result.reversals.isEmpty else {
                throw ArkaError(
                    .alreadyReversed, "every entry of batch #\(number) was reversed already (\(result.reversedBefore.map(\.by).joined(separator: ", ")))",
                    field: "batch", value: String(number))
            }
            return result
        }
    }

    /// Appends the reversal of entry `entryID` in `transaction`, after every check of a reversal.
    /// - Throws: ``ArkaError/Kind/unknownEntry``, ``ArkaError/Kind/alreadyReversed``, or a rule's error.
    private func appendReversal(
        of entryID: String, date: LedgerDate, reason: String, newID: String?, signature: Signature, in transaction: LedgerTransaction
    ) throws -> StoredEntry {
        guard let original = try transaction.storedEntry(id: entryID) else {
            throw ArkaError(.unknownEntry, "the ledger has no entry with this id", field: "entry", value: entryID)
        }
        if let reversal = original.entry.reversal {
            throw ArkaError(
                .alreadyReversed, "entry \(entryID) is itself the reversal of \(reversal.of); post the original again instead",
                field: "entry", value: entryID)
        }
        if let existing = try transaction.reversal(of: entryID) {
            throw ArkaError(.alreadyReversed, "entry \(entryID) was reversed already by \(existing)", field: "entry", value: entryID)
        }
        let links = try transaction.registerLinks(of: entryID)
        for rule in ReversalChecks.all { try rule.check(entryID, links) }
        guard date >= original.entry.date else {
            throw ArkaError(
                .badDate, "a reversal of \(entryID) cannot be dated before the entry it reverses (\(original.entry.date))",
                field: "date", value: date.description)
        }
        // X-rev, numbered on (X-rev-2) only when an entry of the books has that id already.
        let id = try newID ?? transaction.freshEntryID("\(entryID)-rev", oneOfMany: true)
        var reversal = try original.entry.reversed(id: id, date: date, reason: reason)
        reversal = try EntryRules.prepare(reversal, in: context)
        reversal.postedBy = signature.user
        reversal.postedAt = signature.timestamp
        let stored = try transaction.append(reversal)
        // A statement line matched to the entry no longer has it: the line is open again.
        for line in links.matchedStatementLines { _ = try transaction.unmatch(line: line) }
        return stored
    }

    /// Closes the books through a month: it and every month before it take no dated write from
    /// now on (a lock date). The months not closed yet before it are closed with it, so that no
    /// earlier month stays open under a closed one.
    ///
    /// ```swift
    /// let closed = try ledger.closePeriod(try LedgerMonth.parse("2023-08"), signature: .now())
    /// closed   // [2023-07, 2023-08] when the books start in July
    /// ```
    /// - Returns: the months closed by this call, in order.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the month is closed already;
    ///   ``ArkaError/Kind/badDate`` when it has not ended on the signature's day, or lies after
    ///   the month of the books' last entry (a month is closed once its entries are in).
    @discardableResult
    public func closePeriod(_ month: LedgerMonth, signature: Signature) throws -> [LedgerMonth] {
        if let through = context.lock.closedThrough, month <= through {
            let reason: Sentence = month == through ? "\(month) is closed already" : "\(month) is closed already: the books are closed through \(through)"
            throw ArkaError(.duplicate, reason, field: "month", value: month.description)
        }
        if let today = try? LedgerDate.parse(String(signature.timestamp.prefix(10))), month.lastDay >= today {
            throw ArkaError(
                .badDate, "\(month) has not ended yet: it can be closed from \(month.next.firstDay)", field: "month", value: month.description)
        }
        let dates = try store.view { (first: try $0.firstEntryDate(), last: try $0.lastEntryDate()) }
        guard let lastText = dates.last, let last = try? LedgerDate.parse(lastText) else {
            throw ArkaError(
                .badDate, "the books hold no entries yet: a month is closed once its entries are in", field: "month", value: month.description)
        }
        guard month <= last.ledgerMonth else {
            throw ArkaError(
                .badDate, "the books reach \(last.ledgerMonth) only: a month is closed once its entries are in", field: "month",
                value: month.description)
        }
        try checkReportingRates(through: month)
        var start = context.lock.closedThrough?.next ?? month
        if context.lock.closedThrough == nil, let firstText = dates.first, let first = try? LedgerDate.parse(firstText) {
            start = min(first.ledgerMonth, month)
        }
        var months: [LedgerMonth] = []
        var next = start
        while next <= month {
            months.append(next)
            next = next.next
        }
        try store.transaction { transaction in
            for closing in months { try transaction.closeMonth(closing, by: signature.user, at: signature.timestamp) }
        }
        context.lock.closedThrough = month
        definition.closedMonths.append(contentsOf: months)
        return months
    }

    /// Refuses to close a month whose donor reports lack a reporting rate: once it is closed, no
    /// rate can be added for it, and the budget report could never be made again.
    /// - Throws: ``ArkaError/Kind/missingRate`` naming the currency and month, and the command that adds it.
    private func checkReportingRates(through month: LedgerMonth) throws {
        do {
            _ = try budgetReport(asOf: month.lastDay, fund: nil)
        } catch let error as ArkaError where error.kind == .missingRate {
            throw ArkaError(
                .missingRate,
                "\(month) cannot be closed yet: its donor reports need a rate for \(error.location.value ?? "a month"), and a closed month takes none; add it with `arka rates add --reporting`, then close",
                field: "month", value: month.description)
        } catch {
            // Any other problem of the budget report is the report's to name; it does not keep a month open.
        }
    }

    /// Closes the months of a file (`month`), in order.
    /// - Returns: the months closed.
    /// - Throws: ``ArkaErrorList`` naming every malformed month, before any is closed; then a
    ///   refused month's ``ArkaError`` with its file and line, the months before it staying closed.
    @discardableResult
    public func closePeriods(file path: String, signature: Signature) throws -> [LedgerMonth] {
        let table = try CSVTable(path: path, required: ["month"])
        let read = FileImport.rows(table) { row in try LedgerMonth.parse(try row.required("month")) }
        try read.problems.throwIfAny()
        var closed: [LedgerMonth] = []
        for (month, row) in read.values {
            do {
                closed += try closePeriod(month, signature: signature)
            } catch let error as ArkaError {
                throw row.locate(error)
            }
        }
        return closed
    }
}

extension Ledger {
    /// Runs a report. When one of its sums overflows, the ledger's stored totals are checked
    /// first: a ledger an older arka let pass 64 bits is then named by account and month.
    /// - Throws: what `body` throws; ``ArkaError/Kind/overflow`` naming the account and month of
    ///   a stored total at fault.
    func namingStoredOverflow<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ArkaError where error.kind == .overflow {
            _ = try store.view { try $0.ledgerTotals() }
            throw error
        }
    }
}
