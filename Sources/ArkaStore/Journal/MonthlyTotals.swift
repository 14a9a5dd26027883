import ArkaCore

/// Debits and credits per month, account, currency, fund and budget line, summed as entries are
/// appended and written to the `posting_total` table at the commit.
///
/// ```swift
/// var totals = MonthlyTotals()
/// try totals.add(rows, at: 0)   // the first entry of encoded journal rows
/// ```
struct MonthlyTotals: Sendable {
    struct Key: Hashable, Sendable {
        /// `year * 100 + month`: a number hashes faster than text, once per posting.
        var month: Int
        var account: String
        var currency: String
        var fund: String
        var budgetLine: String

        /// The month, account and budget line tell keys apart well enough: leaving the currency
        /// and the fund to equality halves the hashing, once per posting of an import.
        func hash(into hasher: inout Hasher) {
            hasher.combine(month)
            hasher.combine(account)
            hasher.combine(budgetLine)
        }
    }

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
            if amount > 0 { add(&debit, amount) } else { add(&credit, -amount) }
            if base > 0 { add(&baseDebit, base) } else { add(&baseCredit, -base) }
            return !overflow
        }
    }

    private(set) var sums: [Key: Sums] = [:]

    public init() {}

    /// Adds every posting of the entry at `index` of encoded journal rows: the journal's writer
    /// sums what it inserts, on its own thread.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    mutating func add(_ rows: JournalRows, at index: Int) throws {
        let month = rows.month(at: index)
        for posting in rows.postings[rows.entries[index].postings] {
            let key = Key(
                month: month, account: rows.string(posting.account) ?? "", currency: rows.string(posting.currency) ?? "",
                fund: rows.string(posting.fund) ?? "", budgetLine: rows.string(posting.budgetLine) ?? "")
            guard sums[key, default: Sums()].add(amount: posting.amount, base: posting.baseAmount) else {
                throw rows.locate(ArkaError(.overflow, "the monthly total of account \(key.account) is too large to hold exactly"), at: index)
            }
        }
    }
}

extension MonthlyTotals.Key {
    /// The month as the `posting_total` table writes it: `YYYY-MM`.
    var monthText: String {
        let monthOfYear = month % 100
        return "\(month / 100)-\(monthOfYear < 10 ? "0" : "")\(monthOfYear)"
    }
}
