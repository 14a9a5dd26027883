import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

/// Reads listed postings on a second thread and hands them over in batches, so that SQLite's
/// sorting and the decoding of rows overlap with libxlsxwriter writing cells: a million-row
/// listing then costs little more than the writing itself. Memory stays flat: the reader waits
/// when it is more than a few batches ahead.
///
/// ```swift
/// try PostingStream.forEach(in: ledger, accounts: expense, from: nil, to: nil, order: .budgetLine) { posting in … }
/// ```
enum PostingStream {
    private struct Cancelled: Error {}

    /// What the two threads share: the ledger (read by one thread at a time) and the reader's error.
    private final class Shared: @unchecked Sendable {
        let ledger: Ledger
        var error: Error?
        init(ledger: Ledger) { self.ledger = ledger }
    }

    /// Calls `body` on this thread with each posting, in `order`.
    /// - Throws: the reader's error (a database error), or what `body` throws; the reader has
    ///   stopped either way when this returns.
    static func forEach(
        in ledger: Ledger, accounts: Set<String>?, from: LedgerDate?, to: LedgerDate?, order: ListingOrder, _ body: (ListedPosting) throws -> Void
    ) throws {
        let shared = Shared(ledger: ledger)
        try BoundedQueue<[ListedPosting]>.relay(capacity: 8, stackSize: 1 << 22) { queue in
            do {
                var batch: [ListedPosting] = []
                batch.reserveCapacity(2048)
                try shared.ledger.store.view { view in
                    try view.forEachListedPosting(accounts: accounts, from: from, to: to, order: order) { posting in
                        batch.append(posting)
                        if batch.count == 2048 {
                            guard queue.put(batch) else { throw Cancelled() }
                            batch.removeAll(keepingCapacity: true)
                        }
                    }
                }
                if !batch.isEmpty { _ = queue.put(batch) }
            } catch is Cancelled {
            } catch {
                shared.error = error
            }
        } consume: { batch in
            for posting in batch { try body(posting) }
        }
        if let error = shared.error { throw error }
    }
}
