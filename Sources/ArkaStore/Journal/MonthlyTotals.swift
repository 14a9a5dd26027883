import ArkaCore

/// Debits and credits per month, account, currency, fund and budget line, summed as entries are
/// appended and written to the `posting_total` table at the commit.
///
/// ```swift
/// var totals = MonthlyTotals()
/// try totals.add(entry)
/// ```
public struct MonthlyTotals: Sendable {
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

    /// Totals with room for `count` keys (months × accounts × currencies × funds × budget lines),
    /// for an import that will sum many.
    public init(reservingCapacity count: Int) {
        sums.reserveCapacity(count)
    }

    /// Adds every posting of an entry.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    public mutating func add(_ entry: Entry) throws {
        let month = entry.date.year * 100 + entry.date.month
        for posting in entry.postings {
            let key = Key(
                month: month, account: posting.account, currency: posting.amount.currency.code,
                fund: posting.fund ?? "", budgetLine: posting.budgetLine ?? "")
            guard sums[key, default: Sums()].add(amount: posting.amount.minorUnits, base: posting.baseAmount.minorUnits)
            else {
                throw entry.locate(ArkaError(.overflow, "the monthly total of account \(posting.account) is too large to hold exactly"))
            }
        }
    }

    /// Adds another set of totals to these.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit in 64 bits.
    public mutating func merge(_ other: MonthlyTotals) throws {
        // An import hands its totals to a transaction that has none yet: nothing to add up.
        guard !sums.isEmpty else {
            sums = other.sums
            return
        }
        for (key, value) in other.sums {
            var current = sums[key, default: Sums()]
            guard current.add(amount: value.debit, base: value.baseDebit),
                current.add(amount: -value.credit, base: -value.baseCredit)
            else {
                throw ArkaError(.overflow, "the monthly total of account \(key.account) is too large to hold exactly")
            }
            sums[key] = current
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
