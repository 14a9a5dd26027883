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
    /// The office's head, as the centre holds it now.
    public var head: JournalHead
    /// The sync's number at the centre, nil when nothing was sent.
    public var number: Int64?
}

/// Sends an office's books to the centre: the entries the centre does not hold yet, in one
/// transaction, under an advisory lock on the office (several offices sync at once; two syncs of
/// one office take turns). Safe to run again and to cut at any moment: the centre keeps all of a
/// sync or none of it, and the next run sends what is missing.
///
/// The office's books must verify (`arka verify`) and extend what the centre holds: an office
/// whose entry at the centre's head is not the one the centre holds (an entry changed, removed or
/// put back after it was sent) is refused, naming the first entry that differs, and nothing of
/// that sync is stored. The centre checks each entry's link and hash again itself
/// (``CentralSchema``), so a sync by another program cannot slip a changed entry in.
///
/// ```swift
/// let centre = try await CentralConnection.open(try CentralAddress.parse(url))
/// let result = try await CentralSync.sync(ledger: "office.arka", office: "FIER", to: centre)
/// ```
public enum CentralSync {
    /// An office's code: 1 to 32 letters, digits, `.`, `_` or `-`, from a letter or digit (the
    /// centre's `arka.office` holds it to the same).
    static let officeCode = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"

    /// Entries sent a statement: large enough that a million entries take a thousand round trips.
    static let batch = 1_000

    /// Sends what the centre lacks of the ledger at `path`, as office `office`.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` for books that do not verify or no longer extend
    ///   what the centre holds; ``ArkaError/Kind/badSetting`` for an office code that cannot be one
    ///   or that the centre holds with another base currency; ``ArkaError/Kind/io`` for the centre's
    ///   refusals and a lost connection. Nothing of the sync is stored then.
    public static func sync(ledger path: String, office: String, to centre: CentralConnection) async throws -> SyncResult {
        guard office.range(of: officeCode, options: .regularExpression) != nil else {
            throw ArkaError(.badSetting, "an office's code is 1 to 32 letters, digits, '.', '_' or '-', beginning with a letter or digit", field: "--office", value: office)
        }
        let verification = try Ledger.verify(at: path)
        guard verification.passes else {
            let first = verification.problems.first ?? verification.registers.first { !$0.agrees }.map { "the register \($0.register) disagrees" } ?? ""
            throw ArkaError(
                .brokenJournal, "the office's books do not verify (\(first)); nothing is sent: examine them with arka verify",
                location: SourceLocation(file: path))
        }
        let ledger = try Ledger.open(at: path, access: .read)
        let store = try LedgerStore.open(at: path, access: .read)
        let head = try store.view { try $0.head() }
        return try await centre.transaction {
            try await centre.rows("SELECT pg_advisory_xact_lock(hashtext('arka.office.' || \(office)))")
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
            let held = try await centre.rows("SELECT seq, hash FROM arka.entry WHERE office = \(office) ORDER BY seq DESC LIMIT 1").first
                .map { row in
                    let (sequence, hash) = try row.decode((Int64, String).self)
                    return JournalHead(sequence: sequence, hash: hash)
                } ?? .empty
            try await checkExtends(held, office: office, store: store, path: path, centre: centre)
            guard head.sequence > held.sequence else { return SyncResult(office: office, sent: 0, head: held, number: nil) }
            var next = held.sequence + 1
            while next <= head.sequence {
                let last = min(head.sequence, next + Int64(batch) - 1)
                var entries: [StoredEntry] = []
                try store.view { try $0.forEachEntry(in: next...last) { entries.append($0) } }
                try await send(entries, office: office, to: centre)
                next = last + 1
            }
            let number = try await centre.rows("SELECT COALESCE(MAX(number), 0) + 1 FROM arka.sync WHERE office = \(office)").first
                .map { try $0.decode(Int64.self) } ?? 1
            try await centre.rows(
                """
                INSERT INTO arka.sync (office, number, first_seq, last_seq, head_hash)
                VALUES (\(office), \(number), \(held.sequence + 1), \(head.sequence), \(head.hash))
                """)
            return SyncResult(office: office, sent: head.sequence - held.sequence, head: head, number: number)
        }
    }

    /// Refuses books that do not extend what the centre holds of the office, naming the first
    /// entry that differs.
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
                "SELECT seq, id, hash FROM arka.entry WHERE office = \(office) AND seq BETWEEN \(next) AND \(last) ORDER BY seq"
            ).map { try $0.decode((Int64, String, String).self) }
            var ours: [Int64: StoredEntry] = [:]
            try store.view { try $0.forEachEntry(in: next...last) { ours[$0.sequence] = $0 } }
            for (sequence, id, hash) in theirs where ours[sequence]?.hash != hash {
                let said: Sentence =
                    if let entry = ours[sequence] {
                        "the office's entry #\(sequence) (\(entry.entry.id)) is not the entry #\(sequence) (\(id)) the centre holds: the books were changed after they were sent"
                    } else {
                        "the office's books end before entry #\(sequence) (\(id)), which the centre holds: entries were removed after they were sent"
                    }
                throw ArkaError(.brokenJournal, Sentence("\(said); nothing of this sync is stored"), field: "entry", value: ours[sequence]?.entry.id ?? id)
            }
            next = last + 1
        }
        throw ArkaError(.brokenJournal, "the office's books do not extend the entries the centre holds of office \(office); nothing of this sync is stored", location: SourceLocation(file: path))
    }

    /// Inserts `entries` and their postings, in two statements.
    static func send(_ entries: [StoredEntry], office: String, to centre: CentralConnection) async throws {
        guard !entries.isEmpty else { return }
        let sequences = entries.map(\.sequence)
        let ids = entries.map(\.entry.id)
        let dates = entries.map(\.entry.date.description)
        let descriptions = entries.map(\.entry.description)
        let reverses = entries.map { $0.entry.reversal?.of ?? "" }
        let postedBy = entries.map(\.entry.postedBy)
        let postedAt = entries.map(\.entry.postedAt)
        let canonical = entries.map { CanonicalForm.v1($0.entry, sequence: $0.sequence) }
        let previous = entries.map(\.previousHash)
        let hashes = entries.map(\.hash)
        try await centre.rows(
            """
            INSERT INTO arka.entry (office, seq, id, date, description, reverses, posted_by, posted_at, canonical, prev_hash, hash)
            SELECT \(office), t.seq, t.id, t.date::date, t.description, NULLIF(t.reverses, ''), t.posted_by, t.posted_at,
                convert_to(t.canonical, 'UTF8'), t.prev_hash, t.hash
            FROM unnest(\(sequences)::bigint[], \(ids)::text[], \(dates)::text[], \(descriptions)::text[], \(reverses)::text[],
                \(postedBy)::text[], \(postedAt)::text[], \(canonical)::text[], \(previous)::text[], \(hashes)::text[])
                AS t(seq, id, date, description, reverses, posted_by, posted_at, canonical, prev_hash, hash)
            ORDER BY t.seq
            """)
        var seq: [Int64] = [], position: [Int32] = [], account: [String] = [], amount: [Int64] = [], currency: [String] = []
        var fund: [String] = [], line: [String] = [], base: [Int64] = []
        for stored in entries {
            for (index, posting) in stored.entry.postings.enumerated() {
                seq.append(stored.sequence)
                position.append(Int32(clamping: index))
                account.append(posting.account)
                amount.append(posting.amount.minorUnits)
                currency.append(posting.amount.currency.code)
                fund.append(posting.fund ?? "")
                line.append(posting.budgetLine ?? "")
                base.append(posting.baseAmount.minorUnits)
            }
        }
        try await centre.rows(
            """
            INSERT INTO arka.posting (office, seq, position, account, amount, currency, fund, budget_line, base_amount)
            SELECT \(office), t.seq, t.position, t.account, t.amount, t.currency, NULLIF(t.fund, ''), NULLIF(t.line, ''), t.base
            FROM unnest(\(seq)::bigint[], \(position)::int[], \(account)::text[], \(amount)::bigint[], \(currency)::text[],
                \(fund)::text[], \(line)::text[], \(base)::bigint[]) AS t(seq, position, account, amount, currency, fund, line, base)
            """)
    }
}
