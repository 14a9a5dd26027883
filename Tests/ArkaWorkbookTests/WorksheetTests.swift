import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// The Swift face over libxlsxwriter: typed writes read back, formulas with their results, and
/// every refusal as a clear error.
final class WorksheetTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTypedCellsReadBack() throws {
        let path = folder.appendingPathComponent("cells.xlsx").path
        let book = try Workbook(path: path, constantMemory: false)
        try book.setProperties(DocumentProperties(title: "Cells", created: Date(timeIntervalSince1970: 1_700_000_000)))
        let sheet = try book.addWorksheet(name: "Cells")
        let money = CellStyle(numberFormat: "#,##0.00")
        try sheet.mergeTitle("A title", row: 0, firstColumn: 0, lastColumn: 3, style: CellStyle(bold: true))
        try sheet.write(.text("Zë buxheti – ëç"), row: 1, column: 0, style: .plain)
        try sheet.write(.number(SpreadsheetNumber(Money(minorUnits: 12_345, currency: .euro))), row: 2, column: 0, style: money)
        try sheet.write(.number(SpreadsheetNumber(Money(minorUnits: 1_018_400, currency: .lek))), row: 3, column: 0, style: money)
        try sheet.write(.date(try LedgerDate.parse("2023-08-31")), row: 4, column: 0, style: CellStyle(numberFormat: "yyyy-mm-dd"))
        try sheet.write(.boolean(true), row: 5, column: 0, style: .plain)
        try sheet.write(.formula("=A3+A4", result: .number(SpreadsheetNumber(10307.45))), row: 6, column: 0, style: money)
        try sheet.write(.formula("=IF(A3=0,\"\",A4/A3)", result: .text("")), row: 7, column: 0, style: .plain)
        try sheet.write(.blank, row: 8, column: 0, style: CellStyle(border: true))
        try sheet.setColumn(0, width: 20)
        try sheet.freezePanes(row: 2, column: 0)
        try sheet.autofilter(firstRow: 1, firstColumn: 0, lastRow: 7, lastColumn: 0)
        try sheet.printSetup(landscape: true, fitToWidth: true, headerRows: 1...1)
        try book.defineName("Amounts", refersTo: "=Cells!$A$3:$A$4")
        try book.close()

        let cells = try WorkbookReader(path: path).sheet("Cells")
        XCTAssertEqual(cells["A1"]?.text, "A title")
        XCTAssertEqual(cells["A2"]?.text, "Zë buxheti – ëç")
        XCTAssertEqual(cells["A3"]?.number, 123.45)
        XCTAssertEqual(cells["A4"]?.number, 10184)
        XCTAssertEqual(cells["A5"]?.text, "2023-08-31T00:00:00")
        XCTAssertEqual(cells["A6"]?.text, "TRUE")
        XCTAssertEqual(cells["A7"]?.formula, "=A3+A4")
        XCTAssertEqual(cells["A7"]?.number, 10307.45)
        XCTAssertEqual(cells["A8"]?.formula, "=IF(A3=0,\"\",A4/A3)")
    }

    func testSpreadsheetNumbersAreTheNearestDoubles() {
        XCTAssertEqual(SpreadsheetNumber(units: 12_345, exponent: 2).value, 123.45)
        XCTAssertEqual(SpreadsheetNumber(units: -1, exponent: 2).value, -0.01)
        XCTAssertEqual(SpreadsheetNumber(units: 7, exponent: 0).value, 7)
        XCTAssertEqual(SpreadsheetNumber(decimal: "101.84")?.value, 101.84)
        XCTAssertNil(SpreadsheetNumber(decimal: "1,5"))
    }

    func testRefusalsAreErrorsNamingWhatWasRefused() throws {
        let path = folder.appendingPathComponent("refused.xlsx").path
        let book = try Workbook(path: path, constantMemory: true)
        let sheet = try book.addWorksheet(name: "Rows")
        XCTAssertThrowsError(try sheet.write(.text("x"), row: Worksheet.maximumRows, column: 0, style: .plain)) { error in
            XCTAssertEqual((error as? ArkaError)?.kind, .workbook)
        }
        try sheet.write(.text("second row"), row: 1, column: 0, style: .plain)
        try sheet.write(.text("third row"), row: 2, column: 0, style: .plain)
        // Constant-memory mode has written row 2 away: going back is refused, not ignored.
        XCTAssertThrowsError(try sheet.write(.text("back to the first"), row: 0, column: 0, style: .plain)) { error in
            XCTAssertEqual((error as? ArkaError)?.kind, .workbook)
            XCTAssertTrue("\(error)".contains("A1 of Rows"), "\(error)")
        }
        try book.close()
        XCTAssertThrowsError(try book.close())
        XCTAssertThrowsError(try sheet.write(.text("after"), row: 3, column: 0, style: .plain))
    }

    func testAWorkbookInAMissingFolderFailsOnClose() throws {
        let book = try Workbook(path: folder.appendingPathComponent("no/such/folder.xlsx").path, constantMemory: false)
        _ = try book.addWorksheet(name: "Sheet")
        XCTAssertThrowsError(try book.close()) { error in
            XCTAssertEqual((error as? ArkaError)?.kind, .workbook)
            XCTAssertTrue("\(error)".contains("writing the workbook"), "\(error)")
        }
    }

    func testColumnNames() {
        XCTAssertEqual(Worksheet.columnName(0), "A")
        XCTAssertEqual(Worksheet.columnName(25), "Z")
        XCTAssertEqual(Worksheet.columnName(26), "AA")
        XCTAssertEqual(Worksheet.columnName(701), "ZZ")
        XCTAssertEqual(Worksheet.columnName(702), "AAA")
        XCTAssertEqual(Worksheet.reference(row: 4, column: 2, absolute: true), "$C$5")
    }
}
