import ArkaBooks
import ArkaCore
import ArkaRules
import ArkaWorkbook
import Foundation
import XCTest
import Yams

/// The shipped templates name roles, never the codes of particular books: no file under
/// `templates/` holds a fund, account, budget line, scheme, call, recipient, product or
/// agreement code of the demo books, so any books can use them.
final class TemplateRolesTests: XCTestCase {
    static let demoFolders = ["ledgers/mallakaster", "ledgers/social-business"]

    /// Every code the demo books define, read from their definition folders and call grids.
    func demoCodes() throws -> Set<String> {
        var codes: Set<String> = []
        for name in Self.demoFolders {
            let folder = WorkbookReader.repository.appendingPathComponent(name)
            let definition = try LedgerDefinition.load(from: folder.path, baseCurrency: nil)
            codes.formUnion(definition.funds.map(\.code))
            codes.formUnion(definition.chart.accounts.map(\.code))
            codes.formUnion(definition.budgetLines.map(\.line))
            codes.formUnion(definition.schemes.map(\.code))
            codes.formUnion(definition.recipients.map(\.code))
            codes.formUnion(definition.products.map(\.code))
            let agreements = folder.appendingPathComponent("agreements.csv").path
            if FileManager.default.fileExists(atPath: agreements) {
                let table = try CSVTable(path: agreements, required: ["number"], optional: ["recipient", "scheme", "amount", "date", "conditions"])
                while let row = try table.next() { codes.insert(try row.required("number")) }
            }
            // A call's grid names the scheme its awards go to and the call in its agreements' numbers.
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasPrefix("grid-") && file.hasSuffix(".yaml") {
                let path = folder.appendingPathComponent(file).path
                let grid = try ScoringGrid.parse(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path)
                if let scheme = grid.scheme { codes.insert(scheme) }
                if let prefix = grid.agreementPrefix { codes.insert(String(prefix.trimmingCharacters(in: CharacterSet(charactersIn: "-/")))) }
            }
        }
        return codes
    }

    /// The words of a YAML document's keys and values that could be codes, with the key path of
    /// each. Comments are not read; nor are a template's own vocabulary (the financial report's
    /// `structure` of donor headings), its number `formats` and its column `width`s, nor an
    /// import profile's count of rows to skip.
    func words(in node: Node, path: String = "") -> [(word: String, path: String)] {
        if let mapping = node.mapping {
            return mapping.flatMap { key, value -> [(word: String, path: String)] in
                let name = key.string ?? ""
                if ["structure", "formats", "width", "landscape", "skip_rows"].contains(name) { return [] }
                let child = path.isEmpty ? name : "\(path).\(name)"
                return words(in: key, path: child) + words(in: value, path: child)
            }
        }
        if let sequence = node.sequence {
            return sequence.enumerated().flatMap { index, item in words(in: item, path: "\(path)[\(index + 1)]") }
        }
        let text = node.scalar?.string ?? ""
        let isCodeCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber || "._-/".contains($0) }
        return text.split(whereSeparator: { !isCodeCharacter($0) }).flatMap { word -> [(word: String, path: String)] in
            let trimmed = String(word).trimmingCharacters(in: CharacterSet(charactersIn: "./-"))
            return [(String(word), path), (trimmed, path)]
        }
    }

    /// The demo codes a YAML text names.
    func demoCodes(in text: String, codes: Set<String>) throws -> [String] {
        guard let node = try Yams.compose(yaml: text) else { return [] }
        return words(in: node).filter { codes.contains($0.word) }.map { "\($0.path): \($0.word)" }
    }

    func testNoShippedTemplateNamesACodeOfTheDemoBooks() throws {
        let codes = try demoCodes()
        let templates = WorkbookReader.repository.appendingPathComponent("templates")
        let files = try XCTUnwrap(FileManager.default.subpaths(atPath: templates.path)).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        XCTAssertFalse(files.isEmpty)
        for file in files.sorted() {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(try demoCodes(in: text, codes: codes), [], "templates/\(file) names codes of the demo books")
        }
    }

    func testTheSearchFindsADemoCodeWhereATemplateWouldNameIt() throws {
        // The checks above can fail: the proof of use once listed its funds, and a scoring grid
        // names its scheme and its agreements' call.
        let codes = try demoCodes()
        let mallakaster = try LedgerDefinition.load(from: WorkbookReader.repository.appendingPathComponent("ledgers/mallakaster").path, baseCurrency: nil)
        let fund = try XCTUnwrap(mallakaster.funds.last?.code)
        let scheme = try XCTUnwrap(mallakaster.schemes.first?.code)
        let found = try demoCodes(in: "report: proof-of-use\nfunds: [\(fund)]\nscheme: \(scheme)\nlabels:\n  x: {en: \"Grants of \(scheme)\", sq: \(fund)}\n", codes: codes)
        XCTAssertEqual(Set(found), ["funds[1]: \(fund)", "scheme: \(scheme)", "labels.x.en: \(scheme)", "labels.x.sq: \(fund)"])
        XCTAssertEqual(try demoCodes(in: "sheets:\n  - {key: line, width: 6}\n# \(fund) in a comment\n", codes: codes), [])
    }

    func testATemplateThatNamesFundsIsRefusedWithWhereToMarkThem() throws {
        let folder = WorkbookReader.repository.appendingPathComponent("templates/workbooks")
        var text = try String(contentsOf: folder.appendingPathComponent("proof-of-use.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "report: proof-of-use\n", with: "report: proof-of-use\nfunds: [F1, F2]\n")
        XCTAssertThrowsError(try WorkbookTemplate.parse(data: Data(text.utf8), file: "proof-of-use.yaml", catalogue: ProofOfUseWorkbook.catalogue)) { error in
            let error = error as? ArkaError
            XCTAssertEqual(error?.kind, .badTemplate)
            XCTAssertEqual(error?.location.field, "funds")
            XCTAssertNotNil(error?.location.line)
            XCTAssertTrue(error?.reason.contains("funds.csv, column reports") == true, "\(String(describing: error))")
        }
    }
}
