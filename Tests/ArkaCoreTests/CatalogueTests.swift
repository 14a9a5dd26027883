import ArkaCore
import Foundation
import Testing

/// The catalogue says every sentence of Arka's sources in Albanian, and nothing else.
@Suite struct CatalogueTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    @Test func theCatalogueIsWellFormed() {
        #expect(Catalogue.problems(of: .sq) == [])
    }

    @Test func everyEnglishSentenceHasItsAlbanianOne() throws {
        let scanner = try SentenceScanner.scan(root: Self.sources)
        let catalogue = Catalogue.entries(of: .sq)
        var missing: [SentenceScanner.Found] = []
        var seen: Set<String> = []
        for found in scanner.found where catalogue[found.template] == nil && seen.insert(found.template).inserted {
            missing.append(found)
        }
        if let path = ProcessInfo.processInfo.environment["ARKA_CATALOGUE_MISSING"] {
            let text = missing.map { "# \($0.file):\($0.line)\nen: \(Self.escaped($0.template))\nsq: \n" }.joined(separator: "\n")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(missing.count == 0, "\(missing.count) sentences without Albanian, the first: \(missing.prefix(20).map { "\($0.file):\($0.line) \($0.template)" }.joined(separator: "\n"))")
    }

    @Test func theCatalogueHoldsNoSentenceTheSourcesNoLongerSay() throws {
        let said = Set(try SentenceScanner.scan(root: Self.sources).found.map(\.template))
        let stale = Catalogue.entries(of: .sq).keys.filter { !said.contains($0) }.sorted()
        #expect(stale == [], "entries no source says: \(stale.prefix(20))")
    }

    @Test func aSentenceIsSaidInTheLanguageAsked() {
        let code = "9999"
        let sentence: Sentence = "line \(code)"
        #expect(sentence.template == "line {1}")
        #expect(sentence.text(in: .en) == "line 9999")
        #expect(sentence.text(in: .sq) == "rreshti 9999")
        let error = ArkaError(.unknownAccount, "value \"\(code)\"", location: SourceLocation(file: "a.csv", line: 4))
        #expect(error.text(in: .sq) == "a.csv, rreshti 4: vlera \"9999\"")
        #expect(error.reason == "value \"9999\"")
    }

    @Test func theLanguageComesFromArkaLangThenTheLocale() throws {
        #expect(try Language.fromEnvironment(["ARKA_LANG": "sq", "LANG": "en_GB.UTF-8"]) == .sq)
        #expect(try Language.fromEnvironment(["LANG": "sq_AL.UTF-8"]) == .sq)
        #expect(try Language.fromEnvironment(["LC_ALL": "C", "LANG": "sq_AL.UTF-8"]) == .en)
        #expect(try Language.fromEnvironment([:]) == .en)
        #expect(throws: ArkaError.self) { try Language.fromEnvironment(["ARKA_LANG": "fr"]) }
    }

    @Test func placesMayMoveInATranslation() {
        #expect(Sentence.fill("{2} nga {1}", with: ["a", "b"]) == "b nga a")
        #expect(Sentence.fill("{x} {3}", with: ["a"]) == "{x} {3}")
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }
}
