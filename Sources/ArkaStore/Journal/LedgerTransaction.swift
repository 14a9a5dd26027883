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
    /// Whether `totals` starts from the ledger's stored totals yet: read at the first append.
    private var totalsStarted = false
    /// The ledger's totals at the start, when the store knows them (``LedgerStore/KnownTotals``):
    /// the first append then need not read every monthly total.
    var startingTotals: LedgerTotals?
    /// The ledger's totals after this transaction's appends, once one has appended.
    var totalsAfter: LedgerTotals? { totalsStarted ? totals.ledger : nil }
    private var appended = 0
    /// The journal's tables, written many rows a statement. Posting and document keys cannot
    /// clash (sequence and position); an entry can be refused, and the writer then keeps the
    /// entries before it in its statement.
    private lazy var entryRows = MultiRowInsert(db, table: "entry", columns: JournalColumns.entry, maximumRows: Self.entriesPerStatement)
    private lazy var documentRows = MultiRowInsert(db, table: "entry_document", columns: JournalColumns.document, maximumRows: 32)
    private lazy var postingRows = MultiRowInsert(db, table: "posting", columns: JournalColumns.posting, maximumRows: 32)
    private static let entriesPerStatement = 16
    /// Memory for the canonical form of the entry being appended, kept from one entry to the next.
    private var canonicalForm = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4_096)

    override init(_ db: Database) {
        chainHead = .empty
        super.init(db)
    }

    deinit {
        canonicalForm.deallocate()
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
        return StoredEntry(sequence: chainHead.sequence, entry: entry, previousHash: previous.hash, hash: chainHead.hash)
    }

    /// The journal's head as this transaction has it: where the next entry links.
    public var currentHead: JournalHead { chainHead }

    /// Appends encoded entries in order: gives each the next sequence number, hashes its
    /// canonical form after the hash before it, inserts its rows and adds it to the monthly
    /// totals.
    /// - Throws: ``JournalRowsRefusal`` with the index of the entry refused: its id is taken
    ///   (``ArkaError/Kind/duplicate``), the entry it reverses has been reversed already
    ///   (``ArkaError/Kind/alreadyReversed``), or it has too many postings. The entries before it
    ///   are appended, and the head follows them. ``ArkaError/Kind/overflow``, placed on the
    ///   posting's line, when a posting would take a monthly total or the ledger's debits or
    ///   credits of a currency (or converted) past 64 bits, or when the stored totals are not
    ///   exact already: the transaction is then to be given up.
    public func append(_ rows: JournalRows) throws {
        if !totalsStarted {
            totals = MonthlyTotals(ledger: try startingTotals ?? namingOverflow { try ledgerTotals() })
            totalsStarted = true
        }
        // The hashes of a run of entries, as the hex digits the rows store: slot 0 holds the hash
        // before the run, slot i + 1 the hash of its entry i.
        let run = Self.entriesPerStatement
        let hashes = UnsafeMutablePointer<UInt8>.allocate(capacity: (run + 1) * 64)
        func slot(_ index: Int) -> UnsafeMutablePointer<UInt8> { hashes + 64 * index }
        var sequence = chainHead.sequence
        defer {
            if sequence != chainHead.sequence {
                chainHead = JournalHead(sequence: sequence, hash: String(decoding: UnsafeBufferPointer(start: slot(0), count: 64), as: UTF8.self))
            }
            hashes.deallocate()
            for table in [entryRows, documentRows, postingRows] { table.clearBindings() }
        }
        var head = chainHead.hash
        guard head.utf8.count == 64 else {
            throw ArkaError(.brokenJournal, "the journal's recorded head is not a SHA-256 hash; run arka verify", field: "journal.head", value: head)
        }
        head.withUTF8 { utf8 in
            // 64 bytes, checked above.
            if let address = utf8.baseAddress { slot(0).update(from: address, count: 64) }
        }
        var documents: [(sequence: Int64, position: Int, row: JournalRows.DocumentRow)] = []
        var postings: [(key: Int64, row: JournalRows.PostingRow)] = []
        try rows.bytes.withUnsafeBytes { buffer in
            guard let address = buffer.baseAddress else {
                // Every entry's date is among the bytes: a batch without bytes has no entries.
                if rows.count > 0 { throw ArkaError(.io, "a batch of \(rows.count) entries came without their texts") }
                return
            }
            let base = address.assumingMemoryBound(to: CChar.self)
            /// Binds a text of the batch in place (SQLite reads it where it is), NULL for nil.
            func bind(_ statement: RawStatement, _ index: Int32, _ text: UnsafeRawBufferPointer?) throws {
                guard let text else { return try statement.bind(index, base, count: -1) }
                try statement.bind(index, utf8: text)
            }
            func lend(_ text: JournalRows.Text) -> UnsafeRawBufferPointer? {
                text.count < 0 ? nil : UnsafeRawBufferPointer(rebasing: buffer[text.offset..<text.offset + text.count])
            }
            func refuse(_ index: Int, _ kind: ArkaError.Kind, _ message: Sentence, field: String? = nil, value: String? = nil) -> JournalRowsRefusal {
                JournalRowsRefusal(index: index, error: rows.locate(ArkaError(kind, message, field: field, value: value), at: index))
            }
            /// Inserts the entry rows of `entries`, the first following the hash in slot 0.
            func insertEntries(_ entries: Range<Int>) throws {
                let statement = try entryRows.statement(rows: entries.count)
                for (row, index) in entries.enumerated() {
                    let entry = rows.entries[index]
                    var column = Int32(row * JournalColumns.entry.count) + 1
                    statement.bind(column, sequence + 1 + Int64(row))
                    for field in CanonicalForm.EntryText.allCases {
                        column += 1
                        try bind(statement, column, lend(entry.text(field)))
                    }
                    try slot(row).withMemoryRebound(to: CChar.self, capacity: 64) { try statement.bind(column + 1, $0, count: 64) }
                    try slot(row + 1).withMemoryRebound(to: CChar.self, capacity: 64) { try statement.bind(column + 2, $0, count: 64) }
                }
                try statement.run()
            }
            func flushDocuments() throws {
                guard !documents.isEmpty else { return }
                let statement = try documentRows.statement(rows: documents.count)
                for (row, document) in documents.enumerated() {
                    var column = Int32(row * JournalColumns.document.count) + 1
                    statement.bind(column, document.sequence)
                    statement.bind(column + 1, Int64(document.position))
                    column += 1
                    for field in CanonicalForm.DocumentText.allCases {
                        column += 1
                        try bind(statement, column, lend(document.row.text(field)))
                    }
                }
                try statement.run()
                documents.removeAll(keepingCapacity: true)
            }
            func flushPostings() throws {
                guard !postings.isEmpty else { return }
                let statement = try postingRows.statement(rows: postings.count)
                for (row, posting) in postings.enumerated() {
                    var column = Int32(row * JournalColumns.posting.count) + 1
                    statement.bind(column, posting.key)
                    for field in CanonicalForm.PostingField.allCases {
                        column += 1
                        if field.isNumber {
                            statement.bind(column, posting.row.number(field))
                        } else {
                            try bind(statement, column, lend(posting.row.text(field)))
                        }
                    }
                }
                try statement.run()
                postings.removeAll(keepingCapacity: true)
            }
            /// Inserts the documents and postings of `entries`, whose rows are in, and moves the
            /// head past them.
            func insertDetailsAndAdvance(_ entries: Range<Int>) throws {
                for (offset, index) in entries.enumerated() {
                    let entry = rows.entries[index]
                    let entrySequence = sequence + 1 + Int64(offset)
                    try totals.add(rows, at: index, bytes: buffer)
                    for (position, document) in rows.documents[entry.documents].enumerated() {
                        documents.append((entrySequence, position, document))
                        if documents.count == documentRows.maximumRows { try flushDocuments() }
                    }
                    for (position, posting) in rows.postings[entry.postings].enumerated() {
                        postings.append((PostingKey(entry: entrySequence, position: position).rawValue, posting))
                        if postings.count == postingRows.maximumRows { try flushPostings() }
                    }
                }
                try flushDocuments()
                try flushPostings()
                sequence += Int64(entries.count)
                slot(0).update(from: slot(entries.count), count: 64)
                appended += entries.count
            }

            var start = 0
            while start < rows.count {
                var end = min(start + run, rows.count)
                if let tooMany = (start..<end).first(where: { rows.entries[$0].postings.count > EntryRules.maximumPostings }) {
                    guard tooMany > start else {
                        throw refuse(start, .inconsistentEntry, "entry \(rows.entryID(at: start)) has more than \(EntryRules.maximumPostings) postings")
                    }
                    end = tooMany
                }
                for (offset, index) in (start..<end).enumerated() {
                    let source = rows.canonicalSource(at: index, bytes: buffer)
                    let capacity = CanonicalForm.capacity(of: source)
                    if capacity > canonicalForm.count {
                        canonicalForm.deallocate()
                        canonicalForm = .allocate(capacity: max(capacity, 2 * canonicalForm.count))
                    }
                    var form = CanonicalForm.Writer(into: canonicalForm)
                    CanonicalForm.write(source, sequence: sequence + 1 + Int64(offset), to: &form)
                    JournalHash.hash(
                        previous: UnsafeRawBufferPointer(start: slot(offset), count: 64),
                        canonical: UnsafeRawBufferPointer(start: canonicalForm.baseAddress, count: form.count), into: slot(offset + 1))
                }
                do {
                    try insertEntries(start..<end)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // The rows before the refused one are in (INSERT OR FAIL): keep them, with
                    // their documents and postings, and name the one refused.
                    let kept = Int((try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM entry") ?? sequence) - sequence)
                    try insertDetailsAndAdvance(start..<start + kept)
                    let index = start + kept
                    if error.message?.contains("reverses") == true {
                        let reversed = rows.string(rows.entries[index].reverses) ?? ""
                        throw refuse(index, .alreadyReversed, "entry \(reversed) has been reversed already", field: "entry", value: reversed)
                    }
                    throw refuse(index, .duplicate, "the ledger already has an entry with this id", field: "entry", value: rows.entryID(at: index))
                }
                try insertDetailsAndAdvance(start..<end)
                start = end
            }
        }
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
        // The keys are bound where the totals hold them: no binding may outlive this call.
        defer { upsert.clearBindings() }
        try totals.forEach { key, sums in
            try upsert.bind(1, utf8: key.month)
            try upsert.bind(2, utf8: key.account)
            try upsert.bind(3, utf8: key.currency)
            try upsert.bind(4, utf8: key.fund)
            try upsert.bind(5, utf8: key.budgetLine)
            upsert.bind(6, sums.debit)
            upsert.bind(7, sums.credit)
            upsert.bind(8, sums.baseDebit)
            upsert.bind(9, sums.baseCredit)
            try upsert.run()
        }
        try db.cachedStatement(sql: "INSERT INTO ledger_setting (key, value) VALUES ('journal.head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .execute(arguments: ["\(chainHead.sequence) \(chainHead.hash)"])
    }
}

extension LedgerStore {
    /// Runs `body` in one write transaction with a ``LedgerTransaction``: what it appends commits
    /// together with the totals and the head, or, when it throws, nothing does. Inside
    /// ``answering(_:_:)``, it answers the request: refused when it was answered before.
    /// - Throws: what `body` throws; ``RepeatedRequest``; ``ArkaError/Kind/io`` for a database failure.
    public func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        let request = takePendingRequest()
        return try write { db in
            let transaction = LedgerTransaction(db)
            try transaction.start()
            let version = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version"))
            transaction.startingTotals = knownTotals.withLock { known in
                known.flatMap { $0.version == version && $0.head == transaction.currentHead ? $0.totals : nil }
            }
            if let request { try transaction.checkNotAnswered(request) }
            let start = transaction.currentHead.sequence
            let result = try body(transaction)
            try transaction.finish()
            if let after = transaction.totalsAfter, let version {
                knownTotals.withLock { $0 = KnownTotals(version: version, head: transaction.currentHead, totals: after) }
            }
            if let request { try transaction.recordAnswered(request, after: start) }
            return result
        }
    }

    /// Runs `body` with a read-only ``LedgerView``.
    public func view<T>(_ body: (LedgerView) throws -> T) throws -> T {
        try read { db in try body(LedgerView(db)) }
    }
}
