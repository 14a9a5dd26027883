import ArkaCore
import Foundation

extension BudgetReport {
    /// The report in the chosen format. JSON is an object with `currency`, `as_of`, `period`, `lines`
    /// (fund, line, heading, description, original, budget, committed, spent, available, executed),
    /// `headings` (fund, heading, baseline, budget, change, change_percent, committed, spent, and
    /// `ceiling` and `above_ceiling`: what the heading may reach without the addendum a notice
    /// needed and the spending above it, null when it rests on no such notice), `funds`
    /// (fund, conversion, booked, booked_currency, eligible, ineligible, conversion_difference), `rates`
    /// (currency, rule, rate, source, period, months) and `flags`. CSV has a row per line; a heading
    /// with a ceiling has `heading_ceiling` and `above_ceiling` on its last line, once, so that the
    /// column adds up.
    public func rendered(as format: OutputFormat) -> String {
        func percent(_ value: DecimalText?) -> String { value.map(\.text) ?? "" }
        switch format {
        case .json:
            struct Line: Encodable {
                var fund: String
                @JSONNull var line: String?
                var heading, description, original, budget, committed, spent, available: String
                @JSONNull var executed: String?
            }
            struct Heading: Encodable {
                var fund, heading, baseline, budget, change: String
                @JSONNull var changePercent: String?
                var committed, spent: String
                @JSONNull var ceiling: String?
                @JSONNull var aboveCeiling: String?
            }
            struct Fund: Encodable {
                var fund, conversion, booked, bookedCurrency, eligible, ineligible: String
                @JSONNull var conversionDifference: String?
            }
            struct Rate: Encodable {
                var currency, rule, rate, source, period: String
                var months: Int
            }
            struct Closed: Encodable {
                var fund, line, closure: String
                var agreements: Int
                var released: String
            }
            struct Shape: Encodable {
                var currency: String
                @JSONNull var asOf: String?
                var lines: [Line]
                var headings: [Heading]
                @JSONNull var period: String?
                var funds: [Fund]
                var rates: [Rate]
                var flags: [String]
                var closedAgreements: [Closed]
            }
            return JSONText.render(
                Shape(
                    currency: currency.code, asOf: asOf?.description,
                    lines: lines.map { line in
                        Line(
                            fund: line.fund, line: line.line, heading: line.heading, description: line.description,
                            original: line.original.decimalText, budget: line.budget.decimalText, committed: line.committed.decimalText,
                            spent: line.spent.decimalText, available: line.available.decimalText, executed: line.executed?.text)
                    },
                    headings: headings.map { heading in
                        Heading(
                            fund: heading.fund, heading: heading.change.heading, baseline: heading.change.baseline.decimalText,
                            budget: heading.change.current.decimalText, change: heading.change.change.decimalText,
                            changePercent: heading.change.percent?.text, committed: heading.committed.decimalText,
                            spent: heading.spent.decimalText, ceiling: heading.ceiling?.amount.decimalText,
                            aboveCeiling: heading.aboveCeiling?.decimalText)
                    },
                    period: period.map { "\($0.lowerBound)..\($0.upperBound)" },
                    funds: funds.map { total in
                        Fund(
                            fund: total.fund, conversion: total.rule.rawValue, booked: total.booked.decimalText,
                            bookedCurrency: total.booked.currency.code, eligible: total.eligible.decimalText,
                            ineligible: total.ineligible.decimalText, conversionDifference: total.conversionDifference?.decimalText)
                    },
                    rates: rates.map { rate in
                        Rate(currency: rate.currency.code, rule: rate.rule.rawValue, rate: rate.rate, source: rate.source, period: rate.period, months: rate.months)
                    },
                    flags: flags,
                    closedAgreements: closedAgreements.map { closed in
                        Closed(fund: closed.fund, line: closed.line, closure: closed.kind.rawValue, agreements: closed.count, released: closed.released.decimalText)
                    }))
        case .csv:
            // The last line of each heading with a ceiling carries the heading's ceiling and the spending above it.
            struct FundHeading: Hashable {
                var fund: String
                var heading: String
            }
            var lastOfHeading: [FundHeading: Int] = [:]
            for (index, line) in lines.enumerated() where line.line != nil { lastOfHeading[FundHeading(fund: line.fund, heading: line.heading)] = index }
            return CSVText.table(
                [
                    "fund", "line", "heading", "description", "original", "budget", "committed", "spent", "available", "executed_percent",
                    "heading_ceiling", "above_ceiling",
                ],
                lines.enumerated().map { index, line in
                    let heading = lastOfHeading[FundHeading(fund: line.fund, heading: line.heading)] == index
                        ? headings.first { $0.fund == line.fund && $0.change.heading == line.heading } : nil
                    return [
                        line.fund, line.line ?? "", line.heading, line.description, line.original.decimalText,
                        line.budget.decimalText, line.committed.decimalText, line.spent.decimalText, line.available.decimalText,
                        percent(line.executed), heading?.ceiling?.amount.decimalText ?? "", heading?.aboveCeiling?.decimalText ?? "",
                    ]
                })
        case .text:
            var table = TextTable(
                columns: [
                    ("Fund", .left), ("Line", .left), ("Description", .left), ("Budget", .right), ("Committed", .right), ("Spent", .right),
                    ("Available", .right), ("Executed", .right),
                ])
            var lastHeading: (String, String)?
            func headingRow(_ fund: String, _ heading: String) {
                guard let total = headings.first(where: { $0.fund == fund && $0.change.heading == heading }) else { return }
                let change = total.change.change.isZero
                    ? "" : " (\(total.change.change.isPositive ? "+" : "")\(percent(total.change.percent)) %)"
                let executed = (try? total.spent.percent(of: total.change.current)) ?? nil
                table.add([
                    "", "", .text(tr("heading \(heading)") + change), .money(total.change.current), .money(total.committed),
                    .money(total.spent), .money(try? total.change.current.subtracting(total.spent).subtracting(total.committed)),
                    .text(executed.map { "\($0.text) %" } ?? ""),
                ])
            }
            // A fund's total after its last heading, and the total of every fund at the end.
            struct Sums {
                var budget, committed, spent, available: Money?
                init(_ currency: Currency) { (budget, committed, spent, available) = (.zero(currency), .zero(currency), .zero(currency), .zero(currency)) }
                mutating func add(_ line: BudgetReport.Line) {
                    budget = try? budget?.adding(line.budget)
                    committed = try? committed?.adding(line.committed)
                    spent = try? spent?.adding(line.spent)
                    available = try? available?.adding(line.available)
                }
            }
            func totalRow(_ label: String, _ sums: Sums) {
                let executed = sums.spent.flatMap { spent in sums.budget.flatMap { (try? spent.percent(of: $0)) ?? nil } }
                table.add([
                    "", "", .text(label), .money(sums.budget), .money(sums.committed), .money(sums.spent), .money(sums.available),
                    .text(executed.map { "\($0.text) %" } ?? ""),
                ])
            }
            var fundSums = Sums(currency)
            var allSums = Sums(currency)
            for line in lines {
                if let last = lastHeading, last != (line.fund, line.heading) { headingRow(last.0, last.1) }
                if let last = lastHeading, last.0 != line.fund {
                    totalRow(tr("fund \(last.0)"), fundSums)
                    fundSums = Sums(currency)
                }
                lastHeading = (line.fund, line.heading)
                fundSums.add(line)
                allSums.add(line)
                let description = TextTable.cut(line.description, to: 44)
                table.add([
                    .text(line.fund), .text(line.line ?? "-"), .text(description), .money(line.budget), .money(line.committed),
                    .money(line.spent), .money(line.available), .text(line.executed.map { "\($0.text) %" } ?? ""),
                ])
            }
            if let last = lastHeading {
                headingRow(last.0, last.1)
                totalRow(tr("fund \(last.0)"), fundSums)
                table.rule()
                totalRow(tr("Total"), allSums)
            }
            var out = (asOf.map { tr("Budget of \(ledgerName), as of \($0), in \(currency.code)") } ?? tr("Budget of \(ledgerName), all entries, in \(currency.code)")) + "\n\n"
            out += table.render()
            out += conversionText()
            if !closedAgreements.isEmpty {
                out += "\n" + tr("Agreements closed, and what their closure released from the commitments:") + "\n"
                out += closedAgreements.map {
                    "- " + tr("\($0.fund) \($0.line): \($0.count) \($0.kind.rawValue), \($0.released.tableText) \($0.released.currency.code) released") + "\n"
                }.joined()
            }
            out += flags.isEmpty ? "\n" + tr("No flags: every fund within its donor's rules (its template's flexibility and ceilings) and every line within its budget.") + "\n"
                : "\n" + tr("Flags:") + "\n" + flags.map { "- \($0)\n" }.joined()
            return out
        }
    }

    /// Each fund's booked expense against what is reported, and the rates used: how an auditor
    /// ties the report to the books.
    private func conversionText() -> String {
        guard rates.contains(where: { $0.rule != .booking }) || funds.contains(where: { !$0.ineligible.isZero })
            || funds.contains(where: { $0.booked.currency != currency })
        else { return "" }
        var reconciliation = TextTable(
            columns: [
                ("Fund", .left), ("Conversion", .left), ("Booked", .right), ("Eligible", .right), ("Ineligible", .right),
                ("Difference", .right),
            ])
        for total in funds {
            reconciliation.add([
                .text(total.fund), .text(total.rule.rawValue), .money(total.booked, suffix: " \(total.booked.currency.code)"),
                .money(total.eligible), .money(total.ineligible), .money(total.conversionDifference),
            ])
        }
        var out = "\n" + (period.map { tr("Expense as booked and as reported in \(currency.code), period \($0.lowerBound) to \($0.upperBound):") }
            ?? tr("Expense as booked and as reported in \(currency.code):"))
        out += "\n\n" + reconciliation.render()
        if !rates.isEmpty {
            var table = TextTable(columns: [("Currency", .left), ("Rule", .left), ("Rate", .right), ("Period", .left), ("Source", .left)])
            for rate in rates {
                table.add([
                    rate.currency.code, rate.rule.rawValue, rate.rate,
                    rate.months > 1 ? tr("\(rate.period) (\(rate.months) months)") : rate.period, rate.source,
                ])
            }
            out += "\n" + tr("Rates (units per 1 \(currency.code)):") + "\n\n" + table.render()
        }
        return out
    }
}
