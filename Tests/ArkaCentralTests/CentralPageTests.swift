import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import ArkaCentral
@testable import ArkaWeb

/// The centre's page in `arka serve --centre NAME=URL`: read-only, for the users of ledger NAME,
/// with the figures of `arka balance --database`.
@Suite(.serialized) struct CentralPageTests {
    @Test func theUsersOfTheCentralOfficesBooksSeeTheOfficesSideBySide() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        for (code, path) in [("MALL", books.project), ("SHOP", books.shop)] {
            try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: path, office: code, to: $0) }
        }
        // The central office's own books, with a viewer and a clerk.
        let hq = try CentralBooks.copy(books.project)
        let signature = Signature(user: "builder", timestamp: "2025-01-31T10:00:00Z")
        for role in [UserRole.viewer, .clerk] {
            try Ledger.open(at: hq).addUser(role.rawValue, role: role, passwordHash: try Passwords.hash("\(role.rawValue)-pass-1"), signature: signature)
        }
        let heads = try Ledger.open(at: hq, access: .read).heads()
        let face = try WebFace(
            ledgers: [.init(name: "hq", path: hq), .init(name: "shop", path: books.shop)], centre: .init(ledger: "hq", address: owner, replicas: CentralBudgetTests.replicas()))
        let expected = try await CentralCluster.with(owner) {
            try await CentralBalance.report(from: $0, office: nil, asOf: try LedgerDate.parse("2024-03-14"), grouping: .fund)
        }
        let app = Application(router: face.router())
        try await app.test(.router) { client in
            var cookies: [String: String] = [:]
            func send(_ path: String, _ form: [(String, String)]? = nil) async throws -> (HTTPResponse.Status, String) {
                var headers: HTTPFields = [:]
                if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
                var body: ByteBuffer?
                if let form {
                    headers[.contentType] = "application/x-www-form-urlencoded"
                    body = ByteBuffer(string: form.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&"))
                }
                let response = try await client.execute(uri: path, method: form == nil ? .get : .post, headers: headers, body: body)
                for cookie in response.headers[values: .setCookie] {
                    let pair = cookie.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
                    if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
                }
                return (response.status, String(buffer: response.body))
            }
            func signIn(_ role: UserRole) async throws {
                cookies = [:]
                let (_, login) = try await send("/hq/login")
                let csrf = login.range(of: "name=\"csrf\" value=\"").map { String(login[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
                _ = try await send("/hq/login", [("csrf", csrf), ("user", role.rawValue), ("password", "\(role.rawValue)-pass-1"), ("next", "/hq")])
            }
            try await signIn(.viewer)
            let (status, page) = try await send("/hq/centre?office=all&by=fund&to=2024-03-14")
            #expect(status == .ok)
            #expect(page.contains("href=\"/hq/centre\""))
            // Every figure of the command line's report is on the page.
            let figures = expected.rendered(as: .text).split(separator: " ").filter { $0.contains(",") && $0.allSatisfy { "-0123456789,.".contains($0) } }
            #expect(figures.count > 20)
            for figure in Set(figures) { #expect(page.contains(figure), "\(figure)") }
            #expect(page.contains("MALL") && page.contains("SHOP"))
            // The budget: every office's figures per fund and line and their total, as arka budget --database gives them.
            let budget = try await CentralCluster.with(owner) {
                try await CentralBudget.report(from: $0, office: nil, asOf: nil, fund: nil, folder: CentralBudgetTests.replicas())
            }
            let (_, budgetPage) = try await send("/hq/centre?report=budget&office=all")
            #expect(budgetPage.contains("<option value=\"budget\" selected>"))
            let budgetFigures = budget.rendered(as: .text).split(separator: " ").filter { $0.contains(",") && $0.allSatisfy { "-0123456789,.".contains($0) } }
            #expect(budgetFigures.count > 20)
            for figure in Set(budgetFigures) { #expect(budgetPage.contains(figure), "\(figure)") }
            // The shop's books make no budget report: said, with its reason.
            #expect(budgetPage.contains("SHOP"))
            // One office: its own report.
            let own = try Ledger.open(at: books.project, access: .read).budgetReport(asOf: nil, fund: nil).rendered(as: .text)
            let (_, mallBudget) = try await send("/hq/centre?report=budget&office=MALL")
            for figure in Set(own.split(separator: " ").filter { $0.contains(",") && $0.allSatisfy { "-0123456789,.".contains($0) } }) {
                #expect(mallBudget.contains(figure), "\(figure)")
            }
            // One office; a day that is not one, said on the page.
            let (_, mall) = try await send("/hq/centre?office=MALL")
            #expect(mall.contains("<option value=\"MALL\" selected>"))
            let (_, bad) = try await send("/hq/centre?to=2024-13-01")
            #expect(bad.contains("class=\"error\""))
            // A clerk does not open it; the shop's users have no centre.
            try await signIn(.clerk)
            #expect(try await send("/hq/centre").0 == .forbidden)
        }
        // Reading the centre wrote nothing to the books it is shown with.
        let after = try Ledger.open(at: hq, access: .read).heads()
        #expect(after.0 == heads.0 && after.1 == heads.1)
    }
}
