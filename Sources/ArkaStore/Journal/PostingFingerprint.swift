import ArkaCore
import GRDB

/// A fingerprint of the postings of the entries up to one: how many there are and two sums,
/// modulo a prime, of each amount (and each base amount) weighted by the posting's place in the
/// journal. The centre keeps the same fingerprint of what each office sent (maintained sync by
/// sync), so that a sync finds an amount changed in an entry sent before, behind Arka's back,
/// without recomputing every hash of the office's journal (`arka verify` does that).
///
/// ```swift
/// let mine = try store.view { try $0.postingFingerprint(through: head.sequence) }
/// ```
public struct PostingFingerprint: Sendable, Equatable {
    /// The modulus: a prime below 2³¹, so that a product of two residues fits in 63 bits.
    public static let modulus: Int64 = 2_147_483_647

    public var postings: Int64
    public var amounts: Int64
    public var baseAmounts: Int64

    public init(postings: Int64 = 0, amounts: Int64 = 0, baseAmounts: Int64 = 0) {
        self.postings = postings
        self.amounts = amounts
        self.baseAmounts = baseAmounts
    }

    /// A posting's place: its entry's sequence and its position, as the journal numbers them.
    public static func place(sequence: Int64, position: Int64) -> Int64 {
        ((sequence % modulus) * 65_536 + position) % modulus
    }

    /// The residue of `value`, from 0 to ``modulus`` − 1.
    static func residue(_ value: Int64) -> Int64 {
        let remainder = value % modulus
        return remainder < 0 ? remainder + modulus : remainder
    }

    /// Adds one posting.
    public mutating func add(sequence: Int64, position: Int64, amount: Int64, baseAmount: Int64) {
        let place = Self.place(sequence: sequence, position: position)
        postings += 1
        amounts = (amounts + Self.residue(amount) * place % Self.modulus) % Self.modulus
        baseAmounts = (baseAmounts + Self.residue(baseAmount) * place % Self.modulus) % Self.modulus
    }

    /// Adds another fingerprint (of other postings).
    public mutating func add(_ other: PostingFingerprint) {
        postings += other.postings
        amounts = (amounts + other.amounts) % Self.modulus
        baseAmounts = (baseAmounts + other.baseAmounts) % Self.modulus
    }
}

extension LedgerView {
    /// The fingerprint of the postings of entries 1 to `sequence`, in one pass over them.
    /// - Throws: a database error.
    public func postingFingerprint(through sequence: Int64) throws -> PostingFingerprint {
        sequence < 1 ? PostingFingerprint() : try postingFingerprint(of: 1...sequence)
    }

    /// The fingerprint of the postings of the entries in `entries`, in one pass over them.
    /// - Throws: a database error.
    public func postingFingerprint(of entries: ClosedRange<Int64>) throws -> PostingFingerprint {
        let p = PostingFingerprint.modulus
        // A posting's id is its entry's sequence shifted by 16 bits plus its position (PostingKey).
        // Each factor reduced before the product, which then fits in 62 bits.
        let residue = { (column: String) in "(((\(column) % \(p)) + \(p)) % \(p))" }
        let place = "((((id >> 16) % \(p)) * 65536 + (id & 65535)) % \(p))"
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*), COALESCE(SUM(\(residue("amount")) * \(place) % \(p)), 0), COALESCE(SUM(\(residue("base_amount")) * \(place) % \(p)), 0)
                FROM posting WHERE id BETWEEN ? AND ?
                """,
            arguments: [PostingKey.keys(ofEntries: entries).lowerBound, PostingKey.keys(ofEntries: entries).upperBound])
        guard let row else { return PostingFingerprint() }
        let amounts: Int64 = row[1]
        let baseAmounts: Int64 = row[2]
        return PostingFingerprint(postings: row[0], amounts: amounts % p, baseAmounts: baseAmounts % p)
    }

    /// Refuses a ledger whose record log holds records no Arka write sealed (written by another
    /// program), and one whose ruling tables (settings, chart, funds, budget, rates, closed
    /// periods, schemes, agreements, products) differ from their log: as a write refuses it.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` naming the first record or row at fault.
    public func checkRecordsAsWritten() throws {
        try RecordLog.checkBeforeWrite(db)
    }
}
