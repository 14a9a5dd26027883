import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird

/// `GET /NAME/statements?report=…&from=…&to=…`: the statements with a period chooser, each the
/// command line's report laid out as a page (``ReportLayout``): the same figures, the same flags.
extension WebFace {
    /// A statement the page offers.
    enum Statement: String, CaseIterable, Sendable {
        case trialBalance = "trial-balance"
        case byFund = "by-fund"
        case byBudgetLine = "by-budget-line"
        case funds
        case budget
        case profitAndLoss = "pnl"
        case balanceSheet = "balance-sheet"
        case cashFlow = "cashflow"
        case products
        case grantUse = "grant-use"
        case indicators

        var label: Sentence {
            switch self {
            case .trialBalance: "Trial balance"
            case .byFund: "Trial balance by fund"
            case .byBudgetLine: "Income and expense by fund and budget line"
            case .funds: "Fund position"
            case .budget: "Budget report"
            case .profitAndLoss: "Profit and loss"
            case .balanceSheet: "Balance sheet"
            case .cashFlow: "Cash flow"
            case .products: "Sales by product"
            case .grantUse: "Use of the start-up grant"
            case .indicators: "Indicators"
            }
        }

        /// Whether the statement is offered for books of `business` (a social business's, whose
        /// statements are monthly and whose budget is its business plan) or a project's.
        func isOffered(business: Bool) -> Bool {
            switch self {
            case .trialBalance, .byFund, .byBudgetLine, .funds: true
            case .budget: !business
            case .profitAndLoss, .balanceSheet, .cashFlow, .products, .grantUse, .indicators: business
            }
        }

        /// Whether the statement covers whole months (a social business's), not days.
        var isMonthly: Bool { [.profitAndLoss, .balanceSheet, .cashFlow, .products, .grantUse, .indicators].contains(self) }

        /// Whether the statement is of a period (from … to), not as of a day or a month's end.
        var isPeriod: Bool { [.profitAndLoss, .cashFlow, .products].contains(self) }
    }

    private struct Choice: Sendable {
        var code, label: String
        var selected: Bool
    }

    private struct StatementsModel: Sendable {
        var reports: [Choice]
        var reportLabel, fromLabel, toLabel, show: String
        var from, to: String
        var showFrom: Bool
        var inputType: String
        var report: String
    }

    func statements(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .books) { visit in
            let query = request.uri.queryParameters
            let offered = Statement.allCases.filter { $0.isOffered(business: visit.served.isBusiness) }
            let chosen = query.get("report").flatMap(Statement.init(rawValue:)).flatMap { offered.contains($0) ? $0 : nil } ?? .trialBalance
            let fromText = query.get("from").flatMap { $0.isEmpty ? nil : $0 }
            let toText = query.get("to").flatMap { $0.isEmpty ? nil : $0 }
            let role = visit.role
            let body = try await visit.served.read(visit.language) { ledger -> String in
                var report: String
                do {
                    let from = try fromText.map { try Self.day($0, field: "from", end: false) }
                    let to = try toText.map { try Self.day($0, field: "to", end: true) }
                    if chosen.isPeriod, let from, let to, from > to {
                        throw ArkaError(.badDate, "the period ends before it starts", field: "to", value: to.description)
                    }
                    let layout = try Self.layout(chosen, ledger: ledger, from: chosen.isPeriod ? from : nil, to: to)
                    report = ReportView(layout, people: try Self.people(ledger, role), entryLink: nil).html
                } catch let error as ArkaError {
                    report = "<p class=\"error\" role=\"alert\">" + Charts.xml(error.text(in: Language.current)) + "</p>"
                }
                return Self.render(
                    "statements",
                    StatementsModel(
                        reports: offered.map { Choice(code: $0.rawValue, label: tr($0.label), selected: $0 == chosen) }, reportLabel: tr("Statement"),
                        fromLabel: tr("From"), toLabel: chosen.isPeriod ? tr("To") : tr("As of"), show: tr("Show"),
                        from: Self.shown(fromText, monthly: chosen.isMonthly), to: Self.shown(toText, monthly: chosen.isMonthly), showFrom: chosen.isPeriod,
                        inputType: chosen.isMonthly ? "month" : "date", report: report))
            }
            return page(title: "Statements", body: body, language: visit.language, served: visit.served, visit: visit)
        }
    }

    /// The statement's layout for the period: a balance as of `to` (the books' last day when
    /// none), a business statement over the months from `from` to `to` (every active month).
    static func layout(_ statement: Statement, ledger: Ledger, from: LedgerDate?, to: LedgerDate?) throws -> ReportLayout {
        func months() throws -> (LedgerMonth, LedgerMonth) {
            let active = try ledger.activeMonths()
            guard let first = from?.ledgerMonth ?? active?.first, let last = to?.ledgerMonth ?? active?.last else {
                throw ArkaError(.missingValue, "the books have no entries yet; choose a period", location: SourceLocation(field: "from"))
            }
            return (first, last)
        }
        switch statement {
        case .trialBalance: return try ReportLayout.of { try ledger.trialBalance(asOf: to, grouping: .account).rendered(as: .text) }
        case .byFund: return try ReportLayout.of { try ledger.trialBalance(asOf: to, grouping: .fund).rendered(as: .text) }
        case .byBudgetLine: return try ReportLayout.of { try ledger.trialBalance(asOf: to, grouping: .budgetLine).rendered(as: .text) }
        case .funds: return try ReportLayout.of { try ledger.fundPosition(asOf: to).rendered(as: .text) }
        case .budget: return try ReportLayout.of { try ledger.budgetReport(asOf: to, fund: nil).rendered(as: .text) }
        case .profitAndLoss:
            let (first, last) = try months()
            return try ReportLayout.of { try ledger.profitAndLoss(from: first, to: last).rendered(as: .text) }
        case .balanceSheet:
            let (_, last) = try months()
            return try ReportLayout.of { try ledger.balanceSheet(at: last).rendered(as: .text) }
        case .cashFlow:
            let (first, last) = try months()
            return try ReportLayout.of { try ledger.cashFlow(from: first, to: last).rendered(as: .text) }
        case .products:
            let (first, last) = try months()
            return try ReportLayout.of { try ledger.salesByProduct(from: first, to: last).rendered(as: .text) }
        case .grantUse:
            let (_, last) = try months()
            return try ReportLayout.of { try ledger.grantUse(at: last).rendered(as: .text) }
        case .indicators:
            let (_, last) = try months()
            return try ReportLayout.of { try ledger.indicators(for: last).rendered(as: .text) }
        }
    }

    /// A day the chooser sent: `YYYY-MM-DD`, or a month `YYYY-MM` (its first day, or its last
    /// when it ends the period).
    /// - Throws: ``ArkaError/Kind/badDate`` naming the field.
    static func day(_ text: String, field: String, end: Bool) throws -> LedgerDate {
        if text.count == 7 {
            let month = try LedgerMonth.parse(text, field: field)
            return end ? month.lastDay : month.firstDay
        }
        return try LedgerDate.parse(text, field: field)
    }

    /// A day as the chooser's field shows it again: a month's for a monthly statement.
    static func shown(_ text: String?, monthly: Bool) -> String {
        guard let text else { return "" }
        return monthly ? String(text.prefix(7)) : text
    }
}
