import ArkaCore
import ArkaStore

/// Where each fund stands: what it received and spent, the cash it holds, what it is owed by
/// and owes to the other funds, its payables, its open commitments and the money it has left.
///
/// Every figure is in the base currency, each posting at the rate it was posted with, so the
/// column totals are the trial balance's converted totals of the same accounts. In books whose
/// funds balance on their own (`own_fund` and the two inter-fund accounts in `ledger.yaml`),
/// each fund's row balances: received less spent equals its cash, plus what other funds owe
/// it, less what it owes them, less its payables, plus its other assets. A fund whose row does
/// not balance shows the difference in ``Row/unbalanced``: its entries were paid with other
/// funds' money and the books do not say so.
///
/// ```swift
/// let funds = try ledger.fundPosition(asOf: try LedgerDate.parse("2023-12-31"))
/// funds.rows.first { $0.fund == "ADH" }?.owedToOtherFunds   // 3,585.75 EUR in the demo: its salaries, paid from the EU's lek
/// funds.total.cash                                            // the trial balance's cash accounts, converted
/// ```
public struct FundPosition: Sendable {
    /// One fund's position. Amounts are in the base currency; `cash` keeps each currency's own.
    public struct Row: Sendable {
        /// The fund's code, nil for postings without a fund.
        public var fund: String?
        public var name: String
        public var restricted: Bool
        /// Income and opening balances: credits less debits on income and equity accounts.
        public var received: Money
        /// Expenses: debits less credits on expense accounts.
        public var spent: Money
        /// The balance of the cash accounts (`cash_accounts`) on the fund.
        public var cash: Money
        /// The fund's cash in each currency it holds, in that currency, by currency code.
        public var cashByCurrency: [Money]
        /// What the other funds owe the fund: the `interfund_due_from_account`'s balance.
        public var owedByOtherFunds: Money
        /// What the fund owes the other funds: the `interfund_due_to_account`'s credit balance.
        public var owedToOtherFunds: Money
        /// The credit balance of every other liability account: suppliers, salaries, taxes.
        public var payables: Money
        /// The balance of every other asset account: equipment in stock, receivables.
        public var otherAssets: Money
        /// Open commitments of grant agreements on the fund's schemes: approved, not yet paid
        /// or handed over, and not released.
        public var committed: Money
        /// Cash, plus what other funds owe, less what the fund owes them, less payables, less
        /// commitments: the money the fund can still spend.
        public var available: Money
        /// The sum of the fund's base balances: zero when the fund balances on its own.
        public var unbalanced: Money
    }

    public var ledgerName: String
    public var asOf: LedgerDate?
    public var currency: Currency
    /// Whether the books make every entry balance per fund (`own_fund` is set).
    public var selfBalancing: Bool
    /// The funds of `funds.csv` in their order, then any fund code postings use that it does not
    /// name, then the postings without a fund; a fund with nothing posted or committed is left out.
    public var rows: [Row]
    /// The column totals; `unbalanced` is the trial balance's converted balance.
    public var total: Row
}

extension Ledger {
    /// Each fund's position on `asOf` (all entries when nil), from one snapshot of the books.
    ///
    /// - Throws: ``ArkaError/Kind/missingRate`` when a commitment is in a currency that is not
    ///   the base currency and the rate book has no rate for the report's day or month,
    ///   ``ArkaError/Kind/overflow`` when a total does not fit, ``ArkaError/Kind/unknownCurrency``
    ///   for a stored code that is not a currency.
    public func fundPosition(asOf: LedgerDate?) throws -> FundPosition {
        try namingStoredOverflow {
            let (balances, positions, schemes, lastDay) = try store.view { view in
                (try view.balances(asOf: asOf, grouping: .fund), try view.grantPositions(asOf: asOf), try view.grantSchemes(),
                 try view.lastEntryDate().map { try LedgerDate.parse($0) })
            }
            let base = baseCurrency
            let cash = cashAccounts
            let dueFrom = settings.interfundDueFromAccount
            let dueTo = settings.interfundDueToAccount
            struct Sums {
                var received, spent, cash, owedBy, owedTo, payables, otherAssets, committed, balance: Money
                var cashByCurrency: [Currency: Money] = [:]

                init(_ base: Currency) {
                    (received, spent, cash, owedBy, owedTo) = (.zero(base), .zero(base), .zero(base), .zero(base), .zero(base))
                    (payables, otherAssets, committed, balance) = (.zero(base), .zero(base), .zero(base), .zero(base))
                }

                /// Adds another fund's sums, column by column: the totals row.
                mutating func add(_ other: Sums) throws {
                    let columns: [WritableKeyPath<Sums, Money>] = [
                        \.received, \.spent, \.cash, \.owedBy, \.owedTo, \.payables, \.otherAssets, \.committed, \.balance,
                    ]
                    for column in columns { try Sums.add(other[keyPath: column], to: &self[keyPath: column], "a total of the funds") }
                    for (currency, amount) in other.cashByCurrency {
                        try Sums.add(amount, to: &cashByCurrency[currency, default: .zero(currency)], "the total \(currency) cash")
                    }
                }

                static func add(_ value: Money, to total: inout Money, _ what: String) throws {
                    let sum = total
                    total = try Checked.named(what) { try sum.adding(value) }
                }
            }
            var sums: [String?: Sums] = [:]
            let add = Sums.add
            for row in balances {
                let balance = try Checked.named("the converted balance of \(row.account)") { try row.baseBalance() }
                let type = context.chart.account(row.account)?.type ?? .asset
                let name = row.fund ?? "postings without a fund"
                var fund = sums[row.fund] ?? Sums(base)
                try add(balance, &fund.balance, "the balance of \(name)")
                switch type {
                case .income, .equity:
                    try add(try balance.negated(), &fund.received, "the income of \(name)")
                case .expense:
                    try add(balance, &fund.spent, "the expenses of \(name)")
                case .asset where cash.contains(row.account):
                    try add(balance, &fund.cash, "the cash of \(name)")
                    let own = try Checked.named("the \(row.currency) cash of \(name)") { try row.balance() }
                    try add(own, &fund.cashByCurrency[row.currency, default: .zero(row.currency)], "the \(row.currency) cash of \(name)")
                case .asset where row.account == dueFrom:
                    try add(balance, &fund.owedBy, "what other funds owe \(name)")
                case .asset:
                    try add(balance, &fund.otherAssets, "the other assets of \(name)")
                case .liability where row.account == dueTo:
                    try add(try balance.negated(), &fund.owedTo, "what \(name) owes other funds")
                case .liability:
                    try add(try balance.negated(), &fund.payables, "the payables of \(name)")
                }
                sums[row.fund] = fund
            }
            // Open commitments, converted at the rate of the report's day when they are in another currency.
            let fundOfScheme = Dictionary(schemes.map { ($0.code, $0.fund) }, uniquingKeysWith: { first, _ in first })
            for position in positions where !position.open.isZero {
                guard let fund = fundOfScheme[position.agreement.scheme] else { continue }
                var open = position.open
                if open.currency != base {
                    let day = asOf ?? lastDay
                    guard let quote = day.flatMap({ rates.rate(for: open.currency, on: $0) }) else {
                        throw ArkaError(
                            .missingRate,
                            "no \(open.currency.code) rate for \(day.map { "\($0)" } ?? "the report's day") to convert the commitment of agreement \(position.agreement.number)",
                            field: "rates.csv", value: open.currency.code)
                    }
                    open = try Conversion.toBase(open, rate: quote.rate, base: base)
                }
                var sum = sums[fund] ?? Sums(base)
                try add(open, &sum.committed, "the commitments of \(fund)")
                sums[fund] = sum
            }

            let named = definition.funds
            var order: [String?] = named.map(\.code).filter { sums[$0] != nil }
            order += sums.keys.compactMap { $0 }.filter { code in !named.contains { $0.code == code } }.sorted().map { $0 }
            if sums[nil] != nil { order.append(nil) }

            func row(_ code: String?, _ sum: Sums, name: String, restricted: Bool) throws -> FundPosition.Row {
                let available = try Checked.named("the money of \(name)") {
                    try sum.cash.adding(sum.owedBy).subtracting(sum.owedTo).subtracting(sum.payables).subtracting(sum.committed)
                }
                let byCurrency = sum.cashByCurrency.sorted { $0.key < $1.key }.map(\.value)
                return FundPosition.Row(
                    fund: code, name: name, restricted: restricted, received: sum.received, spent: sum.spent,
                    cash: sum.cash, cashByCurrency: byCurrency, owedByOtherFunds: sum.owedBy,
                    owedToOtherFunds: sum.owedTo, payables: sum.payables, otherAssets: sum.otherAssets,
                    committed: sum.committed, available: available, unbalanced: sum.balance)
            }
            var rows: [FundPosition.Row] = []
            var total = Sums(base)
            for code in order {
                guard let sum = sums[code] else { continue }
                let fund = named.first { $0.code == code }
                rows.append(
                    try row(code, sum, name: fund?.name ?? (code == nil ? "Postings without a fund" : "not in funds.csv"),
                            restricted: fund?.isRestricted ?? false))
                try total.add(sum)
            }
            return FundPosition(
                ledgerName: settings.name, asOf: asOf, currency: base, selfBalancing: settings.fundBalancing != nil, rows: rows,
                total: try row(nil, total, name: "Total", restricted: false))
        }
    }
}
