import ArkaCore
import ArkaTestSupport
import Foundation
import GRDB
import Testing

@testable import ArkaStore

/// Opening a ledger: only Arka's files, read-only for reading, one state per snapshot, a busy
/// ledger waited for and named, and every SQLite failure one sentence naming the ledger.
@Suite("Ledger access")
struct LedgerAccessTests {
    let folder: URL

    init() throws {
        folder = try temporaryFolder("access")
    }

    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    /// A ledger with `count` random entries.
    func ledger(_ name: String = "books.arka", entries count: Int = 3) throws -> LedgerStore {
        let store = try LedgerStore.create(at: folder.appendingPathComponent(name).path)
        var random = JournalRowsTests.Seeded(state: 21)
        for index in 0..<count { _ = try store.transaction { try $0.append(JournalRowsTests.randomEntry(id: "E\(index)", &random)) } }
        return store
    }

    /// Another program's SQLite file (rollback journal, as most programs keep) with `sql` run in it.
    func foreignFile(_ name: String, _ sql: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(LedgerStore.applicationID)")
            try db.execute(sql: sql)
        }
        try queue.close()
        return path
    }

    @Test("another program's SQLite file with Arka's application id is refused, for reading and writing, and left byte for byte as it was")
    func foreignFileRefused() throws {
        let path = try foreignFile("notes.db", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('Shënim')")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [LedgerStore.Access.read, .write] {
            let error = #expect(throws: ArkaError.self) { try LedgerStore.open(at: path, access: access) }
            #expect(error?.kind == .notALedger)
            #expect(
                error?.description
                    == "\(path): not an arka ledger: it carries Arka's application id, but its tables are another program's; it was left unchanged")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try files() == ["notes.db"])
    }

    @Test("a file that records Arka's first migration but holds other tables is refused before any migration, unchanged")
    func foreignTablesRefused() throws {
        let path = try foreignFile(
            "other.db",
            """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('v1 journal');
            CREATE TABLE entry (seq INTEGER PRIMARY KEY, id TEXT);
            CREATE TABLE recipe (name TEXT)
            """)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let expected = try LedgerIdentity.tablesMade(by: ["v1 journal"]).subtracting(["entry", "grdb_migrations"]).sorted()
        let lacking = expected.prefix(3).joined(separator: ", ") + (expected.count > 3 ? " and \(expected.count - 3) more" : "")
        for access in [LedgerStore.Access.write, .read] {
            let error = #expect(throws: ArkaError.self) { try LedgerStore.open(at: path, access: access) }
            #expect(
                error?.description
                    == "\(path): not an arka ledger: it carries Arka's application id, but not an Arka ledger's tables (it lacks \(lacking); it has recipe, which Arka never makes); it was left unchanged"
            )
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try files() == ["other.db"])
    }

    @Test("a ledger an older arka made has Arka's tables for its migrations, and is migrated when opened for writing or reading")
    func olderLedgerMigrated() throws {
        let store = try ledger()
        let path = store.path
        try store.queue.write { db in
            try OlderLedger.undo(db, before: .fundReports)
        }
        try store.queue.close()
        let reading = try LedgerStore.open(at: path, access: .read)
        #expect(reading.access == .read)
        #expect(try reading.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }.contains("v11 fund reports"))
        #expect(try reading.view { try $0.entryCount() } == 3)
    }

    @Test("a ledger opened for reading refuses every write, in SQLite itself")
    func readOnlyConnection() throws {
        let path = try ledger().path
        let reading = try LedgerStore.open(at: path, access: .read)
        let error = #expect(throws: ArkaError.self) {
            try reading.write { try $0.execute(sql: "INSERT INTO ledger_setting (key, value) VALUES ('x', 'y')") }
        }
        #expect(error?.kind == .readOnly)
        #expect(
            error?.description
                == "\(path): arka tried to write to this ledger while reading it, and nothing was written; please report this fault of arka")
    }

    @Test("every read inside a snapshot sees one state, whatever another connection commits meanwhile; the next snapshot sees the commit")
    func snapshotIsOneState() throws {
        let writer = try ledger(entries: 2)
        let reader = try LedgerStore.open(at: writer.path, access: .read)
        var random = JournalRowsTests.Seeded(state: 5)
        let (first, second, nested) = try reader.snapshot {
            let first = try reader.view { try $0.head() }
            _ = try writer.transaction { try $0.append(JournalRowsTests.randomEntry(id: "LATE", &random)) }
            let second = try reader.view { try $0.entryCount() }
            let nested = try reader.snapshot { try reader.view { try $0.head() } }
            return (first, second, nested)
        }
        #expect(first.sequence == 2)
        #expect(second == 2)
        #expect(nested == first)
        #expect(try reader.view { try $0.head() }.sequence == 3)
    }

    @Test("equal data versions bracket no commit by another connection; a commit changes them")
    func dataVersion() throws {
        let writer = try ledger(entries: 1)
        let reader = try LedgerStore.open(at: writer.path, access: .read)
        let before = try reader.dataVersion()
        #expect(try reader.dataVersion() == before)
        var random = JournalRowsTests.Seeded(state: 6)
        _ = try writer.transaction { try $0.append(JournalRowsTests.randomEntry(id: "NEXT", &random)) }
        #expect(try reader.dataVersion() != before)
    }

    @Test("a write asked for inside a snapshot is refused in one sentence, not left to wait for itself")
    func writeInsideSnapshot() throws {
        let store = try ledger(entries: 1)
        let error = #expect(throws: ArkaError.self) {
            try store.snapshot { try store.write { try $0.execute(sql: "DELETE FROM ledger_setting WHERE key = 'nothing'") } }
        }
        #expect(
            error?.description
                == "\(store.path): arka tried to write to the ledger while reading it, and nothing was written; please report this fault of arka")
    }

    /// Holds the ledger's write lock on a connection of its own for `seconds`, from another thread;
    /// returns once the lock is held.
    func holdWriteLock(_ path: String, for seconds: Double) throws -> Concurrent {
        let held = DispatchSemaphore(value: 0)
        let done = Concurrent { () throws -> Void in
            let holder = try DatabaseQueue(path: path)
            try holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                held.signal()
                Thread.sleep(forTimeInterval: seconds)
                try db.execute(sql: "ROLLBACK")
            }
            try holder.close()
        }
        held.wait()
        return done
    }

    @Test("a second writer waits for the first, says so once, then gives up naming the ledger and how to wait longer")
    func busyLedgerGivesUp() throws {
        let store = try ledger(entries: 1)
        let path = store.path
        try store.queue.close()
        let holder = try holdWriteLock(path, for: 3)
        defer { holder.wait() }
        let notes = Notes()
        let waiting = LedgerWait(seconds: 1, longerWait: "--wait SECONDS", notice: { notes.add($0) })
        let second = try LedgerStore.open(at: path, access: .write, wait: waiting)
        let start = Date()
        var random = JournalRowsTests.Seeded(state: 7)
        let error = #expect(throws: ArkaError.self) { try second.transaction { try $0.append(JournalRowsTests.randomEntry(id: "B", &random)) } }
        let waited = Date().timeIntervalSince(start)
        #expect(error?.kind == .ledgerBusy)
        #expect(
            error?.description
                == "\(path): another arka command is writing to this ledger, still after waiting 1 s; run this command again once it has finished, or wait longer with --wait SECONDS"
        )
        #expect(waited >= 1 && waited < 2.5, "waited \(waited) s")
        #expect(notes.all == ["\(path): another arka command is writing to this ledger; waiting up to 1 s for it to finish"])
        #expect(try second.view { try $0.entryCount() } == 1)
    }

    @Test("with no wait, a busy ledger is refused at once")
    func busyLedgerNoWait() throws {
        let store = try ledger(entries: 1)
        let path = store.path
        let holder = try holdWriteLock(path, for: 1)
        defer { holder.wait() }
        let second = try LedgerStore.open(at: path, access: .write, wait: LedgerWait(seconds: 0))
        var random = JournalRowsTests.Seeded(state: 8)
        let error = #expect(throws: ArkaError.self) { try second.transaction { try $0.append(JournalRowsTests.randomEntry(id: "B", &random)) } }
        #expect(error?.description == "\(path): another arka command is writing to this ledger; run this command again once it has finished")
    }

    @Test("a second writer that waits long enough writes once the first has finished")
    func busyLedgerWaitedFor() throws {
        let store = try ledger(entries: 1)
        let holder = try holdWriteLock(store.path, for: 0.8)
        defer { holder.wait() }
        let notes = Notes()
        let second = try LedgerStore.open(at: store.path, access: .write, wait: LedgerWait(seconds: 20, notice: { notes.add($0) }))
        var random = JournalRowsTests.Seeded(state: 9)
        _ = try second.transaction { try $0.append(JournalRowsTests.randomEntry(id: "B", &random)) }
        #expect(try second.view { try $0.entryCount() } == 2)
        #expect(notes.all == ["\(store.path): another arka command is writing to this ledger; waiting up to 20 s for it to finish"])
    }

    @Test(
        "each SQLite failure is one sentence naming the ledger and what to do",
        arguments: [
            (ResultCode.SQLITE_FULL, "the disk holding the ledger is full; nothing was written: free some space and run the command again"),
            (.SQLITE_IOERR, "the disk or file system failed while arka read or wrote the ledger; check the disk, then run the command again"),
            (
                .SQLITE_CANTOPEN,
                "SQLite cannot open the ledger, or the -wal and -shm files beside it; check that you may read and write them and their folder"
            ),
            (.SQLITE_CORRUPT, "the ledger file is damaged (SQLite finds it malformed); restore it from a copy"),
            (.SQLITE_NOTADB, "the ledger file is damaged (SQLite finds it malformed); restore it from a copy"),
            (.SQLITE_NOMEM, "the computer ran out of memory while arka used the ledger; close other programs and run the command again"),
            (.SQLITE_PERM, "the file system denied access to the ledger; check the permissions of the ledger and its folder"),
            (.SQLITE_TOOBIG, "a value is too large for the ledger to hold; nothing was written: shorten it"),
            (
                .SQLITE_READONLY,
                "SQLite cannot write to the ledger or to the -wal and -shm files beside it; give write access to them and to their folder"
            ),
            (
                .SQLITE_BUSY,
                "another arka command is writing to this ledger, still after waiting 30 s; run this command again once it has finished"
            ),
        ])
    func failureSentences(code: ResultCode, sentence: String) throws {
        let path = try ledger().path
        let error = LedgerStore.failure(DatabaseError(resultCode: code, message: "raw"), path: path, wait: LedgerWait(), access: .write)
        #expect(error.description == "\(path): \(sentence)")
        #expect(!error.reason.contains("raw"))
    }

    @Test("SQLite's own message shows only inside the sentence that says what to do")
    func otherFailures() throws {
        let path = try ledger().path
        let store = try LedgerStore.open(at: path, access: .read)
        let error = #expect(throws: ArkaError.self) { try store.read { try $0.execute(sql: "SELECT * FROM no_such_table") } }
        #expect(
            error?.description
                == "\(path): the ledger cannot be read as arka reads it (no such table: no_such_table); run arka verify on it, or restore it from a copy"
        )
    }

    @Test("a ledger cannot be created in a folder that does not exist, said in one sentence")
    func createInMissingFolder() throws {
        let path = folder.appendingPathComponent("missing/books.arka").path
        let error = #expect(throws: ArkaError.self) { try LedgerStore.create(at: path) }
        #expect(error?.description == "\(path): cannot create the ledger: its folder does not exist; create the folder first")
    }
}

/// Notes a waiting store gave, from whichever thread.
final class Notes: @unchecked Sendable {
    private let lock = NSLock()
    private var notes: [String] = []

    func add(_ note: String) {
        lock.lock()
        notes.append(note)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return notes
    }
}

/// Work on a thread of its own, waited for at the end.
final class Concurrent: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Void) {
        Thread { [done] in
            try? work()
            done.signal()
        }.start()
    }

    func wait() {
        done.wait()
        done.signal()
    }
}
