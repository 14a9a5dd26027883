@testable import ArkaBooks
import ArkaCore
@testable import ArkaStore
import Foundation
import Testing

/// Writes committed together (the web face's, under load): one transaction, each write in its own
/// savepoint, each as all-or-nothing as when it is made alone.
@Suite("Group commit: writes sent together are each written, or refused, as if alone")
struct GroupCommitTests {
    struct Stop: Error {}

    @Test("a write refused in a group rolls back alone; the books equal those the writes make one by one")
    func refusedWriteRollsBackAlone() throws {
        let together = try BakeryFixture()
        let results = try together.ledger.groupCommit([
            { try together.sale("S1", "2024-03-28", [("BUKE", "2")]).id },
            // the same id again: refused by the journal, inside the group's transaction
            { try together.sale("S1", "2024-03-28", [("BUKE", "1")]).id },
            { try together.sale("S2", "2024-03-29", [("BUKE", "3")]).id },
        ])
        #expect(try results[0].get() == "S1")
        #expect(firstError { _ = try results[1].get() }?.kind == .duplicate)
        #expect(try results[2].get() == "S2")

        let alone = try BakeryFixture()
        _ = try alone.sale("S1", "2024-03-28", [("BUKE", "2")])
        #expect(firstError { _ = try alone.sale("S1", "2024-03-28", [("BUKE", "1")]) }?.kind == .duplicate)
        _ = try alone.sale("S2", "2024-03-29", [("BUKE", "3")])

        #expect(try LedgerState(together.ledger) == LedgerState(alone.ledger))
        let verification = try together.ledger.verify()
        #expect(verification.problems == [])
        #expect(try together.balance("5310") == 60_000)
        // The ledger's totals the store carries from write to write are those the file holds.
        let known = together.ledger.store.knownTotals.withLock { $0?.totals }
        #expect(known == (try together.ledger.store.view { try $0.ledgerTotals() }))
    }

    @Test("a group whose transaction fails writes nothing, and the next write builds on the books as they were")
    func failedGroupWritesNothing() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S0", "2024-03-27", [("BUKE", "1")])
        let before = try LedgerState(books.ledger)
        #expect(throws: Stop.self) {
            try books.ledger.store.groupCommit {
                _ = try books.sale("S1", "2024-03-28", [("BUKE", "2")])
                throw Stop()
            }
        }
        #expect(try LedgerState(books.ledger) == before)
        // The same sale again (the same head as in the rolled-back group), then another.
        _ = try books.sale("S1", "2024-03-28", [("BUKE", "2")])
        _ = try books.sale("S2", "2024-03-29", [("BUKE", "5")])
        #expect(try books.ledger.verify().problems == [])
        // 1 + 2 + 5 loaves at 120 lek, in the till
        #expect(try books.balance("5310") == 96_000)
        let known = books.ledger.store.knownTotals.withLock { $0?.totals }
        #expect(known == (try books.ledger.store.view { try $0.ledgerTotals() }))
    }

    @Test("a request key sent twice in one group is answered once: the second names the first's entry")
    func repeatedKeyInOneGroup() throws {
        let books = try BakeryFixture()
        let key = RequestKey(key: "9b2e4c1a-77d0-4f5e-a1c3-55e0d2b7f001", user: "drita", at: "2025-01-31T10:00:00Z")
        let sale = { try books.ledger.answering(key) { try books.sale("", "2024-03-28", [("BUKE", "1")]).id } }
        let results = try books.ledger.groupCommit([sale, sale])
        let first = try results[0].get()
        #expect(throws: RepeatedRequest.self) { try results[1].get() }
        guard case .failure(let error) = results[1], let repeated = error as? RepeatedRequest else { return }
        #expect(repeated.user == "drita")
        #expect(try books.ledger.entryIDs(sequences: try #require(repeated.sequences)) == [first])
        #expect(try books.ledger.verify().problems == [])
    }
}
