@testable import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Testing

@Suite("Persons in exports: one pseudonym each, in every text, while the books keep the real texts")
struct PseudonymizerTests {
    static let pseudonyms = Pseudonyms(key: "pseudonymizer-tests")

    static let recipients = [
        GrantRecipient(code: "R-01", name: "Ferma Hoxha (bees and honey)", kind: .farm, taxID: "J91204811A", village: "Greshicë"),
        GrantRecipient(code: "R-02", name: "Servis Auto Kuçi", kind: .smallBusiness, taxID: nil, village: "Ballsh"),
        GrantRecipient(code: "K-07", name: "Punishtja Kodra shpk", kind: .smallBusiness, taxID: "L12345678B", village: nil, legalEntity: true),
        GrantRecipient(code: "SB-01", name: "Gratë e Mallakastrës", kind: .socialBusiness, taxID: "L32512007U", village: "Ballsh"),
        GrantRecipient(code: "SB-02", name: "Bukëpjekësja e Dritës", kind: .socialBusiness, taxID: nil, village: nil, legalEntity: false),
    ]

    /// Edmond Hoxha is R-01 (his personal id is R-01's tax id); the two Drita Shehu are two people.
    static let applicants: [(identity: String, names: [String])] = [
        ("J91204811A", ["Edmond Hoxha", "J91204811A"]),
        ("J13226433R", ["Drita Shehu", "J13226433R"]),
        ("J20967642F", ["Drita  shehu", "J20967642F"]),
        ("K00134398I", ["Silvana Gjoni", "K00134398I", "+355 69 123 4567"]),
    ]

    static let people = Pseudonymizer(pseudonyms: pseudonyms, recipients: recipients, applicants: applicants)
    var people: Pseudonymizer { Self.people }
    var hoxha: String { Self.pseudonyms.pseudonym(for: "J91204811A") }

    /// Whether the text holds the name as a whole word, in any case, with or without accents.
    static func holds(_ text: String, _ name: String) -> Bool {
        let pattern = "(?<![\\p{L}\\p{N}])\(NSRegularExpression.escapedPattern(for: plain(name)))(?![\\p{L}\\p{N}])"
        return plain(text).range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// The text without accents or other combining marks.
    static func plain(_ text: String) -> String {
        text.decomposedStringWithCanonicalMapping.replacingOccurrences(of: "\\p{M}", with: "", options: .regularExpression)
    }

    @Test("a recipient who is a person is one pseudonym, from their tax id or else their code; a legal entity keeps its code")
    func recipients() {
        #expect(people.recipient("R-01") == hoxha)
        #expect(people.recipient("R-02") == Self.pseudonyms.pseudonym(for: "R-02"))
        #expect(people.recipient("K-07") == nil, "marked as a legal entity")
        #expect(people.recipient("SB-01") == nil, "a social business is a legal entity unless marked otherwise")
        #expect(people.recipient("SB-02") == Self.pseudonyms.pseudonym(for: "SB-02"), "marked as not a legal entity")
        #expect(people.recipient("R-99") == nil)
        #expect(people.applicant("J91204811A") == hoxha, "the applicant and the recipient they became are the same person")
    }

    @Test("the engine's counterparty, a name with its code, becomes one pseudonym; so does a name or a code alone")
    func counterparties() {
        #expect(people.text("Ferma Hoxha (bees and honey) (R-01)") == hoxha)
        #expect(people.text("Handover to Ferma Hoxha, R-01") == "Handover to \(hoxha)")
        #expect(people.text("Ferma Hoxha and R-01") == "\(hoxha) and \(hoxha)")
        #expect(people.text("Visit to Ferma Hoxha on Monday") == "Visit to \(hoxha) on Monday", "the name without its remark in brackets")
        #expect(people.text("Edmond Hoxha signed for R-01") == "\(hoxha) signed for \(hoxha)")
        #expect(people.text("personal id J91204811A") == "personal id \(hoxha)")
        #expect(people.text("Servis Auto Kuçi (R-02)") == Self.pseudonyms.pseudonym(for: "R-02"))
    }

    @Test("a person's name in its Albanian cases is the person: Hoxhës, Hoxhën, Shehut, Gjonit")
    func albanianCases() {
        #expect(people.text("Serra e Ferma Hoxhës") == "Serra e \(hoxha)")
        #expect(people.text("për Ferma Hoxhën") == "për \(hoxha)")
        #expect(people.text("Grant për Silvana Gjonit, fshati Greshicë") == "Grant për \(Self.pseudonyms.pseudonym(for: "K00134398I")), fshati Greshicë")
        #expect(people.text("vizitë te Drita Shehut") == "vizitë te \(Pseudonymizer.ambiguous)", "two Drita Shehu: either")
        #expect(people.text("Servis Auto Kuçit") == Self.pseudonyms.pseudonym(for: "R-02"))
        #expect(people.replacing(in: "Edmond Hoxhaj") == nil, "another surname")
        #expect(Pseudonymizer.albanianCases("Marjeta Çela") == ["Marjeta Çelës", "Marjeta Çelën"])
        #expect(Pseudonymizer.albanianCases("Ilir Gjergji") == ["Ilir Gjergjit", "Ilir Gjergjin"])
        #expect(Pseudonymizer.albanianCases("Ilir Dervish") == ["Ilir Dervishi", "Ilir Dervishit", "Ilir Dervishin"])
        #expect(Pseudonymizer.albanianCases("J91204811A") == [], "an id is matched as written")
        #expect(Pseudonymizer.albanianCases("+355 69 123 4567") == [])
    }

    @Test("whole words only, in any case, across any white space, with accents composed, decomposed or left out")
    func matching() {
        #expect(people.replacing(in: "Bank charges RBAL-EUR-2023-0007") == nil, "nothing to replace: the text stands")
        #expect(people.replacing(in: "R-010 and XR-01 and R-01x") == nil, "a code inside a longer word is not the code")
        #expect(people.replacing(in: "Edmond Hoxhaj") == nil)
        #expect(people.text("FERMA HOXHA (BEES AND HONEY)") == hoxha)
        #expect(people.text("ferma\n  hoxha") == hoxha)
        #expect(people.text("servis auto KUÇI") == Self.pseudonyms.pseudonym(for: "R-02"))
        #expect(people.text("Servis Auto Kuc\u{327}i") == Self.pseudonyms.pseudonym(for: "R-02"), "ç written as c and a combining cedilla")
        #expect(people.text("Servis Auto Kuci") == Self.pseudonyms.pseudonym(for: "R-02"), "ç written without its cedilla")
        #expect(people.text("Drita Shehu\u{327} came") == "\(Pseudonymizer.ambiguous) came", "a stray mark does not hide a name")
        #expect(people.text("(R-01);R-01.") == "(\(hoxha));\(hoxha).")
        #expect(people.text("call +355 69 123 4567 today") == "call +\(Self.pseudonyms.pseudonym(for: "K00134398I")) today", "a phone number, a personal field of the grid")
    }

    @Test("legal entities stay named; a name two people share is withheld, unless its code says who")
    func ambiguity() {
        #expect(people.replacing(in: "Punishtja Kodra shpk, L12345678B, K-07") == nil)
        #expect(people.replacing(in: "Gratë e Mallakastrës (SB-01)") == nil)
        #expect(people.text("Bukëpjekësja e Dritës (SB-02)") == Self.pseudonyms.pseudonym(for: "SB-02"))
        #expect(people.text("Paid to Drita Shehu") == "Paid to \(Pseudonymizer.ambiguous)")
        #expect(people.text("Drita Shehu (J20967642F)") == Self.pseudonyms.pseudonym(for: "J20967642F"))
        #expect(people.text("Drita Shehu, J13226433R, called") == "\(Self.pseudonyms.pseudonym(for: "J13226433R")), called")
    }

    @Test("texts of every kind: the bytes and the string give the same text, and no person is left in it")
    func property() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "Ferma Hoxha", "FERMA hoxha (bees and honey)", "R-01", "R-010", "r-01", "J91204811A", "Drita Shehu", "Drita Shehu (J13226433R)",
            "Servis Auto Kuçi", "Kuçi", "K-07", "SB-01", "SB-02", "Edmond", "Hoxha", "Silvana Gjoni", "ë", "ç", "\u{327}", "—", "e", "1", " ", " ",
            "\n", "(", ")", ",", "-", "AP-?", "Punishtja Kodra shpk", "pagesë", "🐝", "Ballsh", "X", "0",
        ]
        let names = ["Ferma Hoxha", "Edmond Hoxha", "J91204811A", "Drita Shehu", "J13226433R", "Servis Auto Kuçi", "Silvana Gjoni"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var copy = text
            let fromBytes = copy.withUTF8 { people.replacing(utf8: $0) }
            #expect(fromBytes == people.replacing(in: text), "\(text.debugDescription)")
            let shown = people.text(text)
            #expect(people.replacing(in: shown) == nil, "\(text.debugDescription) became \(shown.debugDescription)")
            for name in names {
                #expect(!Self.holds(shown, name), "\(name) in \(shown.debugDescription)")
            }
        }
    }

    @Test("recipients.csv marks a legal entity; a value other than yes or no is refused with its file, line and field")
    func legalEntityColumn() throws {
        let fixture = try Fixture()
        try fixture.write(
            "definition/recipients.csv",
            "code,name,kind,tax_id,village,legal_entity\nR1,Ferma Hoxha,farm,,Greshicë,\nR2,Kodra shpk,small-business,L12345678B,,yes\nSB,Gratë,social-business,,,no\n")
        let ledger = try fixture.createLedger()
        let (_, recipients) = try ledger.grantSchemesAndRecipients()
        #expect(recipients.map(\.legalEntity) == [nil, true, false])
        #expect(recipients.map(\.isNaturalPerson) == [true, false, true])

        let bad = try Fixture()
        try bad.write("definition/recipients.csv", "code,name,kind,legal_entity\nR1,Ferma Hoxha,farm,maybe\n")
        let error = firstError { _ = try LedgerDefinition.load(from: bad.definition.path, baseCurrency: nil) }
        #expect(error?.location.file?.hasSuffix("recipients.csv") == true)
        #expect(error?.location.line == 2)
        #expect(error?.location.field == "legal_entity")
        #expect(error?.location.value == "maybe")
    }

    @Test("a new ledger keeps a pseudonym key of its own: two ledgers of the same name give different pseudonyms")
    func keys() throws {
        let key = getenv("ARKA_PSEUDONYM_KEY").map { String(cString: $0) }
        unsetenv("ARKA_PSEUDONYM_KEY")
        defer { if let key { setenv("ARKA_PSEUDONYM_KEY", key, 1) } }
        let first = try Fixture().createLedger()
        let second = try Fixture().createLedger()
        #expect(first.settings.name == second.settings.name)
        #expect(try first.pseudonyms().pseudonym(for: "J91204811A") != second.pseudonyms().pseudonym(for: "J91204811A"))
        #expect(try first.pseudonyms().pseudonym(for: "J91204811A") == first.pseudonyms().pseudonym(for: "J91204811A"))
    }

    @Test("the exported journal names the persons of a ledger of its own by pseudonym, the same as its scoring; with names, as the books hold them")
    func journal() throws {
        let (fixture, ledger, grants) = try AwardTests().makeLedger()
        let path = { (name: String) in fixture.directory.appendingPathComponent(name).path }
        try ledger.importCall(code: "IGA-T", grid: path("iga.yaml"), applications: path("applications.csv"), evaluations: nil, signature: Fixture.signature)
        // A-1 is R2 by her personal id; A-2 becomes the recipient A-2.
        _ = try ledger.award(call: "IGA-T", date: try LedgerDate.parse("2023-10-16"), signature: Fixture.signature)
        try grants.approve(ledger, "SU-1", "R1", "SU", "6000.00", on: "2023-10-20")
        try ledger.disburse(agreement: "SU-1", date: try LedgerDate.parse("2023-10-25"), amount: eur("3000.00"), reference: "RBAL-1025", from: "5121", signature: Fixture.signature)
        try fixture.post(
            ledger,
            """
            entry,date,description,account,amount,currency,counterparty,memo
            V-1,2023-10-26,Vizitë monitorimi te Arben Leka (A-2),6310,40.00,EUR,Servis Kuçi,"karburant; takim me Drita Kuçi, L71904322B"
            V-1,2023-10-26,,5121,-40.00,EUR,,
            """)
        try ledger.reverse(entryID: "V-1", date: try LedgerDate.parse("2023-10-27"), reason: "Paguar dy herë për Ferma Hoxha", newID: nil, signature: Fixture.signature)
        let people = try ledger.pseudonymizer()
        let scored = try ledger.callInput("IGA-T").applications

        let hidden = fixture.directory.appendingPathComponent("hidden.journal").path
        try ledger.exportJournal(to: try TextSink(path: hidden), people: people)
        let text = try String(contentsOfFile: hidden, encoding: .utf8)
        for name in ["Ferma Hoxha", "Servis Kuçi", "R1", "R2", "A-2", "Drita Kuçi", "L71904322B", "Arben Leka", "J11111111A"] {
            #expect(!Self.holds(text, name), "\(name) in the journal")
        }
        // The same pseudonym as the scoring gives each applicant, and as the register gives each recipient.
        let drita = try #require(scored.first { $0.id == "A-1" }).applicantKey
        let arben = try #require(scored.first { $0.id == "A-2" }).applicantKey
        #expect(text.contains("; counterparty: \(people.applicant(drita))\n"))
        #expect(text.contains("Vizitë monitorimi te \(people.applicant(arben))\n"))
        #expect(people.recipient("A-2") == people.applicant(arben))
        #expect(text.contains("; counterparty: \(people.recipient("R1")!)\n"))
        #expect(text.contains("reason: Paguar dy herë për \(people.recipient("R1")!)"))
        #expect(text.contains("memo: karburant  takim me \(people.applicant(drita))\n"))

        let named = fixture.directory.appendingPathComponent("named.journal").path
        try ledger.exportJournal(to: try TextSink(path: named))
        let names = try String(contentsOfFile: named, encoding: .utf8)
        #expect(names.contains("; counterparty: Ferma Hoxha (R1)"))
        #expect(names.contains("Vizitë monitorimi te Arben Leka (A-2)"))
        // The books keep the real texts, and their chain still verifies.
        #expect(try ledger.store.view { try $0.storedEntry(id: "V-1") }?.entry.postings.first?.memo == "karburant; takim me Drita Kuçi, L71904322B")
        #expect(try ledger.verify().passes)
    }
}
