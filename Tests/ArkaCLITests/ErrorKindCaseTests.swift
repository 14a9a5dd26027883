import ArkaCore
import Foundation
import Testing

/// Every kind of refusal Arka names is shown by a command-line case: a case says which kind it
/// shows in a `# kind: NAME` line, most of them one kind each in `errors/NAME.case`. The few kinds
/// a case cannot show are listed here with the reason, and where they are tested instead.
@Suite("every error kind has its command-line case")
struct ErrorKindCaseTests {
    /// The kinds a command-line case cannot show, and why.
    static let unreachable: [ArkaError.Kind: String] = [
        .readOnly: "the cases run as whoever runs the tests, and root writes past chmod; ReadOnlyBooksTests makes a read-only medium",
        .unknownReport: "the command line refuses a report it does not know before the engine sees it (status 64); WorkbookExport's own check is for callers of the library",
        .currencyMismatch: "reports convert every amount to one currency before they add or compare; the check guards the code",
        .brokenJournal: "arka verify reports a broken journal as its report (exit 1), not as a refusal; the writer's own check needs a file edited in SQLite mid-write",
        .heldAtOffice: "asked only of an office's books as the centre holds them, which a PostgreSQL server holds; CentralBudgetTests shows it",
        .workbook: "libxlsxwriter refuses only what Arka never asks of it (a sheet past 1,048,576 rows, a closed workbook)",
    ]

    @Test("each kind is named by a case, or stated here as out of a command's reach")
    func everyKindHasACase() throws {
        var named: Set<String> = []
        for name in GoldenTests.caseNames {
            let text = try String(contentsOf: GoldenTests.cases.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("# kind: ") {
                named.insert(String(line.dropFirst("# kind: ".count)).trimmingCharacters(in: .whitespaces))
            }
        }
        let known = Set(ArkaError.Kind.allCases.map(\.rawValue))
        for kind in ArkaError.Kind.allCases {
            #expect(named.contains(kind.rawValue) || Self.unreachable[kind] != nil, "no case shows \(kind.rawValue): add errors/\(kind.rawValue).case")
            #expect(!(named.contains(kind.rawValue) && Self.unreachable[kind] != nil), "\(kind.rawValue) has a case; it is not unreachable")
        }
        #expect(named.subtracting(known).isEmpty, "cases name kinds Arka does not have: \(named.subtracting(known).sorted())")
    }

    @Test("a case in errors/ named after a kind shows that kind")
    func errorCasesAreNamedAfterTheirKind() throws {
        for name in GoldenTests.caseNames where name.hasPrefix("errors/") {
            let stem = (name as NSString).lastPathComponent.replacingOccurrences(of: ".case", with: "")
            guard ArkaError.Kind(rawValue: stem) != nil else { continue }
            let text = try String(contentsOf: GoldenTests.cases.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("# kind: \(stem)\n"), "\(name) begins with # kind: \(stem)")
        }
    }

    /// How often a command line runs arka (`arka ` at the start of a shell word), or runs it
    /// as `saying` does.
    static func invocations(_ command: String, saying: String = "arka ") -> Int {
        var count = 0
        var rest = command[...]
        while let found = rest.range(of: saying) {
            let before = found.lowerBound == command.startIndex ? nil : command[command.index(before: found.lowerBound)]
            if before == nil || " '\"|;&(=".contains(before!) { count += 1 }
            rest = rest[found.upperBound...]
        }
        return count
    }

    @Test("every case of errors/ is said in Albanian too, in errors-sq/, each refusal in Albanian")
    func everyRefusalHasItsAlbanianCase() throws {
        for name in GoldenTests.caseNames where name.hasPrefix("errors/") {
            let twin = "errors-sq/" + (name as NSString).lastPathComponent
            #expect(GoldenTests.caseNames.contains(twin), "\(name) has no Albanian twin \(twin)")
            guard GoldenTests.caseNames.contains(twin) else { continue }
            let english = GoldenCase(name: name, text: try String(contentsOf: GoldenTests.cases.appendingPathComponent(name), encoding: .utf8))
            let albanian = GoldenCase(name: twin, text: try String(contentsOf: GoldenTests.cases.appendingPathComponent(twin), encoding: .utf8))
            #expect(english.steps.count == albanian.steps.count, "\(twin) runs the commands of \(name)")
            for (said, sq) in zip(english.steps, albanian.steps) {
                #expect(Self.invocations(sq.command) == Self.invocations(sq.command, saying: "arka --lang sq "), "\(twin): $ \(sq.command) asks for Albanian")
                #expect(said.status == sq.status, "\(twin): $ \(sq.command) ends as in English")
                // Each line arka refuses with says so in Albanian.
                let refusals = said.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }.count
                let albanianRefusals = sq.stderr.split(separator: "\n").filter { $0.hasPrefix("gabim: ") }.count
                #expect(refusals == albanianRefusals, "\(twin): $ \(sq.command) refuses in Albanian")
            }
        }
    }
}
