@testable import ArkaBooks
import ArkaCore
import ArkaStore
import ArkaTestSupport
import Foundation
import GRDB
import Testing

/// Changes made behind arka's back, straight in SQLite, and what `verify` says of them.
@Suite("Tamper evidence")
struct TamperTests {
    let folder: URL

    init() throws {
        folder = try temporaryFolder("tamper")
        try Data("code,name,type\n5121,Bank,asset\n7410,EU contribution,income\n6310,Equipment,expense\n".utf8)
            .write(to: folder.appendingPathComponent("accounts.csv"))
        try Data(
            ("entry,date,description,account,amount,currency\n"
                + "E1,2023-08-01,Pre-financing,5121,100.00,EUR\nE1,,,7410,-100.00,EUR\n"
                + "E2,2023-08-14,Laptops,6310,40.00,EUR\nE2,,,5121,-40.00,EUR\n"
                + "E3,2023-08-20,Desk,6310,10.00,EUR\nE3,,,5121,-10.00,EUR\n").utf8
        ).write(to: folder.appendingPathComponent("postings.csv"))
    }

    func makeLedger() throws -> Ledger {
        let ledger = try Ledger.create(
            at: folder.appendingPathComponent("books.arka").path,
            from: try LedgerDefinition.load(from: folder.path, baseCurrency: nil))
        _ = try ledger.post(file: folder.appendingPathComponent("postings.csv").path, signature: Signature(user: "t", timestamp: "2024-01-01T00:00:00Z"))
        #expect(try ledger.verify().isIntact)
        return ledger
    }

    /// Runs SQL on the ledger file with the append-only triggers dropped, as an intruder would.
    func tamper(_ ledger: Ledger, _ sql: String) throws {
        try ledger.store.write { db in
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: sql)
        }
    }

    @Test("SQLite itself refuses to change or delete posted rows")
    func appendOnly() throws {
        let ledger = try makeLedger()
        for sql in [
            "UPDATE posting SET amount = 1 WHERE entry_seq = 1", "DELETE FROM posting WHERE entry_seq = 1",
            "UPDATE entry SET description = 'x'", "DELETE FROM entry WHERE seq = 3",
        ] {
            #expect(throws: (any Error).self, "\(sql)") { try ledger.store.write { db in try db.execute(sql: sql) } }
        }
        #expect(try ledger.verify().isIntact)
    }

    @Test("an amount changed behind arka's back breaks that entry's hash", arguments: [
        ("UPDATE posting SET amount = 4100 WHERE entry_seq = 2 AND position = 0", "entry E2 (#2, 2023-08-14) was changed"),
        ("UPDATE entry SET description = 'Laptop' WHERE seq = 2", "entry E2 (#2, 2023-08-14) was changed"),
        ("UPDATE entry SET date = '2023-08-15' WHERE seq = 3", "entry E3 (#3, 2023-08-15) was changed"),
        ("DELETE FROM posting WHERE entry_seq = 1 AND position = 1", "entry E1 (#1, 2023-08-01) was changed"),
        ("DELETE FROM entry WHERE seq = 2", "entry E3 (#3, 2023-08-20) follows #1"),
        ("DELETE FROM entry WHERE seq = 3", "the journal ends at #2 but the ledger recorded #3"),
        ("UPDATE posting_total SET debit = debit + 1 WHERE account = '6310'", "the monthly totals for 2023-08 6310"),
        ("UPDATE posting SET base_amount = 1 WHERE entry_seq = 2 AND position = 0", "entry E2 (#2) has a posting whose base amount"),
    ])
    func detects(_ example: (String, String)) throws {
        let ledger = try makeLedger()
        try tamper(ledger, example.0)
        let result = try ledger.verify()
        #expect(!result.isIntact)
        #expect(result.problems.first?.hasPrefix(example.1) == true, "\(result.problems)")
    }

    @Test("removing the append-only guards is itself reported")
    func guardsRemoved() throws {
        let ledger = try makeLedger()
        try tamper(ledger, "SELECT 1")
        let problems = try ledger.verify().problems
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.first?.hasPrefix("the append-only guards of the journal were removed: entry_append_only_update, ") == true)
        #expect(problems.last?.hasPrefix("the triggers of the record log were removed: ledger_setting_record_insert, ") == true)
    }

    @Test("a ledger written by a newer arka is not opened")
    func newerLedger() throws {
        let ledger = try makeLedger()
        try ledger.store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        let error = #expect(throws: ArkaError.self) { try Ledger.open(at: ledger.path) }
        #expect(error?.kind == .notALedger)
    }

    @Test("a ledger made before funds named their donor reports opens, with no fund marked for any")
    func ledgerBeforeFundReports() throws {
        try Data("code,name,restricted,reports\nEU,European Union,true,proof-of-use\n".utf8).write(to: folder.appendingPathComponent("funds.csv"))
        let ledger = try makeLedger()
        #expect(ledger.definition.funds.map(\.reports) == [[.proofOfUse]])
        let queue = try DatabaseQueue(path: ledger.path)
        try queue.write { db in
            try OlderLedger.undo(db, before: .fundReports)
        }
        try queue.close()
        let reopened = try Ledger.open(at: ledger.path)
        #expect(reopened.definition.funds.map(\.code) == ["EU"])
        #expect(reopened.definition.funds.map(\.reports) == [[]])
        #expect(try reopened.verify().isIntact)
    }

    @Test(
        "a ledger made before fund templates keeps the EU's layout and limits for its funds, with or without its record log",
        arguments: [OlderLedger.Migration.fundTemplates, .recordLog])
    func ledgerBeforeFundTemplates(before migration: OlderLedger.Migration) throws {
        // An older contract's fund: the EU's layout with a 15 % flexibility, as older books stored it.
        try Data("code,name,restricted,template,flexibility_limit\nEU,European Union,true,eu-annex-vi,15\n".utf8)
            .write(to: folder.appendingPathComponent("funds.csv"))
        let ledger = try makeLedger()
        try OlderLedger.make(at: ledger.path, before: migration)
        let reopened = try Ledger.open(at: ledger.path)
        #expect(reopened.definition.funds.map(\.template) == [.euAnnexVI])
        var policy = BudgetPolicy.eu
        policy.flexibilityLimit = 15
        #expect(reopened.definition.funds.first?.budgetPolicy == policy)
        #expect(try reopened.verify().isIntact)
    }
}
