import ArkaBooks
import ArkaCore
import ArkaStore
import PostgresNIO

extension CentralSync {
    /// One sync's entries on their way: the two chains it extends (the centre's, over the entries
    /// as the centre holds them, and the office's, which each entry sent must follow), the
    /// monthly totals and the fingerprint of the postings it sent.
    struct Sending {
        /// A key of the monthly totals: month, account, currency, fund, budget line.
        struct TotalKey: Hashable {
            var month: String, account: String, currency: String, fund: String, line: String
        }

        let office: String
        let number: Int64
        /// The centre's hash of the last entry sent (or held).
        var centreHash: String
        /// The office's hash of the last entry sent (or held).
        var officeHash: String
        /// Debit, credit, base debit and base credit per key, in minor units.
        var totals: [TotalKey: [Int64]] = [:]
        var fingerprint = PostingFingerprint()

        init(office: String, number: Int64, centreHash: String, officeHash: String) {
            self.office = office
            self.number = number
            self.centreHash = centreHash
            self.officeHash = officeHash
        }

        /// Checks each of `entries` against the office's chain and inserts them by pseudonym,
        /// with their postings, in two statements.
        /// - Throws: ``ArkaError/Kind/brokenJournal`` naming an entry that does not follow the
        ///   office's chain; ``ArkaError/Kind/overflow`` for a monthly total that does not fit.
        mutating func send(_ entries: [StoredEntry], people: Pseudonymizer, path: String, to centre: CentralConnection) async throws {
            guard !entries.isEmpty else { return }
            var sequences: [Int64] = [], ids: [String] = [], dates: [String] = [], descriptions: [String] = [], reverses: [String] = []
            var postedBy: [String] = [], postedAt: [String] = [], canonical: [String] = [], previous: [String] = [], hashes: [String] = []
            var officeHashes: [String] = []
            var seq: [Int64] = [], position: [Int32] = [], account: [String] = [], amount: [Int64] = [], currency: [String] = []
            var fund: [String] = [], line: [String] = [], base: [Int64] = []
            for stored in entries {
                let entry = stored.entry
                guard stored.previousHash == officeHash, JournalHash.of(entry, sequence: stored.sequence, previous: officeHash) == stored.hash else {
                    throw ArkaError(
                        .brokenJournal,
                        "the office's entry #\(stored.sequence) (\(entry.id)) is not what its hash says: the books were changed behind arka's back; nothing of this sync is stored: examine them with arka verify",
                        location: SourceLocation(file: path))
                }
                officeHash = stored.hash
                let shown = people.entry(entry)
                let nextHash = JournalHash.of(shown, sequence: stored.sequence, previous: centreHash)
                sequences.append(stored.sequence)
                ids.append(shown.id)
                dates.append(entry.date.description)
                descriptions.append(shown.description)
                reverses.append(shown.reversal?.of ?? "")
                postedBy.append(entry.postedBy)
                postedAt.append(entry.postedAt)
                canonical.append(CanonicalForm.v1(shown, sequence: stored.sequence))
                previous.append(centreHash)
                hashes.append(nextHash)
                officeHashes.append(stored.hash)
                centreHash = nextHash
                let month = entry.date.ledgerMonth.description
                for (index, posting) in entry.postings.enumerated() {
                    seq.append(stored.sequence)
                    position.append(Int32(clamping: index))
                    account.append(posting.account)
                    amount.append(posting.amount.minorUnits)
                    currency.append(posting.amount.currency.code)
                    fund.append(posting.fund ?? "")
                    line.append(posting.budgetLine ?? "")
                    base.append(posting.baseAmount.minorUnits)
                    fingerprint.add(
                        sequence: stored.sequence, position: Int64(index), amount: posting.amount.minorUnits, baseAmount: posting.baseAmount.minorUnits)
                    try addTotal(
                        TotalKey(
                            month: month, account: posting.account, currency: posting.amount.currency.code, fund: posting.fund ?? "",
                            line: posting.budgetLine ?? ""),
                        amount: posting.amount.minorUnits, base: posting.baseAmount.minorUnits)
                }
            }
            try await centre.rows(
                """
                INSERT INTO arka.entry (office, seq, id, date, description, reverses, posted_by, posted_at, canonical, prev_hash, hash, office_hash)
                SELECT \(office), t.seq, t.id, t.date::date, t.description, NULLIF(t.reverses, ''), t.posted_by, t.posted_at,
                    convert_to(t.canonical, 'UTF8'), t.prev_hash, t.hash, t.office_hash
                FROM unnest(\(sequences)::bigint[], \(ids)::text[], \(dates)::text[], \(descriptions)::text[], \(reverses)::text[],
                    \(postedBy)::text[], \(postedAt)::text[], \(canonical)::text[], \(previous)::text[], \(hashes)::text[], \(officeHashes)::text[])
                    AS t(seq, id, date, description, reverses, posted_by, posted_at, canonical, prev_hash, hash, office_hash)
                ORDER BY t.seq
                """)
            try await centre.rows(
                """
                INSERT INTO arka.posting (office, seq, position, account, amount, currency, fund, budget_line, base_amount)
                SELECT \(office), t.seq, t.position, t.account, t.amount, t.currency, NULLIF(t.fund, ''), NULLIF(t.line, ''), t.base
                FROM unnest(\(seq)::bigint[], \(position)::int[], \(account)::text[], \(amount)::bigint[], \(currency)::text[],
                    \(fund)::text[], \(line)::text[], \(base)::bigint[]) AS t(seq, position, account, amount, currency, fund, line, base)
                """)
        }

        /// Adds a posting to its monthly total: a debit when positive, a credit when negative.
        mutating func addTotal(_ key: TotalKey, amount: Int64, base: Int64) throws {
            var sums = totals[key] ?? [0, 0, 0, 0]
            let what = "the total of \(key.account) in \(key.month)"
            if amount >= 0 {
                sums[0] = try Checked.add(sums[0], amount, what: what)
            } else {
                sums[1] = try Checked.add(sums[1], try Checked.negate(amount, what: what), what: what)
            }
            if base >= 0 {
                sums[2] = try Checked.add(sums[2], base, what: what)
            } else {
                sums[3] = try Checked.add(sums[3], try Checked.negate(base, what: what), what: what)
            }
            totals[key] = sums
        }

        /// Inserts what this sync adds to the office's monthly totals, in one statement.
        func sendTotals(to centre: CentralConnection) async throws {
            guard !totals.isEmpty else { return }
            let keys = Array(totals.keys)
            let sums = keys.map { totals[$0] ?? [0, 0, 0, 0] }
            try await centre.rows(
                """
                INSERT INTO arka.total (office, sync, month, account, currency, fund, budget_line, debit, credit, base_debit, base_credit)
                SELECT \(office), \(number), t.*
                FROM unnest(\(keys.map(\.month))::text[], \(keys.map(\.account))::text[], \(keys.map(\.currency))::text[],
                    \(keys.map(\.fund))::text[], \(keys.map(\.line))::text[], \(sums.map { $0[0] })::bigint[], \(sums.map { $0[1] })::bigint[],
                    \(sums.map { $0[2] })::bigint[], \(sums.map { $0[3] })::bigint[])
                    AS t(month, account, currency, fund, line, debit, credit, base_debit, base_credit)
                """)
        }
    }
}
