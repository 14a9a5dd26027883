import ArkaCore
import Testing

/// The documents an entry names: their kinds in English or Albanian, any other text kept whole.
@Suite struct DocumentReferenceTests {
    @Test func aKindIsReadInEnglishOrAlbanian() throws {
        let references = try DocumentReference.parseList("fatura:F-114; Urdhër-pagese:UP-7; procesverbal:PV-3; invoice:F-2; banka:BKT-9; K-55")
        #expect(references.map(\.kind) == [.invoice, .paymentOrder, .handoverProtocol, .invoice, .bank, .document])
        #expect(references.map(\.reference) == ["F-114", "UP-7", "PV-3", "F-2", "BKT-9", "K-55"])
    }

    @Test func aReferenceOfAnotherKindIsADocumentKeptWhole() throws {
        let references = try DocumentReference.parseList("receipt:R-88; payroll:2024-04")
        #expect(references.map(\.kind) == [.document, .document])
        #expect(references.map(\.reference) == ["receipt:R-88", "payroll:2024-04"])
    }
}
