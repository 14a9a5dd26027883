import ArkaBooks
import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// Every workbook of the demo books, in English and Albanian, as a reader sees it on paper:
/// printed to PDF by LibreOffice and read back with pdftotext (`Tools/print_check.py`).
///
/// The font size is measured from the PDF itself: the tool reads each page's content streams
/// (and the forms they draw), keeping the graphics state, the text matrix and the font size, and
/// takes for each text shown its size on paper (Tf times the length of the text space's y axis
/// under the text matrix and the current transformation). LibreOffice writes the fitted size in
/// Tf; a producer that scales with matrices is measured the same. A page whose streams show no
/// text fails, so a blank page cannot pass for a legible one.
///
/// LibreOffice sets Calibri, the workbooks' font, in its metric twin Carlito; without it the
/// pages are laid out in another font and the measure says nothing of what a reader with
/// Calibri sees, so the test wants Carlito (fonts-crosextra-carlito, installed by `make test`).
final class PrintedWorkbookTests: XCTestCase {
    static let tool = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Tools/print_check.py").path
    var templates: String { WorkbookReader.repository.appendingPathComponent("templates/workbooks").path }

    /// Runs the tool; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (Int32, String) {
        try WorkbookReader.python(tool, arguments)
    }

    /// Skips where a peer tool is missing, and fails instead when CI is set: .ci/run and
    /// `make test` install it.
    func requirePeer(_ missing: String) throws {
        if !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty {
            XCTFail("\(missing), and CI is set: `make test` installs it")
            throw XCTSkip("failed above")
        }
        throw XCTSkip("\(missing); `make test` installs it")
    }

    /// Whether fontconfig sets Calibri in Calibri or its metric twin Carlito.
    func calibriIsAtHand() -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["fc-match", "Calibri"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.contains("Carlito") || output.contains("Calibri")
    }

    func context(_ ledger: Ledger, _ language: Language, from: String? = nil, to: String? = nil) throws -> ExportContext {
        ExportContext(
            ledger: ledger, from: try from.map { try LedgerDate.parse($0) }, to: try to.map { try LedgerDate.parse($0) }, language: language,
            naming: .pseudonyms, generatedAt: Date(timeIntervalSince1970: 1_767_225_600))
    }

    /// Every report of the demo books and the bakery's cash flow, in both languages.
    func exportEveryWorkbook(into folder: URL) throws -> [(path: String, language: Language, report: String)] {
        let (ledger, _) = try DemoWorkbookTests.books()
        let (business, _) = try BusinessWorkbookTests.books()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [(path: String, language: Language, report: String)] = []
        for language in Language.allCases {
            for report in WorkbookExport.workbooks.map(\.name) + [AuditPack.catalogue.report] {
                let path = folder.appendingPathComponent("\(report)-\(language.rawValue).xlsx").path
                try WorkbookExport.export(report: report, to: path, context: try context(ledger, language), templates: templates)
                files.append((path, language, report))
            }
            let path = folder.appendingPathComponent("cashflow-\(language.rawValue).xlsx").path
            try WorkbookExport.export(
                report: "cashflow", to: path, context: try context(business, language, from: "2024-01-01", to: "2024-12-31"), templates: templates)
            files.append((path, language, "cashflow"))
        }
        return files
    }

    func testEveryPrintedPageIsLegibleNumberedAndShowsEveryFigure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try exportEveryWorkbook(into: folder)
        guard calibriIsAtHand() else { return try requirePeer("fontconfig has neither Calibri nor Carlito (fonts-crosextra-carlito)") }
        // One LibreOffice run converts them all.
        let (status, output) = try Self.run(["pdf", folder.appendingPathComponent("lo").path] + files.map(\.path))
        if status == 77 { return try requirePeer("LibreOffice (soffice) or pdftotext (poppler-utils) is not installed: \(output)") }
        XCTAssertEqual(status, 0, output)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Any]], output)
        XCTAssertEqual(report.count, 20, "ten workbooks in two languages")
        for file in files {
            let name = "\(file.report) (\(file.language.rawValue))"
            let printed = try XCTUnwrap(report[file.path], "no PDF of \(name)")
            let pages = try XCTUnwrap(printed["pages"] as? [String])
            let sizes = try XCTUnwrap(printed["font_sizes"] as? [Any])
            XCTAssertFalse(pages.isEmpty, "\(name) printed no page")
            XCTAssertEqual(sizes.count, pages.count, name)
            let (page, of) = file.language == .en ? ("Page", "of") : ("Faqja", "nga")
            for (index, text) in pages.enumerated() {
                let number = "\(name), page \(index + 1)"
                XCTAssertFalse(text.contains("###"), "\(number) shows ### for a figure its column cannot hold")
                XCTAssertTrue(text.contains("\(page) \(index + 1) \(of) \(pages.count)"), "\(number) does not say \"\(page) \(index + 1) \(of) \(pages.count)\"")
                guard let size = sizes[index] as? Double else {
                    XCTFail("\(number) prints no text")
                    continue
                }
                XCTAssertGreaterThanOrEqual(size, SheetLayout.minimumPrintedSize, "\(number) prints text at \(size) pt")
            }
        }
        // The audit pack's cover shows each fund's expense in its reconciliation (### before).
        let (ledger, _) = try DemoWorkbookTests.books()
        let pack = try XCTUnwrap(files.first { $0.report == "audit-pack" && $0.language == .en })
        // The cover's pages: those whose footer names the sheet (a long cover runs over pages).
        let packPages = try XCTUnwrap(report[pack.path]?["pages"] as? [String])
        let cover = packPages.prefix { page in
            page.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasPrefix("Cover") == true
        }.joined(separator: "\n")
        XCTAssertFalse(cover.isEmpty, "the audit pack's first page is its cover")
        XCTAssertTrue(cover.contains("Expense per fund: the workbooks reconcile"), cover)
        let expense = Set(ledger.definition.accounts.filter { $0.type == .expense }.map(\.code))
        var byFund: [String: Int64] = [:]
        for line in try ledger.trialBalance(asOf: nil, grouping: .fund).lines where expense.contains(line.account.code) {
            byFund[line.fund ?? "", default: 0] += line.baseBalance.minorUnits
        }
        for (fund, units) in byFund where !fund.isEmpty {
            let shown = Money(minorUnits: units, currency: ledger.baseCurrency).tableText
            XCTAssertTrue(cover.contains(shown), "the cover shows the expense of \(fund), \(shown): \(cover)")
        }
    }

    func testEverySheetOfEveryWorkbookHasItsPrintSetup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-setup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (ledger, _) = try DemoWorkbookTests.books()
        for file in try exportEveryWorkbook(into: folder) {
            let (status, output) = try Self.run(["setup", file.path])
            XCTAssertEqual(status, 0, output)
            let sheets = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Any]], output)
            XCTAssertFalse(sheets.isEmpty)
            let period = file.language == .en ? "Period " : "Periudha "
            let footer = file.language == .en ? "Page &P of &N" : "Faqja &P nga &N"
            for (name, setup) in sheets {
                let place = "\(file.report) (\(file.language.rawValue)), sheet \(name)"
                XCTAssertEqual(setup["paper"] as? Int, 9, "\(place) prints on A4")
                XCTAssertNotNil(setup["orientation"] as? String, place)
                // Fitted to one page's width, or, too wide for that, at a scale that stays legible.
                let fitted = setup["fit_to_page"] as? Bool == true && (setup["fit_to_width"] as? Int ?? 1) == 1
                let scale = setup["scale"] as? Int ?? 100
                XCTAssertTrue(
                    fitted || Double(scale) / 100 * SheetLayout.bodySize >= SheetLayout.minimumPrintedSize,
                    "\(place) is neither fitted to the page's width nor printed at a legible scale: \(setup)")
                if file.report != "cashflow" {
                    XCTAssertEqual(setup["header"] as? String, ledger.settings.name, "\(place): the ledger in the page header")
                }
                XCTAssertFalse((setup["header_center"] as? String ?? "").isEmpty, "\(place): the report in the page header")
                XCTAssertTrue((setup["header_right"] as? String ?? "").hasPrefix(period), "\(place): the period in the page header")
                XCTAssertEqual(setup["footer_center"] as? String, footer, place)
                XCTAssertEqual(setup["footer"] as? String, name, "\(place): the sheet in the page footer")
                // Every listing repeats its header row; the cover has none.
                if !(file.report == "audit-pack" && (name == "Cover" || name == "Kopertina")) {
                    XCTAssertNotNil(setup["print_title_rows"] as? String, "\(place) repeats its header row on every page")
                }
                let widths = try XCTUnwrap(setup["widths"] as? [String: Any])
                XCTAssertTrue(widths.values.allSatisfy { $0 is Double }, "\(place): every column has its width: \(widths)")
            }
        }
    }
}
