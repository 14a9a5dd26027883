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
    /// Calls `body` with each posting to `accounts` (all when nil) dated from `from` to `to`, of
    /// `fund` when given, in `order`, streaming: a million postings never sit in memory together.
    ///
    /// A listing per fund asks for its fund here: SQLite then sorts that fund's postings only,
    /// where filtering the whole stream would read and sort every posting once per fund.
    ///
    /// ```swift
    /// try view.forEachListedPosting(accounts: expenseAccounts, from: nil, to: nil, order: .budgetLine) { print($0.entryID) }
    /// try view.forEachListedPosting(accounts: expenseAccounts, from: nil, to: nil, fund: "ADH", order: .budgetLine) { print($0.entryID) }
    /// ```
    /// - Throws: a database error, or what `body` throws.
    public func forEachListedPosting(
        accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?, fund: String? = nil, order: ListingOrder,
        _ body: (ListedPosting) throws -> Void
    ) throws {
        var (filter, arguments) = postingFilter(accounts: accounts, from: from, to: to)
        if let fund {
            filter += filter.isEmpty ? "WHERE p.fund = ?" : " AND p.fund = ?"
            _ = arguments.append(contentsOf: [fund])
        }
        let ordering: String
        switch order {
        case .budgetLine: ordering = "COALESCE(p.fund, ''), COALESCE(p.budget_line, ''), e.date, p.id"
        case .account: ordering = "p.account, e.date, p.id"
        }
        // Read through the C API: a listing is up to a million rows.
        let statement = try RawStatement(
            db,
            """
            SELECT e.seq, e.id, e.date, e.description, e.counterparty, p.account, p.amount, p.currency, p.base_amount,
                   p.rate, p.rate_source, p.rate_date, p.fund, p.budget_line, p.memo, e.reverses,
                   (SELECT group_concat(kind || ':' || reference, char(31))
                    FROM (SELECT kind, reference FROM entry_document d WHERE d.entry_seq = e.seq ORDER BY position))
            FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
            \(filter)
            ORDER BY \(ordering)
            """)
        try statement.statement.setArguments(arguments)
        try statement.forEachRow { row in
            var documents: [DocumentReference] = []
            if let text = row.optionalText(16) {
                for item in text.split(separator: "\u{1F}") {
                    guard let colon = item.firstIndex(of: ":") else { continue }
                    let kind = DocumentReference.Kind(rawValue: String(item[..<colon])) ?? .document
                    documents.append(DocumentReference(kind: kind, reference: String(item[item.index(after: colon)...])))
                }
            }
            try body(
                ListedPosting(
                    sequence: row.int64(0), entryID: row.text(1), date: row.text(2), description: row.text(3),
                    counterparty: row.optionalText(4), account: row.text(5), amount: row.int64(6), currency: row.text(7),
                    baseAmount: row.int64(8), rate: row.optionalText(9), rateSource: row.optionalText(10), rateDate: row.optionalText(11),
                    fund: row.optionalText(12), budgetLine: row.optionalText(13), memo: row.optionalText(14), documents: documents,
                    reverses: row.optionalText(15)))
        }
    }
}
