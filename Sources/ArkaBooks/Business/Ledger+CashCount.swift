import ArkaCore
import ArkaStore
import Foundation

extension Ledger {
    /// Records the cash counted at the end of `date` against the books' balance of the till
    /// (every entry of that day included). A difference is posted as a shortage or an overage
    /// to the cash-difference account, with the note saying why; a count that agrees is
    /// recorded too.
    ///
    /// ```swift
    /// let (count, entry) = try ledger.countCash(on: day, counted: lek("84200"), note: "short after the fair", signature: .now())
    /// ```
    /// - Throws: ``ArkaError/Kind/missingValue`` for a difference without a note, or the entry's rule errors.
    @discardableResult
    public func countCash(
        on date: LedgerDate, counted: Money, note: String?, account: String? = nil, id: String? = nil, signature: Signature
    ) throws -> (count: CashCount, entry: StoredEntry?) {
        let profile = try businessProfile()
        return try store.transaction { transaction in
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
        guard counted.minorUnits >= 0 else {
            throw ArkaError(.badAmount, "counted cash cannot be negative", field: "counted", value: counted.decimalText)
        }
        try context.lock.checkOpen(date, what: "the cash count")
        let expected = Money(minorUnits: try transaction.postedBalance(of: account, asOf: date), currency: baseCurrency)
        let count = CashCount(date: date, account: account, expected: expected, counted: counted, note: note?.trimmingSpaces)
        var stored: StoredEntry?
        if var entry = try count.entry(id: id ?? "CC-\(date)-\(account)", profile: profile) {
            entry = try EntryRules.prepare(entry, in: context)
            entry.postedBy = signature.user
            entry.postedAt = signature.timestamp
            stored = try transaction.append(entry)
        }
        try transaction.addCashCount(count, entry: stored?.entry.id, by: signature.user, at: signature.timestamp)
        return (count, stored)
    }

    /// Records the cash counts of a file (`date,counted[,note][,account]`), in order, all or none.
    /// - Throws: the first row's ``ArkaError`` with its file and line; nothing is recorded then.
    public func countCash(file path: String, signature: Signature) throws -> [CashCount] {
        let table = try CSVTable(path: path, required: ["date", "counted"], optional: ["note", "account"])
        var rows: [(LedgerDate, Money, String?, String?, CSVTable.Row)] = []
        while let row = try table.next() {
            do {
                rows.append(
                    (try LedgerDate.parse(try row.required("date")), try Money.parse(try row.required("counted"), currency: baseCurrency, field: "counted"),
                     row.value("note"), row.value("account"), row))
            } catch let error as ArkaError {
                throw row.locate(error)
            }
        }
        // Each count reads the balance the ones before it left, in one transaction: all or nothing.
        let profile = try businessProfile()
        return try store.transaction { transaction in
            try rows.map { date, counted, note, account, row in
                do {
                    return try countCash(
                        on: date, counted: counted, note: note, account: account, id: nil, profile: profile, in: transaction, signature: signature
                    ).count
                } catch let error as ArkaError {
                    throw row.locate(error)
                }
            }
        }
    }
}

extension Ledger {
    /// Every cash count recorded, oldest first.
    public func cashCounts() throws -> [StoredCashCount] {
        try store.view { try $0.cashCounts(currency: baseCurrency) }
    }
}
