import ArkaCore
import ArkaStore

/// Everything the books hold of one entry: its postings with their rates and base amounts, its
/// documents, who posted it and when, its place in the hash chain, its reversal links, and the
/// rows of the registers that rest on it (`arka show`).
public struct EntryDetail: Sendable {
    /// The entry as the journal holds it: sequence, hash, previous hash.
    public var stored: StoredEntry
    /// The id of the entry that reverses this one, if one does.
    public var reversedBy: String?
    /// The rows of the registers kept beside the journal that rest on the entry.
    public var registerRows: [EntryRegisterRow]
    /// The name of each account the entry posts to, by code.
    public var accountNames: [String: String]
    /// The ledger's base currency: the currency of every base amount.
    public var baseCurrency: Currency
    /// The sum of the base amounts debited, and of those credited (as a positive amount): equal,
    /// as the entry balances.
    public var baseDebits, baseCredits: Money
}

extension Ledger {
    /// The entry with id `id`, all the books hold of it (``EntryDetail``), read in one snapshot.
    ///
    /// ```swift
    /// let detail = try ledger.entryDetail(id: "2023-014")
    /// detail.reversedBy   // "2023-014-rev" once it is reversed
    /// ```
    /// - Throws: ``ArkaError/Kind/unknownEntry`` naming the id when the journal has no such entry.
    public func entryDetail(id: String) throws -> EntryDetail {
        try snapshot {
            try store.view { view in
                guard let stored = try view.storedEntry(id: id) else {
                    throw ArkaError(.unknownEntry, "the ledger has no entry with this id", field: "entry", value: id)
                }
                var names: [String: String] = [:]
                var sides = MoneyTotals<Bool>(currency: baseCurrency)
                for posting in stored.entry.postings {
                    names[posting.account] = context.chart.account(posting.account)?.name(in: .current)
                    let base = posting.baseAmount
                    try sides.add(base.isNegative ? try base.creditSide() : base, to: base.isNegative, what: "the credits of entry \(id)")
                }
                return EntryDetail(
                    stored: stored, reversedBy: try view.reversal(of: id), registerRows: try view.registerRows(of: id),
                    accountNames: names, baseCurrency: baseCurrency, baseDebits: sides[false], baseCredits: sides[true])
            }
        }
    }
}
