import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// Listing sheets: filled on a second thread, in batches of recorded cells, they come out cell
/// for cell as when filled on one thread; an error on either thread stops both.
final class ListingSheetTests: XCTestCase {
    var folder: URL!
    let templates = WorkbookReader.repository.appendingPathComponent("templates/workbooks").path

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// One listed row: a number that decides every cell.
    struct Item {
        var number: Int
        var currency: String { number % 4 == 0 ? "ALL" : "EUR" }
        var units: Int64 { Int64(number * 37 % 100_000) - 20_000 }
    }

    /// A listing in the shipped transactions layout: text, dates, numbers in a style that changes
    /// with the row, blanks with and without a border, and a total column.
    func listing(in book: Workbook, text: @escaping (Item) -> String = { "E\($0.number)" }) throws -> ListingSheet<Item> {
        let template = try WorkbookExport.template(TransactionsWorkbook.catalogue, in: templates)
        let sheet = try XCTUnwrap(template.sheet("transactions"))
        let styles = WorkbookStyles(formats: template.formats)
        let days = try (1...28).map { try LedgerDate.parse(String(format: "2024-03-%02d", $0)) }
        var columns: [ListingColumn<Item>] = [
            ListingColumn(key: "entry", style: styles.text, value: { .text(text($0)) }),
            ListingColumn(key: "date", style: styles.date, value: { .date(days[$0.number % 28]) }),
            ListingColumn(key: "payee", style: styles.text, value: { .optionalText($0.number % 3 == 0 ? nil : "Payee \($0.number % 17)") }),
            ListingColumn(key: "currency", style: styles.text, value: { .text($0.currency) }),
            ListingColumn(
                key: "amount", style: { styles.money($0.currency) },
                value: { .number(SpreadsheetNumber(units: $0.units, exponent: $0.currency == "ALL" ? 0 : 2)) }),
            ListingColumn(key: "rate", style: styles.rate, value: { $0.currency == "ALL" ? .number(SpreadsheetNumber(101.84)) : .blank }),
            ListingColumn(
                key: "base_amount", style: styles.money("EUR"), value: { .number(SpreadsheetNumber(units: $0.units, exponent: 2)) },
                total: .init(currency: .euro, style: styles.money("EUR"), amount: { Money(minorUnits: $0.units, currency: .euro) })),
            ListingColumn(key: "sample", style: CellStyle(border: true), value: { _ in .blank }),
        ]
        for column in sheet.columns where !columns.contains(where: { $0.key == column.key }) {
            columns.append(ListingColumn(key: column.key, style: styles.text, value: { _ in .blank }))
        }
        return try ListingSheet(book: book, template: sheet, columns: columns, language: .en, styles: styles)
    }

    /// Writes `count` rows in groups of 700, on this thread or filled on a second one.
    func write(_ count: Int, concurrently: Bool, to path: String) throws {
        let book = try Workbook(path: path, constantMemory: true)
        let listing = try listing(in: book)
        try listing.start(subtitle: ["A listing of \(count) rows"])
        let fill = { (listing: ListingSheet<Item>) throws in
            for number in 0..<count {
                if number % 700 == 0 {
                    if number > 0 { try listing.endGroup("Subtotal \(number / 700)") }
                    try listing.beginGroup("Group \(number / 700 + 1)")
                }
                try listing.add(Item(number: number))
            }
        }
        if concurrently { try listing.fill(concurrently: fill) } else { try fill(listing) }
        try listing.finish(totalLabel: "Total")
        try book.close()
    }

    func testAListingFilledOnASecondThreadEqualsOneFilledOnThisOne() throws {
        // 5,000 rows of 20 columns are several batches of recorded cells.
        let count = 5_000
        let direct = folder.appendingPathComponent("direct.xlsx").path
        let concurrent = folder.appendingPathComponent("concurrent.xlsx").path
        try write(count, concurrently: false, to: direct)
        try write(count, concurrently: true, to: concurrent)
        let expected = try WorkbookReader(path: direct).sheet("Transactions")
        let cells = try WorkbookReader(path: concurrent).sheet("Transactions")
        XCTAssertEqual(cells, expected)

        // The rows themselves: the header on row 4 (under the title and the subtitle), the first
        // group's label, rows in order, the subtotals and the total as live formulas with their
        // exact sums.
        XCTAssertEqual(cells["A4"]?.text, "Entry")
        XCTAssertEqual(cells["A5"]?.text, "Group 1")
        XCTAssertEqual(cells["A6"]?.text, "E0")
        XCTAssertEqual(cells["B7"]?.text, "2024-03-02T00:00:00")
        XCTAssertEqual(cells["A705"]?.text, "E699")
        XCTAssertEqual(cells["A706"]?.text, "Subtotal 1")
        let firstGroup = (0..<700).reduce(Int64(0)) { $0 + Item(number: $1).units }
        XCTAssertEqual(cells["Q706"]?.formula, "=SUBTOTAL(9,Q6:Q705)")
        XCTAssertEqual(cells["Q706"]?.number, SpreadsheetNumber(units: firstGroup, exponent: 2).value)
        XCTAssertEqual(cells["A707"]?.text, "Group 2")
        XCTAssertEqual(cells["A708"]?.text, "E700")
        let total = (0..<count).reduce(Int64(0)) { $0 + Item(number: $1).units }
        let groups = (count + 699) / 700
        let totalRow = 5 + count + 2 * groups
        XCTAssertEqual(cells["A\(totalRow)"]?.text, "Total")
        XCTAssertEqual(cells["Q\(totalRow)"]?.formula, "=SUBTOTAL(9,Q5:Q\(totalRow - 1))")
        XCTAssertEqual(cells["Q\(totalRow)"]?.number, SpreadsheetNumber(units: total, exponent: 2).value)
        // An ALL amount in whole lek, a rate only on ALL rows.
        XCTAssertEqual(cells["M6"]?.number, Double(Item(number: 0).units))
        XCTAssertEqual(cells["N6"]?.number, 101.84)
        XCTAssertNil(cells["N7"]?.value)
        XCTAssertEqual(cells["M7"]?.number, Double(Item(number: 1).units) / 100)
    }

    func testAnErrorWhileFillingStopsTheListingAndIsThrown() throws {
        let book = try Workbook(path: folder.appendingPathComponent("failed.xlsx").path, constantMemory: true)
        let listing = try listing(in: book)
        try listing.start(subtitle: [])
        XCTAssertThrowsError(
            try listing.fill(concurrently: { listing in
                for number in 0..<3_000 {
                    if number == 2_500 { throw ArkaError(.overflow, "the total overflows", field: "base_amount", value: "\(number)") }
                    try listing.add(Item(number: number))
                }
            })
        ) { error in
            XCTAssertEqual((error as? ArkaError)?.kind, .overflow)
        }
    }

    func testAWriteErrorStopsTheFillingThread() throws {
        let book = try Workbook(path: folder.appendingPathComponent("refused.xlsx").path, constantMemory: true)
        // Under the title, enough subtitle lines, a blank row and the header that item 1,000 falls
        // on the row past the last a sheet has: libxlsxwriter refuses it.
        let listing = try listing(in: book)
        try listing.start(subtitle: Array(repeating: "", count: Worksheet.maximumRows - 1_003))
        var added = 0
        XCTAssertThrowsError(
            try listing.fill(concurrently: { listing in
                for number in 0..<1_000_000 {
                    try listing.add(Item(number: number))
                    added += 1
                }
            })
        ) { error in
            XCTAssertEqual((error as? ArkaError)?.kind, .workbook)
            XCTAssertTrue("\(error)".contains("row \(Worksheet.maximumRows + 1), column 1"), "\(error)")
        }
        // The filling thread was stopped, not left to record a million rows.
        XCTAssertLessThan(added, 1_000_000)
    }

    func testRecordedCellsKeepTheirValuesAndSkipBlanksThatDoNotShow() {
        var batch = CellBatch()
        batch.record(.text("E1"), row: 0, column: 0, style: .plain)
        batch.record(.blank, row: 0, column: 1, style: CellStyle(numberFormat: "0.00"))
        batch.record(.blank, row: 0, column: 2, style: CellStyle(border: true))
        batch.record(.blank, row: 0, column: 3, style: CellStyle(fill: 0xF2F2F2))
        XCTAssertEqual(batch.count, 3)
        XCTAssertEqual(batch.number(of: .plain), 0)
        XCTAssertEqual(batch.number(of: CellStyle(border: true)), 1)
        batch.removeAll()
        XCTAssertEqual(batch.count, 0)
    }
}
