import ArkaCore
import Foundation

/// Debits and credits per month, account, currency, fund and budget line, summed as entries are
/// appended and written to the `posting_total` table at the commit.
///
/// The journal's writer adds every posting it inserts, so the totals are looked up by the bytes
/// the rows already hold: a key is the month's `YYYY-MM` and the four texts, each after its
/// length, copied into one buffer kept from one posting to the next. A posting makes no string
/// and allocates nothing; only a key seen for the first time is copied, into the table's own
/// buffer of keys.
///
/// ```swift
/// var totals = MonthlyTotals()
/// try rows.bytes.withUnsafeBytes { try totals.add(rows, at: 0, bytes: $0) }
/// try totals.forEach { key, sums in print(key.account.count, sums.debit) }
/// ```
struct MonthlyTotals: Sendable {
    /// Debit, credit, base debit and base credit of one key, in minor units.
    struct Sums: Sendable {
        var debit: Int64 = 0
        var credit: Int64 = 0
        var baseDebit: Int64 = 0
        var baseCredit: Int64 = 0

        /// False when a sum overflowed.
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

    /// A key's texts as UTF-8, lent for the length of a ``forEach(_:)`` call. An absent fund or
    /// budget line is empty, as the `posting_total` table stores it.
    struct Key {
        var month: UnsafeRawBufferPointer
        var account: UnsafeRawBufferPointer
        var currency: UnsafeRawBufferPointer
        var fund: UnsafeRawBufferPointer
        var budgetLine: UnsafeRawBufferPointer
    }

    /// A key's place in `keys`, its hash, and its sums.
    private struct Total: Sendable {
        var hash: Int
        var start: Int
        var count: Int
        var sums = Sums()
    }

    private var totals: [Total] = []
    /// Every key, one after the other.
    private var keys: [UInt8] = []
    /// An open-addressing index into `totals`: a slot holds a total's index plus one, or 0 when
    /// free. Its count is a power of two, and it is kept at most half full.
    private var slots = [Int32](repeating: 0, count: 1_024)
    /// The key of the posting being added.
    private var probe: [UInt8] = []

    init() {}

    /// How many keys have totals.
    var count: Int { totals.count }

    /// Adds every posting of the entry at `index` of encoded journal rows.
    /// - Parameter bytes: the rows' `bytes`, lent by the caller.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    mutating func add(_ rows: JournalRows, at index: Int, bytes: UnsafeRawBufferPointer) throws {
        func appendToProbe(_ text: JournalRows.Text) {
            let count = max(text.count, 0)
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { probe.append(contentsOf: $0) }
            probe.append(contentsOf: bytes[text.offset..<text.offset + count])
        }
        let entry = rows.entries[index]
        for posting in rows.postings[entry.postings] {
            probe.removeAll(keepingCapacity: true)
            // The date is `YYYY-MM-DD`, checked when the entry was made: its month is its first 7 bytes.
            probe.append(contentsOf: bytes[entry.date.offset..<entry.date.offset + 7])
            appendToProbe(posting.account)
            appendToProbe(posting.currency)
            appendToProbe(posting.fund)
            appendToProbe(posting.budgetLine)
            let total = findOrInsertProbe()
            guard totals[total].sums.add(amount: posting.amount, base: posting.baseAmount) else {
                let account = rows.string(posting.account) ?? ""
                throw rows.locate(ArkaError(.overflow, "the monthly total of account \(account) is too large to hold exactly"), at: index)
            }
        }
    }

    /// Hands each key with its sums to `body`, in no particular order.
    /// - Throws: what `body` throws.
    func forEach(_ body: (Key, Sums) throws -> Void) rethrows {
        try keys.withUnsafeBytes { keys in
            for total in totals {
                var cursor = total.start
                func next(_ count: Int) -> UnsafeRawBufferPointer {
                    defer { cursor += count }
                    return UnsafeRawBufferPointer(rebasing: keys[cursor..<cursor + count])
                }
                func nextText() -> UnsafeRawBufferPointer {
                    let count = Int(UInt32(littleEndian: next(4).loadUnaligned(as: UInt32.self)))
                    return next(count)
                }
                let month = next(7)
                let key = Key(month: month, account: nextText(), currency: nextText(), fund: nextText(), budgetLine: nextText())
                try body(key, total.sums)
            }
        }
    }

    /// The index in `totals` of the probe's key, added with zero sums when it is new.
    private mutating func findOrInsertProbe() -> Int {
        var hasher = Hasher()
        probe.withUnsafeBytes { hasher.combine(bytes: $0) }
        let hash = hasher.finalize()
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if totals[index].hash == hash && isProbe(totals[index]) { return index }
            slot = (slot + 1) & mask
        }
        totals.append(Total(hash: hash, start: keys.count, count: probe.count))
        keys.append(contentsOf: probe)
        slots[slot] = Int32(totals.count)
        if 2 * totals.count > slots.count { grow() }
        return totals.count - 1
    }

    private func isProbe(_ total: Total) -> Bool {
        guard total.count == probe.count else { return false }
        return keys.withUnsafeBytes { keys in
            probe.withUnsafeBytes { probe in memcmp(keys.baseAddress! + total.start, probe.baseAddress!, probe.count) == 0 }
        }
    }

    /// Doubles the slots and places every total again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        for (index, total) in totals.enumerated() {
            var slot = total.hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
