import ArkaCore
import ArkaStore
import Foundation

extension Ledger {
    /// Records the cash counted at the end of `date` against the books' balance of the till
    /// (every entry of that day included). A difference is posted as a shortage or an overage
    /// to the cash-difference account, with the note saying why; a count that agrees is
    /// recorded too. A till may be counted again the same day (after a correction, at a change
    /// of cashier): each count is its own, its difference entry numbered on (`CC-DATE-TILL`,
    /// then `-2`, `-3`...), and reads the books with the earlier count's difference in them.
    ///
    /// ```swift
    /// let (count, entry) = try ledger.countCash(on: day, counted: lek("84200"), note: "short after the fair", signature: .now())
    /// ```
    /// - Throws: ``ArkaError/Kind/missingValue`` for a difference without a note, or the entry's rule errors.
    /// - Parameter counted: a count dated before another count of the till, whose difference
    ///   changes that count, is a correction after it (``CountedCash``).
    @discardableResult
    public func countCash(
        on date: LedgerDate, counted: Money, note: String?, account: String? = nil, id: String? = nil, afterCount: CountedCash = .keep,
        signature: Signature
    ) throws -> (count: CashCount, entry: StoredEntry?) {
        let profile = try businessProfile()
        return try write(counted: afterCount, signature: signature) { transaction in
            try countCash(on: date, counted: counted, note: note, account: account, id: id, profile: profile, in: transaction, signature: signature)
        }
    }

    private func countCash(
        on date: LedgerDate, counted: Money, note: String?, account: String?, id: String?, profile: BusinessProfile,
        in transaction: LedgerTransaction, signature: Signature
    ) throws -> (count: CashCount, entry: StoredEntry?) {
        let account = account ?? profile.cash
        guard context.chart.account(account)?.type == .asset else {
            throw ArkaError(.unknownAccount, "a cash count is of an asset account, like the till \(profile.cash)", field: "account", value: account)
        }
        guard !counted.isNegative else {
            throw ArkaError(.badAmount, "counted cash cannot be negative", field: "counted", value: counted.decimalText)
        }
        try context.lock.checkOpen(date, what: "the cash count")
        let expected = try transaction.postedBalance(of: account, asOf: date)
        let count = CashCount(date: date, account: account, expected: expected, counted: counted, note: note?.trimmingSpaces)
        var stored: StoredEntry?
        // A second count of the same day and till is a count of its own: CC-DATE-TILL-2, -3...
        if var entry = try count.entry(id: try id ?? transaction.freshEntryID("CC-\(date)-\(account)", oneOfMany: true), profile: profile) {
            entry = try EntryRules.prepare(entry, in: context)
            entry.postedBy = signature.user
            entry.postedAt = signature.timestamp
            stored = try transaction.append(entry)
        }
        try transaction.addCashCount(count, entry: stored?.entry.id, by: signature.user, at: signature.timestamp)
        return (count, stored)
    }

    /// Records the cash counts of a file (`date,counted[,note][,account]`), in order, all or none.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is recorded then.
    public func countCash(file path: String, afterCount: CountedCash = .keep, signature: Signature) throws -> [CashCount] {
        let table = try CSVTable(path: path, required: ["date", "counted"], optional: ["note", "account"])
        var read = FileImport.rows(table) { row in
            (date: try LedgerDate.parse(try row.required("date")),
             counted: try Money.parse(try row.required("counted"), currency: baseCurrency, field: "counted"), note: row.value("note"),
             account: row.value("account"))
        }
        // Each count reads the balance the ones before it left, in one transaction: all or nothing.
        let profile = try businessProfile()
        return try write(counted: afterCount, file: table.reader.name, signature: signature) { transaction in
            var counts: [CashCount] = []
            try read.apply { row in
                counts.append(
                    try countCash(
                        on: row.date, counted: row.counted, note: row.note, account: row.account, id: nil, profile: profile, in: transaction,
                        signature: signature
                    ).count)
            }
            return counts
        }
    }
}

/// A cash count as it stands now: what it found then, and the books' figure for the same day
/// recomputed with every entry written since.
///
/// A write dated on or before a count changes it only when marked as a correction after the
/// count (`--after-count`); the count then shows its expected balance recomputed and the new
/// difference, and names the writes.
public struct CashCountStanding: Sendable, Equatable {
    public var stored: StoredCashCount
    /// The till's balance at the end of the count's day now, leaving out the count's own
    /// difference entry (and those of later counts of the same day), as ``CashCount/expected`` was.
    public var expectedNow: Money
    /// The entry that reversed the count's difference entry, when one did.
    public var differenceReversedBy: String?
    /// The entries marked as corrections after this count.
    public var changedBy: [String]

    /// Counted less the expected balance recomputed now.
    public var differenceNow: Money

    /// Whether the books' figure for the day is still the one the count was set against.
    public var holds: Bool { expectedNow == stored.count.expected }
}

extension Ledger {
    /// Every cash count recorded, oldest first.
    public func cashCounts() throws -> [StoredCashCount] {
        try store.view { try $0.cashCounts(currency: baseCurrency) }
    }

    /// Every cash count recorded, oldest first, with its expected balance recomputed now.
    public func cashCountStandings() throws -> [CashCountStanding] {
        try store.view { view in
            let counts = try view.cashCounts(currency: baseCurrency)
            let reversals = try view.reversals(of: counts.compactMap(\.entry))
            let marked = try view.afterCountWrites()
            return try counts.map { stored in
                // The difference entries of this count and of later counts of the same day and till.
                let own = counts.filter {
                    $0.count.account == stored.count.account && $0.count.date == stored.count.date && $0.id >= stored.id
                }.compactMap(\.entry)
                let expectedNow = try view.postedBalance(of: stored.count.account, asOf: stored.count.date, excluding: own)
                return CashCountStanding(
                    stored: stored, expectedNow: expectedNow, differenceReversedBy: stored.entry.flatMap { reversals[$0] },
                    changedBy: marked.filter { $0.count == stored.id }.map(\.entry), differenceNow: try stored.count.counted.subtracting(expectedNow))
            }
        }
    }
}
