import ArkaBooks
import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// Every export of the demo books, read back cell by cell and line by line: without names, no
/// name, personal id or code of a person in the demo's applications and recipients files
/// appears, and each person has one pseudonym in every sheet and in the journal.
final class PseudonymExportTests: XCTestCase {
    /// A text that names a person, from the demo's files, and where it comes from.
    struct Term {
        var text: String
        var origin: String
    }

    /// Every name and personal id of the applications files, and every code, name and tax id of
    /// a recipient who is a natural person (a farm or small business not marked `legal_entity`).
    static func terms() throws -> [Term] {
        let folder = WorkbookReader.repository.appendingPathComponent("ledgers/mallakaster")
        var terms: [Term] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("applications-") && $0.hasSuffix(".csv") }
        XCTAssertEqual(files.count, 2, "the demo's two calls")
        for file in files {
            for row in try csv(folder.appendingPathComponent(file)) {
                for column in ["name", "personal_id"] {
                    terms.append(Term(text: try XCTUnwrap(row[column]), origin: "\(file) \(row["id"] ?? "") \(column)"))
                }
            }
        }
        var persons = 0
        for row in try csv(folder.appendingPathComponent("recipients.csv")) {
            let mark = row["legal_entity"]?.lowercased() ?? ""
            let legal = mark == "yes" || (mark.isEmpty && row["kind"] == "social-business")
            guard !legal else { continue }
            persons += 1
            for column in ["code", "name", "tax_id"] {
                terms.append(Term(text: try XCTUnwrap(row[column]), origin: "recipients.csv \(row["code"] ?? "") \(column)"))
            }
        }
        XCTAssertEqual(persons, 20, "the demo's twenty farms and small businesses")
        return terms
    }

    /// The rows of a CSV file of the demo (no quoted commas in the columns read here).
    static func csv(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            var row: [String: String] = [:]
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in line {
                if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields.append(field); field = "" } else { field.append(character) }
            }
            fields.append(field)
            for (name, value) in zip(header, fields) { row[name] = value }
            return row
        }
    }

    /// Finds the terms in texts: each as a whole word, in any case.
    struct Finder {
        let expression: NSRegularExpression
        let origins: [String: String]

        init(_ terms: [Term]) throws {
            let alternatives = terms.map { Self.plain($0.text) }.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
            expression = try NSRegularExpression(
                pattern: "(?<![\\p{L}\\p{N}])(?:\(alternatives.joined(separator: "|")))(?![\\p{L}\\p{N}])", options: [.caseInsensitive])
            origins = Dictionary(terms.map { (Self.plain($0.text).lowercased(), $0.origin) }, uniquingKeysWith: { a, b in "\(a); \(b)" })
        }

        /// The text without accents or other combining marks: `Kuçi` is found as `Kuci` too.
        static func plain(_ text: String) -> String {
            text.decomposedStringWithCanonicalMapping.replacingOccurrences(of: "\\p{M}", with: "", options: .regularExpression)
        }

        /// Where each term found in the text comes from.
        func origins(in text: String) -> [String] {
            let text = Self.plain(text)
            return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
                let found = String(text[Range(match.range, in: text)!])
                return "\(found.debugDescription) from \(origins[found.lowercased()] ?? "?")"
            }
        }
    }

    static var templates: String { WorkbookReader.repository.appendingPathComponent("templates/workbooks").path }

    /// Every report of `arka export xlsx` from the demo books (the social business's cash flow
    /// from its own), with the audit pack in both languages too.
    func exports(naming: ExportContext.Naming) throws -> [String: String] {
        var paths: [String: String] = [:]
        let (ledger, folder) = try DemoWorkbookTests.books()
        for report in WorkbookExport.workbooks.map(\.name) + [AuditPack.catalogue.report] {
            paths[report] = try export(report, ledger, folder, naming: naming)
        }
        paths["audit-pack (sq)"] = try export(AuditPack.catalogue.report, ledger, folder, naming: naming, language: .sq)
        let (business, businessFolder) = try BusinessWorkbookTests.books()
        for report in WorkbookExport.businessWorkbooks.map(\.name) { paths[report] = try export(report, business, businessFolder, naming: naming) }
        XCTAssertEqual(Set(paths.keys).subtracting(["audit-pack (sq)"]), Set(WorkbookExport.reportNames))
        return paths
    }

    func export(_ report: String, _ ledger: Ledger, _ folder: URL, naming: ExportContext.Naming, language: Language = .en) throws -> String {
        let path = folder.appendingPathComponent("\(report)-\(language.rawValue)-\(UUID().uuidString.prefix(6)).xlsx").path
        let context = ExportContext(ledger: ledger, from: nil, to: nil, language: language, naming: naming, generatedAt: Date(timeIntervalSince1970: 1_767_225_600))
        try WorkbookExport.export(report: report, to: path, context: context, templates: Self.templates)
        return path
    }

    func journal(names: Bool) throws -> String {
        let (ledger, folder) = try DemoWorkbookTests.books()
        let path = folder.appendingPathComponent("journal-\(UUID().uuidString.prefix(6)).journal").path
        try ledger.exportJournal(to: try TextSink(path: path), people: names ? nil : try ledger.pseudonymizer())
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testNoExportNamesAPersonAndEachPersonHasOnePseudonymEverywhere() throws {
        let finder = try Finder(try Self.terms())
        let (ledger, _) = try DemoWorkbookTests.books()
        let pseudonyms = try ledger.pseudonyms()
        XCTAssertEqual(pseudonyms.pseudonym(for: "x"), Pseudonyms(key: "workbook-tests").pseudonym(for: "x"), "the demo keeps the key it was made with")
        var leaks: [String] = []
        var cellsRead = 0
        var books: [String: WorkbookReader] = [:]
        for (report, path) in try exports(naming: .pseudonyms) {
            let book = try WorkbookReader(path: path)
            books[report] = book
            for (sheet, cells) in book.sheets {
                for found in finder.origins(in: sheet) { leaks.append("\(report) sheet name \(sheet): \(found)") }
                for (reference, cell) in cells {
                    guard let text = cell.text else { continue }
                    cellsRead += 1
                    for found in finder.origins(in: text) { leaks.append("\(report) \(sheet)!\(reference) \(text.debugDescription): \(found)") }
                }
            }
        }
        let journal = try journal(names: false)
        for (number, line) in journal.split(separator: "\n").enumerated() {
            for found in finder.origins(in: String(line)) { leaks.append("journal line \(number + 1) \(line.debugDescription): \(found)") }
        }
        XCTAssertEqual(leaks, [], "\(leaks.count) texts name a person")
        XCTAssertGreaterThan(cellsRead, 5_000, "every text cell was read")

        // One person, one pseudonym: the scoring sheets give each applicant the pseudonym of their
        // personal id; the register gives their recipient the same, and so do the listings and the journal.
        let folder = WorkbookReader.repository.appendingPathComponent("ledgers/mallakaster")
        let applicants = Dictionary(
            try Self.csv(folder.appendingPathComponent("applications-iga.csv")).map { ($0["id"]!, $0["personal_id"]!) }, uniquingKeysWith: { a, _ in a })
        let pack = try XCTUnwrap(books["audit-pack"])
        let ranking = try pack.sheet("Ranking IGA-2023")
        var checked = 0
        for row in try pack.rows(in: "Ranking IGA-2023", column: "B", where: { applicants[$0] != nil }) {
            XCTAssertEqual(ranking["C\(row)"]?.text, pseudonyms.pseudonym(for: applicants[ranking["B\(row)"]!.text!]!), "row \(row)")
            checked += 1
        }
        XCTAssertEqual(checked, applicants.count)
        let recipients = try Self.csv(folder.appendingPathComponent("recipients.csv"))
        let register = try pack.sheet("Third parties")
        let agreements = try Self.csv(folder.appendingPathComponent("agreements.csv"))
        XCTAssertFalse(agreements.isEmpty)
        var seen = 0
        for row in try pack.rows(in: "Third parties", column: "J", where: { $0.hasPrefix("IGA-2023-") }) {
            let shown = try XCTUnwrap(register["A\(row)"]?.text)
            let recipient = try XCTUnwrap(recipients.first { pseudonyms.pseudonym(for: $0["tax_id"]!) == shown }, "row \(row): \(shown)")
            XCTAssertEqual(register["B\(row)"]?.text, shown)
            XCTAssertNil(register["D\(row)"]?.text, "no personal id")
            // The applicant the recipient was: the same pseudonym in the ranking.
            XCTAssertTrue(ranking.values.contains { $0.text == shown }, "\(recipient["code"]!) is in the ranking as \(shown)")
            // The handover of the agreement: the same pseudonym as payee, as counterparty and in the journal.
            let agreement = try XCTUnwrap(register["J\(row)"]?.text)
            let protocolNumber = "HP-2023-" + agreement.suffix(2)
            let listing = try pack.sheet("Transactions")
            let payees = try pack.rows(in: "Transactions", column: "A", where: { $0 == "HO-\(protocolNumber)" }).map { listing["C\($0)"]?.text }
            XCTAssertFalse(payees.isEmpty, agreement)
            XCTAssertEqual(Set(payees), [shown], agreement)
            let ledgerSheet = try pack.sheet("General ledger")
            let counterparties = try pack.rows(in: "General ledger", column: "C", where: { $0 == "HO-\(protocolNumber)" }).map { ledgerSheet["E\($0)"]?.text }
            XCTAssertEqual(Set(counterparties), [shown], agreement)
            XCTAssertTrue(journal.contains("(HO-\(protocolNumber)) Handover"), agreement)
            let block = try XCTUnwrap(journal.components(separatedBy: "(HO-\(protocolNumber)) ").dropFirst().first?.components(separatedBy: "\n\n").first)
            XCTAssertTrue(block.contains("; counterparty: \(shown)\n"), agreement)
            let assets = try pack.sheet("Assets")
            for assetRow in try pack.rows(in: "Assets", column: "M", where: { $0 == agreement }) {
                XCTAssertEqual(assets["N\(assetRow)"]?.text, shown, agreement)
            }
            seen += 1
        }
        XCTAssertEqual(seen, 20)
        // The start-up grant's recipient is a legal entity: named, with its NIPT.
        let social = try XCTUnwrap(recipients.first { $0["kind"] == "social-business" })
        XCTAssertTrue(register.values.contains { $0.text == social["name"] })
        XCTAssertTrue(register.values.contains { $0.text == social["tax_id"] })
    }

    func testWithNamesTheExportsShowThePeople() throws {
        let folder = WorkbookReader.repository.appendingPathComponent("ledgers/mallakaster")
        let recipients = try Self.csv(folder.appendingPathComponent("recipients.csv")).filter { $0["kind"] != "social-business" }
        let (ledger, books) = try DemoWorkbookTests.books()
        let pack = try WorkbookReader(path: try export(AuditPack.catalogue.report, ledger, books, naming: .names))
        let texts = Set(pack.sheets.values.flatMap(\.values).compactMap(\.text))
        let journal = try journal(names: true)
        for recipient in recipients {
            let code = recipient["code"]!, name = recipient["name"]!
            XCTAssertTrue(texts.contains(name), name)
            XCTAssertTrue(texts.contains(recipient["tax_id"]!), name)
            XCTAssertTrue(texts.contains("\(name) (\(code))"), "the counterparty of \(code)'s handover")
            XCTAssertTrue(journal.contains("; counterparty: \(name) (\(code))\n"), name)
        }
        let applicants = try Self.csv(folder.appendingPathComponent("applications-iga.csv"))
        let ranking = try pack.sheet("Ranking IGA-2023").values.compactMap(\.text)
        for applicant in applicants { XCTAssertTrue(ranking.contains(applicant["name"]!), applicant["name"]!) }
    }
}
