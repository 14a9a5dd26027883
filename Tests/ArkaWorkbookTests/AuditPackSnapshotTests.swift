import ArkaBooks
import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// An audit pack exported while another process posts is one state of the ledger: the head and
/// entry count on its cover are those of the entries its sheets list, round after round.
final class AuditPackSnapshotTests: XCTestCase {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-pack-snapshot-\(UUID().uuidString)")
    var templates: String { WorkbookReader.repository.appendingPathComponent("templates/workbooks").path }
    var ledgerPath: String { folder.appendingPathComponent("books.arka").path }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The `arka` that `swift build` made.
    var arka: URL? {
        let build = WorkbookReader.repository.appendingPathComponent(".build")
        let candidates = [build.appendingPathComponent("debug/arka")]
            + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []).map { build.appendingPathComponent("\($0)/debug/arka") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Files of 5 expense entries each, P00001 onwards, numbered in the order they are posted.
    func writeBatches(_ count: Int) throws {
        var number = 0
        for batch in 1...count {
            var csv = "entry,date,description,account,amount,currency,fund,budget_line,counterparty,document\n"
            for _ in 0..<5 {
                number += 1
                let id = String(format: "P%05d", number)
                csv += "\(id),2023-09-25,Letër dhe toner,6310,1.00,EUR,EU,3.1,Zyra shpk,invoice:Z-\(number)\n\(id),,,5121,-1.00,EUR,EU,,,\n"
            }
            try Data(csv.utf8).write(to: folder.appendingPathComponent(String(format: "batch-%03d.csv", batch)))
        }
    }

    /// The entry ids P00001… listed in a sheet, wherever they stand.
    func postedIDs(_ sheet: [String: WorkbookReader.Cell]) -> Set<String> {
        Set(sheet.values.compactMap(\.text).filter { $0.count == 6 && $0.hasPrefix("P") && Int($0.dropFirst()) != nil })
    }

    func testTheCoverAgreesWithItsSheetsWhileAnotherProcessPosts() throws {
        let arka = try XCTUnwrap(arka, "build arka first: swift build")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let small = WorkbookReader.repository.appendingPathComponent("Tests/ArkaCLITests/Cases/fixtures/small").path
        let definition = try LedgerDefinition.load(from: small, baseCurrency: nil)
        let ledger = try Ledger.create(at: ledgerPath, from: definition)
        let opening = try ledger.post(file: small + "/postings.csv", signature: Signature(user: "tests", timestamp: "2025-01-31T10:00:00Z")).entries
        try writeBatches(300)

        // The other process: posts one file after another until told to stop.
        let poster = Process()
        poster.executableURL = URL(fileURLWithPath: "/bin/sh")
        poster.arguments = ["-c", "for file in batch-*.csv; do [ -f stop ] && exit 0; \"$0\" post --ledger books.arka \"$file\" > /dev/null || exit 1; done", arka.path]
        poster.currentDirectoryURL = folder
        poster.standardInput = FileHandle.nullDevice
        try poster.run()
        defer {
            FileManager.default.createFile(atPath: folder.appendingPathComponent("stop").path, contents: nil)
            poster.waitUntilExit()
        }
        // Posting has begun.
        let started = Date()
        while try Ledger.open(at: ledgerPath, access: .read).lastEntryDate() != "2023-09-25", Date().timeIntervalSince(started) < 30 {
            Thread.sleep(forTimeInterval: 0.05)
        }

        var heads: [Int] = []
        for round in 1...10 {
            let books = try Ledger.open(at: ledgerPath, access: .read)
            let path = folder.appendingPathComponent("pack-\(round).xlsx").path
            let context = ExportContext(ledger: books, from: nil, to: nil, language: .en, naming: .pseudonyms, generatedAt: Date(timeIntervalSince1970: 1_767_225_600))
            try WorkbookExport.export(report: "audit-pack", to: path, context: context, templates: templates)
            let pack = try WorkbookReader(path: path)
            let cover = try pack.sheet("Cover")
            let entriesRow = try XCTUnwrap(try pack.rows(in: "Cover", column: "A", where: { $0 == "Entries in the journal" }).first)
            let entries = try XCTUnwrap(cover["B\(entriesRow)"]?.number.map { Int($0) }, "round \(round)")
            let headRow = try XCTUnwrap(try pack.rows(in: "Cover", column: "A", where: { $0.hasPrefix("Journal head") }).first)
            let head = try XCTUnwrap(cover["B\(headRow)"]?.text, "round \(round)")
            XCTAssertTrue(head.hasPrefix("#\(entries) "), "round \(round): head \(head), \(entries) entries")
            // Every entry up to the head, and none after it, in the listing and the general ledger.
            let posted = entries - opening
            let expected = Set((0..<posted).map { String(format: "P%05d", $0 + 1) })
            XCTAssertEqual(postedIDs(try pack.sheet("General ledger")), expected, "round \(round): general ledger against head #\(entries)")
            XCTAssertEqual(postedIDs(try pack.sheet("Transactions")), expected, "round \(round): transactions against head #\(entries)")
            for row in try pack.rows(in: "Cover", column: "E", where: { $0 == "yes" || $0 == "no" }) {
                XCTAssertEqual(cover["E\(row)"]?.text, "yes", "round \(round): reconciliation row \(row)")
            }
            heads.append(entries)
        }
        FileManager.default.createFile(atPath: folder.appendingPathComponent("stop").path, contents: nil)
        poster.waitUntilExit()
        XCTAssertEqual(poster.terminationStatus, 0, "every post of the other process went through")
        // The other process posted while the packs were made: they name different heads.
        XCTAssertGreaterThan(Set(heads).count, 1, "heads \(heads)")
    }
}
