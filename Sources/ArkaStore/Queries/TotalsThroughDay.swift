import ArkaCore
import GRDB

/// How a sum of the books through a day is read: whole months from the monthly totals the journal
/// keeps, and, when the day does not end its month, that month's days through it from their
/// postings. A report through a month's last day reads no posting at all; any other day reads
/// one month's postings at most, whatever the length of the journal.
///
/// ```swift
/// let split = TotalsThroughDay(try LedgerDate.parse("2023-12-31"))
/// split.months      // "month <= ?", with the argument 2023-12
/// split.days        // nil: December is whole
/// ```
struct TotalsThroughDay {
    /// The condition on `posting_total.month`, with one argument: ``month``.
    let months: String
    let month: String
    /// The first and the last day whose postings are summed, when the day does not end its month.
    let days: (first: String, last: String)?

    init(_ day: LedgerDate) {
        let ledgerMonth = day.ledgerMonth
        month = ledgerMonth.description
        if day == ledgerMonth.lastDay {
            months = "month <= ?"
            days = nil
        } else {
            months = "month < ?"
            days = (ledgerMonth.firstDay.description, day.description)
        }
    }

    /// The totals' rows `totals` (a select list over `posting_total`), then, for a day within
    /// its month, the rows `postings` (a select list over `entry e` and `posting p`) of the
    /// month's days through it: the union and its arguments.
    func source(totals: String, postings: String) -> (String, StatementArguments) {
        var sql = "SELECT \(totals) FROM posting_total WHERE \(months)"
        var arguments: StatementArguments = [month]
        if let days {
            sql += """

                UNION ALL
                SELECT \(postings)
                FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
                WHERE e.date >= ? AND e.date <= ?
                """
            _ = arguments.append(contentsOf: [days.first, days.last])
        }
        return (sql, arguments)
    }
}
