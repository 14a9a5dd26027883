import ArkaCore
import ArkaStore
import GRDB
import PropertyBased
import Testing

/// The fingerprint of the postings a sync compares: the ledger's, computed by SQLite over the
/// posting table, and the centre's, added up posting by posting as they are sent, agree for any
/// amounts and any place in a journal of any length.
@Suite struct PostingFingerprintTests {
    /// The fingerprint SQLite computes of `postings` (sequence, position, amount, base amount).
    func stored(_ postings: [(Int64, Int64, Int64, Int64)], through sequence: Int64) throws -> PostingFingerprint {
        let db = try DatabaseQueue()
        return try db.write { db in
            try db.execute(sql: "CREATE TABLE posting (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL, base_amount INTEGER NOT NULL)")
            for (sequence, position, amount, base) in postings {
                try db.execute(sql: "INSERT INTO posting VALUES (?, ?, ?)", arguments: [sequence << 16 | position, amount, base])
            }
            return try LedgerView(db).postingFingerprint(through: sequence)
        }
    }

    @Test func aMillionEntriesAndTheLargestAmountsGiveTheSameFingerprintBothWays() throws {
        // Past 100,000 entries a place times an amount no longer fits in 64 bits unless each is
        // reduced first: the first sync of a million entries found its own postings changed.
        let postings: [(Int64, Int64, Int64, Int64)] = [
            (1, 0, 12_345, 12_345), (1, 1, -12_345, -12_345), (99_999, 3, Int64.max, Int64.max), (1_000_000, 4, Int64.min, -1),
            (5_000_000_000, 65_535, -9_000_000_000_000_000_000, 7), (140_000_000_000_000, 2, 2_147_483_646, -2_147_483_647),
        ]
        var sent = PostingFingerprint()
        for (sequence, position, amount, base) in postings { sent.add(sequence: sequence, position: position, amount: amount, baseAmount: base) }
        #expect(try stored(postings, through: 140_000_000_000_000) == sent)
        #expect(sent.postings == 6)
        // Only the entries through the one asked.
        var first = PostingFingerprint()
        first.add(sequence: 1, position: 0, amount: 12_345, baseAmount: 12_345)
        first.add(sequence: 1, position: 1, amount: -12_345, baseAmount: -12_345)
        #expect(try stored(postings, through: 1) == first)
        // An amount changed by one minor unit changes it.
        var changed = postings
        changed[3].2 += 1
        #expect(try stored(changed, through: 140_000_000_000_000) != sent)
    }

    @Test func anyPostingsGiveTheSameFingerprintBothWays() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 1...30)) { seed, count in
            // A journal of `count` entries far apart, of any amounts, from the seed.
            var random = JournalRowsTests.Seeded(state: UInt64(seed))
            func next() -> UInt64 { random.next() }
            var postings: [(Int64, Int64, Int64, Int64)] = []
            var sequence: Int64 = 0
            for _ in 0..<count {
                sequence += Int64(next() % 1_000_000_000) + 1
                for position in 0..<Int64(next() % 4 + 1) {
                    postings.append((sequence, position, Int64(bitPattern: next()), Int64(bitPattern: next()) >> Int64(next() % 64)))
                }
            }
            var sent = PostingFingerprint()
            for (sequence, position, amount, base) in postings { sent.add(sequence: sequence, position: position, amount: amount, baseAmount: base) }
            let read = try? stored(postings, through: sequence)
            #expect(read == sent)
        }
    }
}
