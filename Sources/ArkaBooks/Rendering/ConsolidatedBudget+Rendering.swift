import ArkaCore
import Foundation

extension ConsolidatedBudget {
    /// The report in the chosen format. Text has, per fund and line, a row for each office that
    /// has the line and one of their total, then each fund's figures per office and in total, the
    /// rates each office's report converted at, and each office's flags. CSV has a row per line and office (`office` empty on a line's total,
    /// `line` empty on a fund's). JSON is an object with `as_of`, `offices` (code, name), `funds`
    /// (fund, name, currency, `offices` by code, total) and `lines` (fund, line, heading,
    /// description, currency, `descriptions` and `offices` by code, total; a fund has `names` by
    /// code), each figure an object of budget,
    /// committed, spent, available as decimal strings and executed (a percent, or null), and
    /// `rates` (office, currency, rule, rate, source, period, months: what each office's report
    /// converted at), `flags` (office, flag) and `unreported` (office, reason); each office has
    /// `last_sync`, when it last sent its books.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Shown: Encodable {
                var budget, committed, spent, available: String
                @JSONNull var executed: String?
                init(_ figures: Figures) {
                    (budget, committed, spent, available) = (
                        figures.budget.decimalText, figures.committed.decimalText, figures.spent.decimalText, figures.available.decimalText
                    )
                    executed = figures.executed?.text
                }
            }
            struct Office: Encodable {
                var code, name: String
                @JSONNull var lastSync: String?
            }
            struct Rate: Encodable {
                var office, currency, rule, rate, source, period: String
                var months: Int
            }
            struct FundShape: Encodable {
                var fund, name, currency: String
                var names: [String: String]
                var offices: [String: Shown]
                var total: Shown
            }
            struct LineShape: Encodable {
                var fund: String
                @JSONNull var line: String?
                var heading, description, currency: String
                var descriptions: [String: String]
                var offices: [String: Shown]
                var total: Shown
            }
            struct Flag: Encodable { var office, flag: String }
            struct Shape: Encodable {
                @JSONNull var asOf: String?
                var offices: [Office]
                var funds: [FundShape]
                var lines: [LineShape]
                var rates: [Rate]
                var flags: [Flag]
                var unreported: [Unreported]
            }
            struct Unreported: Encodable { var office, reason: String }
            func named(_ names: [String?]) -> [String: String] {
                var shown: [String: String] = [:]
                for (office, name) in zip(offices, names) { if let name { shown[office.code] = name } }
                return shown
            }
            func byOffice(_ figures: [Figures?]) -> [String: Shown] {
                var shown: [String: Shown] = [:]
                for (office, one) in zip(offices, figures) { if let one { shown[office.code] = Shown(one) } }
                return shown
            }
            return JSONText.render(
                Shape(
                    asOf: asOf?.description, offices: offices.map { Office(code: $0.code, name: $0.name, lastSync: lastSyncs[$0.code]) },
                    funds: funds.map {
                        FundShape(
                            fund: $0.fund, name: $0.name, currency: $0.currency.code, names: named($0.names), offices: byOffice($0.offices), total: Shown($0.total))
                    },
                    lines: lines.map {
                        LineShape(
                            fund: $0.fund, line: $0.line, heading: $0.heading, description: $0.description, currency: $0.currency.code,
                            descriptions: named($0.descriptions), offices: byOffice($0.offices), total: Shown($0.total))
                    },
                    rates: rates.map {
                        Rate(
                            office: $0.office, currency: $0.rate.currency.code, rule: $0.rate.rule.rawValue, rate: $0.rate.rate, source: $0.rate.source,
                            period: $0.rate.period, months: $0.rate.months)
                    },
                    flags: flags.map { Flag(office: $0.office, flag: $0.flag) },
                    unreported: unreported.map { Unreported(office: $0.office, reason: $0.reason) }))
        case .csv:
            func cells(_ figures: Figures) -> [String] {
                [figures.budget.decimalText, figures.committed.decimalText, figures.spent.decimalText, figures.available.decimalText, figures.executed?.text ?? ""]
            }
            var rows: [[String]] = []
            for line in lines {
                func key(_ description: String) -> [String] { [line.fund, line.line ?? "", line.heading, description, line.currency.code] }
                for (index, office) in offices.enumerated() {
                    if let figures = line.offices[index] { rows.append(key(line.descriptions[index] ?? line.description) + [office.code] + cells(figures)) }
                }
                rows.append(key(line.description) + [""] + cells(line.total))
            }
            for fund in funds {
                func key(_ name: String) -> [String] { [fund.fund, "", "", name, fund.currency.code] }
                for (index, office) in offices.enumerated() {
                    if let figures = fund.offices[index] { rows.append(key(fund.names[index] ?? fund.name) + [office.code] + cells(figures)) }
                }
                rows.append(key(fund.name) + [""] + cells(fund.total))
            }
            return CSVText.table(
                ["fund", "line", "heading", "description", "currency", "office", "budget", "committed", "spent", "available", "executed_percent"], rows)
        case .text:
            var table = TextTable(
                columns: [
                    ("Fund", .left), ("Line", .left), ("Description", .left), ("Office", .left), ("Budget", .right), ("Committed", .right),
                    ("Spent", .right), ("Available", .right), ("Executed", .right),
                ])
            func add(_ key: [String], _ office: String, _ figures: Figures) {
                table.add(
                    key.map(TextTable.Cell.text) + [
                        .text(office), .money(figures.budget), .money(figures.committed), .money(figures.spent), .money(figures.available),
                        .text(figures.executed.map { "\($0.text) %" } ?? ""),
                    ])
            }
            // Each office's row of a line or fund, then their total where more than one has it; the
            // line (or fund) named on its first row, or on each office's row when the offices name it differently.
            func addAll(_ key: [String], _ names: [String?], _ figures: [Figures?], _ total: Figures) {
                let differ = Set(names.compactMap { $0 }).count > 1
                var first = true
                for (index, office) in offices.enumerated() {
                    guard let one = figures[index] else { continue }
                    let name = first || differ ? names[index] ?? "" : ""
                    add((first ? key : key.map { _ in "" }) + [name], office.code, one)
                    first = false
                }
                if figures.compactMap({ $0 }).count > 1 { add(key.map { _ in "" } + [""], tr("Total"), total) }
            }
            for (index, fund) in funds.enumerated() {
                if index > 0 { table.rule() }
                for line in lines where line.fund == fund.fund && line.currency == fund.currency {
                    addAll([line.fund, line.line ?? "-"], line.descriptions, line.offices, line.total)
                }
                addAll(["", ""], fund.names.map { $0.map { tr("fund \(fund.fund) (\($0)), \(fund.currency.code)") } }, fund.offices, fund.total)
            }
            let names = offices.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
            var out = (asOf.map { tr("Consolidated budget of \(names), as of \($0)") } ?? tr("Consolidated budget of \(names), all entries")) + "\n"
            let synced = offices.compactMap { office in lastSyncs[office.code].map { "\(office.code) \($0)" } }
            if !synced.isEmpty { out += tr("As each office last sent its books: \(synced.joined(separator: ", ")).") + "\n" }
            out += "\n" + table.render()
            let converted = rates.filter { $0.rate.rule != .booking }
            if !converted.isEmpty {
                var rateTable = TextTable(columns: [("Office", .left), ("Currency", .left), ("Rule", .left), ("Rate", .right), ("Period", .left), ("Source", .left)])
                for (office, rate) in converted {
                    rateTable.add([
                        office, rate.currency.code, rate.rule.rawValue, rate.rate,
                        rate.months > 1 ? tr("\(rate.period) (\(rate.months) months)") : rate.period, rate.source,
                    ])
                }
                out += "\n" + tr("Each office's spending converted as its own report converts it (units per 1 of its reporting currency):") + "\n\n"
                out += rateTable.render()
            }
            if !unreported.isEmpty {
                out += "\n" + tr("Offices whose books make no budget report:") + "\n" + unreported.map { "- \($0.office): \($0.reason)\n" }.joined()
            }
            out += flags.isEmpty
                ? "\n" + tr("No flags: every office's funds within their donors' rules and every line within its budget.") + "\n"
                : "\n" + tr("Flags, each office's own:") + "\n" + flags.map { "- \($0.office): \($0.flag)\n" }.joined()
            return out
        }
    }
}
