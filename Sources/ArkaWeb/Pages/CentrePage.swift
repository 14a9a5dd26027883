import ArkaBooks
import ArkaCentral
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird

/// `GET /NAME/centre?report=balance|budget&office=…&by=…&to=…`: the programme's centre,
/// read-only, for the users of the ledger it is shown with (`arka serve --centre NAME=URL`): the
/// offices' trial balances side by side and in total, from the totals their syncs kept, as
/// `arka balance --database` prints them (``ConsolidatedBalance``), or their budgets per fund and
/// line, one office's as it makes it or all of them and their total, as `arka budget --database`
/// prints them (``CentralBudget``); laid out by ``ReportLayout``.
extension WebFace {
    private struct Choice: Sendable {
        var code, label: String
        var selected: Bool
    }

    /// What the centre gave: the offices' balances, their budgets, or one office's budget.
    private enum Held {
        case balance(ConsolidatedBalance)
        case budgets(ConsolidatedBudget)
        case budget(BudgetReport)

        var text: String {
            switch self {
            case .balance(let report): report.rendered(as: .text)
            case .budgets(let report): report.rendered(as: .text)
            case .budget(let report): report.rendered(as: .text)
            }
        }
    }

    private struct CentreModel: Sendable {
        var reportLabel, officeLabel, byLabel, toLabel, show, note: String
        var reports, offices, groupings: [Choice]
        var to: String
        var report: String
    }

    func centrePage(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .books) { visit in
            guard let centre, visit.showsCentre else {
                throw Refusal(status: .notFound, sentence: "The programme's centre is not shown with these books.")
            }
            let query = request.uri.queryParameters
            let office = query.get("office").flatMap { $0.isEmpty || $0 == "all" ? nil : $0 }
            let byText = query.get("by").flatMap { $0.isEmpty ? nil : $0 }
            let toText = query.get("to").flatMap { $0.isEmpty ? nil : $0 }
            let showsBudget = query.get("report") == "budget"
            // The offices to choose from, then the report; a refusal is said on the page, in the
            // reader's language, without the command line's option names.
            var offices: [ConsolidatedBalance.Office] = []
            let read: Result<Held, ArkaError>
            do {
                let grouping = try byText.map { text in
                    guard let grouping = BalanceGrouping(rawValue: text) else {
                        throw ArkaError(.badText, "a balance is split by account, fund or budget line", field: "by", value: text)
                    }
                    return grouping
                } ?? .account
                let to = try toText.map { try LedgerDate.parse($0, field: "to") }
                let connection = try await CentralConnection.open(centre.address)
                do {
                    offices = try await CentralOffices.list(in: connection, only: nil)
                    if showsBudget {
                        let budget = try await CentralBudget.report(
                            from: connection, office: office, asOf: to, fund: nil, folder: centre.replicas)
                        // One office chosen: its report as it makes it.
                        read = .success(office.flatMap { _ in budget.reports.first.map(Held.budget) } ?? .budgets(budget))
                    } else {
                        read = .success(.balance(try await CentralBalance.report(from: connection, office: office, asOf: to, grouping: grouping)))
                    }
                    await connection.close()
                } catch {
                    await connection.close()
                    throw error
                }
            } catch let error as ArkaError {
                read = .failure(error)
            }
            let grouping = byText.flatMap(BalanceGrouping.init(rawValue:)) ?? .account
            let body = Language.speaking(visit.language) { () -> String in
                let report: String
                switch read {
                case .success(let held):
                    report = ReportView(ReportLayout.of { held.text }, people: nil).html
                case .failure(let error):
                    report = "<p class=\"error\" role=\"alert\">" + Charts.xml(error.sentence.text(in: visit.language)) + "</p>"
                }
                let groupings: [(BalanceGrouping, Sentence)] = [(.account, "Account"), (.fund, "Fund"), (.budgetLine, "Budget line")]
                return Self.render(
                    "centre",
                    CentreModel(
                        reportLabel: tr("Report"), officeLabel: tr("Office"), byLabel: tr("By"), toLabel: tr("As of"), show: tr("Show"),
                        note: showsBudget
                            ? tr("What the offices sent at their last sync, by pseudonym: each office's budget, commitments and spending per fund and line, and their total.")
                            : tr("What the offices sent at their last sync, by pseudonym: each office's balance and their total."),
                        reports: [
                            Choice(code: "balance", label: tr("Trial balance"), selected: !showsBudget),
                            Choice(code: "budget", label: tr("Budget"), selected: showsBudget),
                        ],
                        offices: [Choice(code: "all", label: tr("All offices"), selected: office == nil)]
                            + offices.map { Choice(code: $0.code, label: "\($0.code) · \($0.name)", selected: $0.code == office) },
                        groupings: groupings.map { Choice(code: $0.0.rawValue, label: tr($0.1), selected: $0.0 == grouping) },
                        to: toText ?? "", report: report))
            }
            return page(title: "Centre", body: body, language: visit.language, served: visit.served, visit: visit)
        }
    }
}
