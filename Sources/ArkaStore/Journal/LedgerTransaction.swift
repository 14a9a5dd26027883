import ArkaCore
import GRDB

/// One write transaction on a ledger: appends entries to the journal and keeps the hash chain,
/// the monthly totals and the recorded head in step. Valid inside ``LedgerStore/write(_:)``.
///
/// ```swift
/// try store.write { tx in
///     _ = try tx.append(entry)   // hashed, linked, inserted
/// }                              // commits here, or rolls back if anything threw
/// ```
public final class LedgerTransaction: LedgerView {
    private var chainHead: JournalHead
    private var totals: [TotalKey: Totals] = [:]
    private var appended = 0
    private lazy var insertEntry = try? RawStatement(
        db,
        """
        INSERT INTO entry (seq, id, date, description, counterparty, reverses, reversal_reason, posted_by, posted_at,
                           prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var insertPosting = try? RawStatement(
        db,
        """
        INSERT INTO posting (entry_seq, position, account, amount, currency, base_amount, rate, rate_source, rate_date,
                             fund, budget_line, memo)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var insertDocument = try? RawStatement(
        db, "INSERT INTO entry_document (entry_seq, position, kind, reference) VALUES (?, ?, ?, ?)")

    /// Debit, credit, base debit and base credit of one key, in minor units.
    private struct Totals {
        var debit: Int64 = 0
        var credit: Int64 = 0
        var baseDebit: Int64 = 0
        var baseCredit: Int64 = 0

        mutating func add(amount: Int64, base: Int64) -> Bool {
            var overflow = false
            func add(_ total: inout Int64, _ value: Int64) {
                let (sum, o) = total.addingReportingOverflow(value)
                total = sum
                overflow = overflow || o
            }
            if amount > 0 { add(&debit, amount) } else { add(&credit, -amount) }
            if base > 0 { add(&baseDebit, base) } else { add(&baseCredit, -base) }
            return !overflow
        }
    }

    private struct TotalKey: Hashable {
        var month: String
        var account: String
        var currency: String
        var fund: String
        var budgetLine: String
    }

    override init(_ db: Database) {
        chainHead = .empty
        super.init(db)
    }

    func start() throws {
        chainHead = try head()
    }

    /// Stores the ledger's definition; used once, when the ledger is created.
    public func saveDefinition(_ definition: StoredDefinition) throws {
        try definition.insert(db)
    }

    /// Adds exchange rates to the ledger's rate table.
    public func addRates(_ quotes: [RateBook.Quote]) throws {
        for quote in quotes { try ExchangeRateRecord(quote).insert(db) }
    }

    /// Appends a checked entry to the journal: gives it the next sequence number, links it to the
    /// chain, inserts its rows and adds it to the monthly totals.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the id is taken, ``ArkaError/Kind/alreadyReversed``
    ///   when the entry it reverses has been reversed already.
    @discardableResult
    public func append(_ entry: Entry) throws -> StoredEntry {
        guard let insertEntry, let insertPosting, let insertDocument else {
            throw ArkaError(.io, "the ledger's journal tables cannot be written")
        }
        let sequence = chainHead.sequence + 1
        let hash = JournalHash.of(entry, sequence: sequence, previous: chainHead.hash)
        insertEntry.bind(1, sequence)
        insertEntry.bind(2, entry.id)
        insertEntry.bind(3, entry.date.description)
        insertEntry.bind(4, entry.description)
        insertEntry.bind(5, entry.counterparty)
        insertEntry.bind(6, entry.reversal?.of)
        insertEntry.bind(7, entry.reversal?.reason)
        insertEntry.bind(8, entry.postedBy)
        insertEntry.bind(9, entry.postedAt)
        insertEntry.bind(10, chainHead.hash)
        insertEntry.bind(11, hash)
        do {
            try insertEntry.run()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            if error.message?.contains("reverses") == true {
                throw entry.locate(
                    ArkaError(.alreadyReversed, "entry \(entry.reversal?.of ?? "") has been reversed already", field: "entry", value: entry.reversal?.of))
            }
            throw entry.locate(
                ArkaError(.duplicate, "the ledger already has an entry with this id", field: "entry", value: entry.id))
        }
        for (position, document) in entry.documents.enumerated() {
            insertDocument.bind(1, sequence)
            insertDocument.bind(2, Int64(position))
            insertDocument.bind(3, document.kind.rawValue)
            insertDocument.bind(4, document.reference)
            try insertDocument.run()
        }
        let month = entry.date.ledgerMonth.description
        for (position, posting) in entry.postings.enumerated() {
            insertPosting.bind(1, sequence)
            insertPosting.bind(2, Int64(position))
            insertPosting.bind(3, posting.account)
            insertPosting.bind(4, posting.amount.minorUnits)
            insertPosting.bind(5, posting.amount.currency.code)
            insertPosting.bind(6, posting.baseAmount.minorUnits)
            insertPosting.bind(7, posting.conversion?.rate.description)
            insertPosting.bind(8, posting.conversion?.source)
            insertPosting.bind(9, posting.conversion?.date)
            insertPosting.bind(10, posting.fund)
            insertPosting.bind(11, posting.budgetLine)
            insertPosting.bind(12, posting.memo)
            try insertPosting.run()
            let key = TotalKey(
                month: month, account: posting.account, currency: posting.amount.currency.code,
                fund: posting.fund ?? "", budgetLine: posting.budgetLine ?? "")
            guard totals[key, default: Totals()].add(amount: posting.amount.minorUnits, base: posting.baseAmount.minorUnits)
            else {
                throw entry.locate(ArkaError(.overflow, "the monthly total of account \(posting.account) is too large to hold exactly"))
            }
        }
        let previous = chainHead.hash
        chainHead = JournalHead(sequence: sequence, hash: hash)
        appended += 1
        return StoredEntry(sequence: sequence, entry: entry, previousHash: previous, hash: hash)
    }

    /// Closes a month: from now on it takes no entries.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the month is closed already.
    public func closeMonth(_ month: LedgerMonth, by user: String, at timestamp: String) throws {
        guard try ClosedPeriodRecord.fetchOne(db, key: month.description) == nil else {
            throw ArkaError(.duplicate, "\(month) is closed already", field: "month", value: month.description)
        }
        try ClosedPeriodRecord(month: month.description, closed_by: user, closed_at: timestamp).insert(db)
    }

    /// Writes the monthly totals and the journal head; called once, before the commit.
    func finish() throws {
        guard appended > 0 else { return }
        let upsert = try db.makeStatement(
            sql: """
                INSERT INTO posting_total (month, account, currency, fund, budget_line, debit, credit, base_debit, base_credit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (month, account, currency, fund, budget_line) DO UPDATE SET
                    debit = debit + excluded.debit, credit = credit + excluded.credit,
                    base_debit = base_debit + excluded.base_debit, base_credit = base_credit + excluded.base_credit
                """)
        for (key, sums) in totals {
            try upsert.execute(arguments: [
                key.month, key.account, key.currency, key.fund, key.budgetLine, sums.debit, sums.credit, sums.baseDebit,
                sums.baseCredit,
            ])
        }
        try db.execute(
            sql: "INSERT INTO ledger_setting (key, value) VALUES ('journal.head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: ["\(chainHead.sequence) \(chainHead.hash)"])
    }
}

extension LedgerStore {
    /// Runs `body` in one write transaction with a ``LedgerTransaction``: what it appends commits
    /// together with the totals and the head, or, when it throws, nothing does.
    /// - Throws: what `body` throws; ``ArkaError/Kind/io`` for a database failure.
    public func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        try write { db in
            let transaction = LedgerTransaction(db)
            try transaction.start()
            let result = try body(transaction)
            try transaction.finish()
            return result
        }
    }

    /// Runs `body` with a read-only ``LedgerView``.
    public func view<T>(_ body: (LedgerView) throws -> T) throws -> T {
        try read { db in try body(LedgerView(db)) }
    }
}
