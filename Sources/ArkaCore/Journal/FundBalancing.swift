/// Self-balancing funds: every entry balances per fund as well as per currency, as fund
/// accounting asks (each donor's money is a set of books of its own inside the ledger).
///
/// When one fund's money pays for another's (a shared bank account pays an EU invoice), the
/// entry does not balance per fund; Arka then adds the inter-fund postings itself: the fund that
/// received value owes it (a credit to the due-to account, on that fund), the fund that gave it is
/// owed it (a debit to the due-from account, on that fund). A posting that names no fund is on the
/// ledger's own, unrestricted fund. The rounding difference of a conversion stays with the fund of
/// the postings it comes from.
///
/// - An entry that balances per currency gets, per currency and fund, a posting of the opposite
///   of that fund's sum, in that currency (converted at the rate of the fund's first posting in
///   it); a fund whose base amounts are then off by a conversion's rounding gets its own rounding
///   posting.
/// - An entry that balances only through its rates (EUR paid for an ALL invoice) gets, per fund,
///   a posting in the base currency of the opposite of the fund's base sum; its rounding
///   difference goes, as a rounding posting, to the fund whose converted postings are largest.
///
/// ```swift
/// let funds = FundBalancing(ownFund: "OWN", dueFrom: "1810", dueTo: "2810")
/// let balanced = try funds.balanced(entry, in: context)   // each fund's postings sum to zero
/// ```
public struct FundBalancing: Sendable, Equatable {
    /// The ledger's own, unrestricted fund: a posting with no fund is on it.
    public var ownFund: String
    /// The asset account of what other funds owe a fund.
    public var dueFrom: String
    /// The liability account of what a fund owes other funds.
    public var dueTo: String

    public init(ownFund: String, dueFrom: String, dueTo: String) {
        self.ownFund = ownFund
        self.dueFrom = dueFrom
        self.dueTo = dueTo
    }

    /// The entry with every posting on a fund, the inter-fund postings and the rounding postings
    /// that make each fund balance.
    /// - Throws: ``ArkaError/Kind/unbalancedEntry`` when a fund needs a rounding posting and the
    ///   ledger has no rounding account; ``ArkaError/Kind/overflow`` when a sum does not fit.
    public func balanced(_ entry: Entry, in context: PostingContext) throws -> Entry {
        var result = entry
        for index in result.postings.indices where result.postings[index].fund == nil {
            result.postings[index].fund = ownFund
        }
        let funds = orderedFunds(result)
        let balancedPerCurrency = try Balancing.sumsByCurrency(result).values.allSatisfy { $0 == 0 }
        if balancedPerCurrency {
            guard funds.count > 1 else { return try withFundRounding(result, funds: funds, in: context) }
            var added: [Posting] = []
            for currency in orderedCurrencies(result) {
                var sums: [(fund: String, sum: Int64, first: Posting)] = []
                for fund in funds {
                    var sum: Int64 = 0
                    var first: Posting?
                    for posting in result.postings where posting.fund == fund && posting.amount.currency == currency {
                        sum = try Checked.add(sum, posting.amount.minorUnits, what: "fund \(fund)'s \(currency.code) postings in entry \(entry.id)")
                        first = first ?? posting
                    }
                    if sum != 0, let first { sums.append((fund, sum, first)) }
                }
                for (fund, sum, first) in sums {
                    let amount = Money(minorUnits: try Checked.negate(sum, what: "fund \(fund)'s inter-fund posting"), currency: currency)
                    var posting = interFund(fund: fund, amount: amount, others: sums.filter { ($0.sum > 0) != (sum > 0) }.map(\.fund))
                    if currency != context.base, let conversion = first.conversion {
                        posting.conversion = PostingConversion(
                            baseAmount: try Conversion.toBase(amount, rate: conversion.rate, base: context.base), rate: conversion.rate,
                            source: conversion.source, date: conversion.date)
                    }
                    added.append(posting)
                }
            }
            result.postings += added
            return try withFundRounding(result, funds: funds, in: context)
        }
        // Balanced through the rates only: each fund's base sum, less the entry's rounding
        // difference, which stays with the fund whose conversions made it.
        let difference = try Balancing.baseSum(result)
        let converted = result.postings.filter { $0.conversion != nil }.count
        // Off by more than its conversions' rounding, the entry does not balance: left as it is
        // for the rule that says so.
        guard difference.magnitude <= UInt64(converted) else { return result }
        let roundingFund = largestConvertedFund(result)
        var added: [Posting] = []
        var sums: [(fund: String, sum: Int64)] = []
        for fund in funds {
            var sum: Int64 = 0
            for posting in result.postings where posting.fund == fund {
                sum = try Checked.add(sum, posting.baseAmount.minorUnits, what: "fund \(fund)'s base amounts in entry \(entry.id)")
            }
            if fund == roundingFund { sum = try Checked.add(sum, -difference, what: "fund \(fund)'s base amounts in entry \(entry.id)") }
            if sum != 0 { sums.append((fund, sum)) }
        }
        for (fund, sum) in sums {
            let amount = Money(minorUnits: try Checked.negate(sum, what: "fund \(fund)'s inter-fund posting"), currency: context.base)
            added.append(interFund(fund: fund, amount: amount, others: sums.filter { ($0.sum > 0) != (sum > 0) }.map(\.fund)))
        }
        if difference != 0 {
            added.append(try Balancing.roundingPosting(-difference, fund: roundingFund ?? ownFund, of: entry, in: context))
        }
        result.postings += added
        return result
    }

    /// The posting that states what a fund owes (a credit, `amount` below zero) or is owed.
    private func interFund(fund: String, amount: Money, others: [String]) -> Posting {
        let owes = amount.minorUnits < 0
        let counterparts = others.isEmpty ? "other funds" : others.joined(separator: " / ")
        return Posting(
            account: owes ? dueTo : dueFrom, amount: amount, fund: fund,
            memo: owes ? "inter-fund: owed to \(counterparts)" : "inter-fund: owed by \(counterparts)")
    }

    /// Each fund whose base amounts do not sum to zero (a conversion's rounding) gets its own
    /// rounding posting.
    private func withFundRounding(_ entry: Entry, funds: [String], in context: PostingContext) throws -> Entry {
        guard entry.postings.contains(where: { $0.conversion != nil }) else { return entry }
        var result = entry
        for fund in funds {
            var sum: Int64 = 0
            var converted = 0
            for posting in entry.postings where posting.fund == fund {
                sum = try Checked.add(sum, posting.baseAmount.minorUnits, what: "fund \(fund)'s base amounts in entry \(entry.id)")
                if posting.conversion != nil { converted += 1 }
            }
            guard sum != 0, sum.magnitude <= UInt64(converted) else { continue }
            result.postings.append(try Balancing.roundingPosting(-sum, fund: fund, of: entry, in: context))
        }
        return result
    }

    /// The funds of the entry's postings, in the order they first appear.
    private func orderedFunds(_ entry: Entry) -> [String] {
        var seen: Set<String> = []
        return entry.postings.compactMap(\.fund).filter { seen.insert($0).inserted }
    }

    /// The currencies of the entry's postings, in the order they first appear.
    private func orderedCurrencies(_ entry: Entry) -> [Currency] {
        var seen: Set<String> = []
        return entry.postings.map(\.amount.currency).filter { seen.insert($0.code).inserted }
    }

    /// The fund whose converted postings are largest in the base currency (first in the entry on a tie).
    private func largestConvertedFund(_ entry: Entry) -> String? {
        var totals: [String: UInt64] = [:]
        var order: [String] = []
        for posting in entry.postings where posting.conversion != nil {
            guard let fund = posting.fund else { continue }
            if totals[fund] == nil { order.append(fund) }
            let (sum, overflow) = (totals[fund] ?? 0).addingReportingOverflow(posting.baseAmount.minorUnits.magnitude)
            totals[fund] = overflow ? .max : sum
        }
        return order.max { (totals[$0] ?? 0) < (totals[$1] ?? 0) }
    }
}
