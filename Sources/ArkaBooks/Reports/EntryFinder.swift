import ArkaCore
import ArkaStore

/// An entry `arka find` found: the entry's head and the postings of it the filter kept.
public struct FoundEntry: Sendable {
    public var sequence: Int64
    public var id: String
    public var date: LedgerDate
    public var description: String
    public var counterparty: String?
    public var documents: [DocumentReference]
    /// The entry this one reverses, if it is a reversal.
    public var reverses: String?
    /// The postings of the entry the filter kept, in their order.
    public var postings: [PostingLine]
}

extension Ledger {
    /// The entries with a posting that `filter` keeps, on `account` (and the accounts below it)
    /// from `from` to `to`, in date order: what `arka find` lists, for `arka show` to open.
    ///
    /// ```swift
    /// var filter = PostingFilter()
    /// filter.document = "ES-211"
    /// try ledger.find(filter).map(\.id)   // ["E3"]
    /// ```
    /// - Throws: ``ArkaError/Kind/unknownAccount`` when `account` is not in the chart;
    ///   ``ArkaError/Kind/badAmount`` for a bad amount bound.
    public func find(_ filter: PostingFilter, account: String? = nil, from: LedgerDate? = nil, to: LedgerDate? = nil) throws -> [FoundEntry] {
        let accounts = try accountAndBelow(account)
        let matcher = try filter.matcher()
        return try store.view { view in
            var found: [FoundEntry] = []
            try view.forEachPostingLine(accounts: accounts, from: from, to: to, fund: filter.fund, order: .date) { line in
                guard matcher.keeps(line) else { return }
                if let last = found.indices.last, found[last].sequence == line.sequence {
                    found[last].postings.append(line)
                } else {
                    found.append(
                        FoundEntry(
                            sequence: line.sequence, id: line.entryID, date: line.date, description: line.description, counterparty: line.counterparty,
                            documents: line.documents, reverses: line.reverses, postings: [line]))
                }
            }
            return found
        }
    }
}
