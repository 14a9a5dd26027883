import ArkaCore
import GRDB

/// One posting with its entry, as every register, listing and report reads it: the one posting
/// read model. Its amounts are ``Money``, its day a ``LedgerDate``; nothing downstream rebuilds
/// them from stored numbers and codes.
///
/// ```swift
/// for line in try view.register(accounts: ["5120"], from: nil, to: nil) {
///     print(line.date, line.amount, line.baseAmount, line.documents)
/// }
/// ```
public struct PostingLine: Sendable, Equatable {
    /// The entry's place in the journal.
    public var sequence: Int64
    public var entryID: String
    public var date: LedgerDate
    public var description: String
    public var counterparty: String?
    public var account: String
    /// In the posting's own currency.
    public var amount: Money
    /// In the ledger's base currency: the amount itself for a base-currency posting.
    public var baseAmount: Money
    /// The rate the amount was converted at, as written (`117.75`); nil in the base currency.
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

    /// The posting's fund and budget line as one key (empty parts for none).
    public var budgetLineKey: BudgetLineKey { BudgetLineKey(fund: fund, line: budgetLine) }
}

/// The order of a posting listing.
public enum ListingOrder: Sendable {
    /// By fund, budget line, date and posting order: the expenditure verification's grouping.
    case budgetLine
    /// By account, date and posting order: the general ledger.
    case account
    /// By date and posting order: a register.
    case date
}

extension LedgerView {
    /// Calls `body` with each posting to `accounts` (all when nil) dated from `from` to `to`, of
    /// `fund` when given, in `order`, streaming: a million postings never sit in memory together.
    ///
    /// A listing per fund asks for its fund here: SQLite then sorts that fund's postings only,
    /// where filtering the whole stream would read and sort every posting once per fund.
    ///
    /// ```swift
    /// try view.forEachPostingLine(accounts: expenseAccounts, from: nil, to: nil, order: .budgetLine) { print($0.entryID) }
    /// try view.forEachPostingLine(accounts: expenseAccounts, from: nil, to: nil, fund: "ADH", order: .budgetLine) { print($0.entryID) }
    /// ```
    /// - Throws: a database error, ``ArkaError/Kind/brokenJournal`` for a stored date that is not
    ///   one, ``ArkaError/Kind/unknownCurrency`` for a stored code that is not one, or what `body` throws.
    public func forEachPostingLine(
        accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?, fund: String? = nil, order: ListingOrder,
        _ body: (PostingLine) throws -> Void
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
        case .date: ordering = "e.date, p.id"
        }
        let base = try baseCurrency()
        // Read through the C API: a listing is up to a million rows.
        let statement = try RawStatement(
            db,
            """
            SELECT \(Self.postingLineColumns)
            FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id"))
            \(filter)
            ORDER BY \(ordering)
            """)
        try statement.statement.setArguments(arguments)
        try statement.forEachRow { row in try body(try postingLine(row, base: base)) }
    }

    /// The columns a posting line is read from (``postingLine(_:base:)``), over `entry e` and
    /// `posting p`; the posting's key is the 18th.
    static let postingLineColumns = """
        e.seq, e.id, e.date, e.description, e.counterparty, p.account, p.amount, p.currency, p.base_amount,
               p.rate, p.rate_source, p.rate_date, p.fund, p.budget_line, p.memo, e.reverses,
               (SELECT group_concat(kind || ':' || reference, char(31))
                FROM (SELECT kind, reference FROM entry_document d WHERE d.entry_seq = e.seq ORDER BY position)),
               p.id
        """

    /// The posting line of a row of ``postingLineColumns``.
    func postingLine(_ row: RawRow, base: Currency) throws -> PostingLine {
        PostingLine(
            sequence: row.int64(0), entryID: row.text(1), date: try row.date(2), description: row.text(3),
            counterparty: row.optionalText(4), account: row.text(5), amount: try row.money(6, currency: 7, currencies),
            baseAmount: row.money(8, currency: base), rate: row.optionalText(9), rateSource: row.optionalText(10),
            rateDate: row.optionalText(11), fund: row.optionalText(12), budgetLine: row.optionalText(13), memo: row.optionalText(14),
            documents: DocumentReference.list(row.optionalText(16)), reverses: row.optionalText(15))
    }

    /// The postings to `accounts` (all when nil) dated from `from` to `to`, inclusive, in date
    /// order and, within a day, in the order they were posted.
    /// - Throws: as ``forEachPostingLine(accounts:from:to:fund:order:_:)``.
    public func register(accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?) throws -> [PostingLine] {
        var lines: [PostingLine] = []
        try forEachPostingLine(accounts: accounts, from: from, to: to, order: .date) { lines.append($0) }
        return lines
    }
}

extension DocumentReference {
    /// The documents of one entry as the listing query joins them: `kind:reference` items
    /// separated by the unit separator (U+001F), which no reference holds (``TextLimit``).
    static func list(_ joined: String?) -> [DocumentReference] {
        guard let joined else { return [] }
        return joined.split(separator: "\u{1F}").compactMap { (item: Substring) -> DocumentReference? in
            guard let colon = item.firstIndex(of: ":") else { return nil }
            let kind = DocumentReference.Kind(rawValue: String(item[..<colon])) ?? .document
            return DocumentReference(kind: kind, reference: String(item[item.index(after: colon)...]))
        }
    }
}
