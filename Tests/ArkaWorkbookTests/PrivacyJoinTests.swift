import ArkaBooks
import ArkaCore
import ArkaRules
import ArkaWorkbook
import Foundation
import XCTest

/// Joins everything made to leave the office, as someone holding it all would: every sheet of
/// every workbook and of the audit pack (read back through openpyxl), the journal, and the
/// rankings `arka award` and `arka score` print (text, CSV and JSON), each row tied to an
/// applicant by the codes it shares with the others (the application number, the pseudonym).
/// Without names, no row may show an applicant's name, personal id or other personal text, nor
/// name a personal criterion, gate or field; and no column may encode a withheld value: none may
/// be a function of a personal field's value, a personal criterion's points or a personal gate's
/// outcome (as a column of points worth 15 exactly when the household receives Ndihma Ekonomike
/// would be). With names, the same join finds those columns: the test can fail.
final class PrivacyJoinTests: XCTestCase {
    static let signature = Signature(user: "tests", timestamp: "2026-01-01T00:00:00Z")
    static var fixtures: URL { WorkbookReader.repository.appendingPathComponent("Tests/ArkaCLITests/Cases/fixtures") }
    static var templates: String { WorkbookReader.repository.appendingPathComponent("templates/workbooks").path }

    /// What the committee knows of an applicant and no export may show.
    struct Applicant {
        /// `call/number`.
        var key: String
        var number: String
        var pseudonym: String
        /// The name, personal id and every other personal text or date value.
        var texts: [String]
        /// The withheld values a column could encode, by what they are: `field komuniteti`,
        /// `criterion pension` (its weighted points), `gate madhore` (passed or not).
        var withheld: [String: String]
        /// The values that are not withheld, by what they are (`field activity`, `criterion
        /// household_size`): a column that follows one of them (the kind of recipient follows the
        /// activity) shows that, even where it happens to follow a withheld value too.
        var shown: [String: String]
    }

    /// A table of one export: its rows, each tied to the applicant it is about (when one is).
    struct Table {
        var name: String
        var rows: [(owner: String?, cells: [String: String])] = []
    }

    // MARK: - What the applicants are

    /// Every applicant of every call the ledger stores, with what is withheld about them; and the
    /// personal criteria, gates and fields, by key and description, that no row may name.
    static func applicants(of ledger: Ledger) throws -> (applicants: [Applicant], personalWords: [String]) {
        let pseudonyms = try ledger.pseudonyms()
        var applicants: [Applicant] = []
        var words: Set<String> = []
        for call in try ledger.grantCalls() {
            let outcome = try ledger.callInput(call.code).score()
            let grid = outcome.grid
            for criterion in grid.criteria where criterion.isPersonal { words.formUnion([criterion.key, criterion.description]) }
            for gate in grid.gates where gate.isPersonal { words.formUnion([gate.key, gate.description]) }
            for field in grid.fields where field.isPersonal && field.name != grid.roles.id { words.insert(field.name) }
            for result in outcome.results {
                let application = result.application
                var texts = [application.applicantKey] + (application.name.map { [$0] } ?? [])
                var withheld: [String: String] = [:]
                var shown: [String: String] = [:]
                for (index, field) in grid.fields.enumerated() where field.name != grid.roles.id {
                    let value = application.values[index]
                    guard field.isPersonal else {
                        shown["field \(field.name)"] = value.description
                        continue
                    }
                    switch field.kind {
                    case .text, .date, .number, .integer: if value != .empty { texts.append(value.description) }
                    case .boolean, .category: withheld["field \(field.name)"] = value.description
                    }
                }
                for criterion in result.criteria {
                    if criterion.criterion.isPersonal {
                        withheld["criterion \(criterion.criterion.key)"] = criterion.weighted.description
                    } else {
                        shown["criterion \(criterion.criterion.key)"] = criterion.weighted.description
                    }
                }
                for gate in result.gates where gate.gate.isPersonal { withheld["gate \(gate.gate.key)"] = String(gate.passed) }
                applicants.append(
                    Applicant(
                        key: "\(call.code)/\(application.id)", number: application.id,
                        pseudonym: pseudonyms.pseudonym(for: application.applicantKey), texts: texts, withheld: withheld, shown: shown))
            }
        }
        return (applicants, words.sorted())
    }

    // MARK: - Everything that leaves the office

    /// Every workbook (the audit pack in both languages), the journal, and each stored call's
    /// ranking as `arka award` prints it in text, CSV and JSON; as tables.
    static func exports(_ ledger: Ledger, naming: ExportContext.Naming, folder: URL, owners: [String: String]) throws -> [Table] {
        var tables: [Table] = []
        let generated = Date(timeIntervalSince1970: 1_767_225_600)
        var reports: [(String, Language)] = WorkbookExport.workbooks.map(\.name).map { ($0, .en) }
        reports += [(AuditPack.catalogue.report, .en), (AuditPack.catalogue.report, .sq)]
        for (report, language) in reports {
            let path = folder.appendingPathComponent("\(report)-\(language.rawValue)-\(UUID().uuidString.prefix(6)).xlsx").path
            let context = ExportContext(ledger: ledger, from: nil, to: nil, language: language, naming: naming, generatedAt: generated)
            try WorkbookExport.export(report: report, to: path, context: context, templates: templates)
            tables += try workbookTables(WorkbookReader(path: path), name: "\(report) (\(language.rawValue))", owners: owners)
        }
        let journal = folder.appendingPathComponent("journal-\(UUID().uuidString.prefix(6)).journal").path
        try ledger.exportJournal(to: try TextSink(path: journal), people: naming == .names ? nil : try ledger.pseudonymizer())
        tables.append(lineTable(try String(contentsOfFile: journal, encoding: .utf8), name: "journal", owners: owners))
        let identity: ApplicantIdentity = naming == .names ? .names : .pseudonyms(try ledger.pseudonyms())
        for call in try ledger.grantCalls() {
            let input = try ledger.callInput(call.code)
            tables += try renderings(try input.score(), stamp: input.stamp, identity: identity, name: call.code, owners: owners)
        }
        return tables
    }

    /// A scoring outcome as text, CSV and JSON, as tables.
    static func renderings(_ outcome: ScoringOutcome, stamp: ScoringStamp, identity: ApplicantIdentity, name: String, owners: [String: String]) throws -> [Table] {
        func rendered(_ format: OutputFormat) -> String {
            let out = StringOutput()
            outcome.render(as: format, stamp: stamp, identity: identity, to: out)
            return out.text
        }
        return [
            lineTable(rendered(.text), name: "\(name) text", owners: owners),
            csvTable(rendered(.csv), name: "\(name) csv", owners: owners),
            try jsonTable(rendered(.json), name: "\(name) json", owners: owners),
        ]
    }

    /// Each sheet a table, a row per sheet row, a column per column letter; a row belongs to the
    /// applicant whose number or pseudonym one of its cells holds whole.
    static func workbookTables(_ book: WorkbookReader, name: String, owners: [String: String]) throws -> [Table] {
        var tables: [Table] = []
        for (sheet, cells) in book.sheets {
            var rows: [Int: [String: String]] = [:]
            for (reference, cell) in cells {
                guard let text = cell.text ?? cell.number.map(Self.number) else { continue }
                let letters = String(reference.prefix { $0.isLetter })
                guard let row = Int(reference.dropFirst(letters.count)) else { continue }
                rows[row, default: [:]][letters] = text
            }
            var table = Table(name: "\(name) \(sheet)")
            table.rows.append((nil, ["sheet name": sheet]))
            for (_, cells) in rows.sorted(by: { $0.key < $1.key }) {
                table.rows.append((cells.values.lazy.compactMap { owners[$0] }.first, cells))
            }
            tables.append(table)
        }
        return tables
    }

    /// A number as a text: `15` for 15.0.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Each line a row of one column; a line belongs to the applicant whose number or pseudonym it
    /// holds as a word (the first named, when a tie-break names a neighbour too).
    static func lineTable(_ text: String, name: String, owners: [String: String]) -> Table {
        var table = Table(name: name)
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == ";" || $0 == ":" })
            table.rows.append((words.lazy.compactMap { owners[String($0)] }.first, ["line": String(line)]))
        }
        return table
    }

    /// A CSV text as a table with its header's columns.
    static func csvTable(_ text: String, name: String, owners: [String: String]) -> Table {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(character)
            }
        }
        var table = Table(name: name)
        guard let header = records.first else { return table }
        table.rows.append((nil, Dictionary(header.enumerated().map { ("header \($0.offset)", $0.element) }, uniquingKeysWith: { a, _ in a })))
        for record in records.dropFirst() {
            let cells = Dictionary(zip(header, record).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
            table.rows.append((record.lazy.compactMap { owners[$0] }.first, cells))
        }
        return table
    }

    /// A scoring JSON as a table: the run's keys one row, each application one row whose columns
    /// are the paths of its values (`criteria.pension.points`, the entries of a list by key).
    static func jsonTable(_ text: String, name: String, owners: [String: String]) throws -> Table {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var table = Table(name: name)
        func flatten(_ value: Any, _ path: String, into cells: inout [String: String]) {
            switch value {
            case let dictionary as [String: Any]:
                for (key, inner) in dictionary { flatten(inner, path.isEmpty ? key : "\(path).\(key)", into: &cells) }
            case let list as [Any]:
                for (index, inner) in list.enumerated() {
                    // A gate, criterion or score is named by its key or evaluator, not its place.
                    let item = (inner as? [String: Any]).flatMap { ($0["key"] ?? $0["evaluator"]) as? String } ?? String(index)
                    flatten(inner, "\(path).\(item)", into: &cells)
                }
            case is NSNull: break
            case let number as NSNumber: cells[path] = number.stringValue
            default: cells[path] = "\(value)"
            }
        }
        var top: [String: String] = [:]
        flatten(object.filter { $0.key != "applications" }, "", into: &top)
        table.rows.append((nil, top))
        for application in object["applications"] as? [[String: Any]] ?? [] {
            var cells: [String: String] = [:]
            flatten(application, "", into: &cells)
            // A list entry's key is in its path already.
            table.rows.append((cells["id"].flatMap { owners[$0] }, cells.filter { !$0.key.hasSuffix(".key") }))
        }
        return table
    }

    // MARK: - The join

    /// What the join finds: texts that name a person or a personal criterion, and columns that
    /// encode a withheld value.
    struct Findings {
        var texts: [String] = []
        var encodings: [String] = []
        /// Columns that follow a withheld value but also a shown one, which explains them.
        var explained: [String] = []
        var rowsJoined = 0
        var columnsTried = 0
    }

    static func join(_ tables: [Table], applicants: [Applicant], personalWords: [String]) throws -> Findings {
        var findings = Findings()
        let byKey = Dictionary(uniqueKeysWithValues: applicants.map { ($0.key, $0) })
        // Names, personal ids and other personal texts, anywhere.
        let finder = try PseudonymExportTests.Finder(
            applicants.flatMap { applicant in applicant.texts.map { PseudonymExportTests.Term(text: $0, origin: applicant.key) } })
        let words = try PseudonymExportTests.Finder(personalWords.map { PseudonymExportTests.Term(text: $0, origin: "personal") })
        for table in tables {
            // Each column's value per applicant (all their rows' values in it, in order).
            var columns: [String: [String: [String]]] = [:]
            for row in table.rows {
                for (column, text) in row.cells {
                    for found in finder.origins(in: text) { findings.texts.append("\(table.name) \(column) \(text.debugDescription): \(found)") }
                }
                guard let owner = row.owner else { continue }
                findings.rowsJoined += 1
                for (column, text) in row.cells {
                    for found in words.origins(in: text) { findings.texts.append("\(table.name) \(column) of \(owner) \(text.debugDescription): names \(found)") }
                    columns[column, default: [:]][owner, default: []].append(text)
                }
            }
            // A column encodes a withheld value when, over the applicants it shows, it is the same
            // for all who share the value and differs between values (each value held by two or
            // more), unless it follows a value that is shown as well.
            let withheld = Set(applicants.flatMap(\.withheld.keys))
            let visible = Set(applicants.flatMap(\.shown.keys))
            for (column, values) in columns {
                let shown = values.mapValues { $0.joined(separator: " | ") }
                guard Set(shown.values).count > 1 else { continue }
                func follows(_ attribute: String, in values: KeyPath<Applicant, [String: String]>) -> String? {
                    var groups: [String: Set<String>] = [:]
                    var members: [String: Int] = [:]
                    for (owner, value) in shown {
                        guard let held = byKey[owner]?[keyPath: values][attribute] else { continue }
                        groups[held, default: []].insert(value)
                        members[held, default: 0] += 1
                    }
                    let kept = groups.filter { members[$0.key, default: 0] >= 2 }
                    guard kept.count >= 2, kept.values.allSatisfy({ $0.count == 1 }), Set(kept.values.map { $0.first! }).count > 1 else { return nil }
                    return kept.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value.first!)" }.joined(separator: ", ")
                }
                for attribute in withheld {
                    findings.columnsTried += 1
                    guard let mapping = follows(attribute, in: \.withheld) else { continue }
                    if let explained = visible.first(where: { follows($0, in: \.shown) != nil }) {
                        findings.explained.append("\(table.name) column \(column) follows \(explained) (and \(attribute))")
                        continue
                    }
                    findings.encodings.append("\(table.name) column \(column) encodes \(attribute): \(mapping)")
                }
            }
        }
        return findings
    }

    /// The applicants' numbers and pseudonyms, each pointing to its applicant.
    static func owners(_ applicants: [Applicant]) -> [String: String] {
        var owners: [String: String] = [:]
        for applicant in applicants {
            owners[applicant.number] = applicant.key
            owners[applicant.pseudonym] = applicant.key
        }
        return owners
    }

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-privacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Joins the exports of the books both ways: without names nothing is found; with names the
    /// same join finds the names and the personal criteria's columns.
    func check(_ ledger: Ledger, expectEncoded: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let (applicants, words) = try Self.applicants(of: ledger)
        XCTAssertFalse(applicants.isEmpty, file: file, line: line)
        let owners = Self.owners(applicants)
        let hidden = try Self.join(
            try Self.exports(ledger, naming: .pseudonyms, folder: try folder(), owners: owners), applicants: applicants, personalWords: words)
        XCTAssertEqual(hidden.texts, [], "\(hidden.texts.count) texts name a person or a personal criterion", file: file, line: line)
        XCTAssertEqual(hidden.encodings, [], "\(hidden.encodings.count) columns encode a withheld value", file: file, line: line)
        XCTAssertGreaterThan(hidden.rowsJoined, applicants.count * 3, "every applicant is joined across the exports", file: file, line: line)
        XCTAssertGreaterThan(hidden.columnsTried, 500, file: file, line: line)

        let shown = try Self.join(
            try Self.exports(ledger, naming: .names, folder: try folder(), owners: owners), applicants: applicants, personalWords: words)
        print(
            "joined \(hidden.rowsJoined) rows about \(applicants.count) applicants; \(hidden.columnsTried) column and withheld value pairs tried, "
                + "\(hidden.explained.count) following a shown value; with names: \(shown.texts.count) texts and \(shown.encodings.count) columns found")
        XCTAssertFalse(shown.texts.isEmpty, "with names, the names show", file: file, line: line)
        for attribute in expectEncoded {
            XCTAssertTrue(
                shown.encodings.contains { $0.contains("encodes \(attribute):") }, "with names, a column encodes \(attribute)", file: file, line: line)
        }
    }

    func testTheDemoBooksJoinedRevealNothingPersonal() throws {
        let (ledger, _) = try DemoWorkbookTests.books()
        try check(ledger, expectEncoded: ["criterion ne_household", "criterion disability", "field ne_household", "field disability"])
    }

    /// A call of its own: another grid in lek, with criteria on a disability pension, ethnicity,
    /// heading a household and age, a gate on age, a tie-break on a personal criterion and an
    /// evaluated criterion marked personal; stored in the Levan books beside their own call.
    func testACallOnHealthAndEthnicityJoinedRevealsNothingPersonal() throws {
        let definition = Self.fixtures.appendingPathComponent("levan")
        let ledger = try Ledger.create(
            at: try folder().appendingPathComponent("levan.arka").path, from: try LedgerDefinition.load(from: definition.path, baseCurrency: nil))
        _ = try ledger.post(file: definition.appendingPathComponent("entries.csv").path, signature: Self.signature)
        let call = Self.fixtures.appendingPathComponent("vlore")
        try ledger.importCall(
            code: "VL-2024", grid: call.appendingPathComponent("grid.yaml").path, applications: call.appendingPathComponent("applications.csv").path,
            evaluations: call.appendingPathComponent("evaluations.csv").path, signature: Self.signature)
        try ledger.importCall(
            code: "LEVAN-2024", grid: definition.appendingPathComponent("grid.yaml").path,
            applications: definition.appendingPathComponent("applications.csv").path, evaluations: nil, signature: Self.signature)
        // Its own call awarded: its applicants become recipients, in the register and the listings too.
        _ = try ledger.award(call: "LEVAN-2024", date: try LedgerDate.parse("2024-04-15"), signature: Self.signature)
        try check(
            ledger,
            expectEncoded: ["criterion pension", "criterion kryefamiljare", "criterion komuniteti", "field pension_invaliditeti", "field komuniteti"])
    }
}
