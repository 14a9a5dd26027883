import ArkaCore
import ArkaStore

/// The trial balance of several offices side by side and in total: per account and currency
/// (and fund, or fund and budget line), each office's balance (debits less credits) and their
/// sum. What the programme's centre shows of the books its offices sent (`arka balance
/// --database URL --office all`); an office's column equals its own `arka balance`.
///
/// Accounts are matched by code across offices (the programme's chart of accounts); amounts are
/// added only within one currency, each office's in the currency it was posted in.
///
/// ```swift
/// let report = try ConsolidatedBalance(
///     offices: [.init(code: "FIER", name: "Fier centre"), .init(code: "VLORE", name: "Vlorë centre")],
///     asOf: nil, grouping: .fund, rows: rows, accountNames: ["6100": "Staff"])
/// report.totals["ALL"]?.total   // the balance of every office in lek: 0 in sound books
/// ```
public struct ConsolidatedBalance: Sendable {
    /// An office as the centre holds it.
    public struct Office: Sendable, Equatable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// Debits and credits of one office on one account, currency and (when grouped) fund and
    /// budget line: the report's input.
    public struct Row: Sendable, Equatable {
        public var office: String
        public var account: String
        public var fund: String?
        public var budgetLine: String?
        public var debit: Money
        public var credit: Money

        public init(office: String, account: String, fund: String?, budgetLine: String?, debit: Money, credit: Money) {
            self.office = office
            self.account = account
            self.fund = fund
            self.budgetLine = budgetLine
            self.debit = debit
            self.credit = credit
        }
    }

    /// One account in one currency (and fund or budget line): each office's balance, in the
    /// order of ``offices`` (nil where an office has no posting), and their total.
    public struct Line: Sendable {
        public var account: String
        public var name: String
        public var currency: Currency
        public var fund: String?
        public var budgetLine: String?
        public var balances: [Money?]
        public var total: Money
    }

    public var offices: [Office]
    public var asOf: LedgerDate?
    public var grouping: BalanceGrouping
    public var lines: [Line]
    /// Per currency code: each office's total balance and the sum of them.
    public var totals: [String: (offices: [Money], total: Money)]

    /// Builds the report from each office's totals.
    /// - Parameters:
    ///   - accountNames: each account's name by code (the offices' names of it, when they differ).
    /// - Throws: ``ArkaError/Kind/overflow`` naming the total that does not fit.
    public init(offices: [Office], asOf: LedgerDate?, grouping: BalanceGrouping, rows: [Row], accountNames: [String: String]) throws {
        self.offices = offices
        self.asOf = asOf
        self.grouping = grouping
        let column = Dictionary(offices.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })
        struct Key: Hashable, Comparable {
            var account: String, currency: String, fund: String, line: String
            static func < (a: Key, b: Key) -> Bool {
                (a.account, a.currency, a.fund, a.line) < (b.account, b.currency, b.fund, b.line)
            }
        }
        var balances: [Key: (currency: Currency, fund: String?, line: String?, offices: [Money?])] = [:]
        var totals: [String: (offices: [Money], total: Money)] = [:]
        for row in rows {
            guard let index = column[row.office] else { continue }
            let currency = row.debit.currency
            let balance = try Checked.named("the balance of \(row.account) at \(row.office)") { try row.debit.subtracting(row.credit) }
            let key = Key(account: row.account, currency: currency.code, fund: row.fund ?? "", line: row.budgetLine ?? "")
            var line = balances[key] ?? (currency, row.fund, row.budgetLine, Array(repeating: nil, count: offices.count))
            line.offices[index] = try Checked.named("the balance of \(row.account) at \(row.office)") {
                try (line.offices[index] ?? .zero(currency)).adding(balance)
            }
            balances[key] = line
            var sums = totals[currency.code] ?? (Array(repeating: .zero(currency), count: offices.count), .zero(currency))
            sums.offices[index] = try Checked.named("the total of \(row.office) in \(currency.code)") { try sums.offices[index].adding(balance) }
            sums.total = try Checked.named("the total in \(currency.code)") { try sums.total.adding(balance) }
            totals[currency.code] = sums
        }
        lines = try balances.keys.sorted().compactMap { key in
            guard let line = balances[key] else { return nil }
            var total = Money.zero(line.currency)
            for balance in line.offices.compactMap({ $0 }) {
                total = try Checked.named("the total of \(key.account)") { try total.adding(balance) }
            }
            return Line(
                account: key.account, name: accountNames[key.account] ?? "", currency: line.currency, fund: line.fund, budgetLine: line.line,
                balances: line.offices, total: total)
        }
        self.totals = totals
    }
}
