import ArkaCollections
import ArkaCore
import Foundation

/// Debits and credits per month, account, currency, fund and budget line, summed as entries are
/// appended and written to the `posting_total` table at the commit.
///
/// It also carries the ledger's totals (``LedgerTotals``) forward from what was stored before the
/// transaction, posting by posting, and refuses the posting that would take the debits or credits
/// of its currency, or the converted debits or credits, past 64 bits. Every monthly total and
/// every sum a report makes of them is then exact: the stored monthly totals never pass 64 bits.
///
/// The journal's writer adds every posting it inserts, so the totals are looked up by the bytes
/// the rows already hold: the month's `YYYY-MM` and the four texts are hashed and compared where
/// they lie. A posting makes no string and copies nothing; only a key seen for the first time is
/// copied, into the table's own buffer of keys.
///
/// ```swift
/// var totals = MonthlyTotals(ledger: try view.ledgerTotals())
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
            /// A credit's size; the smallest Int64 has none that fits.
            func negated(_ value: Int64) -> Int64 {
                let (size, o) = Int64(0).subtractingReportingOverflow(value)
                overflow = overflow || o
                return size
            }
            if amount > 0 { add(&debit, amount) } else { add(&credit, negated(amount)) }
            if base > 0 { add(&baseDebit, base) } else { add(&baseCredit, negated(base)) }
            return !overflow
        }
    }

    /// A key's texts as UTF-8, lent for the length of a call. An absent fund or budget line is
    /// empty, as the `posting_total` table stores it.
    struct Key {
        var month: UnsafeRawBufferPointer
        var account: UnsafeRawBufferPointer
        var currency: UnsafeRawBufferPointer
        var fund: UnsafeRawBufferPointer
        var budgetLine: UnsafeRawBufferPointer

        var hash: Int {
            var hash = ByteHash()
            hash.add(month)
            hash.add(account)
            hash.add(currency)
            hash.add(fund)
            hash.add(budgetLine)
            return hash.value
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            func same(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
                guard a.count == b.count else { return false }
                guard let x = a.baseAddress, let y = b.baseAddress else { return a.count == 0 }
                return memcmp(x, y, a.count) == 0
            }
            return same(lhs.month, rhs.month) && same(lhs.account, rhs.account) && same(lhs.currency, rhs.currency)
                && same(lhs.fund, rhs.fund) && same(lhs.budgetLine, rhs.budgetLine)
        }
    }

    /// Where a key starts in `keys`, its hash, its sums, and its currency's index in `currencies`.
    private struct Total: Sendable {
        var hash: Int
        var start: Int
        var currency: Int
        var sums = Sums()
    }

    /// The ledger's debits and credits in one currency: what was stored, plus what was added.
    private struct CurrencyTotal: Sendable {
        var code: [UInt8]
        var sums: LedgerTotals.Sums
    }

    /// What the ledger held before the transaction.
    private let stored: LedgerTotals
    /// The ledger's totals per currency met so far, with this transaction's postings added.
    private var currencies: [CurrencyTotal] = []
    /// The ledger's converted debits and credits, with this transaction's postings added.
    private var base: LedgerTotals.Sums

    private var totals: [Total] = []
    /// Every key, one after the other: the month's 7 bytes, then each text after its length
    /// (4 bytes, little-endian).
    private var keys: [UInt8] = []
    /// An open-addressing index into `totals`: a slot holds a total's index plus one, or 0 when
    /// free. Its count is a power of two, and it is kept at most half full.
    private var slots = [Int32](repeating: 0, count: 1_024)

    /// Totals of a transaction on a ledger whose totals are `ledger` (read with
    /// ``LedgerView/ledgerTotals()``).
    init(ledger: LedgerTotals = LedgerTotals()) {
        stored = ledger
        base = ledger.base
    }

    /// How many keys have totals.
    var count: Int { totals.count }

    /// The ledger's totals with this transaction's postings added: what ``LedgerView/ledgerTotals()``
    /// reads once they are written.
    var ledger: LedgerTotals {
        var ledger = stored
        for currency in currencies { ledger.currencies[String(decoding: currency.code, as: UTF8.self)] = currency.sums }
        ledger.base = base
        return ledger
    }

    /// Adds every posting of the entry at `index` of encoded journal rows.
    /// - Parameter bytes: the rows' `bytes`, lent by the caller.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    mutating func add(_ rows: JournalRows, at index: Int, bytes: UnsafeRawBufferPointer) throws {
        func text(_ text: JournalRows.Text) -> UnsafeRawBufferPointer {
            text.count <= 0 ? UnsafeRawBufferPointer(start: nil, count: 0) : UnsafeRawBufferPointer(rebasing: bytes[text.offset..<text.offset + text.count])
        }
        let entry = rows.entries[index]
        // The date is `YYYY-MM-DD`, checked when the entry was made: its month is its first 7 bytes.
        let month = UnsafeRawBufferPointer(rebasing: bytes[entry.date.offset..<entry.date.offset + 7])
        for posting in rows.postings[entry.postings] {
            let key = Key(
                month: month, account: text(posting.account), currency: text(posting.currency), fund: text(posting.fund),
                budgetLine: text(posting.budgetLine))
            let total = findOrInsert(key)
            guard totals[total].sums.add(amount: posting.amount, base: posting.baseAmount) else {
                let account = rows.string(posting.account) ?? ""
                throw rows.locate(ArkaError(.overflow, "the monthly total of account \(account) is too large to hold exactly"), at: index)
            }
            let currency = totals[total].currency
            guard Self.add(posting.amount, to: &currencies[currency].sums) else {
                throw refusal(rows, at: index, posting: posting, total: "the ledger's \(posting.amount > 0 ? "debits" : "credits") in \(rows.string(posting.currency) ?? "")")
            }
            guard Self.add(posting.baseAmount, to: &base) else {
                throw refusal(rows, at: index, posting: posting, total: "the ledger's \(posting.baseAmount > 0 ? "debits" : "credits") converted to the base currency")
            }
        }
    }

    /// Adds a debit (positive) or a credit (negative, by its size) to `sums`.
    /// - Returns: false when the total would pass 64 bits; `sums` is then not to be used again.
    private static func add(_ amount: Int64, to sums: inout LedgerTotals.Sums) -> Bool {
        if amount > 0 {
            let (sum, overflow) = sums.debit.addingReportingOverflow(amount)
            sums.debit = sum
            return !overflow
        }
        let (sum, overflow) = sums.credit.subtractingReportingOverflow(amount)
        sums.credit = sum
        return !overflow
    }

    /// The refusal of a posting that would take `total` past 64 bits, placed on its line.
    private func refusal(_ rows: JournalRows, at index: Int, posting: JournalRows.PostingRow, total: String) -> ArkaError {
        let code = rows.string(posting.currency) ?? ""
        let scale = (try? Currency(code: code))?.exponent ?? 2
        return rows.locate(Checked.refusal(amount: posting.amount, scale: scale, takes: total), at: index, posting: posting)
    }

    /// Hands each key with its sums to `body`, in no particular order.
    /// - Throws: what `body` throws.
    func forEach(_ body: (Key, Sums) throws -> Void) rethrows {
        try keys.withUnsafeBytes { keys in
            for total in totals { try body(Self.key(at: total.start, in: keys), total.sums) }
        }
    }

    /// The key stored at `start`.
    private static func key(at start: Int, in keys: UnsafeRawBufferPointer) -> Key {
        var cursor = start
        func next(_ count: Int) -> UnsafeRawBufferPointer {
            defer { cursor += count }
            return UnsafeRawBufferPointer(rebasing: keys[cursor..<cursor + count])
        }
        func nextText() -> UnsafeRawBufferPointer {
            next(Int(UInt32(littleEndian: next(4).loadUnaligned(as: UInt32.self))))
        }
        return Key(month: next(7), account: nextText(), currency: nextText(), fund: nextText(), budgetLine: nextText())
    }

    /// The index in `totals` of `key`, added with zero sums when it is new.
    private mutating func findOrInsert(_ key: Key) -> Int {
        let hash = key.hash
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if totals[index].hash == hash, keys.withUnsafeBytes({ Self.key(at: totals[index].start, in: $0) == key }) { return index }
            slot = (slot + 1) & mask
        }
        totals.append(Total(hash: hash, start: keys.count, currency: currencyIndex(key.currency)))
        keys.append(contentsOf: key.month)
        for text in [key.account, key.currency, key.fund, key.budgetLine] {
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: text.count).littleEndian) { keys.append(contentsOf: $0) }
            keys.append(contentsOf: text)
        }
        slots[slot] = Int32(totals.count)
        if 2 * totals.count > slots.count { grow() }
        return totals.count - 1
    }

    /// The index in `currencies` of the currency `code`, added with the ledger's stored totals
    /// when it is new. A transaction meets a few currencies: they are compared one by one.
    private mutating func currencyIndex(_ code: UnsafeRawBufferPointer) -> Int {
        if let index = currencies.firstIndex(where: { $0.code.elementsEqual(code) }) { return index }
        let text = String(decoding: code, as: UTF8.self)
        currencies.append(CurrencyTotal(code: Array(code), sums: stored.currencies[text] ?? LedgerTotals.Sums()))
        return currencies.count - 1
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
