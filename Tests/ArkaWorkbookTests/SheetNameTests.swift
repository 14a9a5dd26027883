import ArkaCore
import ArkaWorkbook
import Foundation
import PropertyBased
import Testing

/// Sheet names made from any text: valid for Excel, unique in the workbook ignoring case, the
/// same every time, and accepted by libxlsxwriter.
@Suite("Sheet names from any code")
struct SheetNameTests {
    func claimed(_ wanted: [String]) -> [String] {
        var names = SheetNames()
        return wanted.map { names.claim($0) }
    }

    @Test("codes that Excel refuses in a tab's name become names it accepts")
    func examples() {
        let call = "SOCIAL-BUSINESS-CALL-2024-01"
        #expect(call.count == 28)
        #expect(
            claimed([
                "Ranking IGA/2023/02", "Ranking \(call)", "Ranking SOCIAL-BUSINESS-CALL-2024-02", "Figures [x]", "Figures ë", "Figures Ë",
                "'quoted'", "", "History", "a:b*c?d\\e", "Line\nbreak", String(repeating: "x", count: 30) + "🙂",
            ]) == [
                "Ranking IGA-2023-02", "Ranking SOCIAL-BUSINESS-CALL-20", "Ranking SOCIAL-BUSINESS-CAL (2)", "Figures (x)", "Figures ë",
                "Figures Ë (2)", "quoted", "Sheet", "History (2)", "a-b-c-d-e", "Line break", String(repeating: "x", count: 30),
            ])
        // A name already valid and free is kept as it is.
        #expect(claimed(["Trial balance", "Shpenzimet sipas fondit"]) == ["Trial balance", "Shpenzimet sipas fondit"])
        // The same wanted name, many times: numbered in order, cut to make room.
        #expect(claimed(Array(repeating: String(repeating: "A", count: 31), count: 11)).suffix(2) == [
            String(repeating: "A", count: 26) + " (10)", String(repeating: "A", count: 26) + " (11)",
        ])
    }

    /// Texts from pieces that try every rule: forbidden characters, apostrophes and spaces at
    /// the ends, control characters, letters whose case folds, combining marks, characters of
    /// two UTF-16 units, a reserved name and long runs.
    static let pieces = [
        "", "a", "A", "ë", "Ë", "e\u{308}", "ç", "Ç", "[", "]", ":", "*", "?", "/", "\\", "'", " ", "\n", "\t", "\u{7F}", "🙂", "👩‍👩‍👧",
        "IGA/2023/02", "History", "history", "Ranking ", "SOCIAL-BUSINESS-CALL-2024-01", String(repeating: "x", count: 29), "ß", "İ",
    ]
    static let text = Gen.int(in: 0..<pieces.count).array(of: 0...8).map { $0.map { pieces[$0] }.joined() }

    @Test("for any texts, every name is valid, all are unique ignoring case, and the same texts give the same names")
    func anyTexts() async {
        await propertyCheck(count: 300, input: Self.text.array(of: 0...40)) { wanted in
            let names = claimed(wanted)
            #expect(names.count == wanted.count)
            for name in names {
                #expect(SheetNames.isValid(name), "\(name.debugDescription)")
                #expect(name.utf16.count <= SheetNames.maximumLength)
                #expect(!name.contains { SheetNames.forbidden.contains($0) })
            }
            #expect(Set(names.map { $0.lowercased() }).count == names.count, "\(names)")
            #expect(claimed(wanted) == names)
            // A wanted name that is valid and not taken before it is kept.
            var earlier: Set<String> = ["history"]
            for (text, name) in zip(wanted, names) {
                if SheetNames.isValid(text), text == text.trimmingCharacters(in: .whitespaces), !earlier.contains(text.lowercased()) {
                    #expect(name == text)
                }
                earlier.insert(name.lowercased())
            }
        }
    }

    @Test("libxlsxwriter takes every name, and the file holds them as given")
    func writtenNames() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-sheet-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        await propertyCheck(count: 40, input: Self.text.array(of: 1...25)) { wanted in
            let path = folder.appendingPathComponent("\(UUID().uuidString).xlsx").path
            do {
                let book = try Workbook(path: path, constantMemory: true)
                for text in wanted {
                    let sheet = try book.addWorksheet(name: text)
                    try sheet.write(.text(text), row: 0, column: 0, style: .plain)
                }
                try book.close()
            } catch {
                Issue.record("\(wanted.map(\.debugDescription)): \(error)")
            }
        }
        // Read back: the tabs carry the names given, the cells the codes as they are.
        let wanted = ["Ranking IGA/2023/02", "Reserve IGA/2023/02", "Figures [x]", "Figures ë", "Figures Ë"]
        let path = folder.appendingPathComponent("read.xlsx").path
        let book = try Workbook(path: path, constantMemory: false)
        var given: [String] = []
        for text in wanted {
            let sheet = try book.addWorksheet(name: text)
            try sheet.write(.text(text), row: 0, column: 0, style: .plain)
            given.append(sheet.name)
        }
        try book.close()
        let read = try WorkbookReader(path: path)
        #expect(Set(read.sheets.keys) == Set(given))
        for (text, name) in zip(wanted, given) {
            #expect(try read.sheet(name)["A1"]?.text == text)
        }
    }
}
