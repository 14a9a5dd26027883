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
            }
        }

        /// Whether the statement is of a social business's books.
        var isBusiness: Bool { [.profitAndLoss, .balanceSheet, .cashFlow, .products].contains(self) }
    }

    private struct Choice: Sendable {
        var code, label: String
        var selected: Bool
    }

    private struct StatementsModel: Sendable {
        var reports: [Choice]
        var reportLabel, fromLabel, toLabel, show: String
        var from, to: String
        var report: String
    }

    func statements(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .books) { visit in
            let query = request.uri.queryParameters
            let offered = Statement.allCases.filter { visit.served.isBusiness || !$0.isBusiness }
            let chosen = query.get("report").flatMap(Statement.init(rawValue:)).flatMap { offered.contains($0) ? $0 : nil } ?? .trialBalance
            let fromText = query.get("from").flatMap { $0.isEmpty ? nil : $0 }
            let toText = query.get("to").flatMap { $0.isEmpty ? nil : $0 }
            let role = visit.role
            let body = try await visit.served.read(visit.language) { ledger -> String in
                var report: String
                do {
                    let from = try fromText.map { try LedgerDate.parse($0, field: "from") }
                    let to = try toText.map { try LedgerDate.parse($0, field: "to") }
                    let layout = try Self.layout(chosen, ledger: ledger, from: from, to: to)
                    report = Self.render("report", ReportView(layout, people: try Self.people(ledger, role), entryLink: nil))
                } catch let error as ArkaError {
                    report = "<p class=\"error\" role=\"alert\">" + Charts.xml(error.text(in: Language.current)) + "</p>"
                }
                return Self.render(
                    "statements",
                    StatementsModel(
                        reports: offered.map { Choice(code: $0.rawValue, label: tr($0.label), selected: $0 == chosen) }, reportLabel: tr("Statement"),
                        fromLabel: tr("From"), toLabel: tr("To"), show: tr("Show"), from: fromText ?? "", to: toText ?? "", report: report))
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
        }
    }
}
