@testable import ArkaBooks
import ArkaCore
@testable import ArkaStore
import ArkaTestSupport
import Foundation
import GRDB
import Testing

/// The record log: every row beside the journal, changed behind arka's back by an intruder who
/// drops the triggers, edits, and puts the triggers back exactly as they were; and by one who
/// also recomputes the record log's chain, whom only a digest kept elsewhere catches.
@Suite("Record log", .serialized)
struct RecordLogTests {
    /// The demo books (the project's and the bakery's), built once, with their digests.
    nonisolated(unsafe) static var built: [(path: String, digest: LedgerDigest)]?

    static func demoBooks() throws -> [(path: String, digest: LedgerDigest)] {
        if let built { return built }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = try temporaryFolder("record-log-demo")
        let signature = Signature(user: "tests", timestamp: "2026-01-01T00:00:00Z")
        let project = try DemoBooks.build(
            from: repository.appendingPathComponent("ledgers/mallakaster").path, into: folder.path, signature: signature)
        let business = try BusinessDemo.build(
            from: repository.appendingPathComponent("ledgers/social-business").path, into: folder.path, signature: signature)
        // A change of the structure after init, so that its tables hold rows to attack: an
        // account added under a heading, then closed.
        let day = try LedgerDate.parse("2024-06-03")
        let added = Account(code: "6199", name: "Other staff costs", type: .expense, parent: "6100")
        try project.ledger.addAccounts([added], date: day, reason: "Addendum: other staff costs", signature: signature)
        try project.ledger.closeAccount("6199", date: day, reason: "Not needed after all", signature: signature)
        // And a price from a day, after the business's demo year.
        try business.ledger.changePrice(
            of: "BUKE", to: try Money.parse("130", currency: business.ledger.baseCurrency), from: try LedgerDate.parse("2025-01-01"),
            reason: "Flour went up", signature: signature)
        // A statement imported, withdrawn, and imported again: a withdrawal and a revival.
        if let last = try business.ledger.statementLines().last {
            let next = try last.line.balance.adding(try Money.parse("100", currency: business.ledger.baseCurrency))
            let file = folder.appendingPathComponent("statement-extra.csv")
            try "date,description,amount,balance\n2025-01-06,Deposit,100,\(next.decimalText)\n".write(to: file, atomically: true, encoding: .utf8)
            let imported = try business.ledger.importStatement(file: file.path, signature: signature)
            if let batch = imported.batch {
                _ = try business.ledger.withdrawStatement(batch: batch, date: try LedgerDate.parse("2025-01-07"), reason: "Imported twice", signature: signature)
            }
            _ = try business.ledger.importStatement(file: file.path, signature: signature)
        }
        // A user of the web face, given a new password, and a sale sent from a form with its request key.
        try business.ledger.addUser("drita", role: .clerk, passwordHash: "$2b$11$" + String(repeating: "a", count: 53), signature: signature)
        try business.ledger.setPassword(of: "drita", passwordHash: "$2b$11$" + String(repeating: "b", count: 53), signature: signature)
        _ = try business.ledger.answering(RequestKey(key: "0f8fad5b-d9cb-469f-a165-70867728950e", user: "drita", at: "2026-01-01T00:00:00Z")) {
            try business.ledger.record(
                Sale(id: "", date: try LedgerDate.parse("2025-01-08"), items: [SaleItem(product: "BUKE", quantity: try Quantity.parse("2"))], payment: .cash),
                signature: signature)
        }
        let books = try [project.ledger, business.ledger].map { ledger in
            (path: ledger.path, digest: try ledger.digest(at: "2026-01-01T00:00:00Z"))
        }
        built = books
        return books
    }

    /// A copy of a ledger file, to attack.
    static func copy(_ path: String) throws -> String {
        let copy = try temporaryFolder("record-log").appendingPathComponent((path as NSString).lastPathComponent).path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        return copy
    }

    /// A recorded table's columns: name, declared type, place in the primary key.
    struct Column {
        var name: String
        var type: String
        var key: Int
    }

    static func columns(_ table: String, _ db: Database) throws -> [Column] {
        try Row.fetchAll(db, sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
            .map { Column(name: $0[0], type: ($0[1] as String).uppercased(), key: $0[2]) }
    }

    /// `WHERE` picking the table's first recorded row by its key.
    static func firstRow(_ table: String, _ db: Database) throws -> (condition: String, arguments: StatementArguments)? {
        let keys = try columns(table, db).filter { $0.key > 0 }.map(\.name)
        let filter = table == "ledger_setting" ? "WHERE key <> 'journal.head'" : ""
        guard let row = try Row.fetchOne(db, sql: "SELECT \(keys.joined(separator: ", ")) FROM \(table) \(filter) ORDER BY 1 LIMIT 1") else {
            return nil
        }
        return (keys.map { "\($0) = ?" }.joined(separator: " AND "), StatementArguments(keys.indices.map { row[$0] as DatabaseValue }))
    }

    /// Changes one value of the table's first row; the first column that takes a change does.
    static func change(_ table: String, _ db: Database) throws -> Bool {
        guard let row = try firstRow(table, db) else { return false }
        for column in try columns(table, db) where column.key == 0 {
            let value = column.type == "INTEGER" ? "coalesce(\(column.name), 0) + 1" : "coalesce(\(column.name), '') || 'X'"
            do {
                try db.execute(sql: "SAVEPOINT try_change")
                try db.execute(sql: "UPDATE \(table) SET \(column.name) = \(value) WHERE \(row.condition)", arguments: row.arguments)
                try db.execute(sql: "RELEASE try_change")
                return true
            } catch {
                try db.execute(sql: "ROLLBACK TO try_change; RELEASE try_change")
            }
        }
        return false
    }

    /// Adds a row: a copy of the first with its key (and, if the table needs it, its other values) changed.
    static func add(_ table: String, _ db: Database) throws -> Bool {
        let columns = try columns(table, db)
        let names = columns.map(\.name).joined(separator: ", ")
        let filter = table == "ledger_setting" ? "WHERE key <> 'journal.head'" : ""
        let onlyKey = columns.filter { $0.key > 0 }.count == 1
        for level in 0..<3 {
            let values = columns.map { column -> String in
                if column.key > 0 {
                    if column.type == "INTEGER" { return onlyKey ? "NULL" : "\(column.name) + 100000" }
                    return "\(column.name) || '-X'"
                }
                if level >= 1 && column.type == "INTEGER" { return "\(column.name) + 1" }
                if level >= 2 && column.type == "TEXT" { return "\(column.name) || 'X'" }
                return column.name
            }
            do {
                try db.execute(sql: "SAVEPOINT try_add")
                try db.execute(sql: "INSERT INTO \(table) (\(names)) SELECT \(values.joined(separator: ", ")) FROM \(table) \(filter) ORDER BY 1 LIMIT 1")
                let added = db.changesCount > 0
                try db.execute(sql: "RELEASE try_add")
                if added { return true }
            } catch {
                try db.execute(sql: "ROLLBACK TO try_add; RELEASE try_add")
            }
        }
        // The tables the demo leaves empty get a row of their own.
        let own = [
            "equipment_return": "INSERT INTO equipment_return (handover, date, reason, entry_id, returned_by, returned_at) VALUES (1, '2025-01-01', 'x', (SELECT id FROM entry LIMIT 1), 'x', 'x')",
            "after_count_write": "INSERT INTO after_count_write VALUES ((SELECT id FROM entry ORDER BY seq DESC LIMIT 1), 1, 'x', 'x')",
        ]
        guard let sql = own[table], try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entry")! > 0 else { return false }
        try db.execute(sql: sql)
        return db.changesCount > 0
    }

    /// Recomputes every seal of the record log, as one who knows the recipe would.
    static func rechain(_ db: Database) throws {
        var previous = RecordLog.genesis
        for seal in try Row.fetchAll(db, sql: "SELECT seq, first, journal_seq, journal_hash FROM record_seal ORDER BY seq") {
            let last: Int64 = seal[0]
            let first: Int64 = seal[1]
            var hasher = RecordLog.SealHasher(previous: previous, first: first, last: last, journal: JournalHead(sequence: seal[2], hash: seal[3]))
            for record in try Row.fetchAll(db, sql: "SELECT seq, tbl, action, row FROM record_log WHERE seq BETWEEN ? AND ? ORDER BY seq", arguments: [first, last]) {
                hasher.add(RecordLog.Record(sequence: record[0], table: record[1], action: record[2], row: record[3]))
            }
            let hash = hasher.finish()
            try db.execute(sql: "UPDATE record_seal SET prev_hash = ?, hash = ? WHERE seq = ?", arguments: [previous, hash, last])
            previous = hash
        }
    }

    /// The attacks on one table; each returns false when the table offers nothing to attack.
    nonisolated(unsafe) static let attacks: [(name: String, attack: (String, Database) throws -> Bool)] = [
        ("change", { table, db in try change(table, db) }),
        ("delete", { table, db in
            guard let row = try firstRow(table, db) else { return false }
            try db.execute(sql: "DELETE FROM \(table) WHERE \(row.condition)", arguments: row.arguments)
            return db.changesCount > 0
        }),
        ("add", { table, db in try add(table, db) }),
        ("truncate", { table, db in
            try db.execute(sql: "DELETE FROM \(table)" + (table == "ledger_setting" ? " WHERE key <> 'journal.head'" : ""))
            return db.changesCount > 0
        }),
        ("change and re-chain", { table, db in
            // The row is changed, and the record that wrote it made to say the new value, and the
            // log's chain recomputed from there on.
            guard let row = try firstRow(table, db) else { return false }
            let shape = try RecordLog.TableShape(table, in: db)
            let expression = shape.rowExpression(prefix: "")
            db.add(function: RecordLog.sha256Function)
            guard let before = try String.fetchOne(db, sql: "SELECT \(expression) FROM \(table) WHERE \(row.condition)", arguments: row.arguments),
                try change(table, db),
                let after = try String.fetchOne(db, sql: "SELECT \(expression) FROM \(table) WHERE \(row.condition)", arguments: row.arguments),
                let record = try Int64.fetchOne(
                    db, sql: "SELECT MAX(seq) FROM record_log WHERE tbl = ? AND action = 'insert' AND row = ?", arguments: [table, before])
            else { return false }
            try db.execute(sql: "UPDATE record_log SET row = ? WHERE seq = ?", arguments: [after, record])
            try rechain(db)
            return true
        }),
    ]

    @Test("every change to every recorded table of the demo books is caught by verify with the demo's digest, naming the row")
    func tamperSuite() throws {
        var tries = 0
        var caught = 0
        var missed: [String] = []
        var untried: [String] = []
        var named = 0
        for books in try Self.demoBooks() {
            for table in RecordLog.recordedTables {
                for (name, attack) in Self.attacks {
                    let path = try Self.copy(books.path)
                    var attacked = false
                    try Intruder.change(path) { db in attacked = try attack(table, db) }
                    guard attacked else {
                        untried.append("\((books.path as NSString).lastPathComponent) \(table) \(name)")
                        continue
                    }
                    tries += 1
                    let result = try Ledger.verify(at: path, digests: [("demo.digest", books.digest)])
                    if result.isIntact {
                        missed.append("\(table) \(name)")
                    } else {
                        caught += 1
                        // Without the digest, a re-chained log is consistent; the digest names the record.
                        let names = name == "change and re-chain"
                            ? result.problems.contains { $0.hasPrefix("the seal of record #") && $0.contains("named by the digest demo.digest") }
                            : result.problems.contains { $0.hasPrefix("the \(table) row ") }
                        if names { named += 1 } else { missed.append("\(table) \(name), not named: \(result.problems)") }
                    }
                }
            }
        }
        print("record log tamper suite: \(tries) tries, \(caught) caught, \(missed.count) missed, \(named) naming the row or record")
        #expect(missed.isEmpty, "\(missed)")
        #expect(tries >= 5 * 20)
        // Every table is attacked in at least one of the two books, each way it can be.
        for table in RecordLog.recordedTables {
            let inBoth = untried.filter { $0.contains(" \(table) ") }
            #expect(inBoth.count < 2 * Self.attacks.count, "\(table) was never attacked")
        }
    }

    @Test("a journal cut back, or re-chained after a change, passes verify alone and fails against the digest")
    func journalAgainstDigest() throws {
        let books = try Self.demoBooks()[0]
        // The last entry removed and the recorded head rewritten.
        let cut = try Self.copy(books.path)
        try Intruder.change(cut) { db in
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM entry")!
            try db.execute(sql: "DELETE FROM entry_document WHERE entry_seq = ?; DELETE FROM posting WHERE id >> 16 = ?; DELETE FROM entry WHERE seq = ?", arguments: [last, last, last])
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM entry ORDER BY seq DESC LIMIT 1")!
            try db.execute(sql: "UPDATE ledger_setting SET value = ? WHERE key = 'journal.head'", arguments: ["\(head[0] as Int64) \(head[1] as String)"])
            try db.execute(sql: "DELETE FROM posting_total")
            try db.execute(
                sql: """
                    INSERT INTO posting_total SELECT substr(e.date, 1, 7), p.account, p.currency, coalesce(p.fund, ''), coalesce(p.budget_line, ''),
                        SUM(CASE WHEN p.amount > 0 THEN p.amount ELSE 0 END), SUM(CASE WHEN p.amount < 0 THEN -p.amount ELSE 0 END),
                        SUM(CASE WHEN p.base_amount > 0 THEN p.base_amount ELSE 0 END), SUM(CASE WHEN p.base_amount < 0 THEN -p.base_amount ELSE 0 END)
                    FROM posting p JOIN entry e ON e.seq = p.id >> 16 GROUP BY 1, 2, 3, 4, 5
                    """)
        }
        let digestProblems = try Ledger.open(at: cut).verify(digests: [("demo.digest", books.digest)]).problems
        #expect(digestProblems.contains("the journal no longer holds entry #\(books.digest.journal.sequence) named by the digest demo.digest (taken 2026-01-01T00:00:00Z): entries were removed from its end"), "\(digestProblems)")
        // The first entry's description changed and every hash after it recomputed.
        let rechained = try Self.copy(books.path)
        try Intruder.change(rechained) { db in
            try db.execute(sql: "UPDATE entry SET description = description || ' (changed)' WHERE seq = 1")
            var previous = JournalHash.genesis
            try LedgerView(db).forEachEntry { stored in
                let hash = JournalHash.of(stored.entry, sequence: stored.sequence, previous: previous)
                try db.execute(sql: "UPDATE entry SET prev_hash = ?, hash = ? WHERE seq = ?", arguments: [previous, hash, stored.sequence])
                previous = hash
            }
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM entry")!
            try db.execute(sql: "UPDATE ledger_setting SET value = ? WHERE key = 'journal.head'", arguments: ["\(last) \(previous)"])
            // The record log's anchors are rewritten too, and its seals recomputed.
            for anchor in try Int64.fetchAll(db, sql: "SELECT DISTINCT journal_seq FROM record_seal WHERE journal_seq > 0") {
                let hash = try String.fetchOne(db, sql: "SELECT hash FROM entry WHERE seq = ?", arguments: [anchor])!
                try db.execute(sql: "UPDATE record_seal SET journal_hash = ? WHERE journal_seq = ?", arguments: [hash, anchor])
            }
            try Self.rechain(db)
        }
        let alone = try Ledger.open(at: rechained).verify()
        #expect(alone.isIntact, "a chain recomputed whole is consistent in itself: \(alone.problems)")
        let against = try Ledger.open(at: rechained).verify(digests: [("demo.digest", books.digest)]).problems
        // Recomputed from the first entry on: the digest's first entry tells it.
        #expect(
            against == [
                "entry #1 is not the first entry named by the digest demo.digest (taken 2026-01-01T00:00:00Z): the digest was taken of other books (mallakaster.arka), or the journal was rewritten from its first entry and its chain recomputed"
            ], "\(against)")
        // A digest without its first entry (written before digests named it) still finds the head rewritten.
        var older = books.digest
        older.firstEntry = nil
        let againstOlder = try Ledger.open(at: rechained).verify(digests: [("demo.digest", older)]).problems
        #expect(againstOlder.first == "entry #\(books.digest.journal.sequence) is not the one named by the digest demo.digest (taken 2026-01-01T00:00:00Z): the journal was rewritten and its chain recomputed", "\(againstOlder)")
    }

    @Test("a trigger replaced by one of the same name that does nothing is reported by its SQL")
    func sameNamedTrigger() throws {
        let books = try Self.demoBooks()[0]
        let path = try Self.copy(books.path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER closed_period_append_only_delete")
            try db.execute(sql: "CREATE TRIGGER closed_period_append_only_delete BEFORE DELETE ON closed_period BEGIN SELECT 1; END")
            try db.execute(sql: "DROP TRIGGER closed_period_record_delete")
            try db.execute(sql: "CREATE TRIGGER closed_period_record_delete AFTER DELETE ON closed_period BEGIN SELECT 1; END")
            try db.execute(sql: "CREATE TRIGGER quiet AFTER INSERT ON entry BEGIN SELECT 1; END")
            try db.execute(sql: "DELETE FROM closed_period WHERE month = (SELECT MAX(month) FROM closed_period)")
        }
        try queue.close()
        let problems = try Ledger.open(at: path).verify().problems
        #expect(problems.first?.hasPrefix("the closed_period row (month \"") == true, "\(problems)")
        #expect(problems.first?.hasSuffix("was removed outside arka") == true, "\(problems)")
        #expect(problems.contains("the append-only guards of the journal were replaced by triggers that are not arka's: closed_period_append_only_delete"))
        #expect(problems.contains("the triggers of the record log were replaced by triggers that are not arka's: closed_period_record_delete"))
        #expect(problems.contains("the ledger holds triggers arka did not write: quiet"))
    }

    @Test("a row another program writes while the triggers stand is recorded but not sealed: verify names it, and arka writes nothing more")
    func otherProgramNamed() throws {
        let books = try Self.demoBooks()[0]
        let path = try Self.copy(books.path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO fund (code, name, restricted) VALUES ('X', 'Kept aside', 0)") }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM closed_period") }
        }
        try queue.close()
        let result = try Ledger.verify(at: path)
        #expect(result.problems.first?.hasPrefix("1 record was written by another program, not arka: no seal covers record #") == true, "\(result.problems)")
        #expect(result.problems.first?.hasSuffix("(fund insert [\"X\",\"Kept aside\",0,25,7,5,\"booking\",\"\",\"eu-annex-vi\"])") == true, "\(result.problems)")
        let ledger = try Ledger.open(at: path)
        let error = #expect(throws: ArkaError.self) { try ledger.store.write { db in try db.execute(sql: "SELECT 1") } }
        #expect(error?.reason.hasPrefix("another program changed the ledger behind arka's back: records #") == true, "\(String(describing: error?.description))")
    }

    @Test("a closed month deleted with its triggers dropped and put back: the next write is refused naming it, and nothing is written")
    func hiddenChangeStopsWrites() throws {
        let books = try Self.demoBooks()[0]
        let path = try Self.copy(books.path)
        let queue = try DatabaseQueue(path: path)
        let month = try queue.write { db -> String in
            let triggers = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('closed_period_append_only_delete', 'closed_period_record_delete')")
            #expect(triggers.count == 2)
            try db.execute(sql: "DROP TRIGGER closed_period_append_only_delete; DROP TRIGGER closed_period_record_delete")
            let month = try String.fetchOne(db, sql: "SELECT MAX(month) FROM closed_period") ?? ""
            try db.execute(sql: "DELETE FROM closed_period WHERE month = ?", arguments: [month])
            for sql in triggers { try db.execute(sql: sql) }
            return month
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let ledger = try Ledger.open(at: path)
        let entries = try ledger.verify().entries
        let error = #expect(throws: ArkaError.self) { try ledger.store.write { db in try db.execute(sql: "SELECT 1") } }
        #expect(error?.kind == .brokenJournal)
        #expect(error?.reason.hasPrefix("another program changed the ledger behind arka's back: the closed_period row (month \"\(month)\") recorded by record #") == true, "\(String(describing: error?.reason))")
        #expect(error?.reason.hasSuffix("was removed outside arka; nothing is written until the books are examined with arka verify") == true)
        #expect(try ledger.verify().entries == entries)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a digest of other books is named as such, not as a journal rewritten")
    func digestOfOtherBooks() throws {
        let books = try Self.demoBooks()
        let result = try Ledger.verify(at: books[1].path, digests: [("project.digest", books[0].digest)])
        #expect(result.digests.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.hasPrefix("entry #1 is not the first entry named by the digest project.digest (taken ") == true, "\(result.problems)")
        #expect(result.problems.first?.hasSuffix("the digest was taken of other books (\(books[0].digest.ledger)), or the journal was rewritten from its first entry and its chain recomputed") == true)
        #expect(result.rendered(as: .text).contains("Records intact: "))
        #expect(result.rendered(as: .text).contains("Digest NOT extended: entry #1 is not the first entry named by the digest project.digest"))
    }

    @Test("a ledger made before the record log records every row it holds when it is opened, and stays intact")
    func olderLedger() throws {
        let books = try Self.demoBooks()[1]
        let path = try Self.copy(books.path)
        let queue = try DatabaseQueue(path: path)
        let (rows, funds) = try queue.write { db in
            try OlderLedger.undo(db, before: .recordLog)
            return (
                // The tables of later migrations are gone too (`v14 import batches`, `v15 definition
                // changes`), and come back empty.
                try RecordLog.recordedTables.filter { !["import_batch", "definition_change", "account_closure", "product_price", "statement_withdrawal", "statement_revival", "user_change", "request_key"].contains($0) }.reduce(0) { count, table in
                    count + (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")!) - (table == "ledger_setting" ? 1 : 0)
                },
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM fund")!)
        }
        try queue.close()
        let ledger = try Ledger.open(at: path)
        let result = try ledger.verify()
        #expect(result.isIntact, "\(result.problems)")
        // One `reshape` record a table, then one record a row, all under one seal; then the fund
        // table's new shape (`v13 fund templates`) and its rows again, under a second; then the
        // tables of `v14 import batches` and `v15 definition changes`, empty.
        #expect(result.recordHead.sequence == Int64(rows + RecordLog.recordedTables.count + 1 + funds))
    }

    @Test("a ledger made before import batches opens, verifies, lists no batch, and numbers its next import 1")
    func ledgerBeforeImportBatches() throws {
        let books = try Self.demoBooks()[0]
        let path = try Self.copy(books.path)
        try OlderLedger.make(at: path, before: .importBatches)
        let ledger = try Ledger.open(at: path)
        let result = try ledger.verify()
        #expect(result.isIntact, "\(result.problems)")
        #expect(try ledger.importBatches().isEmpty)
        let file = (path as NSString).deletingLastPathComponent + "/more.csv"
        try Data("entry,date,description,account,amount,currency,fund\nX-1,2024-06-03,Paper,6110,10.00,EUR,EU\nX-1,2024-06-03,Paper,5121,-10.00,EUR,EU\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let summary = try ledger.post(file: file, signature: Signature(user: "test", timestamp: "2025-01-31T10:00:00Z"))
        #expect(summary.batch == 1)
        #expect(try ledger.verify().isIntact)
    }

    @Test("every table of a new ledger is either covered by a chain or recomputed")
    func everyTableCovered() throws {
        let books = try Self.demoBooks()[0]
        let tables = try Ledger.open(at: books.path).store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        #expect(Set(tables) == Set(RecordLog.recordedTables + RecordLog.unrecordedTables))
    }

    @Test("a digest reads back as it was written, and a file that is not one is refused naming the line")
    func digestFile() throws {
        let digest = try Self.demoBooks()[0].digest
        #expect(try LedgerDigest.parse(digest.text, file: "d") == digest)
        #expect(try LedgerDigest.parse(digest.record, file: "cover") == digest, "the cover's digest, copied into a file, reads as the digest")
        let broken = digest.text.replacingOccurrences(of: "entries: \(digest.journal.sequence)", with: "entries: many")
        let error = #expect(throws: ArkaError.self) { try LedgerDigest.parse(broken, file: "d.digest") }
        #expect(error?.description == "d.digest, line 6, field entries \"many\": not a count")
        #expect(throws: ArkaError.self) { try LedgerDigest.parse("ledger: x\n", file: "d.digest") }
    }
}
