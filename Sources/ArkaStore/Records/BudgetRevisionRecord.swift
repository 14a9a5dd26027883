import ArkaCore
import GRDB

/// A row of the `budget_revision` table: one move of budget between two lines of a fund.
struct BudgetRevisionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "budget_revision"

    enum Columns {
        static let seq = Column(CodingKeys.seq)
        static let date = Column(CodingKeys.date)
    }

    var seq: Int64?
    var date: String
    var fund: String
    var from_line: String
    var to_line: String
    var amount: Int64
    var currency: String
    var reason: String
    var authority: String
    var reference: String
    var posted_by: String
    var posted_at: String

    init(_ revision: BudgetRevision, postedBy: String, postedAt: String) {
        date = revision.date.description
        fund = revision.fund
        from_line = revision.fromLine
        to_line = revision.toLine
        amount = revision.amount.minorUnits
        currency = revision.amount.currency.code
        reason = revision.reason
        authority = revision.authority.rawValue
        reference = revision.reference
        posted_by = postedBy
        posted_at = postedAt
    }

    func revision() throws -> BudgetRevision {
        guard let authority = BudgetRevision.Authority(rawValue: authority) else {
            throw ArkaError(.brokenJournal, "budget revision #\(seq ?? 0) has an unknown authority \"\(self.authority)\"")
        }
        return BudgetRevision(
            date: try LedgerDate.parse(date), fund: fund, fromLine: from_line, toLine: to_line,
            amount: Money(minorUnits: amount, currency: try Currency(code: currency)), reason: reason,
            authority: authority, reference: reference)
    }
}
