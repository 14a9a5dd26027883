import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ArkaWeb

/// Every page for every role, the refusals, the forms' errors, and the writes made once.
@Suite(.serialized) struct RouteTests {
    /// Runs `body` against a server of fresh copies of the books.
    func serve(_ body: @Sendable (TestBrowser, WebBooks.Folder) async throws -> Void) async throws {
        let folder = try WebBooks.copy()
        let face = try WebFace(ledgers: [.init(name: "project", path: folder.project), .init(name: "shop", path: folder.shop)])
        let app = Application(router: face.router())
        try await app.test(.router) { client in try await body(TestBrowser(client), folder) }
    }

    /// The heads of the journal and the record log: unchanged when nothing was written.
    func heads(_ path: String) throws -> String {
        let (journal, records) = try Ledger.open(at: path, access: .read).heads()
        return "\(journal.sequence) \(journal.hash) \(records.sequence) \(records.hash)"
    }

    static let projectPages = [
        "/project/dashboard", "/project/statements", "/project/statements?report=budget", "/project/statements?report=funds&to=2023-12-31",
        "/project/statements?report=by-budget-line", "/project/register", "/project/register?account=5121", "/project/register?text=transfer",
        "/project/entry/2023-120", "/project/grants", "/project/grants?show=third-parties", "/project/grants?show=equipment",
        "/project/grants?show=calls", "/project/workbooks",
    ]
    static let shopPages = ["/shop/shop", "/shop/shop/month", "/shop/shop/month?month=2024-06", "/shop/statements?report=cashflow", "/shop/statements?report=pnl"]

    @Test func everyPageAnswersEveryRoleAsItsRightsSay() async throws {
        try await serve { browser, _ in
            for role in UserRole.allCases {
                browser.cookies = [:]
                _ = try await browser.signIn("project", as: role)
                _ = try await browser.signIn("shop", as: role)
                for path in Self.projectPages {
                    let page = try await browser.get(path)
                    let area: Area = path.contains("/grants") ? .grants : path.contains("/workbooks") ? .workbooks : .books
                    #expect(page.status == (Access.allows(role, area) ? .ok : .forbidden), "\(role) \(path)")
                    if page.status == .forbidden { #expect(page.text.contains("Your role, \(role.rawValue), does not open this page")) }
                }
                for path in Self.shopPages {
                    let page = try await browser.get(path)
                    let area: Area = path.contains("/statements") ? .books : .shop
                    #expect(page.status == (Access.allows(role, area) ? .ok : .forbidden), "\(role) \(path)")
                }
            }
        }
    }

    @Test func aPageWithoutASessionAsksToSignIn() async throws {
        try await serve { browser, _ in
            let page = try await browser.get("/project/dashboard")
            #expect(page.status == .seeOther)
            #expect(page.location == "/project/login?next=/project/dashboard")
            #expect(try await browser.get("/nowhere/dashboard").status == .notFound)
        }
    }

    @Test func aWrongPasswordIsRefusedAndSaysNoMore() async throws {
        try await serve { browser, folder in
            let before = try heads(folder.project)
            let page = try await browser.signIn("project", as: .officer, password: "not-the-password")
            #expect(page.status == .unauthorized)
            #expect(page.text.contains("The user name or the password is wrong."))
            #expect(try await browser.get("/project/dashboard").status == .seeOther)
            #expect(try heads(folder.project) == before)
        }
    }

    @Test func aSignInWithoutItsTokenIsRefused() async throws {
        try await serve { browser, _ in
            let page = try await browser.post("/project/login", [("user", "officer"), ("password", WebBooks.password(.officer))])
            #expect(page.status == .forbidden)
        }
    }

    @Test func aClerkRecordsASaleOnceHoweverOftenItIsSent() async throws {
        try await serve { browser, folder in
            _ = try await browser.signIn("shop", as: .clerk)
            let shop = try await browser.get("/shop/shop")
            #expect(shop.status == .ok)
            let csrf = try #require(shop.field("csrf"))
            let key = try #require(shop.field("key"))
            let date = try #require(shop.field("date"))
            // A tap on a product puts one in the basket and writes nothing.
            let before = try heads(folder.shop)
            let basket = try await browser.post("/shop/shop/sale", [("csrf", csrf), ("key", key), ("add", "BUKE"), ("payment", "cash"), ("date", date)])
            #expect(basket.status == .ok)
            #expect(basket.field("qty.BUKE") == "1")
            #expect(basket.text.contains("Total 120 ALL"))
            #expect(try heads(folder.shop) == before)
            let sale = [("csrf", csrf), ("key", key), ("qty.BUKE", "2"), ("payment", "cash"), ("date", date), ("record", "1")]
            let first = try await browser.post("/shop/shop/sale", sale)
            #expect(first.status == .seeOther)
            let after = try await browser.get("/shop/shop")
            #expect(after.text.contains("Recorded sale S-"))
            #expect(after.text.contains("240 ALL by cash"))
            let once = try heads(folder.shop)
            let again = try await browser.post("/shop/shop/sale", sale)
            #expect(again.status == .seeOther)
            #expect(try await browser.get("/shop/shop").text.contains("This form was sent before and recorded once"))
            let (journal, _) = try Ledger.open(at: folder.shop, access: .read).heads()
            #expect(try heads(folder.shop) == once)
            let sales = try Ledger.open(at: folder.shop, access: .read).find(PostingFilter(), account: nil, from: try LedgerDate.parse(date), to: try LedgerDate.parse(date))
            #expect(sales.count == 1)
            #expect(sales.first?.sequence == journal.sequence)
            #expect(try Ledger.verify(at: folder.shop).passes)
        }
    }

    @Test func aSaleRefusedShowsTheEngineSentenceAndWritesNothing() async throws {
        try await serve { browser, folder in
            _ = try await browser.signIn("shop", as: .clerk)
            let shop = try await browser.get("/shop/shop")
            let before = try heads(folder.shop)
            let refused = try await browser.post(
                "/shop/shop/sale",
                [("csrf", shop.field("csrf") ?? ""), ("key", shop.field("key") ?? ""), ("qty.BUKE", "-3"), ("payment", "cash"), ("date", shop.field("date") ?? ""),
                 ("record", "1")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("class=\"error\""))
            let empty = try await browser.post(
                "/shop/shop/sale",
                [("csrf", shop.field("csrf") ?? ""), ("key", shop.field("key") ?? ""), ("payment", "cash"), ("date", shop.field("date") ?? ""), ("record", "1")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("choose at least one product for the sale"))
            #expect(try heads(folder.shop) == before)
        }
    }

    @Test func aRefusedFormSaysTheEngineSentenceBesideItsField() async throws {
        try await serve { browser, folder in
            _ = try await browser.signIn("shop", as: .clerk)
            let shop = try await browser.get("/shop/shop")
            let before = try heads(folder.shop)
            let csrf = try #require(shop.field("csrf"))
            let count = try await browser.post(
                "/shop/shop/count", [("csrf", csrf), ("key", try #require(shop.field("key"))), ("counted", "12,50x"), ("date", "2024-06-30")])
            #expect(count.status == .unprocessableContent)
            // The reason right after the field it concerns, and the value sent kept in it.
            let counted = try #require(count.body.range(of: "name=\"counted\""))
            let after = count.body[counted.upperBound...]
            #expect(after.prefix(400).contains("<p class=\"error\">"), "\(after.prefix(400))")
            #expect(count.field("counted") == "12,50x")
            let expense = try await browser.post(
                "/shop/shop/expense",
                [("csrf", csrf), ("key", Self.key), ("description", "Miell"), ("supplier", "Mulliri Fier"), ("amount", "1200"), ("account", "9999"),
                 ("paid", "cash"), ("date", "2024-12-15")])
            #expect(expense.status == .unprocessableContent)
            #expect(expense.text.contains("no such account in the chart of accounts"))
            let account = try #require(expense.body.range(of: "name=\"account\""))
            #expect(expense.body[account.upperBound...].prefix(2_000).contains("<p class=\"error\">no such account in the chart of accounts</p>"))
            #expect(try heads(folder.shop) == before)
        }
    }

    @Test func refusedWritesWriteNothing() async throws {
        try await serve { browser, folder in
            let shopBefore = try heads(folder.shop)
            let projectBefore = try heads(folder.project)
            // A viewer's form.
            _ = try await browser.signIn("shop", as: .viewer)
            let page = try await browser.get("/shop/shop")
            #expect(!page.body.contains("/shop/shop/sale"))
            let csrf = try #require(page.field("csrf"))
            let viewer = try await browser.post("/shop/shop/sale", [("csrf", csrf), ("key", Self.key), ("qty.BUKE", "1"), ("date", "2024-06-01"), ("record", "1")])
            #expect(viewer.status == .forbidden)
            // A clerk on the project's books.
            browser.cookies = [:]
            _ = try await browser.signIn("project", as: .clerk)
            #expect(try await browser.get("/project/dashboard").status == .forbidden)
            let clerkReversal = try await browser.post("/project/entry/2023-120/reverse", [("csrf", "x"), ("key", Self.key), ("date", "2024-06-01"), ("reason", "test")])
            #expect(clerkReversal.status == .forbidden)
            // A form without its CSRF token, or with another session's.
            browser.cookies = [:]
            _ = try await browser.signIn("shop", as: .clerk)
            let missing = try await browser.post("/shop/shop/sale", [("key", Self.key), ("qty.BUKE", "1"), ("date", "2024-06-01"), ("record", "1")])
            #expect(missing.status == .forbidden)
            let stale = try await browser.post("/shop/shop/sale", [("csrf", csrf), ("key", Self.key), ("qty.BUKE", "1"), ("date", "2024-06-01"), ("record", "1")])
            #expect(stale.status == .forbidden)
            // A form without a session.
            browser.cookies = [:]
            #expect(try await browser.post("/shop/shop/count", [("csrf", csrf), ("key", Self.key), ("counted", "100")]).status == .forbidden)
            #expect(try heads(folder.shop) == shopBefore)
            #expect(try heads(folder.project) == projectBefore)
        }
    }

    @Test func aControlCharacterInAFormIsRefusedBesideItsFieldAndTheBooksStayIntact() async throws {
        try await serve { browser, folder in
            _ = try await browser.signIn("project", as: .officer)
            let entry = try await browser.get("/project/entry/2023-122")
            let before = try heads(folder.project)
            let refused = try await browser.post(
                "/project/entry/2023-122/reverse",
                [("csrf", try #require(entry.field("csrf"))), ("key", try #require(entry.field("key"))), ("date", "2023-12-20"), ("reason", "a\u{0}b")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("the text holds the control character U+0000 at character 2"))
            let long = try await browser.post(
                "/project/entry/2023-122/reverse",
                [("csrf", try #require(entry.field("csrf"))), ("key", try #require(entry.field("key"))), ("date", "2023-12-20"),
                 ("reason", String(repeating: "ë", count: 2_500))])
            #expect(long.status == .unprocessableContent)
            #expect(long.text.contains("holds at most 2,000 characters; this one has 2,500"))
            #expect(try heads(folder.project) == before)
            #expect(try Ledger.verify(at: folder.project).passes)
        }
    }

    @Test func anEntryWhoseIdHoldsLettersSpacesOrASlashOpensFromItsLink() async throws {
        try await serve { browser, folder in
            let ledger = try Ledger.open(at: folder.project)
            let original = try ledger.entryDetail(id: "2023-122").stored.entry
            var entry = original
            entry.id = "FAT-Ç 1/2"
            entry.reversal = nil
            entry.postedBy = ""
            try ledger.post([entry], signature: Signature(user: "tests", timestamp: "2025-01-31T10:00:00Z"))
            _ = try await browser.signIn("project", as: .officer)
            let register = try await browser.get("/project/register?text=" + "FAT".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            let link = "/project/entry/" + WebFace.pathEscaped("FAT-Ç 1/2")
            #expect(register.body.contains("href=\"\(link)\""))
            let page = try await browser.get(link)
            #expect(page.status == .ok)
            #expect(page.text.contains("FAT-Ç 1/2"))
        }
    }

    static let key = "0f8fad5b-d9cb-469f-a165-70867728950e"

    @Test func anOfficerReversesAnEntryWithItsReason() async throws {
        try await serve { browser, folder in
            _ = try await browser.signIn("project", as: .officer)
            let entry = try await browser.get("/project/entry/2023-122")
            #expect(entry.text.contains("Reverse this entry"))
            let csrf = try #require(entry.field("csrf"))
            let key = try #require(entry.field("key"))
            let before = try heads(folder.project)
            let noReason = try await browser.post("/project/entry/2023-122/reverse", [("csrf", csrf), ("key", key), ("date", "2023-12-20"), ("reason", "")])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("a reversal needs a reason, for the audit trail"))
            #expect(try heads(folder.project) == before)
            let reversed = try await browser.post("/project/entry/2023-122/reverse", [("csrf", csrf), ("key", key), ("date", "2023-12-20"), ("reason", "Posted twice")])
            #expect(reversed.status == .seeOther)
            let page = try await browser.get(try #require(reversed.location))
            #expect(page.text.contains("the reversal of 2023-122"))
            #expect(try Ledger.verify(at: folder.project).passes)
            // The same form sent again from a second tab, with a key of its own: refused, and said.
            let after = try heads(folder.project)
            let again = try await browser.post(
                "/project/entry/2023-122/reverse", [("csrf", csrf), ("key", "6f1c2d3e-0000-4000-8000-00000000a122"), ("date", "2023-12-20"), ("reason", "Posted twice")])
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("entry 2023-122 was reversed already by"))
            #expect(!again.text.contains("Reverse this entry"))
            #expect(try heads(folder.project) == after)
            // A key this server never gives is named as such.
            let badKey = try await browser.post("/project/entry/2023-121/reverse", [("csrf", csrf), ("key", "k-1"), ("date", "2023-12-20"), ("reason", "x")])
            #expect(badKey.status == .badRequest)
            #expect(badKey.text.contains("The form's request key is not one this server gives"))
        }
    }

    @Test func aControlCharacterInAnAddressIsRefusedAndNeverShown() async throws {
        try await serve { browser, _ in
            _ = try await browser.signIn("project", as: .viewer)
            let page = try await browser.get("/project/register?text=a%00b")
            #expect(page.status == .badRequest)
            #expect(!page.body.contains("\u{0}"))
            #expect(try await browser.get("/project/statements?report=budget&to=2023-12-31%0A").status == .badRequest)
            #expect(try await browser.get("/project/register?text=transfer").status == .ok)
        }
    }

    @Test func rolesThatSeeNoNamesReadPseudonyms() async throws {
        try await serve { browser, _ in
            _ = try await browser.signIn("project", as: .officer)
            let named = try await browser.get("/project/grants?show=calls")
            #expect(named.text.contains("Drita Kuçi"))
            browser.cookies = [:]
            _ = try await browser.signIn("project", as: .viewer)
            let viewer = try await browser.get("/project/grants?show=calls")
            #expect(viewer.status == .ok)
            #expect(!viewer.text.contains("Drita Kuçi"))
            #expect(viewer.text.contains("AP-"))
            #expect(!(try await browser.get("/project/workbooks")).body.contains("name=\"names\""))
        }
    }

    @Test func thePagesSpeakTheLanguageChosenAndRememberIt() async throws {
        try await serve { browser, _ in
            _ = try await browser.signIn("project", as: .officer)
            let choose = try await browser.get("/language?to=sq&back=/project/statements")
            #expect(choose.status == .seeOther)
            #expect(choose.location == "/project/statements")
            let page = try await browser.get("/project/statements")
            #expect(page.body.contains("<html lang=\"sq\">"))
            #expect(page.text.contains("Bilanci i verifikimit"))
            #expect(try await browser.get("/language?to=en&back=//evil.example").location == "/")
        }
    }

    @Test func theRegisterPagesThroughTheBooksWithTheCommandLinesBalances() async throws {
        try await serve { browser, folder in
            _ = try await browser.signIn("project", as: .officer)
            let ledger = try Ledger.open(at: folder.project, access: .read)
            let whole = try ledger.register(account: "5122", from: nil, to: nil)
            var shown: [String] = []
            var path: String? = "/project/register?account=5122"
            while let next = path {
                let page = try await browser.get(next)
                let balances = page.body.components(separatedBy: "<td class=\"num\">").dropFirst().enumerated().filter { $0.offset % 2 == 1 }.map {
                    String($0.element.prefix { $0 != "<" })
                }
                shown += balances
                path = page.body.range(of: "after=").map { range in
                    let start = page.body[..<range.lowerBound].range(of: "href=\"", options: .backwards)?.upperBound ?? range.lowerBound
                    let end = page.body[range.upperBound...].firstIndex(of: "\"") ?? page.body.endIndex
                    return String(page.body[start..<end]).replacingOccurrences(of: "&amp;", with: "&")
                }
            }
            #expect(shown == whole.lines.reversed().map { "\($0.runningBalance.tableText) \($0.runningBalance.currency.code)" })
            #expect(whole.lines.count > WebFace.registerPageSize)
        }
    }
}
