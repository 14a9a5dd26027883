import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird

/// `GET /NAME/shop/month?month=YYYY-MM`: the month's sales by product, and the cash flow of the
/// twelve months up to it as a chart (money in and out a month, the cash at each month's end)
/// and as the command line's statement.
extension WebFace {
    private struct MonthModel: Sendable {
        var monthLabel, show, chartTitle: String
        var month: String
        var chart: String
        var products: String
        var cashflow: String
    }

    func month(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .shop) { visit in
            guard visit.served.isBusiness else { throw Refusal(status: .notFound, sentence: "These books keep no shop.") }
            let text = request.uri.queryParameters.get("month").flatMap { $0.isEmpty ? nil : String($0) }
            let asked: LedgerMonth?
            do {
                asked = try text.map { try LedgerMonth.parse($0, field: "month") }
            } catch let error as ArkaError {
                throw Refusal(status: .unprocessableContent, sentence: Sentence(verbatim: error.text(in: visit.language)))
            }
            let role = visit.role
            let body = try await visit.served.read(visit.language) { ledger -> String in
                let people = try Self.people(ledger, role)
                let active = try ledger.activeMonths()
                guard let month = asked ?? Signature.today()?.ledgerMonth ?? active?.last else {
                    return tr("The books have no entries yet.")
                }
                var first = month
                for _ in 0..<11 {
                    let earlier = first.previous
                    if let active, earlier < active.first { break }
                    first = earlier
                }
                let cashFlow = try ledger.cashFlow(from: first, to: month)
                let chart = Charts.cashFlow(
                    cashFlow.months.map { Charts.CashMonth(label: $0.month.description, inflow: $0.inflows, outflow: $0.outflows, closing: $0.closing) },
                    legend: (tr("money in"), tr("money out"), tr("cash at the end")))
                let products = try ReportLayout.of { try ledger.salesByProduct(from: month, to: month).rendered(as: .text) }
                let flows = ReportLayout.of { cashFlow.rendered(as: .text) }
                return Self.render(
                    "month",
                    MonthModel(
                        monthLabel: tr("Month"), show: tr("Show"), chartTitle: tr("Cash flow, month by month"), month: month.description, chart: chart,
                        products: ReportView(products, people: people).html, cashflow: ReportView(flows, people: people).html))
            }
            return page(title: "The month", body: body, language: visit.language, served: visit.served, visit: visit)
        }
    }
}
