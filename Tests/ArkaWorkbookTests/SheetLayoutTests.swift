import ArkaCore
@testable import ArkaWorkbook
import Foundation
import XCTest

/// The layout of a sheet: widths that hold every figure and header word, wrapped texts that
/// size their rows, and a fit that keeps the printed text at least 7 points.
final class SheetLayoutTests: XCTestCase {
    let money = CellStyle(numberFormat: "#,##0.00")

    func testAFigureColumnIsAsWideAsItsWidestFigureInItsFormat() {
        // "-1,234,567,890.12": 12 digits, 3 separators, a point and a sign, and the cell's padding.
        var layout = SheetLayout(widths: [8], headers: ["Sum"], kinds: [.figures], landscape: true)
        layout.note(.number(SpreadsheetNumber(-1_234_567_890.12)), style: money, column: 0)
        layout.note(.number(SpreadsheetNumber(5)), style: money, column: 0)
        let width = layout.resolve().widths[0]
        XCTAssertGreaterThanOrEqual(width, 12 + 3 * 0.5 + 0.5 + 0.6 + 1)
        XCTAssertLessThan(width, 22, "not wider than the figure needs")
        // A total written in bold, and a stored formula result, count too.
        var totals = SheetLayout(widths: [8], headers: ["Sum"], kinds: [.figures], landscape: true)
        totals.note(.formula("=SUM(A1:A9)", result: .number(SpreadsheetNumber(98_765_432.1))), style: money.emphasised, column: 0)
        XCTAssertGreaterThanOrEqual(totals.resolve().widths[0], 8 + 2 * 0.5 + 3 + 1)
    }

    func testNumberFormatsAreReadForWhatTheyShow() {
        XCTAssertEqual(NumberWidth.width(1_234_567, format: "#,##0", bold: false), 7 + 2 * 0.5, accuracy: 0.001)
        XCTAssertEqual(NumberWidth.width(0.591, format: "0.0%", bold: false), 2 + 0.5 + 1 + 1.41, accuracy: 0.001)
        XCTAssertEqual(NumberWidth.width(-5, format: "0.00;[Red](0.00)", bold: false), 1 + 0.5 + 2 + 1.6, accuracy: 0.001)
        XCTAssertEqual(NumberWidth.width(12, format: "#,##0 \"ALL\"", bold: false), 2 + 0.8 + 3, accuracy: 0.001)
        XCTAssertEqual(NumberWidth.width(12_345_678_901_234, format: nil, bold: false), 11, "General shows at most 11 characters")
        XCTAssertEqual(NumberWidth.dateWidth(format: "yyyy-mm-dd"), 8 + 2 * 0.6, accuracy: 0.001)
    }

    func testNoColumnIsNarrowerThanItsHeadersLongestWord() {
        var layout = SheetLayout(
            widths: [4, 4], headers: ["Shuma në monedhën origjinale", "Përfituesi i pagesës"], kinds: [.figures, .text], landscape: true)
        layout.note(.number(SpreadsheetNumber(1)), style: money, column: 0)
        layout.note(.text("x"), style: .plain, column: 1)
        let widths = layout.resolve().widths
        XCTAssertGreaterThanOrEqual(widths[0], TextWidth.longestWord("origjinale", bold: true))
        XCTAssertGreaterThanOrEqual(widths[1], TextWidth.longestWord("Përfituesi", bold: true))
        // And the header row is as tall as the header wrapped at the planned widths needs.
        XCTAssertEqual(layout.headerLines, SheetLayout.lines(of: "Shuma në monedhën origjinale", width: layout.columns[0].planned, bold: true))
        XCTAssertGreaterThan(layout.headerLines, 1)
        for (index, column) in layout.columns.enumerated() {
            XCTAssertLessThanOrEqual(SheetLayout.lines(of: column.header, width: widths[index], bold: true), layout.headerLines)
        }
    }

    func testTextsWrapIntoLinesThatSizeTheirRow() {
        XCTAssertEqual(SheetLayout.lines(of: "EU", width: 7, bold: false), 1)
        XCTAssertEqual(SheetLayout.lines(of: "one two three four five six seven eight nine ten", width: 12, bold: false), 5)
        XCTAssertEqual(SheetLayout.lines(of: "first line\nsecond", width: 40, bold: false), 2)
        // A word longer than its column is broken over lines; a code breaks after its hyphens.
        XCTAssertEqual(SheetLayout.lines(of: String(repeating: "0", count: 30), width: 12, bold: false), 3)
        XCTAssertEqual(SheetLayout.lines(of: "PUR-INV-2023-013", width: 10, bold: false), 2)
        XCTAssertEqual(SheetLayout.rowHeight(lines: 3), 45)
        XCTAssertEqual(SheetLayout.rowHeight(lines: 1_000), SheetLayout.maximumRowHeight)
        // A column whose texts all fit narrows to the widest; one whose texts wrap keeps its width.
        var layout = SheetLayout(widths: [30, 30], headers: ["Fund", "Purpose"], kinds: [.text, .text], landscape: true)
        layout.note(.text("EU"), style: .plain, column: 0)
        layout.note(.text(String(repeating: "word ", count: 20)), style: CellStyle(wrap: true), column: 1)
        let widths = layout.resolve().widths
        XCTAssertLessThan(widths[0], 10)
        XCTAssertEqual(widths[1], layout.columns[1].planned)
    }

    func testAWideSheetPrintsLegiblyOnOnePageOrOverPagesAcross() {
        // Twelve text columns of 30 give up width to print on one landscape page.
        let headers = (1...12).map { "Column \($0)" }
        let twelve = SheetLayout(widths: Array(repeating: 30, count: 12), headers: headers, kinds: Array(repeating: .text, count: 12), landscape: true)
        let planned = twelve.columns.map(\.planned)
        XCTAssertLessThan(planned.reduce(0, +), 360)
        let page = PageSetup(landscape: true).printableWidth
        XCTAssertGreaterThanOrEqual(page / SheetLayout.points(planned), SheetLayout.plannedScale - 0.01)
        let fit = twelve.resolve()
        XCTAssertEqual(fit.pagesWide, 1)
        XCTAssertEqual(fit.fit, .width(pages: 1))
        XCTAssertGreaterThanOrEqual(fit.printedSize, SheetLayout.minimumPrintedSize)
        // Forty figure columns cannot: they print at the comfortable scale over pages across.
        let forty = SheetLayout(
            widths: Array(repeating: 14, count: 40), headers: Array(repeating: "Amount", count: 40), kinds: Array(repeating: .figures, count: 40),
            landscape: true)
        let wide = forty.resolve()
        XCTAssertNil(wide.pagesWide)
        XCTAssertEqual(wide.fit, .scale(percent: 75))
        XCTAssertGreaterThanOrEqual(wide.printedSize, SheetLayout.minimumPrintedSize)
        // A sheet meant for portrait turns landscape when portrait would be illegible.
        let portrait = SheetLayout(widths: Array(repeating: 14, count: 12), headers: headers, kinds: Array(repeating: .figures, count: 12), landscape: false)
        XCTAssertTrue(portrait.landscape)
        let narrow = SheetLayout(widths: [9, 44, 16], headers: ["Fund", "Name", "Expense"], kinds: [.text, .text, .figures], landscape: false)
        XCTAssertFalse(narrow.resolve().landscape)
    }

    func testTheCallersMinimumIsKept() {
        let layout = SheetLayout(
            widths: [9, 44] + Array(repeating: 15, count: 10), headers: Array(repeating: "Budget", count: 12),
            kinds: [.text, .text] + Array(repeating: .figures, count: 10), minimums: [0, 40], landscape: true)
        XCTAssertGreaterThanOrEqual(layout.columns[1].planned, 40)
        XCTAssertLessThan(layout.columns[0].planned + layout.columns[2].planned, 9 + 15, "the others gave up width")
    }

    func testPageHeadersEscapeAmpersandsAndKeepThePageNumbersWithinExcelsLimit() {
        let footer = PageHeading(ledger: "Books", report: "Report", period: "Period 2023", language: .sq).footer(sheet: "Fletë")
        XCTAssertEqual(footer.code(), "&LFletë&CFaqja &P nga &N")
        let english = PageHeading(ledger: "Books", report: "Report", period: "Period 2023", language: .en).footer(sheet: "Sheet")
        XCTAssertEqual(english.code(), "&LSheet&CPage &P of &N")
        let header = PageText(left: [.text("Smith & Sons")], center: [.text("R&D")], right: [])
        XCTAssertEqual(header.code(fontSize: 9), "&L&9 Smith && Sons&C&9 R&&D")
        // A ledger name of 400 characters is shortened, never the page numbers.
        let long = PageText(left: [.text(String(repeating: "ë", count: 400))], center: [.text("Page "), .pageNumber, .text(" of "), .pageCount])
        let code = long.code()
        XCTAssertLessThanOrEqual(code.utf8.count, 255)
        XCTAssertTrue(code.hasSuffix("&CPage &P of &N"), code)
        XCTAssertTrue(code.contains("…"))
    }

    func testTheWriterStatesThePrintSetup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("page.xlsx").path
        let book = try Workbook(path: path, constantMemory: true)
        let heading = PageHeading(ledger: "Books & Co", report: "Listing", period: "Period 2024", language: .en)
        book.pageHeading = heading
        let sheet = try book.addWorksheet(name: "Listing")
        try sheet.write(.text("Header"), row: 0, column: 0, style: CellStyle(wrap: true))
        try sheet.setRowHeight(0, points: 30)
        var batch = CellBatch()
        batch.record(.text("a long text"), row: 1, column: 0, style: CellStyle(wrap: true))
        batch.recordHeight(45, row: 1)
        batch.record(.number(SpreadsheetNumber(1)), row: 2, column: 0, style: money)
        // A text longer than a cell holds: the workbook lists it on a sheet of its own.
        batch.record(.text(String(repeating: "ë", count: 40_000)), row: 3, column: 0, style: .plain)
        try sheet.write(batch)
        try sheet.setColumn(0, width: 12)
        try sheet.printSetup(heading.pageSetup(sheet: "Listing", layout: ResolvedLayout(widths: [12], landscape: false, pagesWide: 1, scale: 1), headerRows: 0...0))
        let wide = try book.addWorksheet(name: "Wide")
        try wide.write(.text("x"), row: 0, column: 0, style: .plain)
        try wide.printSetup(PageSetup(landscape: true, fit: .scale(percent: 75)))
        try book.close()

        let (status, output) = try PrintedWorkbookTests.run(["setup", path])
        XCTAssertEqual(status, 0, output)
        let sheets = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Any]])
        let listing = try XCTUnwrap(sheets["Listing"])
        XCTAssertEqual(listing["paper"] as? Int, 9)
        XCTAssertEqual(listing["orientation"] as? String, "portrait")
        XCTAssertEqual(listing["fit_to_page"] as? Bool, true)
        XCTAssertEqual(listing["fit_to_height"] as? Int, 0, "as many pages down as needed")
        XCTAssertEqual(listing["print_title_rows"] as? String, "$1:$1")
        XCTAssertEqual(listing["header"] as? String, "Books && Co")
        XCTAssertEqual(listing["footer_center"] as? String, "Page &P of &N")
        XCTAssertEqual(listing["heights"] as? [String: Double], ["1": 30, "2": 45])
        let wideSetup = try XCTUnwrap(sheets["Wide"])
        XCTAssertEqual(wideSetup["scale"] as? Int, 75)
        XCTAssertEqual(wideSetup["orientation"] as? String, "landscape")
        // The sheet the workbook adds itself is printed like the others.
        let cut = try XCTUnwrap(sheets[CutTextNote.english.sheetName], "\(sheets.keys)")
        XCTAssertEqual(cut["paper"] as? Int, 9)
        XCTAssertEqual(cut["footer_center"] as? String, "Page &P of &N")
        XCTAssertEqual(cut["print_title_rows"] as? String, "$4:$4")
    }
}
