import ArkaBooks
import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// Every workbook made from the demo books, read back and checked against the ledger's own
/// figures and against each other.
final class DemoWorkbookTests: XCTestCase {
    /// The demo books, built once for the suite.
    nonisolated(unsafe) static var demo: (ledger: Ledger, folder: URL)?

    static func books() throws -> (ledger: Ledger, folder: URL) {
        if let demo { return demo }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-demo-xlsx-\(UUID().uuidString)")
        let definition = WorkbookReader.repository.appendingPathComponent("ledgers/mallakaster").path
        setenv("ARKA_PSEUDONYM_KEY", "workbook-tests", 1)
        let result = try DemoBooks.build(from: definition, into: folder.path, signature: Signature(user: "tests", timestamp: "2026-01-01T00:00:00Z"))
        demo = (result.ledger, folder)
        return (result.ledger, folder)
    }

    var templates: String { WorkbookReader.repository.appendingPathComponent("templates/workbooks").path }

    func context(_ ledger: Ledger, language: Language = .en, naming: ExportContext.Naming = .pseudonyms, from: String? = nil, to: String? = nil) throws -> ExportContext {
        ExportContext(
            ledger: ledger, from: try from.map { try LedgerDate.parse($0) }, to: try to.map { try LedgerDate.parse($0) }, language: language,
            naming: naming, generatedAt: Date(timeIntervalSince1970: 1_767_225_600))
    }

    func export(_ report: String, language: Language = .en, naming: ExportContext.Naming = .pseudonyms, to: String? = nil) throws -> (String, WorkbookFigures) {
        let (ledger, folder) = try Self.books()
        let path = folder.appendingPathComponent("\(report)-\(language.rawValue)-\(UUID().uuidString.prefix(6)).xlsx").path
        let figures = try WorkbookExport.export(report: report, to: path, context: try context(ledger, language: language, naming: naming, to: to), templates: templates)
        return (path, figures)
    }

    /// The trial balance's expense per fund, straight from the ledger.
    func ledgerExpenseByFund() throws -> [String: Money] {
        let (ledger, _) = try Self.books()
        let expense = Set(ledger.definition.accounts.filter { $0.type == .expense }.map(\.code))
        var totals: [String: Money] = [:]
        for line in try ledger.trialBalance(asOf: nil, grouping: .fund).lines where expense.contains(line.account.code) {
            totals[line.fund ?? ""] = try (totals[line.fund ?? ""] ?? .zero(ledger.baseCurrency)).adding(line.baseBalance)
        }
        return totals
    }

    func testTheTransactionListingReconcilesToTheTrialBalanceAndTheFinancialReport() throws {
        let expected = try ledgerExpenseByFund()
        let (listingPath, listing) = try export("transactions")
        let (_, report) = try export("financial-report")
        let (_, balance) = try export("trial-balance")
        XCTAssertEqual(listing.expenseByFund, expected)
        XCTAssertEqual(balance.expenseByFund, expected)
        XCTAssertEqual(report.expenseByFund.filter { !$0.value.isZero }, expected.filter { !$0.value.isZero })
        XCTAssertNil(expected[""], "with self-balancing funds every posting has a fund, its conversion rounding too")

        // Read back: the grand total's formula and stored result equal the ledger's expense.
        let book = try WorkbookReader(path: listingPath)
        let cells = try book.sheet("Transactions")
        let totalRow = try book.rows(in: "Transactions", column: "A", where: { $0 == "Total expenditure" }).last
        let total = try XCTUnwrap(totalRow.flatMap { cells["Q\($0)"] })
        XCTAssertEqual(total.formula?.hasPrefix("=SUBTOTAL(9,Q"), true)
        let sum = Double(expected.values.reduce(Int64(0)) { $0 + $1.minorUnits }) / 100
        XCTAssertEqual(try XCTUnwrap(total.number), sum, accuracy: 0.000_001)
        // Each group's subtotal is its rows' sum, and the rows are the ledger's expense postings.
        let amounts = cells.filter { $0.key.hasPrefix("Q") && $0.value.formula == nil }.compactMap(\.value.number)
        XCTAssertEqual(amounts.count, listing.rows)
        XCTAssertEqual(amounts.reduce(0, +), sum, accuracy: 0.000_1)
        let subtotals = cells.filter { $0.key.hasPrefix("Q") && $0.value.formula != nil }.compactMap(\.value.number)
        XCTAssertEqual(subtotals.reduce(0, +) - sum, sum, accuracy: 0.000_1, "the subtotals add up to the total")
    }

    func testTheFinancialReportShowsTheBudgetReportFigures() throws {
        let (ledger, _) = try Self.books()
        let budget = try ledger.budgetReport(asOf: nil, fund: nil)
        let (path, _) = try export("financial-report")
        let book = try WorkbookReader(path: path)
        let cells = try book.sheet("Financial report")
        // Columns: A line, B description, C original, D budget, E.. per currency, then period, cumulative.
        let header = cells.filter { $0.value.text == "Cumulative expenditure (EUR)" }.map(\.key)
        let cumulativeColumn = try XCTUnwrap(header.first.map { String($0.prefix { $0.isLetter }) })
        // The EU section runs from its fund row to the next fund's.
        let fundRows = try book.rows(in: "Financial report", column: "A", where: { $0.hasPrefix("Fund ") })
        let euStart = try XCTUnwrap(try book.rows(in: "Financial report", column: "A", where: { $0.hasPrefix("Fund EU ") }).first)
        let euEnd = fundRows.first { $0 > euStart } ?? Int.max
        func euRow(_ predicate: (String) -> Bool) throws -> Int {
            try XCTUnwrap(try book.rows(in: "Financial report", column: "A", where: predicate).first { $0 > euStart && $0 < euEnd })
        }
        for line in budget.lines where line.fund == "EU" && line.line != nil {
            let row = try euRow { $0 == line.line }
            XCTAssertEqual(cells["D\(row)"]?.number ?? 0, Double(line.budget.minorUnits) / 100, accuracy: 0.000_001, "budget of \(line.line!)")
            XCTAssertEqual(cells["\(cumulativeColumn)\(row)"]?.number ?? 0, Double(line.spent.minorUnits) / 100, accuracy: 0.000_001, "spent on \(line.line!)")
        }
        // The subtotal of direct costs is a live formula over the heading totals.
        let direct = try euRow { $0.hasPrefix("7. Subtotal direct") }
        XCTAssertEqual(cells["D\(direct)"]?.formula?.hasPrefix("=D"), true)
        let eu = budget.lines.filter { $0.fund == "EU" && ["1", "2", "3", "4", "5", "6"].contains($0.heading) }
        XCTAssertEqual(cells["D\(direct)"]?.number ?? 0, Double(eu.reduce(0) { $0 + $1.budget.minorUnits }) / 100, accuracy: 0.000_001)
        // The booked expense at the end of the section is the trial balance's.
        let booked = try euRow { $0.hasPrefix("Expense as booked") }
        XCTAssertEqual(cells["\(cumulativeColumn)\(booked)"]?.number ?? 0, Double(try ledgerExpenseByFund()["EU"]?.minorUnits ?? 0) / 100, accuracy: 0.000_001)
        // The rates used and the monthly rates behind them.
        XCTAssertNotNil(book.sheets["Rates"])
        XCTAssertEqual(try book.sheet("Rates").values.contains { $0.text == "average of the monthly rates over the period" }, true)
        XCTAssertNotNil(book.sheets["Monthly rates"])
    }

    func testTheFinancialReportShowsOnlyTheSpendingAboveWhatAHeadingMayReachWithoutItsAddendum() throws {
        // The small books of the command-line cases, with a heading 1 of 10,000.00 that a notice takes
        // to 14,000.00 (+40 %): it may reach 12,500.00 without the addendum; of 13,200.00 spent, 700.00 is above.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-ceiling-\(UUID().uuidString)")
        let definition = folder.appendingPathComponent("definition")
        try FileManager.default.createDirectory(at: definition, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = WorkbookReader.repository.appendingPathComponent("Tests/ArkaCLITests/Cases/fixtures/small")
        for file in ["accounts.csv", "funds.csv", "rates.csv", "ledger.yaml"] {
            try FileManager.default.copyItem(at: small.appendingPathComponent(file), to: definition.appendingPathComponent(file))
        }
        try Data(
            "fund,line,heading,description,amount,currency\nEU,1.1,1,Salaries,10000.00,EUR\nEU,3.1,3,Equipment,20000.00,EUR\n".utf8
        ).write(to: definition.appendingPathComponent("budget.csv"))
        let ledger = try Ledger.create(
            at: folder.appendingPathComponent("books.arka").path, from: try LedgerDefinition.load(from: definition.path, baseCurrency: nil))
        let signature = Signature(user: "tests", timestamp: "2026-01-01T00:00:00Z")
        try ledger.reviseBudget(
            BudgetRevision(
                date: try LedgerDate.parse("2023-09-01"), fund: "EU", fromLine: "3.1", toLine: "1.1",
                amount: try Money.parse("4000.00", currency: .euro), reason: "Two more coordinators", authority: .notice, reference: "N-8"),
            signature: signature)
        let postings = folder.appendingPathComponent("salaries.csv")
        try Data(
            """
            entry,date,description,account,amount,currency,fund,budget_line
            S1,2023-08-31,Salaries,6310,13200.00,EUR,EU,1.1
            S1,,,5121,-13200.00,EUR,EU,

            """.utf8
        ).write(to: postings)
        try ledger.post(file: postings.path, signature: signature)
        let path = folder.appendingPathComponent("financial-report.xlsx").path
        _ = try WorkbookExport.export(report: "financial-report", to: path, context: try context(ledger), templates: templates)
        let book = try WorkbookReader(path: path)
        let cells = try book.sheet("Financial report")
        let flagsColumn = try XCTUnwrap(cells.first { $0.value.text == "Flags" }.map { String($0.key.prefix { $0.isLetter }) })
        // The heading totals of the EU section, below the ADH section.
        let eu = try XCTUnwrap(try book.rows(in: "Financial report", column: "A", where: { $0.hasPrefix("Fund EU ") }).first)
        func total(_ heading: String) throws -> Int {
            try XCTUnwrap(try book.rows(in: "Financial report", column: "A", where: { $0.hasPrefix("Total \(heading). ") }).first { $0 > eu })
        }
        XCTAssertEqual(
            cells["\(flagsColumn)\(try total("1"))"]?.text,
            "Change since the baseline: 40.00 % – needs an addendum – 700.00 EUR ineligible, spent above the 12,500.00 EUR it may reach without an addendum")
        XCTAssertEqual(cells["\(flagsColumn)\(try total("3"))"]?.text, "Change since the baseline: -20.00 %")
        XCTAssertTrue(try book.sheet("Flags").values.contains { $0.text?.hasPrefix("700.00 EUR spent on heading 1 of EU is ineligible") == true })
    }

    func testTheAuditPackTiesToTheVerifiedLedger() throws {
        let (ledger, _) = try Self.books()
        let verification = try ledger.verify()
        let (path, _) = try export("audit-pack")
        let book = try WorkbookReader(path: path)
        let cover = try book.sheet("Cover")
        XCTAssertTrue(cover.values.contains { $0.text == "#\(verification.head.sequence) \(verification.head.hash)" })
        XCTAssertTrue(cover.values.contains { $0.number == Double(verification.entries) })
        XCTAssertTrue(cover.values.contains { $0.text?.hasPrefix("grid-iga.yaml sha256 ") == true })
        // Every fund's three figures agree.
        let agreeRows = try book.rows(in: "Cover", column: "E", where: { $0 == "yes" || $0 == "no" })
        XCTAssertFalse(agreeRows.isEmpty)
        for row in agreeRows { XCTAssertEqual(cover["E\(row)"]?.text, "yes", "row \(row)") }
        for sheet in ["Financial report", "Transactions", "General ledger", "Trial balance", "Third parties", "Assets", "Figures ADH", "Documents GFFO", "Ranking IGA-2023", "Reserve IGA-2023"] {
            XCTAssertNotNil(book.sheets[sheet], sheet)
        }
    }

    func testPseudonymsHideNamesAndIdsUnlessNamesAreAsked() throws {
        let (ledger, _) = try Self.books()
        let (_, recipients) = try ledger.grantSchemesAndRecipients()
        let recipient = try XCTUnwrap(recipients.first { $0.taxID != nil })
        let (hidden, _) = try export("third-parties")
        let (shown, _) = try export("third-parties", naming: .names)
        let hiddenTexts = try WorkbookReader(path: hidden).sheet("Third parties").values.compactMap(\.text)
        let shownTexts = try WorkbookReader(path: shown).sheet("Third parties").values.compactMap(\.text)
        XCTAssertFalse(hiddenTexts.contains(recipient.name))
        XCTAssertFalse(hiddenTexts.contains(recipient.taxID!))
        XCTAssertTrue(shownTexts.contains(recipient.name))
        XCTAssertTrue(shownTexts.contains(recipient.taxID!))
        XCTAssertTrue(hiddenTexts.contains { $0.hasPrefix("AP-") })
    }

    func testAlbanianLabels() throws {
        let (path, _) = try export("trial-balance", language: .sq)
        let book = try WorkbookReader(path: path)
        XCTAssertNotNil(book.sheets["Bilanci i verifikimit"])
        XCTAssertTrue(try book.sheet("Bilanci i verifikimit").values.contains { $0.text == "Llogaria" })
    }

    func testExportingTwiceGivesTheSameCells() throws {
        let (first, _) = try export("audit-pack")
        let (second, _) = try export("audit-pack")
        XCTAssertEqual(try WorkbookReader(path: first).contents, try WorkbookReader(path: second).contents)
    }

    func testEveryStoredFormulaResultEqualsLibreOfficesRecalculation() throws {
        let (path, _) = try export("audit-pack")
        let (status, output) = try WorkbookReader.run(["recalc", path])
        if status == 77 {
            // Under CI the recalculation is a check that must run: a missing LibreOffice fails.
            if !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty {
                return XCTFail("LibreOffice is not installed, and CI is set: .ci/run installs it. \(output)")
            }
            throw XCTSkip("LibreOffice is not installed here; .ci/run installs it: \(output)")
        }
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("\"problems\": []"), output)
        XCTAssertFalse(output.contains("\"checked\": 0,"), output)
    }

    func testAnUnknownReportIsRefusedAndWritesNothing() throws {
        let (ledger, folder) = try Self.books()
        let path = folder.appendingPathComponent("unknown.xlsx").path
        XCTAssertThrowsError(try WorkbookExport.export(report: "balance-sheet", to: path, context: try context(ledger), templates: templates)) { error in
            XCTAssertEqual((error as? ArkaError)?.kind, .unknownReport)
            XCTAssertTrue("\(error)".contains("financial-report, transactions"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
