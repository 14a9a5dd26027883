import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import PostgresNIO

/// What one sync sent.
public struct SyncResult: Sendable, Equatable {
    public var office: String
    /// The entries sent now (0 when the centre held them all).
    public var sent: Int64
    /// The records of the office's definition and registers sent now.
    public var records: Int64
    /// The centre's head of the office's chain now: its entry count and last hash (what a digest keeps).
    public var head: JournalHead
    /// The sync's number at the centre, nil when nothing was sent.
    public var number: Int64?
}

/// Sends an office's books to the centre: the entries and the records of its definition and
/// registers the centre does not hold yet, in one transaction, under an advisory lock on the
/// office (several offices sync at once; two syncs of one office take turns). Safe to run again
/// and to cut at any moment: the centre keeps all of a sync or none of it, and the next run sends
/// what is missing.
///
/// **What leaves the office is pseudonymous.** Each entry's texts and each record's values are
/// shown as the office's exports show them (``Pseudonymizer``): the centre's chain links the
/// entries as it holds them, and keeps beside each the office's own hash.
///
/// **What the office must be.** The entries sent are checked against the office's chain (each
/// hash recomputed, each link followed), the record log must be sealed by Arka and its ruling
/// tables as logged, the triggers in place; the office's entry at the centre's head must carry
/// the hash the centre holds (else the first entry that differs is named), and the postings the
/// centre holds must still be the office's (``PostingFingerprint``: an amount changed behind
/// Arka's back). `verifyAll` runs the whole of `arka verify` first as well. The centre checks
/// each entry's link and hash again itself (``CentralSchema``).
///
/// ```swift
/// let centre = try await CentralConnection.open(try CentralAddress.parse(url))
/// let result = try await CentralSync.sync(ledger: "office.arka", office: "FIER", to: centre)
/// ```
public enum CentralSync {
    /// An office's code: 1 to 32 letters, digits, `.`, `_` or `-`, from a letter or digit (the
    /// centre's `arka.office` holds it to the same).
    static let officeCode = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"

    /// Entries (or records) sent a statement: a million entries take a thousand round trips.
    static let batch = 1_000

    /// The recorded tables whose rows go to the centre: all but the office's own users (their
    /// password hashes) and the answers it gave to forms (idempotency keys). Of the settings, the
    /// pseudonyms' key stays too (``Ledger/pseudonymKeySetting``).
    static let sentTables = Set(RecordLog.recordedTables).subtracting(["user_change", "request_key"])

    /// Sends what the centre lacks of the ledger at `path`, as office `office`.
    /// - Parameter verifyAll: run the whole of `arka verify` on the office's books first (every
    ///   hash, total and register of the books: seconds for a million entries).
    /// - Throws: ``ArkaError/Kind/brokenJournal`` for books that do not verify or no longer extend
    ///   what the centre holds; ``ArkaError/Kind/badSetting`` for an office code that cannot be one,
    ///   that the centre holds with another base currency or in another case, books the centre holds
    ///   under another code, or a database without a centre; ``ArkaError/Kind/io`` for the centre's
    ///   refusals and a lost connection. Nothing of the sync is stored then.
    public static func sync(ledger path: String, office: String, to centre: CentralConnection, verifyAll: Bool = false) async throws
        -> SyncResult
    {
        guard office.range(of: officeCode, options: .regularExpression) != nil else {
            throw ArkaError(
                .badSetting, "an office's code is 1 to 32 letters, digits, '.', '_' or '-', beginning with a letter or digit", field: "--office",
                value: office)
        }
        if verifyAll {
            let verification = try Ledger.verify(at: path)
            guard verification.passes else {
                let first =
                    verification.problems.first ?? verification.registers.first { !$0.agrees }.map { "the register \($0.register) disagrees" } ?? ""
                throw ArkaError(
                    .brokenJournal, "the office's books do not verify (\(first)); nothing is sent: examine them with arka verify",
                    location: SourceLocation(file: path))
            }
        }
        try await CentralSchema.requireCurrent(centre)
        let ledger = try Ledger.open(at: path, access: .read)
        let store = try LedgerStore.open(at: path, access: .read)
        let people = try ledger.pseudonymizer()
        let (head, recordHead) = try store.view { view in
            try view.checkRecordsAsWritten()
            return (try view.head(), try view.recordHead())
        }
        // The fingerprint of every posting the office holds, read while the centre is asked.
        let fingerprinting = Task.detached { try await fingerprint(of: path, through: head.sequence) }
        return try await centre.transaction {
            try await centre.rows("SELECT pg_advisory_xact_lock(hashtext('arka.office.' || \(office)))")
            let first = try store.view { try $0.entryHash(at: 1) }
            try await register(office, ledger: ledger, firstEntry: first, centre: centre)
            let held = try await centre.rows(
                "SELECT seq, hash, COALESCE(office_hash, hash) FROM arka.entry WHERE office = \(office) ORDER BY seq DESC LIMIT 1"
            ).first.map { try $0.decode((Int64, String, String).self) } ?? (Int64(0), JournalHash.genesis, JournalHash.genesis)
            let centreHead = JournalHead(sequence: held.0, hash: held.1)
            try await checkExtends(JournalHead(sequence: held.0, hash: held.2), office: office, store: store, path: path, centre: centre)
            let prior = try await priorSyncs(of: office, centre: centre)
            // What the office holds must be what the centre holds and what this sync sends.
            func checkFingerprint(sending: PostingFingerprint) async throws {
                var expected = prior.fingerprint
                expected.add(sending)
                guard try await fingerprinting.value == expected else {
                    throw ArkaError(
                        .brokenJournal,
                        "the postings of the office's first \(held.0) entries are not those the centre holds: an amount was changed after it was sent; nothing of this sync is stored: examine the books with arka verify",
                        location: SourceLocation(file: path))
                }
            }
            guard head.sequence > held.0 || recordHead.sequence > prior.recordSequence else {
                try await checkFingerprint(sending: PostingFingerprint())
                return SyncResult(office: office, sent: 0, records: 0, head: centreHead, number: nil)
            }
            let number = prior.number + 1
            var sending = Sending(office: office, number: number, centreHash: held.1, officeHash: held.2)
            var next = held.0 + 1
            while next <= head.sequence {
                let last = min(head.sequence, next + Int64(batch) - 1)
                var entries: [StoredEntry] = []
                try store.view { try $0.forEachEntry(in: next...last) { entries.append($0) } }
                try await sending.send(entries, people: people, path: path, to: centre)
                next = last + 1
            }
            try await sending.sendTotals(to: centre)
            var records: Int64 = 0
            if recordHead.sequence > prior.recordSequence {
                var batchOfRecords: [RecordLog.Record] = []
                try store.view { view in
                    try view.forEachRecord(in: (prior.recordSequence + 1)...recordHead.sequence, of: sentTables) { record in
                        // The pseudonyms' key stays at the office: with it, a list of personal ids would give each person's pseudonym.
                        if record.settingKey != Ledger.pseudonymKeySetting { batchOfRecords.append(record) }
                    }
                }
                for start in stride(from: 0, to: batchOfRecords.count, by: batch) {
                    let part = batchOfRecords[start..<min(batchOfRecords.count, start + batch)]
                    try await sendRecords(Array(part), office: office, number: number, people: people, to: centre)
                }
                records = Int64(batchOfRecords.count)
            }
            try await checkFingerprint(sending: sending.fingerprint)
            try await centre.rows(
                """
                INSERT INTO arka.sync (office, number, first_seq, last_seq, head_hash, record_seq, record_hash, postings, amounts, base_amounts)
                VALUES (\(office), \(number), \(held.0 + 1), \(head.sequence), \(sending.centreHash), \(recordHead.sequence), \(recordHead.hash),
                    \(sending.fingerprint.postings), \(sending.fingerprint.amounts), \(sending.fingerprint.baseAmounts))
                """)
            return SyncResult(
                office: office, sent: head.sequence - held.0, records: records,
                head: JournalHead(sequence: head.sequence, hash: sending.centreHash), number: number)
        }
    }

    /// The fingerprint of the postings of the office's entries 1 to `head`, read in two halves
    /// side by side (a million entries' postings are three million rows).
    static func fingerprint(of path: String, through head: Int64) async throws -> PostingFingerprint {
        guard head > 1 else { return try LedgerStore.open(at: path, access: .read).view { try $0.postingFingerprint(through: head) } }
        let middle = head / 2
        let halves = [1...middle, (middle + 1)...head].map { entries in
            Task.detached { try LedgerStore.open(at: path, access: .read).view { try $0.postingFingerprint(of: entries) } }
        }
        var whole = PostingFingerprint()
        for half in halves { whole.add(try await half.value) }
        return whole
    }

    /// Registers the office at its first sync. Refuses books in another base currency than the
    /// office's at the centre, a code that differs from another office's by its case only, and
    /// books the centre holds as another office's (their first entry is that office's): one
    /// office's books counted twice would double every consolidated figure.
    /// - Parameter firstEntry: the office's hash of its first entry, nil for books without one.
    static func register(_ office: String, ledger: Ledger, firstEntry: String?, centre: CentralConnection) async throws {
        if let firstEntry {
            // Two syncs of the same books under two codes take turns here, the second finding the first.
            try await centre.rows("SELECT pg_advisory_xact_lock(hashtext('arka.books.' || \(firstEntry)))")
            let other = try await centre.rows(
                """
                SELECT o.code FROM arka.office o
                JOIN LATERAL (SELECT 1 FROM arka.entry e WHERE e.office = o.code AND e.seq = 1 AND COALESCE(e.office_hash, e.hash) = \(firstEntry)) x ON true
                WHERE o.code <> \(office) ORDER BY o.code LIMIT 1
                """
            ).first.map { try $0.decode(String.self) }
            if let other {
                throw ArkaError(
                    .badSetting, "the centre holds these books as office \(other) (their first entry is its first): one office's books are sent under one code",
                    field: "--office", value: office)
            }
        }
        let cased = try await centre.rows("SELECT code FROM arka.office WHERE lower(code) = lower(\(office)) AND code <> \(office) LIMIT 1")
            .first.map { try $0.decode(String.self) }
        if let cased {
            throw ArkaError(
                .badSetting, "the centre holds office \(cased): an office's code names one office whatever its case", field: "--office", value: office)
        }
        let known = try await centre.rows("SELECT base_currency FROM arka.office WHERE code = \(office)").first.map { try $0.decode(String.self) }
        let base = ledger.baseCurrency.code
        if let known, known != base {
            throw ArkaError(
                .badSetting, "the centre holds office \(office) in \(known), and these books are kept in \(base): is it another office's code?",
                field: "--office", value: office)
        }
        if known == nil {
            try await centre.rows("INSERT INTO arka.office (code, name, base_currency) VALUES (\(office), \(ledger.settings.name), \(base))")
        }
    }

    /// What the syncs before this one sent: their count, the last record, and the fingerprint of
    /// the postings (recomputed from the postings for syncs of a centre before v2, which kept none).
    static func priorSyncs(of office: String, centre: CentralConnection) async throws
        -> (number: Int64, recordSequence: Int64, fingerprint: PostingFingerprint)
    {
        let p = PostingFingerprint.modulus
        let row = try await centre.rows(
            """
            SELECT COALESCE(MAX(number), 0), COALESCE(MAX(record_seq), 0), COALESCE(SUM(postings), 0)::bigint,
                (COALESCE(SUM(amounts), 0) % \(p))::bigint, (COALESCE(SUM(base_amounts), 0) % \(p))::bigint,
                COUNT(*) FILTER (WHERE record_hash IS NULL AND last_seq >= first_seq)
            FROM arka.sync WHERE office = \(office)
            """
        ).first
        guard let row else { return (0, 0, PostingFingerprint()) }
        let (number, records, postings, amounts, baseAmounts, before) = try row.decode((Int64, Int64, Int64, Int64, Int64, Int64).self)
        guard before > 0 else {
            return (number, records, PostingFingerprint(postings: postings, amounts: amounts, baseAmounts: baseAmounts))
        }
        let place = "(((seq % \(p)) * 65536 + position) % \(p))"
        let residue = { (column: String) in "(((\(column) % \(p)) + \(p)) % \(p))" }
        let all = try await centre.rows(
            """
            SELECT COUNT(*), (COALESCE(SUM(\(residue("amount")) * \(place) % \(p)), 0) % \(p))::bigint,
                (COALESCE(SUM(\(residue("base_amount")) * \(place) % \(p)), 0) % \(p))::bigint
            FROM arka.posting WHERE office = \(office)
            """
        ).first.map { try $0.decode((Int64, Int64, Int64).self) } ?? (Int64(0), Int64(0), Int64(0))
        return (number, records, PostingFingerprint(postings: all.0, amounts: all.1, baseAmounts: all.2))
    }

    /// Refuses books that do not extend what the centre holds of the office, naming the first
    /// entry that differs. `held` is the office's hash of the centre's last entry.
    static func checkExtends(_ held: JournalHead, office: String, store: LedgerStore, path: String, centre: CentralConnection) async throws {
        guard held.sequence > 0 else { return }
        var mine: StoredEntry?
        try store.view { try $0.forEachEntry(in: held.sequence...held.sequence) { mine = $0 } }
        if let mine, mine.hash == held.hash { return }
        // The first entry whose hash is not the centre's: the centre's hashes, a thousand at a time.
        var next: Int64 = 1
        while next <= held.sequence {
            let last = min(held.sequence, next + Int64(batch) - 1)
            let theirs = try await centre.rows(
                "SELECT seq, id, COALESCE(office_hash, hash) FROM arka.entry WHERE office = \(office) AND seq BETWEEN \(next) AND \(last) ORDER BY seq"
            ).map { try $0.decode((Int64, String, String).self) }
            var ours: [Int64: StoredEntry] = [:]
            try store.view { try $0.forEachEntry(in: next...last) { ours[$0.sequence] = $0 } }
            for (sequence, id, hash) in theirs where ours[sequence]?.hash != hash {
                let said: Sentence =
                    if sequence == 1 {
                        "these are not the books the centre holds as office \(office): their first entry is not its first (\(id))"
                    } else if let entry = ours[sequence] {
                        "the office's entry #\(sequence) (\(entry.entry.id)) is not the entry #\(sequence) (\(id)) the centre holds: the books were changed after they were sent"
                    } else {
                        "the office's books end before entry #\(sequence) (\(id)), which the centre holds: entries were removed after they were sent"
                    }
                throw ArkaError(.brokenJournal, Sentence("\(said); nothing of this sync is stored"), field: "entry", value: ours[sequence]?.entry.id ?? id)
            }
            next = last + 1
        }
        throw ArkaError(
            .brokenJournal, "the office's books do not extend the entries the centre holds of office \(office); nothing of this sync is stored",
            location: SourceLocation(file: path))
    }

    /// Inserts `records` (by pseudonym) as sync `number` sent them.
    static func sendRecords(_ records: [RecordLog.Record], office: String, number: Int64, people: Pseudonymizer, to centre: CentralConnection)
        async throws
    {
        guard !records.isEmpty else { return }
        try await centre.rows(
            """
            INSERT INTO arka.record (office, seq, sync, tbl, action, row)
            SELECT \(office), t.seq, \(number), t.tbl, t.action, t.row::jsonb
            FROM unnest(\(records.map(\.sequence))::bigint[], \(records.map(\.table))::text[], \(records.map(\.action))::text[],
                \(records.map { people.recordRow($0.row) })::text[]) AS t(seq, tbl, action, row)
            """)
    }
}
