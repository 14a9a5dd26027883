import ArkaBooks
import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// Figures as the books hold them: a column of amounts shows whole units while every figure in
/// it is whole and the currency's decimals as soon as one is not, so that no figure is rounded
/// and the shown figures add up to the shown total.
final class FigureFormatTests: XCTestCase {
    var folder: URL!
    let templates = WorkbookReader.repository.appendingPathComponent("templates/workbooks").path

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-figures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: Formats

    func testAFormatWidenedToTheCurrencysDecimalsKeepsItsOtherCodes() {
        let cases: [(String, String)] = [
            ("#,##0", "#,##0.00"),
            ("#,##0.0", "#,##0.00"),
            ("#,##0.00", "#,##0.00"),
            ("0.000", "0.000"),
            ("#,##0;(#,##0)", "#,##0.00;(#,##0.00)"),
            ("#,##0 \"L.\"", "#,##0.00 \"L.\""),
            ("[Red]-#,##0;#,##0", "[Red]-#,##0.00;#,##0.00"),
            ("#,##0,", "#,##0.00,"),
            ("#,##0_);\\(#,##0\\)", "#,##0.00_);\\(#,##0.00\\)"),
            ("@", "@"),
            ("General", "General"),
        ]
        for (format, widened) in cases {
            XCTAssertEqual(NumberFormats.format(format, decimals: 2), widened, format)
        }
        XCTAssertEqual(NumberFormats.format("#,##0", decimals: 0), "#,##0")
    }

    func testTheDefaultFormatsNeverHideAFraction() {
        let lek = NumberFormats.standard.moneyColumn("ALL")
        XCTAssertEqual(lek, ColumnFormat(whole: "#,##0", fraction: "#,##0.00"))
        XCTAssertEqual(NumberFormats.standard.moneyColumn("EUR"), ColumnFormat(whole: "#,##0.00", fraction: "#,##0.00"))
        // A currency of three decimals shows them, whatever the default's two.
        XCTAssertEqual(NumberFormats.standard.moneyColumn("KWD").fraction, "#,##0.000")
        // Every shipped template: lek whole only while whole, and never fewer decimals than stored.
        for entry in WorkbookExport.workbooks + WorkbookExport.businessWorkbooks {
            let template = try? WorkbookExport.template(entry.type.catalogue, in: templates)
            XCTAssertEqual(template?.formats.moneyColumn("ALL").fraction, "#,##0.00", entry.name)
            XCTAssertEqual(template?.formats.moneyColumn("EUR").fraction, "#,##0.00", entry.name)
        }
    }

    func testExactFractionsOfSpreadsheetNumbers() {
        XCTAssertTrue(SpreadsheetNumber(units: 15050, exponent: 2).hasFraction)
        XCTAssertFalse(SpreadsheetNumber(units: 1_250_000, exponent: 2).hasFraction)
        XCTAssertTrue(SpreadsheetNumber(units: -1, exponent: 2).hasFraction)
        XCTAssertFalse(SpreadsheetNumber(units: -300, exponent: 2).hasFraction)
        XCTAssertFalse(SpreadsheetNumber(units: 7, exponent: 0).hasFraction)
        XCTAssertFalse(SpreadsheetNumber(12).hasFraction)
        XCTAssertTrue(SpreadsheetNumber(0.25).hasFraction)
        XCTAssertEqual(SpreadsheetNumber(decimal: "101.840")?.hasFraction, true)
        XCTAssertEqual(SpreadsheetNumber(decimal: "107.00")?.hasFraction, false)
    }

    // MARK: The writer

    /// Three columns of lek written in both modes: A whole, B with one fraction in its last row,
    /// C with a fraction only in its bold total. Column D holds euro and lek in one column.
    func testAColumnShowsDecimalsWhenAnyOfItsFiguresHasOne() throws {
        for constantMemory in [false, true] {
            let path = folder.appendingPathComponent("columns-\(constantMemory).xlsx").path
            let book = try Workbook(path: path, constantMemory: constantMemory)
            let sheet = try book.addWorksheet(name: "Lek")
            let styles = WorkbookStyles(formats: .standard)
            func lek(_ units: Int64) -> CellValue { .number(SpreadsheetNumber(units: units, exponent: 2)) }
            for row in 0..<3 {
                try sheet.write(lek(1_250_000), row: row, column: 0, style: styles.money("ALL"))
                try sheet.write(lek(row == 2 ? 15050 : 1_250_000), row: row, column: 1, style: styles.money("ALL"))
                try sheet.write(lek(1_250_000), row: row, column: 2, style: styles.money("ALL"))
                try sheet.write(row == 0 ? lek(1_250_050) : .number(SpreadsheetNumber(units: 1_000_000, exponent: 2)), row: row, column: 3,
                    style: styles.money(row == 0 ? "ALL" : "EUR"))
            }
            try sheet.write(.formula("=SUM(A1:A3)", result: .number(SpreadsheetNumber(units: 3_750_000, exponent: 2))), row: 3, column: 0, style: styles.money("ALL", bold: true))
            try sheet.write(.formula("=SUM(B1:B3)", result: .number(SpreadsheetNumber(units: 2_515_050, exponent: 2))), row: 3, column: 1, style: styles.money("ALL", bold: true))
            try sheet.write(.formula("=SUM(C1:C3)+0.5", result: .number(SpreadsheetNumber(units: 3_750_050, exponent: 2))), row: 3, column: 2, style: styles.money("ALL", bold: true))
            try book.close()

            let cells = try WorkbookReader(path: path).sheet("Lek")
            for row in 1...4 {
                XCTAssertEqual(cells["A\(row)"]?.format, "#,##0", "whole lek stay whole (constant memory \(constantMemory))")
                XCTAssertEqual(cells["B\(row)"]?.format, "#,##0.00", "one fraction gives the column decimals (constant memory \(constantMemory))")
                XCTAssertEqual(cells["C\(row)"]?.format, "#,##0.00", "a total's fraction counts too (constant memory \(constantMemory))")
            }
            XCTAssertEqual(cells["D1"]?.format, "#,##0.00", "the lek of a mixed column")
            XCTAssertEqual(cells["D2"]?.format, "#,##0.00", "the euro of a mixed column")
        }
    }

    // MARK: Ledgers of lek

    static let accounts = """
        code,name,type,parent,name_sq
        100,Capital,equity,,Kapitali
        510,Bank lek,asset,,Banka lek
        601,Office supplies,expense,,Materiale zyre
        602,Travel,expense,,Udhëtime
        609,Rounding,expense,,Rrumbullakime
        701,Grant income,income,,Të ardhura nga granti
        """
    static let header = "entry,date,description,account,amount,currency,fund,budget_line,counterparty,document,memo,rate\n"

    /// A ledger kept in lek: a grant, two purchases of supplies, a trip, and a trip booked twice and reversed.
    func lekLedger(supplies: (String, String)) throws -> Ledger {
        let definition = folder.appendingPathComponent("definition-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: definition, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: definition.appendingPathComponent(name)) }
        try write("accounts.csv", Self.accounts)
        try write("funds.csv", "code,name,restricted\nSIDA,Suedia – Sida,true\n")
        try write("budget.csv", "fund,line,heading,description,amount,currency\nSIDA,A1,1,Materiale zyre,200000,ALL\nSIDA,B1,2,Udhëtime,150000,ALL\n")
        try write("ledger.yaml", "name: Shoqata Vatra\nbase_currency: ALL\nreporting_currency: ALL\nrounding_account: \"609\"\naction_start: 2024-01-01\n")
        let ledger = try Ledger.create(
            at: definition.appendingPathComponent("books.arka").path, from: try LedgerDefinition.load(from: definition.path, baseCurrency: nil))
        let postings = definition.appendingPathComponent("postings.csv")
        try Data(
            (Self.header + """
                V-001,2024-01-10,Granti i parë,510,300000,ALL,SIDA,,Sida,,,
                V-001,2024-01-10,,701,-300000,ALL,SIDA,,,,,
                V-002,2024-01-15,Letër dhe toner,601,\(supplies.0),ALL,SIDA,A1,Libraria Fier,,,
                V-002,2024-01-15,,510,-\(supplies.0),ALL,SIDA,,,,,
                V-005,2024-01-16,Dosje dhe lapsa,601,\(supplies.1),ALL,SIDA,A1,Libraria Fier,,,
                V-005,2024-01-16,,510,-\(supplies.1),ALL,SIDA,,,,,
                V-003,2024-01-20,Udhëtim në Ballsh,602,12500,ALL,SIDA,B1,Taksi Fier,,,
                V-003,2024-01-20,,510,-12500,ALL,SIDA,,,,,
                V-004,2024-01-22,Udhëtim dy herë,602,12500,ALL,SIDA,B1,Taksi Fier,,,
                V-004,2024-01-22,,510,-12500,ALL,SIDA,,,,,

                """).utf8
        ).write(to: postings)
        let signature = Signature(user: "tests", timestamp: "2026-01-01T00:00:00Z")
        try ledger.post(file: postings.path, signature: signature)
        try ledger.reverse(entryID: "V-004", date: try LedgerDate.parse("2024-01-25"), reason: "Regjistruar dy herë", newID: nil, signature: signature)
        return ledger
    }

    func export(_ report: String, _ ledger: Ledger) throws -> WorkbookReader {
        let path = folder.appendingPathComponent("\(report)-\(UUID().uuidString.prefix(6)).xlsx").path
        let context = ExportContext(
            ledger: ledger, from: nil, to: nil, language: .en, naming: .pseudonyms, generatedAt: Date(timeIntervalSince1970: 1_767_225_600))
        try WorkbookExport.export(report: report, to: path, context: context, templates: templates)
        return try WorkbookReader(path: path)
    }

    /// A number as its cell's format shows it: grouped thousands and the format's decimals.
    func shown(_ cell: WorkbookReader.Cell?) throws -> String {
        let cell = try XCTUnwrap(cell)
        let format = try XCTUnwrap(cell.format)
        let decimals = format.split(separator: ".").dropFirst().first.map { $0.prefix { $0 == "0" }.count } ?? 0
        let number = try XCTUnwrap(cell.number)
        // As a spreadsheet rounds for display: half away from zero.
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let text = String(format: "%.\(decimals)f", (abs(number) * scale).rounded(.toNearestOrAwayFromZero) / scale)
        let parts = text.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        return (number < 0 ? "-" : "") + whole + grouped + (parts.count == 2 ? "." + parts[1] : "")
    }

    /// A shown figure's exact value.
    func value(_ shown: String) throws -> Decimal {
        try XCTUnwrap(Decimal(string: shown.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")))
    }

    /// The column of a header label in the header row of a listing (the row whose column A says `first`).
    func column(_ label: String, in cells: [String: WorkbookReader.Cell], headerFirst first: String) throws -> (letter: String, header: Int) {
        let header = try XCTUnwrap(cells.first { $0.key.hasPrefix("A") && $0.value.text == first }.flatMap { Int($0.key.dropFirst()) })
        let reference = try XCTUnwrap(cells.first { $0.value.text == label && Int($0.key.drop { $0.isLetter }) == header }?.key)
        return (String(reference.prefix { $0.isLetter }), header)
    }

    /// The figures of a column below its header, as shown, in row order, and the rows holding formulas.
    func figures(_ letter: String, below header: Int, in cells: [String: WorkbookReader.Cell]) throws -> [(row: Int, shown: String, formula: Bool)] {
        try cells.compactMap { reference, cell -> (Int, String, Bool)? in
            guard reference.prefix(while: { $0.isLetter }) == letter, let row = Int(reference.dropFirst(letter.count)), row > header, cell.number != nil else { return nil }
            return (row, try shown(cell), cell.formula != nil)
        }.sorted { $0.0 < $1.0 }
    }

    func testA150Point50LekChargeShowsAsItIsAndItsColumnAddsUp() throws {
        let ledger = try lekLedger(supplies: ("150.50", "249.70"))

        // The transaction listing: the charge shows 150.50, every lek amount beside it two decimals,
        // and the rows add up to the group subtotals and the total as shown.
        let listing = try export("transactions", ledger).sheet("Transactions")
        let base = try column("Amount in ALL", in: listing, headerFirst: "Entry")
        let original = try column("Amount in original currency", in: listing, headerFirst: "Entry")
        let amounts = try figures(base.letter, below: base.header, in: listing)
        XCTAssertEqual(amounts.map(\.shown), ["150.50", "249.70", "400.20", "12,500.00", "12,500.00", "-12,500.00", "12,500.00", "12,900.20"])
        XCTAssertEqual(try figures(original.letter, below: original.header, in: listing).map(\.shown), ["150.50", "249.70", "12,500.00", "12,500.00", "-12,500.00"])
        let rows = try amounts.filter { !$0.formula }.reduce(Decimal(0)) { $0 + (try value($1.shown)) }
        XCTAssertEqual(rows, try value(try XCTUnwrap(amounts.last).shown), "the shown rows add up to the shown total")
        let supplies = try amounts.prefix(2).reduce(Decimal(0)) { $0 + (try value($1.shown)) }
        XCTAssertEqual(supplies, try value(amounts[2].shown), "the shown rows add up to the shown subtotal")

        // The trial balance: every lek column with decimals, each adding up to its shown total.
        let balance = try export("trial-balance", ledger).sheet("Trial balance")
        for label in ["Debit in ALL", "Credit in ALL", "Balance in ALL"] {
            let column = try column(label, in: balance, headerFirst: "Account")
            let shown = try figures(column.letter, below: column.header, in: balance)
            XCTAssertTrue(shown.allSatisfy { $0.shown.split(separator: ".").last?.count == 2 }, "\(label): \(shown.map(\.shown))")
            let sum = try shown.filter { !$0.formula }.reduce(Decimal(0)) { $0 + (try value($1.shown)) }
            XCTAssertEqual(sum, try value(try XCTUnwrap(shown.last).shown), label)
        }
        let debit = try column("Debit in ALL", in: balance, headerFirst: "Account")
        XCTAssertEqual(try figures(debit.letter, below: debit.header, in: balance).map(\.shown), ["312,500.00", "400.20", "25,000.00", "0.00", "337,900.20"])

        // The general ledger's running balance after the charge.
        let general = try export("general-ledger", ledger).sheet("General ledger")
        let running = try column("Balance in ALL", in: general, headerFirst: "Account")
        XCTAssertEqual(try figures(running.letter, below: running.header, in: general).map(\.shown).prefix(3), ["300,000.00", "299,849.50", "299,599.80"])
    }

    func testALedgerOfWholeLekShowsWholeLek() throws {
        let ledger = try lekLedger(supplies: ("150", "250"))
        let listing = try export("transactions", ledger).sheet("Transactions")
        let base = try column("Amount in ALL", in: listing, headerFirst: "Entry")
        XCTAssertEqual(
            try figures(base.letter, below: base.header, in: listing).map(\.shown), ["150", "250", "400", "12,500", "12,500", "-12,500", "12,500", "12,900"])
        let balance = try export("trial-balance", ledger).sheet("Trial balance")
        let debit = try column("Debit in ALL", in: balance, headerFirst: "Account")
        XCTAssertEqual(try figures(debit.letter, below: debit.header, in: balance).map(\.shown), ["312,500", "400", "25,000", "0", "337,900"])
    }
}
