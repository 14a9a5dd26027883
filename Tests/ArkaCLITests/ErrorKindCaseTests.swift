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
}
