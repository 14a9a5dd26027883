/// Whether an entry balances, and the explicit posting that absorbs a conversion's rounding.
///
/// An entry balances when the postings of each currency sum to zero. An entry that mixes
/// currencies and does not balance per currency must balance in the base currency through its
/// converted amounts; each conversion rounds by at most half a minor unit, so a difference of
/// up to one minor unit per converted posting is a rounding difference, posted to the ledger's
/// rounding account. Anything larger is an error.
///
/// ```swift
/// let sums = try Balancing.sumsByCurrency(entry)   // ["EUR": 0, "ALL": 0]
/// ```
public enum Balancing {
    /// The sum of the entry's amounts per currency code.
    /// - Throws: ``ArkaError/Kind/overflow`` when a sum does not fit.
    public static func sumsByCurrency(_ entry: Entry) throws -> [String: Int64] {
        // Most entries have one currency: sum without a dictionary.
        if let first = entry.postings.first?.amount.currency,
            entry.postings.allSatisfy({ $0.amount.currency.code == first.code })
        {
            var sum: Int64 = 0
            for posting in entry.postings {
                sum = try Checked.add(sum, posting.amount.minorUnits, what: "the sum of entry \(entry.id)'s \(first.code) postings")
            }
            return [first.code: sum]
        }
        var sums: [String: Int64] = [:]
        for posting in entry.postings {
            sums[posting.amount.currency.code] = try Checked.add(
                sums[posting.amount.currency.code, default: 0], posting.amount.minorUnits,
                what: "the sum of entry \(entry.id)'s \(posting.amount.currency.code) postings")
        }
        return sums
    }

    /// The sum of the entry's base amounts.
    public static func baseSum(_ entry: Entry) throws -> Int64 {
        var sum: Int64 = 0
        for posting in entry.postings {
            sum = try Checked.add(sum, posting.baseAmount.minorUnits, what: "the sum of entry \(entry.id)'s base amounts")
        }
        return sum
    }

    /// True when every currency sums to zero, or, mixing currencies, the base amounts do.
    public static func isBalanced(_ entry: Entry, base: Currency) throws -> Bool {
        try imbalance(of: entry, base: base) == nil
    }

    /// Nil when the entry balances; otherwise the sentence that says by how much it is off.
    public static func imbalance(of entry: Entry, base: Currency) throws -> Sentence? {
        // Most entries have one currency: sum them by index, without copying a posting or
        // making a dictionary.
        let postings = entry.postings
        if let first = postings.first?.amount.currency.code, postings.indices.allSatisfy({ postings[$0].amount.currency.code == first }) {
            var sum: Int64 = 0
            for index in postings.indices {
                sum = try Checked.add(sum, postings[index].amount.minorUnits, what: "the sum of entry \(entry.id)'s \(first) postings")
            }
            if sum == 0 { return nil }
            return "entry \(entry.id) does not balance: its \(first) postings sum to \(Money(minorUnits: sum, currency: postings[0].amount.currency).decimalText), not zero"
        }
        // Several currencies: each sums to zero, or the base amounts do.
        if try sumsByCurrency(entry).values.allSatisfy({ $0 == 0 }) { return nil }
        let baseSum = try baseSum(entry)
        if baseSum == 0 { return nil }
        return "entry \(entry.id) does not balance: converted to \(base.code) its postings sum to \(Money(minorUnits: baseSum, currency: base).decimalText), not zero (a rate is units of the posting's currency per 1 \(base.code))"
    }

    /// The entry, with a posting to the rounding account when its converted amounts are off by no
    /// more than its conversions' rounding: a multi-currency entry balanced through its rates, or
    /// an entry balanced in a foreign currency whose postings, each converted and rounded, do not
    /// sum to zero in the base currency. Either way the books balance to the cent in the base
    /// currency, and the cent is shown, not lost.
    /// - Throws: ``ArkaError/Kind/unbalancedEntry`` when such a posting is needed and the ledger
    ///   has no rounding account.
    public static func withRoundingPosting(_ entry: Entry, in context: PostingContext) throws -> Entry {
        // By index: a closure over `entry.postings` would copy each posting.
        let postings = entry.postings
        guard postings.indices.contains(where: { postings[$0].amount.currency != context.base }),
            postings.indices.allSatisfy({ postings[$0].amount.currency == context.base || postings[$0].conversion != nil })
        else { return entry }
        let sums = try sumsByCurrency(entry)
        let balancedPerCurrency = sums.values.allSatisfy { $0 == 0 }
        guard balancedPerCurrency || sums.count > 1 else { return entry }
        let difference = try baseSum(entry)
        let converted = entry.postings.filter { $0.conversion != nil }.count
        guard difference != 0, difference.magnitude <= UInt64(converted) else { return entry }
        var completed = entry
        completed.postings.append(try roundingPosting(-difference, fund: nil, of: entry, in: context))
        return completed
    }

    /// The posting of `units` (minor units of the base currency) to the ledger's rounding
    /// account, on `fund` when the rounding is one fund's (``FundBalancing``).
    /// - Throws: ``ArkaError/Kind/unbalancedEntry`` when the ledger has no rounding account.
    static func roundingPosting(_ units: Int64, fund: String?, of entry: Entry, in context: PostingContext) throws -> Posting {
        guard let account = context.roundingAccount else {
            throw entry.locate(
                ArkaError(
                    .unbalancedEntry,
                    "entry \(entry.id) is off by \(Money(minorUnits: -units, currency: context.base))\(fund.map { " on fund \($0)" } ?? "") after conversion; set rounding_account in ledger.yaml to post rounding differences",
                    field: "entry", value: entry.id))
        }
        return Posting(
            account: account, amount: Money(minorUnits: units, currency: context.base), fund: fund,
            memo: "rounding difference on conversion to \(context.base.code)")
    }
}
