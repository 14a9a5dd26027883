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
    /// The canonical form of the entry being appended, in a buffer kept from one entry to the next.
    private var canonicalForm: [UInt8] = []
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
        var rows = JournalRows()
        rows.append(entry)
        let previous = chainHead
        do {
            try append(rows)
        } catch let refusal as JournalRowsRefusal {
            throw entry.locate(refusal.error)
        }
        try totals.add(entry)
        return StoredEntry(sequence: chainHead.sequence, entry: entry, previousHash: previous.hash, hash: chainHead.hash)
    }

    /// The journal's head as this transaction has it: where the next entry links.
    public var currentHead: JournalHead { chainHead }

    /// Appends encoded entries in order: gives each the next sequence number, hashes its
    /// canonical form after the hash before it, and inserts its rows. The caller keeps their
    /// monthly totals and hands them over with ``add(_:)``, so that the summing can run on the
    /// thread that encodes them.
    /// - Throws: ``JournalRowsRefusal`` with the index of the entry refused: its id is taken
    ///   (``ArkaError/Kind/duplicate``), the entry it reverses has been reversed already
    ///   (``ArkaError/Kind/alreadyReversed``), or it has too many postings. The entries before it
    ///   are appended, and the head follows them.
    public func append(_ rows: JournalRows) throws {
        guard let insertEntry, let insertDocument else {
            throw ArkaError(.io, "the ledger's journal tables cannot be written")
        }
        // The previous and the new hash, as the hex digits the rows store and the next hash reads.
        let hashes = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        var previousHash = hashes
        var hash = hashes + 64
        var sequence = chainHead.sequence
        defer {
            if sequence != chainHead.sequence {
                chainHead = JournalHead(sequence: sequence, hash: String(decoding: UnsafeBufferPointer(start: previousHash, count: 64), as: UTF8.self))
            }
            hashes.deallocate()
            insertEntry.clearBindings()
            insertDocument.clearBindings()
            insertPostings.values.forEach { $0.clearBindings() }
        }
        var head = chainHead.hash
        head.withUTF8 { previousHash.update(from: $0.baseAddress!, count: min(64, $0.count)) }
        try rows.bytes.withUnsafeBytes { buffer in
            let base = buffer.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) } ?? UnsafePointer(bitPattern: 1)!
            func bind(_ statement: RawStatement, _ index: Int32, _ text: JournalRows.Text) {
                statement.bind(index, base + Int(text.offset), count: text.count)
            }
            func bindHash(_ statement: RawStatement, _ index: Int32, _ digits: UnsafeMutablePointer<UInt8>) {
                digits.withMemoryRebound(to: CChar.self, capacity: 64) { statement.bind(index, $0, count: 64) }
            }
            func refuse(_ index: Int, _ kind: ArkaError.Kind, _ message: String, field: String? = nil, value: String? = nil) -> JournalRowsRefusal {
                JournalRowsRefusal(index: index, error: rows.locate(ArkaError(kind, message, field: field, value: value), at: index))
            }
            for (index, entry) in rows.entries.enumerated() {
                guard entry.postings.count <= EntryRules.maximumPostings else {
                    throw refuse(index, .inconsistentEntry, "entry \(rows.entryID(at: index)) has more than \(EntryRules.maximumPostings) postings")
                }
                let next = sequence + 1
                rows.canonicalForm(at: index, sequence: next, bytes: buffer, into: &canonicalForm)
                canonicalForm.withUnsafeBytes { form in
                    JournalHash.hash(previous: UnsafeRawBufferPointer(start: previousHash, count: 64), canonical: form, into: hash)
                }
                insertEntry.bind(1, next)
                bind(insertEntry, 2, entry.id)
                bind(insertEntry, 3, entry.date)
                bind(insertEntry, 4, entry.description)
                bind(insertEntry, 5, entry.counterparty)
                bind(insertEntry, 6, entry.reverses)
                bind(insertEntry, 7, entry.reversalReason)
                bind(insertEntry, 8, entry.postedBy)
                bind(insertEntry, 9, entry.postedAt)
                bindHash(insertEntry, 10, previousHash)
                bindHash(insertEntry, 11, hash)
                do {
                    try insertEntry.run()
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    if error.message?.contains("reverses") == true {
                        let reversed = rows.string(entry.reverses) ?? ""
                        throw refuse(index, .alreadyReversed, "entry \(reversed) has been reversed already", field: "entry", value: reversed)
                    }
                    let id = rows.entryID(at: index)
                    throw refuse(index, .duplicate, "the ledger already has an entry with this id", field: "entry", value: id)
                }
                for (position, document) in rows.documents[Int(entry.documents.lowerBound)..<Int(entry.documents.upperBound)].enumerated() {
                    insertDocument.bind(1, next)
                    insertDocument.bind(2, Int64(position))
                    bind(insertDocument, 3, document.kind)
                    bind(insertDocument, 4, document.reference)
                    try insertDocument.run()
                }
                let count = Int(entry.postings.count)
                var first = 0
                while first < count {
                    let statementRows = min(Self.postingsPerStatement, count - first)
                    let insert = try insertPostingsStatement(rows: statementRows)
                    for row in 0..<statementRows {
                        let posting = rows.postings[Int(entry.postings.lowerBound) + first + row]
                        let column = Int32(row * 11)
                        insert.bind(column + 1, next << 16 | Int64(first + row))
                        bind(insert, column + 2, posting.account)
                        insert.bind(column + 3, posting.amount)
                        bind(insert, column + 4, posting.currency)
                        insert.bind(column + 5, posting.baseAmount)
                        bind(insert, column + 6, posting.rate)
                        bind(insert, column + 7, posting.rateSource)
                        bind(insert, column + 8, posting.rateDate)
                        bind(insert, column + 9, posting.fund)
                        bind(insert, column + 10, posting.budgetLine)
                        bind(insert, column + 11, posting.memo)
                    }
                    try insert.run()
                    first += statementRows
                }
                sequence = next
                swap(&previousHash, &hash)
                appended += 1
            }
        }
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
