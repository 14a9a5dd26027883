import ArkaCore
import Testing

@Suite("The rules an agreement must pass")
struct GrantRulesTests {
    func eur(_ text: String) -> Money { try! Money.parse(text, currency: .euro) }
    let day = try! LedgerDate.parse("2023-10-01")

    var scheme: GrantScheme {
        GrantScheme(
            code: "IGA", name: "IGA equipment", kind: .inKind, fund: "EU", budgetLine: "3.3", expenseAccount: "6320",
            minimum: eur("500.00"), maximum: eur("3000.00"), capPerRecipient: eur("5000.00"), envelope: eur("10000.00"))
    }

    func standing(_ number: String, _ recipient: String, _ amount: String) -> GrantPosition {
        GrantPosition(
            agreement: GrantAgreement(number: number, recipient: recipient, scheme: "IGA", amount: eur(amount), date: day), consumed: eur("0.00"))
    }

    @Test("the approval's rules are named, in one list, after its preconditions")
    func named() {
        #expect(GrantRules.preconditions.map(\.name) == ["agreementIsInSchemeCurrency", "agreementGrantsPositiveAmount"])
        #expect(GrantRules.approval.map(\.name) == [
            "recipientWithinSchemeMaximum", "recipientAtLeastSchemeMinimum", "recipientWithinCapAcrossSchemes", "schemeWithinEnvelope",
        ])
    }

    /// Worked by hand: R1 already holds 2,500.00 of the scheme's 10,000.00, and others hold
    /// 7,000.00. A further 1,000.00 for R1 takes R1 to 3,500.00 (above the 3,000.00 maximum) and
    /// the scheme to 10,500.00 (above its envelope): both are said, in one refusal.
    @Test("every limit an agreement passes is reported, not only the first")
    func accumulates() {
        let existing = [standing("A-1", "R1", "2500.00"), standing("A-2", "R2", "3000.00"), standing("A-3", "R3", "2000.00"), standing("A-4", "R4", "2000.00")]
        let agreement = GrantAgreement(number: "A-5", recipient: "R1", scheme: "IGA", amount: eur("1000.00"), date: day)
        let error = #expect(throws: ArkaError.self) { try GrantRules.checkApproval(agreement, scheme: scheme, existing: existing) }
        #expect(error?.kind == .badAmount)
        #expect(error?.reason == "recipient R1 would receive 3500.00 EUR under IGA, above its maximum of 3000.00 EUR per recipient; and the agreements of IGA would commit 10500.00 EUR, above its envelope of 10000.00 EUR")
        // Within every limit: approved.
        let small = GrantAgreement(number: "A-6", recipient: "R5", scheme: "IGA", amount: eur("600.00"), date: day)
        #expect(throws: Never.self) { try GrantRules.checkApproval(small, scheme: scheme, existing: Array(existing.dropLast())) }
    }
}
