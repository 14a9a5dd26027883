import ArkaBooks
import ArkaCore
import ArkaStore
import ArkaTestSupport
import ArkaWorkbook
import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import ArkaCentral

/// The budget and the donor workbooks from the centre: each office's books made again from
/// what it sent (``CentralReplica``), on which the office's own report functions run.
@Suite(.serialized) struct CentralBudgetTests {
    /// A folder of replicas of its own.
    static func replicas() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("arka-replicas-\(UUID().uuidString)").path
    }

    @Test func eachOfficesBudgetAtTheCentreIsItsOwnAndTheTotalTheirSum() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        // Two offices of one programme with the same donors' funds (their own books), and the shop, whose budget is in lek.
        let berat = try CentralBooks.project(builtAt: "2025-02-03T08:00:00Z")
        let offices = [("BERAT", berat), ("MALL", books.project), ("SHOP", books.shop)]
        for (code, path) in offices {
            try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: path, office: code, to: $0) }
        }
        let folder = Self.replicas()
        for day in [nil, try LedgerDate.parse("2024-03-14"), try LedgerDate.parse("2023-12-31")] {
            // One office: its own report, to the character.
            let one = try await CentralCluster.with(owner) {
                try await CentralBudget.report(from: $0, office: "MALL", asOf: day, fund: nil, folder: folder)
            }
            let own = try Ledger.open(at: books.project, access: .read).budgetReport(asOf: day, fund: nil)
            #expect(one.reports.count == 1)
            #expect(one.reports.first?.rendered(as: .text) == own.rendered(as: .text))
            #expect(one.reports.first?.rendered(as: .json) == own.rendered(as: .json))
            // All of them: each office's figures its own, the total their sum, line by line and fund by fund.
            let all = try await CentralCluster.with(owner) {
                try await CentralBudget.report(from: $0, office: "all", asOf: day, fund: nil, folder: folder)
            }
            #expect(all.offices.map(\.code) == ["BERAT", "MALL"])
            #expect(all.unreported.map(\.office) == ["SHOP"])
            #expect(all.unreported.first?.reason.contains("reports are made in EUR") == true)
            let reports = try [berat, books.project].map { try Ledger.open(at: $0, access: .read).budgetReport(asOf: day, fund: nil) }
            var lines = 0
            for line in all.lines {
                var sum = ConsolidatedBudget.Figures.zero(line.currency)
                for (index, report) in reports.enumerated() {
                    let mine = report.lines.first { $0.fund == line.fund && $0.line == line.line && ($0.line != nil || $0.description == line.description) }
                    #expect(line.offices[index]?.spent == mine?.spent, "\(line.fund) \(line.line ?? "-") \(index)")
                    #expect(line.offices[index]?.budget == mine?.budget)
                    #expect(line.offices[index]?.committed == mine?.committed)
                    #expect(line.offices[index]?.available == mine?.available)
                    if let figures = line.offices[index] { sum = try sum.adding(figures, what: "test") }
                }
                #expect(line.total == sum, "\(line.fund) \(line.line ?? "-")")
                lines += 1
            }
            #expect(lines == Set(reports.flatMap { $0.lines.map { "\($0.fund) \($0.line ?? $0.description)" } }).count)
            for fund in all.funds {
                let spent = try reports.flatMap(\.lines).filter { $0.fund == fund.fund }.reduce(Money.zero(fund.currency)) { try $0.adding($1.spent) }
                #expect(fund.total.spent == spent, "\(fund.fund)")
                #expect(fund.name == reports[1].fundNames[fund.fund])
            }
            #expect(all.flags.count == reports.map(\.flags.count).reduce(0, +))
        }
        // One fund: the offices that have it.
        let eu = try await CentralCluster.with(owner) { try await CentralBudget.report(from: $0, office: nil, asOf: nil, fund: "EU", folder: folder) }
        #expect(eu.funds.map(\.fund) == ["EU"])
        #expect(eu.offices.map(\.code) == ["BERAT", "MALL"])
        let none = await CentralCluster.failure {
            try await CentralCluster.with(owner) { try await CentralBudget.report(from: $0, office: nil, asOf: nil, fund: "UNDP", folder: folder) }
        }
        #expect(none?.kind == .unknownFund)
        // The shop alone: its own refusal, its office named.
        let shop = await CentralCluster.failure {
            try await CentralCluster.with(owner) { try await CentralBudget.report(from: $0, office: "SHOP", asOf: nil, fund: nil, folder: folder) }
        }
        #expect(shop?.reason.hasPrefix("office SHOP: the budget of") == true)
    }

    @Test func theOfficesBooksAtTheCentreFollowEachSyncAndAreMadeAgainWhenChanged() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let office = try CentralBooks.copy(try CentralBooks.shared.get().project)
        try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: office, office: "FIER", to: $0) }
        let folder = Self.replicas()
        func centreBudget() async throws -> String {
            try await CentralCluster.with(owner) {
                try await CentralBudget.report(from: $0, office: "FIER", asOf: nil, fund: nil, folder: folder)
            }.reports.first?.rendered(as: .json) ?? ""
        }
        func ownBudget() throws -> String { try Ledger.open(at: office, access: .read).budgetReport(asOf: nil, fund: nil).rendered(as: .json) }
        // An update cut short (entries appended, records not yet written) is taken up where it stopped.
        let replica = folder + "/FIER.arka"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try LedgerStore.create(at: replica) { store in try store.transaction { try $0.addSettingIfMissing(Ledger.replicaSetting, "FIER") } }
        try await CentralCluster.with(owner) { try await CentralReplica.appendEntries(to: try LedgerStore.open(at: replica), office: "FIER", through: 40, centre: $0) }
        #expect(try LedgerStore.open(at: replica, access: .read).view { try $0.head() }.sequence == 40)
        #expect(try await centreBudget() == (try ownBudget()))
        let made = try FileManager.default.attributesOfItem(atPath: replica)[.systemFileNumber] as? Int

        // The office goes on: a mission's per diems, a mistake and its reversal, a revision by addendum.
        let ledger = try Ledger.open(at: office)
        let signature = Signature(user: "drita", timestamp: "2025-03-01T09:00:00Z")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fier-\(UUID().uuidString).csv").path
        try """
            entry,date,description,account,amount,currency,fund,budget_line,counterparty,document,memo,rate
            F-201,2024-04-20,Dieta për misionin në Ballsh,6130,180.00,EUR,EU,1.2,Stafi i projektit,receipt:FL-77,,
            F-201,2024-04-20,,5121,-180.00,EUR,EU,,,,,
            F-202,2024-04-22,Qira e zyrës (gabim: dy herë),6410,400.00,EUR,EU,4.1,Qiradhënësi,invoice:Q-12,,
            F-202,2024-04-22,,5121,-400.00,EUR,EU,,,,,
            """.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try ledger.post(file: file, signature: signature)
        _ = try ledger.reverse(entryID: "F-202", date: try LedgerDate.parse("2024-04-23"), reason: "Paguar dy herë", newID: nil, signature: signature)
        try ledger.reviseBudget(
            BudgetRevision(
                date: try LedgerDate.parse("2024-04-25"), fund: "EU", fromLine: "5.1", toLine: "1.2",
                amount: try Money.parse("500", currency: try Currency(code: "EUR")), reason: "Më shumë misione", authority: .addendum,
                reference: "A-2024-01"),
            signature: signature)
        try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: office, office: "FIER", to: $0) }
        #expect(try await centreBudget() == (try ownBudget()))
        // Extended, not made again: the same file, a mark for each sync, the centre's chain head.
        #expect(try FileManager.default.attributesOfItem(atPath: replica)[.systemFileNumber] as? Int == made)
        let store = try LedgerStore.open(at: replica, access: .read)
        #expect(try store.view { try $0.settings(prefixed: CentralReplica.syncMark) }.count == 2)
        let centreHead = try await CentralCluster.with(owner) { centre in
            try await centre.rows("SELECT seq, hash FROM arka.entry WHERE office = 'FIER' ORDER BY seq DESC LIMIT 1").first.map { try $0.decode((Int64, String).self) }
        }
        let head = try store.view { try $0.head() }
        #expect(head.sequence == centreHead?.0 && head.hash == centreHead?.1)
        #expect(try Ledger.verify(at: replica).passes)

        // A replica changed behind arka's back (its last mark not the centre's) is made again, and right.
        try Intruder.change(replica) { db in
            try db.execute(sql: "UPDATE ledger_setting SET value = 'elsewhere' WHERE key = ?", arguments: [CentralReplica.mark(2)])
        }
        #expect(try await centreBudget() == (try ownBudget()))
        #expect(try LedgerStore.open(at: replica, access: .read).view { try $0.setting(CentralReplica.mark(2)) } != "elsewhere")
    }

    @Test func theApplicationsAndThePseudonymsKeyStayAtTheOffice() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let project = try CentralBooks.shared.get().project
        try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: project, office: "MALL", to: $0) }
        let sent = try await CentralCluster.with(owner) { centre in
            try await centre.rows("SELECT COUNT(*) FROM arka.record WHERE tbl = 'ledger_setting' AND row->>0 = 'pseudonym_key'").first.map { try $0.decode(Int64.self) }
        }
        #expect(sent == 0)
        let folder = Self.replicas()
        let replica = try Ledger.open(
            at: try await CentralCluster.with(owner) { try await CentralReplica.path(office: "MALL", in: $0, folder: folder) }, access: .read)
        #expect(try replica.centreOffice() == "MALL")
        let refusal = #expect(throws: ArkaError.self) { _ = try replica.callInput("IGA-2023") }
        #expect(refusal?.kind == .heldAtOffice)
        // Persons as they were sent: a recipient who is a person is shown by the code the centre holds, their pseudonym.
        let office = try Ledger.open(at: project, access: .read)
        let people = try office.pseudonymizer()
        let persons = try LedgerStore.open(at: project, access: .read).view { try $0.grantRecipients() }.filter(\.isNaturalPerson)
        let shown = try replica.pseudonymizer()
        for person in persons {
            let pseudonym = try #require(people.recipient(person.code))
            #expect(shown.recipient(pseudonym) == pseudonym)
        }
    }

    @Test func aDonorWorkbookFromTheCentreIsTheOfficesOwn() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let project = try CentralBooks.shared.get().project
        try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: project, office: "MALL", to: $0) }
        let replica = try await CentralCluster.with(owner) { try await CentralReplica.path(office: "MALL", in: $0, folder: Self.replicas()) }
        let templates = CentralBooks.repository.appendingPathComponent("templates/workbooks").path
        let when = Date(timeIntervalSince1970: 1_750_000_000)
        func cells(_ ledger: String, _ report: String) throws -> [String: Any] {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(report)-\(UUID().uuidString).xlsx").path
            let context = ExportContext(
                ledger: try Ledger.open(at: ledger, access: .read), from: nil, to: nil, language: .en, naming: .pseudonyms, generatedAt: when)
            _ = try WorkbookExport.export(report: report, to: output, context: context, templates: templates)
            return try Self.cells(output)
        }
        // The donor's financial report and the listings: cell for cell the office's own.
        for report in ["financial-report", "transactions", "trial-balance", "assets"] {
            let own = try cells(project, report) as NSDictionary
            let held = try cells(replica, report) as NSDictionary
            #expect(own == held, "\(report)")
        }
        // The scoring sheets say where the applications are.
        let scoring = try cells(replica, "scoring")
        let texts = (scoring.values.first as? [String: Any])?.values.compactMap { ($0 as? [String: Any])?["value"] as? String } ?? []
        #expect(texts.contains { $0.hasPrefix("The applications of the calls stay at the office") })
    }
}

extension CentralBudgetTests {
    @Test func aWorkbookOfTheOfficesBudgetsTogetherHoldsEachOfficesFiguresAndTheirSum() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        let berat = try CentralBooks.project(builtAt: "2025-02-04T08:00:00Z")
        for (code, path) in [("BERAT", berat), ("MALL", books.project), ("SHOP", books.shop)] {
            try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: path, office: code, to: $0) }
        }
        let budget = try await CentralCluster.with(owner) {
            try await CentralBudget.report(from: $0, office: nil, asOf: nil, fund: nil, folder: Self.replicas())
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("offices-\(UUID().uuidString).xlsx").path
        try ConsolidatedBudgetWorkbook.export(
            budget, to: output, language: .en, templates: CentralBooks.repository.appendingPathComponent("templates/workbooks").path,
            generatedAt: Date(timeIntervalSince1970: 1_750_000_000))
        let cells = try Self.cells(output)
        // The lines' sheet: for EU 1.1, each office's spending its own, then their total.
        let lines = try #require(cells["Budget lines"])
        func row(where match: ([String: Any]) -> Bool) -> [String: Any]? {
            var rows: [Int: [String: Any]] = [:]
            for (reference, cell) in lines {
                guard let value = (cell as? [String: Any])?["value"] else { continue }
                let column = String(reference.prefix { $0.isLetter })
                guard let number = Int(reference.dropFirst(column.count)) else { continue }
                rows[number, default: [:]][column] = value
            }
            return rows.values.first(where: match)
        }
        let line = try #require(budget.lines.first { $0.fund == "EU" && $0.line == "1.1" })
        for (index, office) in ["BERAT", "MALL"].enumerated() {
            let shown = try #require(row { $0["A"] as? String == "EU" && $0["B"] as? String == "1.1" && $0["F"] as? String == office })
            #expect((shown["I"] as? NSNumber).map { String(format: "%.2f", $0.doubleValue) } == (try #require(line.offices[index]).spent.decimalText))
        }
        let total = try #require(row { $0["A"] as? String == "EU" && $0["B"] as? String == "1.1" && $0["F"] as? String == "Total" })
        #expect((total["I"] as? NSNumber).map { String(format: "%.2f", $0.doubleValue) } == line.total.spent.decimalText)
        // The shop, whose books make no budget report, is named on the flags' sheet with its reason.
        let flags = try #require(cells["Flags"]).values.compactMap { ($0 as? [String: Any])?["value"] as? String }
        #expect(flags.contains("SHOP"))
        #expect(flags.contains { $0.hasPrefix("No budget report from these books:") })
    }

    /// Every cell of a workbook, by sheet and A1 reference (`Tests/ArkaWorkbookTests/Tools/workbook_check.py`).
    static func cells(_ path: String) throws -> [String: [String: Any]] {
        let tool = CentralBooks.repository.appendingPathComponent("Tests/ArkaWorkbookTests/Tools/workbook_check.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", tool, "cells", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    }
}

extension CentralBooks {
    /// The project's demo books built anew, each entry posted at `builtAt`: another office's
    /// books with the same donors' funds.
    static func project(builtAt: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-central-project-\(UUID().uuidString)").path
        let signature = Signature(user: "builder", timestamp: builtAt)
        return try DemoBooks.build(from: repository.appendingPathComponent("ledgers/mallakaster").path, into: folder, signature: signature).ledger.path
    }
}
