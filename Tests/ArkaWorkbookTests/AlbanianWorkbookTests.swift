import ArkaBooks
import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// A workbook made with `--lang sq` is Albanian throughout: its labels, headings, flags, notes,
/// statuses and cover. Each workbook of the demo books is made in both languages and compared
/// cell by cell; a text cell the same in both must hold only what the books themselves say (codes,
/// names, descriptions as posted, an account's name when it has no Albanian one), numbers and dates.
final class AlbanianWorkbookTests: XCTestCase {
    var templates: String { WorkbookReader.repository.appendingPathComponent("templates/workbooks").path }

    func testEveryWorkbookOfTheDemoBooksIsAlbanianWithLangSq() throws {
        let (project, projectFolder) = try DemoWorkbookTests.books()
        let projectTexts = try Self.booksTexts(project, definition: "ledgers/mallakaster")
        var untranslated: [String] = []
        for report in WorkbookExport.workbooks.map(\.name) + [AuditPack.catalogue.report] {
            untranslated += try sameTexts(report, ledger: project, folder: projectFolder, booksTexts: projectTexts)
        }
        let (business, businessFolder) = try BusinessWorkbookTests.books()
        let businessTexts = try Self.booksTexts(business, definition: "ledgers/social-business")
        for entry in WorkbookExport.businessWorkbooks {
            untranslated += try sameTexts(entry.name, ledger: business, folder: businessFolder, booksTexts: businessTexts)
        }
        XCTAssertEqual(untranslated, [], "text cells of the Albanian workbooks left in English:\n" + untranslated.joined(separator: "\n"))
    }

    /// The test itself finds English: an Albanian label put back to its English text is listed.
    func testAnEnglishLabelInTheAlbanianWorkbookIsFound() throws {
        let (project, _) = try DemoWorkbookTests.books()
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("arka-sq-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: templates, toPath: copy.path)
        defer { try? FileManager.default.removeItem(at: copy) }
        let file = copy.appendingPathComponent("trial-balance.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "type.asset: {en: asset, sq: aktiv}", with: "type.asset: {en: asset, sq: asset}").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try String(contentsOf: file, encoding: .utf8), text, "the template has the label the test changes")
        let folder = copy.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let found = try sameTexts(
            "trial-balance", ledger: project, folder: folder, booksTexts: try Self.booksTexts(project, definition: "ledgers/mallakaster"),
            templates: copy.path)
        XCTAssertFalse(found.isEmpty)
        XCTAssertTrue(found.allSatisfy { $0.hasSuffix("\"asset\"") }, "\(found)")
    }

    /// The text cells of a report's Albanian workbook that equal the English one's (same sheet
    /// by position, same cell) and say more than the books' own texts, codes and numbers.
    func sameTexts(_ report: String, ledger: Ledger, folder: URL, booksTexts: [String], templates: String? = nil) throws -> [String] {
        var books: [WorkbookReader] = []
        for language in Language.allCases {
            let path = folder.appendingPathComponent("\(report)-\(language.rawValue)-\(UUID().uuidString.prefix(6)).xlsx").path
            let context = ExportContext(
                ledger: ledger, from: nil, to: nil, language: language, naming: .pseudonyms, generatedAt: Date(timeIntervalSince1970: 1_767_225_600))
            try WorkbookExport.export(report: report, to: path, context: context, templates: templates ?? self.templates)
            books.append(try WorkbookReader(path: path))
        }
        let (english, albanian) = (books[0], books[1])
        XCTAssertEqual(english.sheetNames.count, albanian.sheetNames.count, report)
        var found: [String] = []
        for (index, name) in english.sheetNames.enumerated() where index < albanian.sheetNames.count {
            let theirs = try albanian.sheet(albanian.sheetNames[index])
            for (reference, cell) in try english.sheet(name) where cell.formula == nil {
                guard let text = cell.text, theirs[reference]?.text == text, !Self.onlyTheBooksWords(text, booksTexts) else { continue }
                found.append("\(report), sheet \(index + 1) (\(albanian.sheetNames[index])) \(reference): \"\(text)\"")
            }
        }
        return found.sorted()
    }

    /// Whether a text says nothing but the books' own texts, codes, numbers and dates: what
    /// is left once every text of the books is taken out (as whole words) is punctuation and
    /// codes (`EU`, `IGA-2023-01`, `1.1`, `2023-11-20`, `AP-3fa34be71c`, a SHA-256, a file name).
    static func onlyTheBooksWords(_ text: String, _ booksTexts: [String]) -> Bool {
        var rest = text
        for piece in booksTexts where rest.contains(piece) { rest = removingWords(piece, from: rest) }
        let separators = CharacterSet(charactersIn: " \n;,:()·–=+/#%<>'\"")
        return rest.components(separatedBy: separators).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty }.allSatisfy(isCode)
    }

    /// `text` with each occurrence of `piece` that stands as whole words (no letter or digit
    /// right before or after it) replaced by a space.
    static func removingWords(_ piece: String, from text: String) -> String {
        func isWordCharacter(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber } ?? false }
        var out = ""
        var rest = text[...]
        while let range = rest.range(of: piece) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let whole = !isWordCharacter(before) && !isWordCharacter(after)
            out += rest[..<range.lowerBound] + (whole ? " " : rest[range])
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// A word with no lower-case letter (`EU`, `K31524015A`, `2023-11-20`), a hexadecimal hash
    /// or identifier, a pseudonym (`AP-3fa34be71c`), a file name (a definition's, a ledger's) or
    /// the name of SHA-256.
    static func isCode(_ word: String) -> Bool {
        if !word.contains(where: \.isLowercase) { return true }
        if word.count >= 6, word.allSatisfy({ $0.isHexDigit || $0 == "-" }) { return true }
        if let dash = word.firstIndex(of: "-"), word[..<dash].allSatisfy(\.isUppercase), word[word.index(after: dash)...].allSatisfy(\.isHexDigit) {
            return true
        }
        if word.hasSuffix(".yaml") || word.hasSuffix(".csv") || word.hasSuffix(".arka") { return !word.contains(" ") }
        return ["sha256", "yaml", "csv"].contains(word)
    }

    /// Every text the books hold as written: each field of the definition folder's files (a
    /// `kind:reference` list split into its references), each scalar of the scoring grids, and
    /// each entry's id, description, memo and counterparty in the journal. An account's or product's English
    /// name is left out when it has an Albanian one: the Albanian workbook must show that instead;
    /// and so are the columns that hold words of a fixed vocabulary (an account's type, a
    /// recipient's kind), which a workbook words from its template.
    static func booksTexts(_ ledger: Ledger, definition: String) throws -> [String] {
        var texts: Set<String> = []
        func add(_ text: String?) {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return }
            texts.insert(text)
            for part in text.components(separatedBy: ";") {
                let part = part.trimmingCharacters(in: .whitespaces)
                texts.insert(part)
                if let colon = part.firstIndex(of: ":") { texts.insert(part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces)) }
            }
        }
        let folder = WorkbookReader.repository.appendingPathComponent(definition)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".csv") {
            let rows = csv(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            guard let header = rows.first else { continue }
            let albanian = header.firstIndex(of: "name_sq")
            let name = header.firstIndex(of: "name")
            for row in rows.dropFirst() {
                for (index, field) in row.enumerated() where index >= header.count || !vocabulary.contains(header[index]) {
                    if index == name, let albanian, albanian < row.count, !row[albanian].isEmpty { continue }
                    add(field)
                }
            }
        }
        // The scoring grids' texts (calls, criteria, gates) and the definition's settings.
        let grids = WorkbookReader.repository.appendingPathComponent("templates/scoring")
        let yamlFiles = try FileManager.default.contentsOfDirectory(atPath: grids.path).map { grids.appendingPathComponent($0) }
            + (try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0) })
        for file in yamlFiles where file.pathExtension == "yaml" {
            for line in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n") {
                let content = line.components(separatedBy: " #")[0]
                guard let colon = content.range(of: ":") else { continue }
                add(content[..<colon.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " -\"'")))
                add(content[colon.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " \"'")))
            }
        }
        for line in try ledger.register(account: nil, from: nil, to: nil).lines {
            add(line.posting.entryID)
            add(line.posting.description)
            add(line.posting.memo)
            add(line.posting.counterparty)
        }
        // A digest's first line and keys are its file format, which `arka verify --digest` reads
        // in every language (the cover's label gives the advice in the workbook's).
        add(LedgerDigest.firstLine)
        LedgerDigest.keys.forEach { add("\($0):") }
        // The longest first, so that a text is taken out whole before any text inside it.
        return texts.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The columns of definition files whose values are a fixed vocabulary, not the books' words.
    static let vocabulary: Set<String> = [
        "type", "restricted", "conversion", "kind", "authority", "gender", "remote_village", "activity", "ne_household", "disability",
        "already_funded", "unemployed", "single_parent", "conflict", "payment", "paid_from",
    ]

    /// RFC 4180 CSV: fields quoted when they hold a comma, quote or line break.
    static func csv(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                if !field.isEmpty { field.append("\"") }  // a doubled quote inside a quoted field
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\r":
                break
            default:
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
