import ArkaCore
import Foundation

extension FundPosition {
    /// The figures of a row, in the order of the report's columns.
    fileprivate static let columns: [(key: String, title: Sentence, value: @Sendable (Row) -> Money)] = [
        ("received", Sentence("Received"), { $0.received }), ("spent", Sentence("Spent"), { $0.spent }), ("cash", Sentence("Cash held"), { $0.cash }),
        ("owed_by_other_funds", Sentence("Owed by funds"), { $0.owedByOtherFunds }),
        ("owed_to_other_funds", Sentence("Owed to funds"), { $0.owedToOtherFunds }), ("payables", Sentence("Payables"), { $0.payables }),
        ("other_assets", Sentence("Other assets"), { $0.otherAssets }), ("committed", Sentence("Committed"), { $0.committed }),
        ("available", Sentence("Available"), { $0.available }),
    ]

    /// The report in the chosen format. CSV: a row per fund and a last row `Total`, with
    /// `fund,name,restricted,currency`, the base-currency columns (`received` … `available`,
    /// `unbalanced`) and the cash per currency as `cash_ALL`, `cash_EUR`, … JSON: the ledger, the
    /// day, the currency, `self_balancing`, `funds` (one object per fund, `cash_by_currency`
    /// keyed by code) and `total`, amounts as decimal strings.
    public func rendered(as format: OutputFormat) -> String {
        let currencies = total.cashByCurrency.map(\.currency)
        func cash(_ row: Row, in currency: Currency) -> Money {
            row.cashByCurrency.first { $0.currency == currency } ?? .zero(currency)
        }
        switch format {
        case .json:
            /// A fund's row: its code, name and figures (the report's columns, by key), and its cash per currency.
            struct Fund: Encodable {
                var row: Row
                func encode(to encoder: Encoder) throws {
                    var object = encoder.container(keyedBy: JSONKey.self)
                    try object.encode(row.fund, forKey: "fund")
                    try object.encode(row.name, forKey: "name")
                    try object.encode(row.restricted, forKey: "restricted")
                    for column in FundPosition.columns { try object.encode(column.value(row).decimalText, forKey: JSONKey(column.key)) }
                    try object.encode(row.unbalanced.decimalText, forKey: "unbalanced")
                    try object.encode(
                        Dictionary(row.cashByCurrency.map { ($0.currency.code, $0.decimalText) }, uniquingKeysWith: { first, _ in first }),
                        forKey: "cash_by_currency")
                }
            }
            struct Shape: Encodable {
                var ledger: String
                @JSONNull var asOf: String?
                var currency: String
                var selfBalancing: Bool
                var funds: [Fund]
                var total: Fund
            }
            return JSONText.render(
                Shape(
                    ledger: ledgerName, asOf: asOf?.description, currency: currency.code, selfBalancing: selfBalancing,
                    funds: rows.map(Fund.init), total: Fund(row: total)))
        case .csv:
            func line(_ row: Row, fund: String, restricted: String) -> [String] {
                [fund, row.name, restricted, currency.code]
                    + Self.columns.map { $0.value(row).decimalText } + [row.unbalanced.decimalText]
                    + currencies.map { cash(row, in: $0).decimalText }
            }
            return CSVText.table(
                ["fund", "name", "restricted", "currency"] + Self.columns.map(\.key) + ["unbalanced"] + currencies.map { "cash_\($0.code)" },
                rows.map { line($0, fund: $0.fund ?? "", restricted: $0.restricted ? "true" : "false") }
                    + [line(total, fund: "Total", restricted: "")])
        case .text:
            var table = TextTable(columns: [("Fund", .left)] + Self.columns.map { ($0.title.template, .right) })
            for row in rows { table.add([.text(row.fund ?? "-")] + Self.columns.map { .money($0.value(row)) }) }
            table.rule()
            table.add([.text(tr("Total"))] + Self.columns.map { .money($0.value(total)) })

            var held = TextTable(columns: [("Fund", .left), ("Currency", .left), ("Cash held", .right)])
            for row in rows {
                for money in row.cashByCurrency where !money.isZero { held.add([.text(row.fund ?? "-"), .text(money.currency.code), .money(money)]) }
            }
            held.rule()
            for money in total.cashByCurrency where !money.isZero || rows.contains(where: { $0.cashByCurrency.contains { $0.currency == money.currency && !$0.isZero } }) {
                held.add([.text(tr("Total")), .text(money.currency.code), .money(money)])
            }

            var notes: [Sentence] = []
            let unbalanced = rows.filter { !$0.unbalanced.isZero }
            if unbalanced.isEmpty {
                notes.append(
                    Sentence("""
                        Each fund balances on its own: received less spent equals cash held, plus what other funds owe it, \
                        less what it owes them and its payables, plus its other assets.
                        """))
            } else {
                for row in unbalanced {
                    if let fund = row.fund {
                        notes.append(
                            Sentence("Fund \(fund) does not balance on its own, by \(row.unbalanced): money of one fund pays for another and the books do not say which fund owes which."))
                    } else {
                        notes.append(
                            Sentence("The postings without a fund do not balance on their own, by \(row.unbalanced): money of one fund pays for another and the books do not say which fund owes which."))
                    }
                }
                if !selfBalancing {
                    notes.append(
                        Sentence("Set own_fund, interfund_due_from_account and interfund_due_to_account in ledger.yaml to make every entry balance per fund (README, section 2)."))
                }
            }
            notes.append(Sentence("Available is cash held, plus what other funds owe, less what the fund owes them, its payables and its commitments."))
            let day: Sentence = asOf.map { "as of \($0)" } ?? "all entries"
            let names = rows.map { $0.restricted ? tr("\($0.fund ?? "-"): \($0.name) (restricted)") : "\($0.fund ?? "-"): \($0.name)" }
            return tr("Funds of \(ledgerName), \(day), in \(currency.code)") + "\n\n" + table.render()
                + (currencies.isEmpty ? "" : "\n" + tr("Cash held, in each currency") + "\n\n" + held.render())
                + "\n" + names.map { $0 + "\n" }.joined()
                + "\n" + notes.map { tr($0) + "\n" }.joined()
        }
    }
}
