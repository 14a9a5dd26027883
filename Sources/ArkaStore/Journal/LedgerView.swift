import ArkaCore
import GRDB

/// A consistent read-only view of one ledger, valid inside ``LedgerStore/read(_:)``.
///
/// ```swift
/// let count = try store.read { db in try LedgerView(db).entryCount() }
/// ```
public class LedgerView {
    let db: Database
    /// The currencies this view has read, looked up in ISO 4217 once each.
    let currencies = CurrencyCache()

    public init(_ db: Database) {
        self.db = db
    }

    /// The ledger's settings, chart, funds, budget, rates and closed months.
    public func definition() throws -> StoredDefinition { try StoredDefinition.load(db) }

    public func entryCount() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM entry") ?? 0
    }

    /// The date of the latest entry, if the journal has any.
    public func lastEntryDate() throws -> String? {
        try String.fetchOne(db, sql: "SELECT MAX(date) FROM entry")
    }

    /// The date of the earliest entry, if the journal has any.
    public func firstEntryDate() throws -> String? {
        try String.fetchOne(db, sql: "SELECT MIN(date) FROM entry")
    }

    /// The last entry's sequence and hash, read from the journal itself.
    public func head() throws -> JournalHead {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM entry ORDER BY seq DESC LIMIT 1")) else {
            return .empty
        }
        return JournalHead(sequence: row[0], hash: row[1])
    }

    /// The head the ledger recorded when it last committed, to tell a removed last entry.
    public func recordedHead() throws -> JournalHead {
        guard let text = try String.fetchOne(db, sql: "SELECT value FROM ledger_setting WHERE key = 'journal.head'")
        else { return .empty }
        let parts = text.split(separator: " ")
        guard parts.count == 2, let sequence = Int64(parts[0]) else { return JournalHead(sequence: -1, hash: text) }
        return JournalHead(sequence: sequence, hash: String(parts[1]))
    }

    /// The entry with this id, if the journal has one.
    public func storedEntry(id: String) throws -> StoredEntry? {
        guard let seq = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM entry WHERE id = ?"), arguments: [id]) else {
            return nil
        }
        var found: StoredEntry?
        try forEachEntry(in: seq...seq) { found = $0 }
        return found
    }

    /// The id for an entry named after its document (`HO-` and the protocol, `PUR-` and the
    /// invoice): `base` itself, or when an entry of that name was reversed, `base-2`, `base-3`...
    /// so that a corrected document can be posted again. When the entry of that name stands, the
    /// name is returned as it is, and the journal refuses it as a duplicate, unless the document
    /// takes several entries (`oneOfMany`: the returns of one handover), which are numbered on.
    /// - Throws: a database error.
    public func freshEntryID(_ base: String, oneOfMany: Bool = false) throws -> String {
        var candidate = base
        var number = 1
        while try Int.fetchOne(db, sql: "SELECT 1 FROM entry WHERE id = ?", arguments: [candidate]) != nil {
            guard try oneOfMany || reversal(of: candidate) != nil else { return candidate }
            number += 1
            candidate = "\(base)-\(number)"
        }
        return candidate
    }

    /// The id of the entry that reverses `id`, if one does.
    public func reversal(of id: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM entry WHERE reverses = ?", arguments: [id])
    }

    /// Calls `body` with every entry in sequence order (the order they were posted), streaming.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` when a stored row cannot be read back as an entry.
    public func forEachEntry(in range: ClosedRange<Int64>? = nil, _ body: (StoredEntry) throws -> Void) throws {
        let bounds = range ?? (0...Int64.max)
        let arguments: StatementArguments = [bounds.lowerBound, bounds.upperBound]
        let keys = PostingKey.keys(ofEntries: bounds)
        let postingKeys: StatementArguments = [keys.lowerBound, keys.upperBound]
        // The columns the journal's writer inserts (``JournalColumns``), read back in their order.
        let entries = try Row.fetchCursor(
            db, sql: "SELECT \(JournalColumns.entry.joined(separator: ", ")) FROM entry WHERE seq BETWEEN ? AND ? ORDER BY seq",
            arguments: arguments)
        let postings = try Row.fetchCursor(
            db,
            sql: """
                SELECT entry_seq, \(JournalColumns.posting.dropFirst().joined(separator: ", "))
                FROM posting WHERE id BETWEEN ? AND ? ORDER BY id
                """, arguments: postingKeys)
        let documents = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(JournalColumns.document.filter { $0 != "position" }.joined(separator: ", ")) FROM entry_document
                WHERE entry_seq BETWEEN ? AND ? ORDER BY entry_seq, position
                """, arguments: arguments)
        let hashes = JournalColumns.entry.count - 2
        func text(_ row: Row, _ field: CanonicalForm.EntryText) -> String? {
            row[1 + (CanonicalForm.EntryText.allCases.firstIndex(of: field) ?? 0)]
        }
        var nextPosting = try postings.next().map(readPosting)
        var nextDocument = try documents.next().map(readDocument)
        while let row = try entries.next() {
            let seq: Int64 = row[0]
            let id = text(row, .id) ?? ""
            let dateText = text(row, .date) ?? ""
            guard let date = try? LedgerDate.parse(dateText) else {
                throw ArkaError(.brokenJournal, "entry \(id) (#\(seq)) has an unreadable date \"\(dateText)\"")
            }
            var entry = Entry(
                id: id, date: date, description: text(row, .description) ?? "", counterparty: text(row, .counterparty), postings: [],
                reversal: text(row, .reverses).map { Reversal(of: $0, reason: text(row, .reversalReason) ?? "") },
                postedBy: text(row, .postedBy) ?? "", postedAt: text(row, .postedAt) ?? "")
            let previousHash: String = row[hashes]
            let hash: String = row[hashes + 1]
            while let (entrySeq, posting) = nextPosting, entrySeq <= seq {
                if entrySeq == seq { entry.postings.append(try posting.get()) }
                nextPosting = try postings.next().map(readPosting)
            }
            while let (entrySeq, document) = nextDocument, entrySeq <= seq {
                if entrySeq == seq { entry.documents.append(document) }
                nextDocument = try documents.next().map(readDocument)
            }
            try body(StoredEntry(sequence: seq, entry: entry, previousHash: previousHash, hash: hash))
        }
    }

    private func currency(_ code: String) throws -> Currency { try currencies.currency(code) }

    /// The ledger's base currency: what every posting is also booked in.
    /// - Throws: ``ArkaError/Kind/unknownCurrency`` when the stored setting is not a currency.
    public func baseCurrency() throws -> Currency { try currency(try baseCurrencyCode()) }

    /// A posting as `forEachEntry` selects it: its entry's sequence, then its fields in the
    /// journal's order (``JournalColumns/posting``).
    private func readPosting(_ row: Row) -> (Int64, Result<Posting, Error>) {
        let seq: Int64 = row[0]
        func index(_ field: CanonicalForm.PostingField) -> Int { 1 + (CanonicalForm.PostingField.allCases.firstIndex(of: field) ?? 0) }
        func text(_ field: CanonicalForm.PostingField) -> String? { row[index(field)] }
        return (
            seq,
            Result {
                let currency = try currency(text(.currency) ?? "")
                var posting = Posting(
                    account: text(.account) ?? "", amount: Money(minorUnits: row[index(.amount)], currency: currency), fund: text(.fund),
                    budgetLine: text(.budgetLine), memo: text(.memo))
                if let rate = text(.rate) {
                    let base = try self.currency(try baseCurrencyCode())
                    posting.conversion = PostingConversion(
                        baseAmount: Money(minorUnits: row[index(.baseAmount)], currency: base), rate: try ExchangeRate.parse(rate),
                        source: text(.rateSource) ?? "", date: text(.rateDate) ?? "")
                }
                // A base-currency posting's base amount is its amount; a stored one that differs
                // is reported by ``basePostingsWithChangedBaseAmount()``.
                return posting
            })
    }

    private var baseCode: String?
    private func baseCurrencyCode() throws -> String {
        if let baseCode { return baseCode }
        let code = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM ledger_setting WHERE key = 'base_currency'")) ?? "EUR"
        baseCode = code
        return code
    }

    private func readDocument(_ row: Row) -> (Int64, DocumentReference) {
        let kind = DocumentReference.Kind(rawValue: row[1]) ?? .document
        return (row[0], DocumentReference(kind: kind, reference: row[2]))
    }
}

extension LedgerView {
    /// Account codes that postings name but the chart does not hold (empty in a sound ledger).
    public func accountsMissingFromChart() throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT DISTINCT account FROM posting WHERE account NOT IN (SELECT code FROM account) ORDER BY account")
    }
}

extension LedgerView {
    /// Entries with a base-currency posting whose stored base amount is not its amount: a row
    /// changed outside arka (reports in the base currency read that column).
    public func basePostingsWithChangedBaseAmount() throws -> [(sequence: Int64, id: String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT e.seq, e.id FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
                WHERE p.rate IS NULL AND p.base_amount != p.amount ORDER BY e.seq
                """
        ).map { (sequence: $0[0], id: $0[1]) }
    }
}
