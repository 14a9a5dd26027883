import ArkaCore
import GRDB

/// One posting with everything a listing shows of it and its entry: dates, documents, the
/// counterparty, the original currency and the rate it was converted at.
public struct ListedPosting: Sendable {
    public var sequence: Int64
    public var entryID: String
    public var date: String
    public var description: String
    public var counterparty: String?
    public var account: String
    /// In minor units of `currency`.
    public var amount: Int64
    public var currency: String
    /// In minor units of the ledger's base currency.
    public var baseAmount: Int64
    public var rate: String?
    public var rateSource: String?
    public var rateDate: String?
    public var fund: String?
    public var budgetLine: String?
    public var memo: String?
    /// The entry's documents, in order.
    public var documents: [DocumentReference]
    /// The entry this one reverses, if it is a reversal.
    public var reverses: String?
}

/// The order of a posting listing.
public enum ListingOrder: Sendable {
    /// By fund, budget line, date and posting order: the expenditure verification's grouping.
    case budgetLine
    /// By account, date and posting order: the general ledger.
    case account
}

extension LedgerView {
    /// Calls `body` with each posting to `accounts` (all when nil) dated from `from` to `to`, in
    /// `order`, streaming: a million postings never sit in memory together.
    ///
    /// ```swift
    /// try view.forEachListedPosting(accounts: expenseAccounts, from: nil, to: nil, order: .budgetLine) { print($0.entryID) }
    /// ```
    /// - Throws: a database error, or what `body` throws.
    public func forEachListedPosting(
        accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?, order: ListingOrder, _ body: (ListedPosting) throws -> Void
    ) throws {
        let (filter, arguments) = postingFilter(accounts: accounts, from: from, to: to)
        let ordering: String
        switch order {
        case .budgetLine: ordering = "COALESCE(p.fund, ''), COALESCE(p.budget_line, ''), e.date, p.id"
        case .account: ordering = "p.account, e.date, p.id"
        }
        let sql = """
            SELECT e.seq, e.id, e.date, e.description, e.counterparty, p.account, p.amount, p.currency, p.base_amount,
                   p.rate, p.rate_source, p.rate_date, p.fund, p.budget_line, p.memo, e.reverses,
                   (SELECT group_concat(kind || ':' || reference, char(31))
                    FROM (SELECT kind, reference FROM entry_document d WHERE d.entry_seq = e.seq ORDER BY position))
            FROM posting p JOIN entry e ON e.seq = p.id >> 16
            \(filter)
            ORDER BY \(ordering)
            """
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            var documents: [DocumentReference] = []
            if let text: String = row[16] {
                for item in text.split(separator: "\u{1F}") {
                    guard let colon = item.firstIndex(of: ":") else { continue }
                    let kind = DocumentReference.Kind(rawValue: String(item[..<colon])) ?? .document
                    documents.append(DocumentReference(kind: kind, reference: String(item[item.index(after: colon)...])))
                }
            }
            try body(
                ListedPosting(
                    sequence: row[0], entryID: row[1], date: row[2], description: row[3], counterparty: row[4], account: row[5],
                    amount: row[6], currency: row[7], baseAmount: row[8], rate: row[9], rateSource: row[10], rateDate: row[11],
                    fund: row[12], budgetLine: row[13], memo: row[14], documents: documents, reverses: row[15]))
        }
    }
}
