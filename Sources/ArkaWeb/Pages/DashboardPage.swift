import ArkaBooks
import ArkaCore
import Foundation
import Hummingbird

/// `GET /NAME/dashboard`: the cash and bank balances, budget execution per fund and heading as
/// bars, the open commitments, the budget's flags, and the last verification with the head hash.
extension WebFace {
    struct DashboardTile: Sendable {
        var label: String
        var value: String
        var detail: String?
    }

    struct DashboardModel: Sendable {
        var tiles: [DashboardTile]
        var chart: String?
        var chartTitle: String
        var flags: [String]
        var hasFlags: Bool
        var flagsTitle: String
        var commitments: String?
        var commitmentsTitle: String
        var verifyTitle: String
        var verify: String
        var verifyClass: String
        var head: String
    }

    func dashboard(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .books) { visit in
            let verification = try await visit.served.verification(visit.language)
            let role = visit.role
            // The figures of the books as they are, made once for each state of the ledger (its
            // heads), language and way of naming people: the next view until a write reads them.
            let cacheKey = "\(verification.heads) \(visit.language.rawValue) \(role.seesNames)"
            var model = try await visit.served.cached(cacheKey, language: visit.language) { ledger -> DashboardModel in
                let people = try Self.people(ledger, role)
                let balance = try ledger.trialBalance(asOf: nil, grouping: .account)
                let cash = ledger.cashAccounts
                let tiles = balance.lines.filter { cash.contains($0.account.code) }.map { line in
                    DashboardTile(label: "\(line.account.code) · \(line.account.name(in: Language.current))", value: "\(line.balance.tableText) \(line.balance.currency.code)")
                }
                var bars: [Charts.BudgetBar] = []
                var flags: [String] = []
                if let budget = try? ledger.budgetReport(asOf: nil, fund: nil), !budget.lines.isEmpty {
                    var order: [String] = []
                    var sums: [String: Charts.BudgetBar] = [:]
                    for line in budget.lines {
                        let key = "\(line.fund) · " + tr("heading \(line.heading)")
                        var bar = sums[key] ?? Charts.BudgetBar(label: key, budget: .zero(budget.currency), committed: .zero(budget.currency), spent: .zero(budget.currency))
                        if sums[key] == nil { order.append(key) }
                        bar.budget = try bar.budget.adding(line.budget)
                        bar.committed = try bar.committed.adding(line.committed)
                        bar.spent = try bar.spent.adding(line.spent)
                        sums[key] = bar
                    }
                    bars = order.compactMap { sums[$0] }
                    flags = budget.flags.map { people?.text($0) ?? $0 }
                }
                let (_, recipients) = try ledger.grantSchemesAndRecipients()
                let positions = try ledger.grantPositions().filter { $0.closure == nil }
                let commitments = positions.isEmpty
                    ? nil
                    : ReportView(try ReportLayout.of { try GrantRegister(positions: positions, recipients: recipients).rendered(as: .text) }, people: people).html
                return DashboardModel(
                    tiles: tiles,
                    chart: bars.isEmpty ? nil : Charts.budgetExecution(bars, legend: (tr("budget"), tr("committed"), tr("spent"))),
                    chartTitle: tr("Budget execution by fund and heading"), flags: flags, hasFlags: !flags.isEmpty, flagsTitle: tr("Flags"),
                    commitments: commitments, commitmentsTitle: tr("Open commitments"), verifyTitle: tr("Verification"), verify: "", verifyClass: "",
                    head: "")
            }
            Language.speaking(visit.language) {
                if let result = verification.result {
                    let state: Sentence = result.passes ? "The journal, the record log and every register check out" : "Verification found problems: run arka verify"
                    let age: Sentence = verification.current ? "of the books as they are now" : "of the books before the last writes; checked again within a minute"
                    model.verify = tr("\(state), \(age).")
                    model.verifyClass = result.passes ? "ok" : "bad"
                    model.head = tr("Head: entry \(result.head.sequence), hash \(result.head.hash)")
                } else {
                    model.verify = tr("Verifying the books: reload the page in a moment.")
                }
            }
            return page(title: "Dashboard", body: Self.render("dashboard", model), language: visit.language, served: visit.served, visit: visit, notice: sessions.takeNotice(visit.token))
        }
    }
}
