import ArkaCore
import Foundation
import GRDB
import Testing

@testable import ArkaStore

/// A ledger's page size: new ledgers get 16 KiB pages; ledgers made with SQLite's 4 KiB pages,
/// as arka made them before, keep them and work as before.
@Suite("Page size")
struct PageSizeTests {
    let folder: URL

    init() throws {
        folder = try temporaryFolder("pages")
    }

    func pageSize(_ store: LedgerStore) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: "PRAGMA page_size") ?? 0 }
    }

    /// Appends `count` random entries, one transaction a batch of ten.
    func append(_ count: Int, to store: LedgerStore, prefix: String, seed: UInt64) throws {
        var random = JournalRowsTests.Seeded(state: seed)
        for batch in stride(from: 0, to: count, by: 10) {
            var rows = JournalRows()
            for index in batch..<min(batch + 10, count) { rows.append(JournalRowsTests.randomEntry(id: "\(prefix)\(index)", &random)) }
            try store.transaction { try $0.append(rows) }
        }
    }

    /// Walks the chain from the first entry and checks each link and the head.
    func expectWholeChain(_ store: LedgerStore, entries: Int) throws {
        let head = try store.view { try $0.head() }
        #expect(head.sequence == entries)
        var previous = JournalHash.genesis
        try store.view { view in
            try view.forEachEntry(in: 1...head.sequence) { stored in
                #expect(stored.previousHash == previous)
                #expect(stored.hash == JournalHash.of(stored.entry, sequence: stored.sequence, previous: previous))
                previous = stored.hash
            }
        }
        #expect(previous == head.hash)
    }

    @Test("a new ledger has pages of 16 KiB")
    func newLedger() throws {
        let store = try LedgerStore.create(at: folder.appendingPathComponent("new.arka").path)
        #expect(try pageSize(store) == 16_384)
    }

    @Test("a ledger with 4 KiB pages keeps them, takes entries after reopening, and its chain stays whole")
    func olderLedger() throws {
        let path = folder.appendingPathComponent("older.arka").path
        try append(120, to: try LedgerStore.create(at: path, pageSize: 4_096), prefix: "A", seed: 3)
        let reopened = try LedgerStore.open(at: path)
        try append(80, to: reopened, prefix: "B", seed: 4)
        #expect(try pageSize(reopened) == 4_096)
        try expectWholeChain(reopened, entries: 200)
    }
}

/// Creating a ledger: it appears whole at its path, or nothing does.
@Suite("Ledger creation")
struct LedgerCreationTests {
    let folder: URL

    init() throws {
        folder = try temporaryFolder("create")
    }

    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test("a failure while the ledger is built leaves no file at all")
    func failureLeavesNothing() throws {
        let path = folder.appendingPathComponent("books.arka").path
        struct Interrupted: Error {}
        var random = JournalRowsTests.Seeded(state: 8)
        #expect(throws: Interrupted.self) {
            try LedgerStore.create(at: path) { store in
                _ = try store.transaction { try $0.append(JournalRowsTests.randomEntry(id: "A", &random)) }
                throw Interrupted()
            }
        }
        #expect(try files() == [])
    }

    @Test("a file that appears at the path while the ledger is built is kept, and the creation refused")
    func neverOverwrites() throws {
        let path = folder.appendingPathComponent("books.arka").path
        let error = #expect(throws: ArkaError.self) {
            try LedgerStore.create(at: path) { _ in try Data("someone else's".utf8).write(to: URL(fileURLWithPath: path)) }
        }
        #expect(error?.kind == .ledgerExists)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "someone else's")
        #expect(try files() == ["books.arka"])
    }

    @Test("a created ledger is one file, with what was built in it")
    func createdWhole() throws {
        let path = folder.appendingPathComponent("books.arka").path
        var random = JournalRowsTests.Seeded(state: 9)
        let store = try LedgerStore.create(at: path) { store in
            _ = try store.transaction { try $0.append(JournalRowsTests.randomEntry(id: "A", &random)) }
        }
        #expect(try store.view { try $0.head() }.sequence == 1)
        #expect(try files().allSatisfy { $0.hasPrefix("books.arka") })
    }
}
