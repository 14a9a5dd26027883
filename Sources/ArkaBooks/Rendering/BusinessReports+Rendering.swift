import ArkaCore
import Foundation

extension CashFlowLine {
    /// The line's words on the statement.
    public var label: Sentence {
        switch self {
        case .salesReceipts: return "Receipts from sales"
        case .grantReceived: return "Grant received"
        case .otherReceipts: return "Other receipts"
        case .supplierPayments: return "Payments to suppliers"
        case .wages: return "Wages and contributions"
        case .otherPayments: return "Other payments"
        }
    }
}

extension CashFlowStatement {
    /// The statement in the chosen format: a column per month, and the period's total when it
    /// spans more than one.
    public func rendered(as format: OutputFormat) -> String {
        var columns = months
        if months.count > 1, let total { columns.append(total) }
        var labels = months.map(\.month.description)
        if months.count > 1 { labels.append(tr("Total")) }
        var table = StatementTable(
            report: "cashflow", title: periodTitle, columns: labels, currency: currency)
        table.line("opening", "Opening cash", columns.map(\.opening))
        table.heading("in", "Money in")
        for line in CashFlowLine.allCases where line.isInflow { table.line(line.rawValue, line.label, columns.map { $0.shown(line) }) }
        table.total("total-in", "Total money in", columns.map(\.inflows))
        table.heading("out", "Money out")
        for line in CashFlowLine.allCases where !line.isInflow { table.line(line.rawValue, line.label, columns.map { $0.shown(line) }) }
        table.total("total-out", "Total money out", columns.map(\.outflows))
        table.total("net", "Net cash flow", columns.map(\.net))
        table.total("closing", "Closing cash", columns.map(\.closing))
        table.line("books", "Cash in the books", columns.map(\.booksClosing))
        table.notes.append(Sentence("Cash is the accounts \(accounts.joined(separator: ", "))."))
        if reconciles {
            table.notes.append(Sentence("Closing cash agrees with the books every month."))
        } else {
            let months = self.months.filter { $0.closing != $0.booksClosing }.map(\.month.description)
            table.notes.append(Sentence("Closing cash DISAGREES with the books in \(months.joined(separator: ", "))."))
        }
        return table.rendered(as: format)
    }

    private var periodTitle: Sentence {
        guard let first = months.first?.month, let last = months.last?.month else { return "Cash flow of \(ledgerName), \(currency.code)" }
        if first == last { return "Cash flow of \(ledgerName), \(currency.code), \(first)" }
        return "Cash flow of \(ledgerName), \(currency.code), \(first) to \(last)"
    }
}

extension ProfitAndLoss {
    public func rendered(as format: OutputFormat) -> String {
        let period = from == to ? from.description : tr("\(from) to \(to)")
        var table = StatementTable(
            report: "pnl", title: "Profit and loss of \(ledgerName), \(period), \(currency.code)", columns: [period], currency: currency)
        func section(_ key: String, _ heading: Sentence, _ figures: [AccountFigure], total: Sentence, _ sum: Money) {
            table.heading(key, heading)
            for figure in figures { table.line(figure.account.code, "\(figure.account.code) \(figure.account.name(in: .current))", [figure.amount]) }
            table.total("total-\(key)", total, [sum])
        }
        section("sales", "Sales (without VAT)", sales, total: "Total sales", totalSales)
        section("cost-of-sales", "Cost of sales", costOfSales, total: "Total cost of sales", totalCostOfSales)
        table.total("gross-margin", "Gross margin", [grossMargin])
        section("fixed-costs", "Fixed costs", fixedCosts, total: "Total fixed costs", totalFixedCosts)
        table.total("operating-result", "Operating result", [operatingResult])
        section("other-income", "Grant and other income", otherIncome, total: "Total grant and other income", totalOtherIncome)
        table.total("result", "Result", [result])
        table.notes.append(grossMarginPercent.map { Sentence("Gross margin: \($0.text) % of sales.") } ?? Sentence("Gross margin: no sales."))
        return table.rendered(as: format)
    }
}

extension BalanceSheet {
    public func rendered(as format: OutputFormat) -> String {
        var table = StatementTable(
            report: "balance-sheet", title: "Balance sheet of \(ledgerName) at \(asOf), \(currency.code)", columns: [asOf.description], currency: currency)
        func lines(_ figures: [AccountFigure]) {
            for figure in figures { table.line(figure.account.code, "\(figure.account.code) \(figure.account.name(in: .current))", [figure.amount]) }
        }
        table.heading("assets", "Assets")
        lines(assets)
        table.total("total-assets", "Total assets", [totalAssets])
        table.heading("liabilities", "Liabilities")
        lines(liabilities)
        table.total("total-liabilities", "Total liabilities", [totalLiabilities])
        table.heading("equity", "Equity")
        lines(equity)
        table.line("result", "Result to date", [result])
        table.total("total-equity", "Total equity", [totalEquity])
        table.total("total-liabilities-and-equity", "Total liabilities and equity", [totalLiabilitiesAndEquity])
        table.notes.append(balances ? Sentence("Assets equal liabilities and equity.") : Sentence("Assets DO NOT equal liabilities and equity."))
        return table.rendered(as: format)
    }
}

extension BusinessIndicators {
    /// Quantities are kept in thousandths; shown with the decimals they need.
    public static func quantityText(_ thousandths: Int64) -> String {
        DecimalText(digits: thousandths, scale: 3).normalized.text
    }

    public func rendered(as format: OutputFormat) -> String {
        let breakEven = breakEvenSales
        let figures: [(key: String, label: Sentence, value: TextTable.Cell)] = [
            ("sales", Sentence("Sales in \(month) (without VAT)"), .money(monthResult.totalSales)),
            ("gross_margin", Sentence("Gross margin in \(month)"), .money(monthResult.grossMargin)),
            ("gross_margin_percent", Sentence("Gross margin, % of sales"), .text(monthResult.grossMarginPercent.map { "\($0.text) %" } ?? "-")),
            ("recent_gross_margin_percent", Sentence.plural(recentMonths, "Gross margin over 1 month, % of sales", "Gross margin over \(recentMonths) months, % of sales"), .text(recentResult.grossMarginPercent.map { "\($0.text) %" } ?? "-")),
            ("fixed_costs", Sentence("Fixed costs a month (average of \(recentMonths))"), .money(averageFixedCosts)),
            ("break_even_sales", Sentence("Break-even sales a month"), breakEven.map { .money($0) } ?? .text(tr("none: no positive margin"))),
            ("cash", Sentence("Cash and bank at \(month.lastDay)"), .money(cash)),
            ("payments", Sentence("Money paid out a month (average of \(recentMonths))"), .money(averagePayments)),
            ("months_of_cash", Sentence("Months of cash left at that rate"), .text(monthsOfCash?.text ?? "-")),
        ]
        /// A figure as the CSV has always given it: the amount's display text, without grouping.
        func plain(_ cell: TextTable.Cell) -> String {
            switch cell {
            case .text(let text): return text
            case .money(let money, _): return money?.tableText.replacingOccurrences(of: ",", with: "") ?? ""
            }
        }
        switch format {
        case .json:
            struct Month: Encodable { var month, sales: String }
            struct Product: Encodable {
                var product, name, quantity, unit, amount: String
                var sales: Int
                @JSONNull var share: String?
            }
            struct Flag: Encodable { var product, firstDate, lowestOnHand, lowestDate, flag: String }
            struct Shape: Encodable {
                var month, currency: String
                var recentMonths: Int
                var sales, grossMargin: String
                @JSONNull var grossMarginPercent: String?
                @JSONNull var recentGrossMarginPercent: String?
                var fixedCosts: String
                @JSONNull var breakEvenSales: String?
                var cash, payments: String
                @JSONNull var monthsOfCash: String?
                var salesByMonth: [Month]
                var products: [Product]
                var stockFlags: [Flag]
            }
            return JSONText.render(
                Shape(
                    month: month.description, currency: currency.code, recentMonths: recentMonths, sales: monthResult.totalSales.decimalText,
                    grossMargin: monthResult.grossMargin.decimalText, grossMarginPercent: monthResult.grossMarginPercent?.text,
                    recentGrossMarginPercent: recentResult.grossMarginPercent?.text, fixedCosts: averageFixedCosts.decimalText,
                    breakEvenSales: breakEven?.decimalText, cash: cash.decimalText, payments: averagePayments.decimalText,
                    monthsOfCash: monthsOfCash?.text,
                    salesByMonth: salesByMonth.map { Month(month: $0.month.description, sales: $0.sales.decimalText) },
                    products: products.map {
                        Product(
                            product: $0.product.code, name: $0.product.name, quantity: Self.quantityText($0.quantityThousandths), unit: $0.product.unit,
                            amount: $0.amount.decimalText, sales: $0.sales, share: $0.share?.text)
                    },
                    stockFlags: stockFlags.map {
                        Flag(
                            product: $0.product.code, firstDate: $0.firstDate.description, lowestOnHand: Self.quantityText($0.lowestThousandths),
                            lowestDate: $0.lowestDate.description, flag: tr($0.sentence))
                    }))
        case .csv:
            var out = CSVText.table(["indicator", "label", "value"], figures.map { [$0.key, tr($0.label), plain($0.value)] })
            out += "\n" + CSVText.table(["month", "sales"], salesByMonth.map { [$0.month.description, $0.sales.decimalText] })
            out += "\n" + CSVText.table(
                ["product", "name", "quantity", "unit", "amount", "share"],
                products.map { [$0.product.code, $0.product.name, Self.quantityText($0.quantityThousandths), $0.product.unit, $0.amount.decimalText, $0.share?.text ?? ""] })
            if !stockFlags.isEmpty {
                out += "\n" + CSVText.table(
                    ["product", "first_date", "lowest_on_hand", "lowest_date", "flag"],
                    stockFlags.map { [$0.product.code, $0.firstDate.description, Self.quantityText($0.lowestThousandths), $0.lowestDate.description, tr($0.sentence)] })
            }
            return out
        case .text:
            var table = TextTable(columns: [("Indicator", .left), ("Value", .right)])
            for figure in figures { table.add([.text(tr(figure.label)), figure.value]) }
            var months = TextTable(columns: [("Month", .left), ("Sales", .right)])
            for row in salesByMonth { months.add([.text(row.month.description), .money(row.sales)]) }
            var sold = TextTable(columns: [("Product", .left), ("Name", .left), ("Quantity", .right), ("Unit", .left), ("Takings", .right), ("Share %", .right)])
            for line in products {
                sold.add([
                    .text(line.product.code), .text(line.product.name(in: .current)), .text(Self.quantityText(line.quantityThousandths)), .text(line.product.unit),
                    .money(line.amount), .text(line.share?.text ?? ""),
                ])
            }
            var text = tr("Indicators of \(ledgerName), \(month), \(currency.code)") + "\n\n" + table.render()
                + "\n" + tr("Sales (without VAT) by month, \(month.year)") + "\n\n" + months.render()
                + "\n" + tr("Sales by product in \(month) (takings with VAT)") + "\n\n" + sold.render()
            if !stockFlags.isEmpty {
                text += "\n" + tr("Flags:") + "\n" + stockFlags.map { "- \(tr($0.sentence))\n" }.joined()
            }
            return text
        }
    }
}

extension GrantUse {
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Line: Encodable {
                var line, description, budget, spent, remaining: String
                @JSONNull var usedPercent: String?
            }
            struct Shape: Encodable {
                var fund, asOf, currency, received, budget, spent, unspent, held, spentOffPlan: String
                var lines: [Line]
            }
            return JSONText.render(
                Shape(
                    fund: fund.code, asOf: asOf.description, currency: currency.code, received: received.decimalText, budget: budget.decimalText,
                    spent: spent.decimalText, unspent: unspent.decimalText, held: held.decimalText, spentOffPlan: spentOffPlan.decimalText,
                    lines: lines.map {
                        Line(
                            line: $0.line.line, description: $0.line.description, budget: $0.line.amount.decimalText, spent: $0.spent.decimalText,
                            remaining: $0.remaining.decimalText, usedPercent: $0.used?.text)
                    }))
        case .csv:
            return CSVText.table(
                ["line", "description", "budget", "spent", "remaining", "used_percent"],
                lines.map { [$0.line.line, $0.line.description, $0.line.amount.decimalText, $0.spent.decimalText, $0.remaining.decimalText, $0.used?.text ?? ""] }
                    + [["total", "", budget.decimalText, spent.decimalText, remaining.decimalText, ((try? spent.percent(of: budget)) ?? nil)?.text ?? ""]])
        case .text:
            var table = TextTable(columns: [("Line", .left), ("Business-plan line", .left), ("Budget", .right), ("Spent", .right), ("Remaining", .right), ("Used %", .right)])
            for line in lines {
                table.add([
                    .text(line.line.line), .text(line.line.description), .money(line.line.amount), .money(line.spent), .money(line.remaining),
                    .text(line.used?.text ?? ""),
                ])
            }
            if !spentOffPlan.isZero { table.add(["-", .text(tr("Charged without a line of the plan")), "", .money(spentOffPlan), "", ""]) }
            table.rule()
            table.add([
                .text(tr("Total")), "", .money(budget), .money(spent), .money(remaining),
                .text(((try? spent.percent(of: budget)) ?? nil)?.text ?? ""),
            ])
            var summary = TextTable(columns: [("", .left), (currency.code, .right)])
            summary.add([.text(tr("Received (tranches)")), .money(received)])
            summary.add([.text(tr("Spent")), .money(spent)])
            summary.add([.text(tr("Unspent")), .money(unspent)])
            summary.add([.text(tr("Held in cash and bank for the grant")), .money(held)])
            let agrees = unspent == held ? tr("The unspent grant equals the grant's money held.") : tr("The unspent grant DIFFERS from the grant's money held.")
            return tr("Use of the start-up grant (fund \(fund.code), \(fund.name)) at \(asOf), \(currency.code)") + "\n\n" + table.render() + "\n" + summary.render() + agrees + "\n"
        }
    }
}

extension SalesByProduct {
    /// The sales by product in the chosen format: quantity with its unit, takings, number of sales.
    public func rendered(as format: OutputFormat) -> String {
        let period = from == to ? from.description : tr("\(from) to \(to)")
        let header = ["product", "name", "unit", "quantity", "takings", "sales"]
        /// "14449", "2.5": thousandths without the zeros they do not need.
        func quantity(_ thousandths: Int64) -> String {
            var text = DecimalText.format(thousandths, scale: 3)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        func fields(_ line: Line) -> [String] {
            [line.product, line.name ?? "", line.unit ?? "", quantity(line.quantityThousandths), line.takings.decimalText, String(line.sales)]
        }
        switch format {
        case .csv: return CSVText.table(header, lines.map(fields))
        case .json: return JSONText.objects(header, lines.map(fields))
        case .text:
            var table = TextTable(columns: [
                ("Product", .left), ("Name", .left), ("Quantity", .right), ("Unit", .left), ("Takings", .right), ("Sales", .right),
            ])
            for line in lines {
                table.add([
                    .text(line.product), .text(line.name ?? ""), .text(quantity(line.quantityThousandths)), .text(line.unit ?? ""),
                    .money(line.takings), .text(String(line.sales)),
                ])
            }
            table.rule()
            table.add([.text(tr("Total")), "", "", "", .money(totalTakings), .text(String(lines.reduce(0) { $0 + $1.sales }))])
            return tr("Sales by product, \(period), \(totalTakings.currency.code) with VAT") + "\n\n" + table.render()
        }
    }
}
