import ArkaBooks
import ArkaCore
import ArkaRules
import ArkaStore
import Foundation
import Hummingbird

/// `GET /NAME/grants?show=agreements|third-parties|equipment|calls[&call=CODE]`: the agreements
/// with their tranches and what is left, the register of support to third parties, the
/// equipment register with its handovers, and the calls with their ranking and each
/// application's explanation. Names only to the roles that see them; pseudonyms otherwise.
extension WebFace {
    enum GrantsTab: String, CaseIterable, Sendable {
        case agreements
        case thirdParties = "third-parties"
        case equipment
        case calls

        var label: Sentence {
            switch self {
            case .agreements: "Agreements"
            case .thirdParties: "Support to third parties"
            case .equipment: "Equipment"
            case .calls: "Calls and rankings"
            }
        }
    }

    private struct Tab: Sendable {
        var href, label: String
        var current: Bool
    }

    private struct CallChoice: Sendable {
        var code, name: String
        var selected: Bool
    }

    private struct GrantsModel: Sendable {
        var tabs: [Tab]
        var calls: [CallChoice]
        var hasCalls: Bool
        var callLabel, show: String
        var namesNote: String?
        var report: String
    }

    func grants(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .grants) { visit in
            let query = request.uri.queryParameters
            let tab = query.get("show").flatMap(GrantsTab.init(rawValue:)) ?? .agreements
            let asked = query.get("call")
            let role = visit.role
            let base = visit.base
            let body = try await visit.served.read(visit.language) { ledger -> String in
                let people = try Self.people(ledger, role)
                var calls: [CallChoice] = []
                let layout: ReportLayout
                do {
                    switch tab {
                    case .agreements:
                        let (_, recipients) = try ledger.grantSchemesAndRecipients()
                        let positions = try ledger.grantPositions()
                        layout = try ReportLayout.of { try GrantRegister(positions: positions, recipients: recipients).rendered(as: .text) }
                    case .thirdParties:
                        layout = try ReportLayout.of { try ledger.thirdPartyRegister(asOf: nil).rendered(as: .text) }
                    case .equipment:
                        layout = try ReportLayout.of { try ledger.equipmentRegister().rendered(as: .text) }
                    case .calls:
                        let stored = try ledger.grantCalls()
                        let chosen = stored.first { $0.code == asked } ?? stored.first
                        calls = stored.map { CallChoice(code: $0.code, name: $0.name, selected: $0.code == chosen?.code) }
                        if let chosen {
                            let input = try ledger.callInput(chosen.code)
                            let outcome = try input.score()
                            let identity: ApplicantIdentity = role.seesNames ? .names : .pseudonyms(try ledger.pseudonyms())
                            layout = ReportLayout.of {
                                let out = StringOutput()
                                outcome.render(as: .text, stamp: input.stamp, identity: identity, to: out)
                                return out.text
                            }
                        } else {
                            layout = ReportLayout(blocks: [.text(tr("The ledger holds no call yet."))])
                        }
                    }
                } catch let error as ArkaError {
                    layout = ReportLayout(blocks: [.text(error.text(in: Language.current))])
                }
                return Self.render(
                    "grants",
                    GrantsModel(
                        tabs: GrantsTab.allCases.map { Tab(href: base + "/grants?show=" + $0.rawValue, label: tr($0.label), current: $0 == tab) },
                        calls: calls, hasCalls: !calls.isEmpty, callLabel: tr("Call"), show: tr("Show"),
                        namesNote: people == nil ? nil : tr("Applicants and recipients who are persons are shown by pseudonym."),
                        report: ReportView(layout, people: people).html))
            }
            return page(title: "Grants", body: body, language: visit.language, served: visit.served, visit: visit)
        }
    }
}
