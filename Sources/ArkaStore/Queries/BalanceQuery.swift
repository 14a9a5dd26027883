import ArkaCore
import GRDB

/// What a trial balance is split by besides account and currency.
public enum BalanceGrouping: String, Sendable, CaseIterable {
    case account
    case fund
    case budgetLine = "budget-line"
}

/// Debit and credit totals of one account in one currency (and one fund or budget line when
/// grouped): in that currency and as booked in the base currency.
public struct BalanceRow: Sendable, Equatable {
    public var account: String
    public var currency: Currency
    /// The fund, when grouped by fund or budget line; nil for postings without one.
    public var fund: String?
    /// The budget line (of ``fund``), when grouped by budget line; nil for postings without one.
    public var budgetLine: String?
    public var debit: Money
    public var credit: Money
    public var baseDebit: Money
    public var baseCredit: Money

    /// Debits less credits, in the row's currency.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits.
    public func balance() throws -> Money { try debit.subtracting(credit) }

    /// Debits less credits as booked in the base currency.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits.
    public func baseBalance() throws -> Money { try baseDebit.subtracting(baseCredit) }
}

extension LedgerView {
    /// Totals per account and currency of every entry dated on or before `asOf` (all when nil).
    ///
    /// Whole months come from the monthly totals; the month of `asOf`, unless `asOf` ends it, is
    /// summed from its postings (``TotalsThroughDay``).
    /// - Throws: ``ArkaError/Kind/overflow`` naming the account and month when a stored total is
    ///   not exact (a ledger an older arka let pass 64 bits).
    public func balances(asOf: LedgerDate?, grouping: BalanceGrouping) throws -> [BalanceRow] {
        let groupColumns: String
        switch grouping {
        case .account: groupColumns = "NULL AS f, NULL AS l"
        case .fund: groupColumns = "NULLIF(fund, '') AS f, NULL AS l"
        case .budgetLine: groupColumns = "NULLIF(fund, '') AS f, NULLIF(budget_line, '') AS l"
        }
        let source: String
        var arguments: StatementArguments = []
        if let asOf {
            (source, arguments) = TotalsThroughDay(asOf).source(
                totals: "account, currency, fund, budget_line, debit, credit, base_debit, base_credit",
                postings: """
                    p.account, p.currency, COALESCE(p.fund, ''), COALESCE(p.budget_line, ''),
                           MAX(p.amount, 0), MAX(-p.amount, 0), MAX(p.base_amount, 0), MAX(-p.base_amount, 0)
                    """)
        } else {
            source = "SELECT * FROM posting_total"
        }
        let sql = """
            SELECT account, currency, \(groupColumns),
                   SUM(debit), SUM(credit), SUM(base_debit), SUM(base_credit)
            FROM (\(source))
            GROUP BY account, currency, f, l
            ORDER BY account, currency, f, l
            """
        let base = try baseCurrency()
        return try namingOverflow {
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let account: String = row[0]
                let currency = try currencies.currency(row[1])
                func total(_ index: Int, _ currency: Currency) throws -> Money {
                    try row.money(index, currency: currency, "a total of account \(account)")
                }
                return BalanceRow(
                    account: account, currency: currency, fund: row[2], budgetLine: row[3], debit: try total(4, currency),
                    credit: try total(5, currency), baseDebit: try total(6, base), baseCredit: try total(7, base))
            }
        }
    }
}

/// The monthly totals, as stored and as recomputed from the postings, for `arka verify`.
public struct PostingTotalsCheck: Sendable {
    public var stored: [String: [Int64]]
    public var recomputed: [String: [Int64]]

    /// The first key whose stored totals differ from the postings', if any.
    public var firstDifference: String? {
        let keys = Set(stored.keys).union(recomputed.keys).sorted()
        return keys.first { stored[$0] != recomputed[$0] }
    }
}

extension LedgerView {
    /// The monthly totals as stored and as summed again from the postings.
    /// - Throws: ``ArkaError/Kind/overflow`` naming the account and month when a stored total
    ///   is not exact (a ledger an older arka let pass 64 bits).
    public func postingTotalsCheck() throws -> PostingTotalsCheck {
        // Names a total that passed 64 bits before anything is compared.
        _ = try ledgerTotals()
        func load(_ sql: String) throws -> [String: [Int64]] {
            var result: [String: [Int64]] = [:]
            for row in try Row.fetchAll(db, sql: sql) {
                let key = [row[0], row[1], row[2], row[3], row[4]].map { ($0 as String?) ?? "" }.joined(separator: " ")
                result[key] = try (5...8).map { try StoredAmount.read(row, $0, "the monthly total \(key)") }
            }
            return result
        }
        return try namingOverflow { try PostingTotalsCheck(
            stored: try load(
                "SELECT month, account, currency, fund, budget_line, debit, credit, base_debit, base_credit FROM posting_total"),
            recomputed: try load(
                """
                SELECT substr(e.date, 1, 7), p.account, p.currency, COALESCE(p.fund, ''), COALESCE(p.budget_line, ''),
                       SUM(MAX(p.amount, 0)), SUM(MAX(-p.amount, 0)), SUM(MAX(p.base_amount, 0)), SUM(MAX(-p.base_amount, 0))
                FROM entry e JOIN posting p ON \(PostingKey.sql(postingsOf: "e.seq", key: "p.id"))
                GROUP BY 1, 2, 3, 4, 5
                """)) }
    }
}
