import ArkaBooks
import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// Books of an office's own, with codes Excel does not take as sheet names and texts longer than
/// a cell: every workbook exports, tabs get valid unique names, cells keep the codes as they are,
/// and a text too long for a cell is cut with a mark and listed.
final class AwkwardTextTests: XCTestCase {
    var folder: URL!

    /// Funds whose codes make sheet names: a slash, brackets, 28 characters, and two codes that
    /// differ only in case (Excel takes `Figures ë` and `Figures Ë` for one sheet).
    static let funds = ["IGA/2023/02", "[x]", "FONDI-I-PËRBASHKËT-ÇELËS-028", "ë", "Ë"]
    /// Calls: a slash, two codes of 28 characters alike in their first 23, brackets.
    static let calls = [
        ("IGA/2023/02", "iga"), ("SOCIAL-BUSINESS-CALL-2024-01", "social-business"), ("SOCIAL-BUSINESS-CALL-2024-02", "social-business"),
        ("[x]", "iga"),
    ]

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-awkward-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        setenv("ARKA_PSEUDONYM_KEY", "workbook-tests", 1)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static let signature = Signature(user: "Arbëreshë Çela", timestamp: "2025-01-31T10:00:00Z")

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The books: the funds above, each with a budget line and reported in the proof of use, an Albanian entry on each, and a reversal.
    func books() throws -> Ledger {
        try write("definition/ledger.yaml", "name: \"Libri i provës: Çerdhja [x]/2024\"\nentity: Bashkia Mallakastër\nbase_currency: EUR\nrounding_account: \"6920\"\n")
        try write(
            "definition/accounts.csv",
            """
            code,name,type,parent,name_sq
            5121,Bank EUR,asset,,Banka EUR
            6310,Equipment,expense,,Pajisje
            6920,Rounding,expense,,Rrumbullakime
            7410,Contributions,income,,Kontribute
            """)
        try write(
            "definition/funds.csv",
            "code,name,restricted,reports\n" + Self.funds.map { "\"\($0)\",Fondi \($0) – dhurues çë,true,proof-of-use" }.joined(separator: "\n"))
        try write(
            "definition/budget.csv",
            "fund,line,heading,description,amount,currency\n" + Self.funds.map { "\"\($0)\",3/1,3,\"Pajisje [për] fëmijë: 'çanta'\",5000.00,EUR" }.joined(separator: "\n"))
        let ledger = try Ledger.create(
            at: folder.appendingPathComponent("books.arka").path, from: try LedgerDefinition.load(from: folder.appendingPathComponent("definition").path, baseCurrency: nil))
        var rows = ["entry,date,description,account,amount,currency,fund,budget_line,counterparty,document,memo"]
        for (index, fund) in Self.funds.enumerated() {
            let id = "E/\(index + 1)"
            rows.append("\(id),2024-03-0\(index + 1),\"Kontribut i dhuruesit \(fund)\",5121,1000.00,EUR,\"\(fund)\",,\"Dhuruesi \(fund)\",bank:B/\(index),")
            rows.append("\(id),,,7410,-1000.00,EUR,\"\(fund)\",,,,")
            rows.append(
                "\(id)x,2024-03-1\(index),\"Çanta shkollore, fletore e lapsa për fëmijët [\(fund)]\",6310,\(100 + index).50,EUR,\"\(fund)\",3/1,\"Libraria 'Çelësi' sh.p.k.\",invoice:F/2024/\(index),\"shënim: ë ç\"")
            rows.append("\(id)x,,,5121,-\(100 + index).50,EUR,,,,,")
        }
        try ledger.post(file: try write("postings.csv", rows.joined(separator: "\n") + "\n"), signature: Self.signature)
        try ledger.reverse(entryID: "E/1x", date: try LedgerDate.parse("2024-04-01"), reason: "Fatura e gabuar: 'çanta' [x]", newID: nil, signature: Self.signature)
        return ledger
    }

    /// The shipped templates; every fund of the books is marked for the proof of use.
    func templates() throws -> String {
        WorkbookReader.repository.appendingPathComponent("templates/workbooks").path
    }

    func export(_ ledger: Ledger, _ report: String, language: Language = .en, templates: String) throws -> String {
        let path = folder.appendingPathComponent("\(report)-\(language.rawValue).xlsx").path
        let context = ExportContext(
            ledger: ledger, from: nil, to: nil, language: language, naming: .pseudonyms, generatedAt: Date(timeIntervalSince1970: 1_767_225_600))
        try WorkbookExport.export(report: report, to: path, context: context, templates: templates)
        return path
    }

    func testEveryWorkbookExportsFromBooksWithAwkwardCodes() throws {
        let ledger = try books()
        let repository = WorkbookReader.repository.path
        for (code, grid) in Self.calls {
            try ledger.importCall(
                code: code, grid: "\(repository)/ledgers/mallakaster/grid-\(grid).yaml", applications: "\(repository)/ledgers/mallakaster/applications-\(grid).csv",
                evaluations: "\(repository)/ledgers/mallakaster/evaluations-\(grid).csv", signature: Self.signature)
        }
        let templates = try templates()
        for language in Language.allCases {
            for report in WorkbookExport.workbooks.map(\.name) + ["audit-pack"] {
                XCTAssertNoThrow(try export(ledger, report, language: language, templates: templates), "\(report) in \(language)")
            }
        }
        let pack = try WorkbookReader(path: folder.appendingPathComponent("audit-pack-en.xlsx").path)
        let names = Array(pack.sheets.keys)
        for name in names { XCTAssertTrue(SheetNames.isValid(name), name) }
        XCTAssertEqual(Set(names.map { $0.lowercased() }).count, names.count)
        for name in [
            "Ranking IGA-2023-02", "Reserve IGA-2023-02", "Ranking SOCIAL-BUSINESS-CALL-20", "Ranking SOCIAL-BUSINESS-CAL (2)", "Ranking (x)",
            "Figures IGA-2023-02", "Documents (x)", "Figures Ë", "Figures ë (2)", "Documents FONDI-I-PËRBASHKËT-ÇE",
        ] {
            XCTAssertNotNil(pack.sheets[name], "\(name) among \(names.sorted())")
        }
        // The tabs are made to fit; the cells keep the codes as they are.
        XCTAssertEqual(try pack.sheet("Ranking IGA-2023-02")["A1"]?.text, "Ranking of call IGA/2023/02")
        XCTAssertTrue(try pack.sheet("Ranking SOCIAL-BUSINESS-CAL (2)").values.contains { $0.text?.hasPrefix("SOCIAL-BUSINESS-CALL-2024-02 – ") == true })
        XCTAssertEqual(try pack.sheet("Figures (x)")["A1"]?.text?.hasPrefix("Proof of use [x]:"), true)
        XCTAssertEqual(try pack.sheet("Figures ë (2)")["A1"]?.text?.hasPrefix("Proof of use ë:"), true)
        XCTAssertTrue(try pack.sheet("Transactions").values.contains { $0.text == "IGA/2023/02" })
        XCTAssertTrue(try pack.sheet("Transactions").values.contains { $0.text == "Libraria 'Çelësi' sh.p.k." })
        // Nothing was cut: no note.
        XCTAssertNil(pack.sheets["Cut texts"])
    }

    /// Books made before texts were limited may hold a text longer than a cell: posted here
    /// through the engine, which takes entries as they are (files and options are checked).
    func testATextLongerThanACellIsCutWithAMarkAndListed() throws {
        let ledger = try books()
        let long = String(repeating: "Përshkrim i gjatë: ç, ë. ", count: 1_400)  // 35,000 characters
        let memo = String(repeating: "m", count: 32_768)
        XCTAssertGreaterThan(long.utf16.count, Worksheet.maximumTextLength)
        let entry = Entry(
            id: "OLD-1", date: try LedgerDate.parse("2024-05-02"), description: long, counterparty: "Furnitori ë",
            postings: [
                Posting(account: "6310", amount: Money(minorUnits: 1_000, currency: .euro), fund: "[x]", budgetLine: "3/1", memo: memo),
                Posting(account: "5121", amount: Money(minorUnits: -1_000, currency: .euro)),
            ])
        try ledger.post([entry], signature: Self.signature)
        // Reversed, its reversal quotes the long description too.
        try ledger.reverse(entryID: "OLD-1", date: try LedgerDate.parse("2024-05-03"), reason: "E gabuar", newID: nil, signature: Self.signature)
        let templates = try templates()
        for language in Language.allCases {
            for report in WorkbookExport.workbooks.map(\.name) + ["audit-pack"] {
                XCTAssertNoThrow(try export(ledger, report, language: language, templates: templates), "\(report) in \(language)")
            }
        }
        // The general ledger shows the description on the four postings of the entry and its
        // reversal, and the memo on two; each is cut to fit, ending in the mark.
        let ledgerBook = try WorkbookReader(path: folder.appendingPathComponent("general-ledger-en.xlsx").path)
        let cut = try ledgerBook.sheet("General ledger").values.compactMap(\.text).filter { $0.hasSuffix(" …[cut]") }
        XCTAssertEqual(cut.count, 6)
        for text in cut {
            XCTAssertLessThanOrEqual(text.utf16.count, Worksheet.maximumTextLength)
            XCTAssertGreaterThan(text.utf16.count, Worksheet.maximumTextLength - 40)
        }
        XCTAssertEqual(cut.filter { $0.hasPrefix("Përshkrim i gjatë: ç, ë. ") }.count, 2)
        XCTAssertEqual(cut.filter { $0.hasPrefix("Reversal of OLD-1: Përshkrim") }.count, 2)
        XCTAssertEqual(cut.filter { $0.hasPrefix("mmmm") }.count, 2)
        // The note lists each cut text with its sheet, cell and length in the ledger.
        let note = try ledgerBook.sheet("Cut texts")
        XCTAssertEqual(note["A1"]?.text, "Texts cut to fit a cell")
        XCTAssertEqual(try ledgerBook.rows(in: "Cut texts", column: "A", where: { $0 == "General ledger" }).count, 6)
        XCTAssertTrue(note.values.contains { $0.number == Double(long.unicodeScalars.count) })
        XCTAssertTrue(note.values.contains { $0.number == Double(memo.count) })
        // The listing's purpose is the memo where there is one.
        let listing = try WorkbookReader(path: folder.appendingPathComponent("transactions-en.xlsx").path)
        XCTAssertEqual(try listing.sheet("Transactions").values.compactMap(\.text).filter { $0.hasSuffix(" …[cut]") }.count, 2)
        XCTAssertEqual(try listing.rows(in: "Cut texts", column: "A", where: { $0 == "Transactions" }).count, 2)

        // The audit pack says so on its cover; the Albanian one in Albanian.
        let pack = try WorkbookReader(path: folder.appendingPathComponent("audit-pack-en.xlsx").path)
        let cover = try pack.sheet("Cover")
        let line = try XCTUnwrap(try pack.rows(in: "Cover", column: "A", where: { $0 == "Texts cut to fit a cell" }).first)
        XCTAssertEqual(cover["B\(line)"]?.text?.hasSuffix("listed on the sheet Cut texts"), true)
        XCTAssertNotNil(pack.sheets["Cut texts"])
        let albanian = try WorkbookReader(path: folder.appendingPathComponent("audit-pack-sq.xlsx").path)
        XCTAssertNotNil(albanian.sheets["Tekste të shkurtuara"])
        XCTAssertTrue(try albanian.sheet("Transaksionet").values.contains { $0.text?.hasSuffix(" …[shkurtuar]") == true })
    }
}
