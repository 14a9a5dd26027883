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
    private var totals = MonthlyTotals()
    private var appended = 0
    private lazy var insertEntry = try? RawStatement(
        db,
        """
        INSERT INTO entry (seq, id, date, description, counterparty, reverses, reversal_reason, posted_by, posted_at,
                           prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    /// `INSERT INTO posting` statements for 1 to 8 rows at once, made when first needed: one
    /// statement per entry costs SQLite a third of the work of one statement per posting.
    private var insertPostings: [Int: RawStatement] = [:]
    private static let postingsPerStatement = 8

    private func insertPostingsStatement(rows: Int) throws -> RawStatement {
        if let statement = insertPostings[rows] { return statement }
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        let statement = try RawStatement(
            db,
            """
            INSERT INTO posting (id, account, amount, currency, base_amount, rate, rate_source, rate_date, fund,
                                 budget_line, memo)
            VALUES \(values)
            """)
        insertPostings[rows] = statement
        return statement
    }
    private lazy var insertDocument = try? RawStatement(
        db, "INSERT INTO entry_document (entry_seq, position, kind, reference) VALUES (?, ?, ?, ?)")

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
        try append(entry, link: JournalHash.link(entry, after: chainHead))
    }

    /// The journal's head as this transaction has it: where the next entry links.
    public var currentHead: JournalHead { chainHead }

    /// Appends an entry whose link was computed ahead with ``JournalHash/link(_:after:)``, so
    /// that hashing can run beside the inserts. The link must follow the current head.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` when it does not; else as ``append(_:)``.
    /// With `countsInTotals` false the caller keeps the monthly totals of what it appends itself
    /// and hands them over with ``add(_:)``, so that the summing can run on another thread.
    @discardableResult
    public func append(_ entry: Entry, link: ChainLink, countsInTotals: Bool = true) throws -> StoredEntry {
        guard let insertEntry, let insertDocument else {
            throw ArkaError(.io, "the ledger's journal tables cannot be written")
        }
        guard entry.postings.count <= EntryRules.maximumPostings else {
            throw entry.locate(ArkaError(.inconsistentEntry, "entry \(entry.id) has more than \(EntryRules.maximumPostings) postings"))
        }
        guard link.sequence == chainHead.sequence + 1, link.previousHash == chainHead.hash else {
            throw entry.locate(ArkaError(.brokenJournal, "entry \(entry.id) was hashed against another journal head"))
        }
        let sequence = link.sequence
        let hash = link.hash
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
        var first = 0
        while first < entry.postings.count {
            let rows = min(Self.postingsPerStatement, entry.postings.count - first)
            let insert = try insertPostingsStatement(rows: rows)
            for row in 0..<rows {
                let posting = entry.postings[first + row]
                let base = Int32(row * 11)
                insert.bind(base + 1, sequence << 16 | Int64(first + row))
                insert.bind(base + 2, posting.account)
                insert.bind(base + 3, posting.amount.minorUnits)
                insert.bind(base + 4, posting.amount.currency.code)
                insert.bind(base + 5, posting.baseAmount.minorUnits)
                insert.bind(base + 6, posting.conversion?.rate.description)
                insert.bind(base + 7, posting.conversion?.source)
                insert.bind(base + 8, posting.conversion?.date)
                insert.bind(base + 9, posting.fund)
                insert.bind(base + 10, posting.budgetLine)
                insert.bind(base + 11, posting.memo)
            }
            try insert.run()
            first += rows
        }
        if countsInTotals { try totals.add(entry) }
        let previous = chainHead.hash
        chainHead = JournalHead(sequence: sequence, hash: hash)
        appended += 1
        return StoredEntry(sequence: sequence, entry: entry, previousHash: previous, hash: hash)
    }

    /// Adds monthly totals summed by the caller for entries it appended with `countsInTotals: false`.
    public func add(_ other: MonthlyTotals) throws {
        try totals.merge(other)
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
        let upsert = try RawStatement(
            db,
            """
                INSERT INTO posting_total (month, account, currency, fund, budget_line, debit, credit, base_debit, base_credit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (month, account, currency, fund, budget_line) DO UPDATE SET
                    debit = debit + excluded.debit, credit = credit + excluded.credit,
                    base_debit = base_debit + excluded.base_debit, base_credit = base_credit + excluded.base_credit
                """)
        for (key, sums) in totals.sums {
            upsert.bind(1, key.monthText)
            upsert.bind(2, key.account)
            upsert.bind(3, key.currency)
            upsert.bind(4, key.fund)
            upsert.bind(5, key.budgetLine)
            upsert.bind(6, sums.debit)
            upsert.bind(7, sums.credit)
            upsert.bind(8, sums.baseDebit)
            upsert.bind(9, sums.baseCredit)
            try upsert.run()
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
