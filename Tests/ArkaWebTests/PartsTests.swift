import ArkaBooks
import ArkaCore
import Foundation
import Testing

@testable import ArkaWeb

/// The small parts of the web face: the sign-in throttle, the password rule, forms, names, charts.
@Suite struct PartsTests {
    @Test func theThrottleWaitsTwiceAsLongAfterEachAttemptBeyondThreeSentTogetherOrNot() {
        let throttle = LoginThrottle()
        var waits: [TimeInterval] = []
        for _ in 0..<9 { waits.append(throttle.attempt("shop/drita")) }
        #expect(waits == [0, 0, 0, 1, 2, 4, 8, 16, 30])
        #expect(throttle.attempt("shop/besa") == 0)
        throttle.succeeded("shop/drita")
        #expect(throttle.attempt("shop/drita") == 0)
    }

    @Test func aPasswordKeepsTheRuleAndIsNeverRepeatedInItsError() throws {
        let short = #expect(throws: ArkaError.self) { try Passwords.hash("bukë123") }
        #expect(short?.reason == "a password has at least 8 characters")
        #expect(short?.location.value == nil)
        #expect(throws: ArkaError.self) { try Passwords.hash(String(repeating: "ë", count: 37)) }
        let hash = try Passwords.hash("bukë e ngrohtë 24")
        #expect(Passwords.verify("bukë e ngrohtë 24", hash: hash))
        #expect(!Passwords.verify("buke e ngrohte 24", hash: hash))
    }

    @Test func aFormReadsEscapesPlusesAndRepeatedNames() {
        let form = WebForm(encoded: "note=buk%C3%AB+e+ngroht%C3%AB&qty.BUKE=2&qty.BYREK=&empty=+&a=1&a=2")
        #expect(form["note"] == "bukë e ngrohtë")
        #expect(form["empty"] == nil)
        #expect(form["a"] == "1")
        #expect(form.withPrefix("qty.").map(\.name) == ["BUKE", "BYREK"])
    }

    @Test func aLedgerFileNamesItsPath() {
        #expect(WebFace.Served.name(forFile: "demo/Social Business.arka") == "social-business")
        #expect(WebFace.Served.name(forFile: "/x/Furra_e_Grave 2024.arka") == "furra-e-grave-2024")
        #expect(WebFace.Served.name(forFile: "ëëë.arka") == "ledger")
    }

    @Test func aPathToComeBackToStaysOnThisServer() {
        #expect(WebFace.localPath("/shop/shop?x=1", fallback: "/") == "/shop/shop?x=1")
        #expect(WebFace.localPath("//evil.example/", fallback: "/") == "/")
        #expect(WebFace.localPath("https://evil.example/", fallback: "/") == "/")
        #expect(WebFace.localPath("/\\evil.example", fallback: "/") == "/")
    }

    @Test func chartsScaleWithoutOverflowAndEscapeTheirTexts() {
        #expect(Charts.scale(Int64.max, of: Int64.max, to: 600) == 600)
        #expect(Charts.scale(Int64.max / 2, of: Int64.max, to: 600) == 300)
        #expect(Charts.scale(-5, of: 10, to: 600) == 0)
        let lek = Currency.lek
        let svg = Charts.budgetExecution(
            [Charts.BudgetBar(label: "<script>", budget: Money(minorUnits: 100, currency: lek), committed: .zero(lek), spent: .zero(lek))],
            legend: ("budget", "committed", "spent"))
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
    }

    @Test func aLedgerServedUnderAReservedNameIsRefused() {
        let error = #expect(throws: ArkaError.self) {
            try WebFace(ledgers: [.init(name: "language", path: "/nowhere.arka")])
        }
        #expect(error?.kind == .badText)
    }
}
