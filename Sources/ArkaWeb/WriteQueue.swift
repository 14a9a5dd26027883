import ArkaBooks
import Dispatch
import Synchronization

/// The writer of a served ledger and the writes waiting for it. SQLite lets one write at a time,
/// and every commit waits for the disk; so while the writer commits, the writes that arrive queue,
/// and the writer takes all of them together: one transaction, each write in a savepoint of its
/// own, one commit (``Ledger/groupCommit(_:)``). A refused write rolls back alone and its form
/// shows the refusal; every write is answered only after the commit. When the transaction itself
/// fails, nothing of it was written, and each of its writes is made again, alone.
///
/// Under load (32 tills posting sales back to back) the writer syncs the disk once for a dozen
/// sales instead of once a sale: BENCHMARKS.md, "The pages under load".
///
/// ```swift
/// let writer = WriteQueue(try Ledger.open(at: "shop.arka"), on: DispatchQueue(label: "writes"))
/// let entry = try await writer.write { ledger in try ledger.record(sale, signature: .now(user: "drita")) }
/// ```
final class WriteQueue: Sendable {
    /// The most writes committed together: enough for every till of a busy shop, few enough that
    /// one write's wait for the others stays short.
    static let largestGroup = 64

    private let ledger: UnsafeLedger
    private let queue: DispatchQueue
    /// The writes waiting, and whether the writer is at work on the queue.
    private let state = Mutex<(waiting: [any QueuedWrite], writing: Bool)>(([], false))

    init(_ ledger: Ledger, on queue: DispatchQueue) {
        self.ledger = UnsafeLedger(ledger)
        self.queue = queue
    }

    /// Runs `body` with the ledger, in a savepoint of the next group's transaction, and returns
    /// what it returned once the group is committed.
    /// - Throws: what `body` throws (nothing of it is written), or the failure of the commit.
    func write<T: Sendable>(_ body: @escaping @Sendable (Ledger) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let start = state.withLock { state -> Bool in
                state.waiting.append(Write(body: body, continuation: continuation))
                defer { state.writing = true }
                return !state.writing
            }
            if start { queue.async { self.writeWaiting() } }
        }
    }

    /// Commits the waiting writes, a group at a time, until none waits.
    private func writeWaiting() {
        while true {
            let group = state.withLock { state -> [any QueuedWrite] in
                let taken = Array(state.waiting.prefix(Self.largestGroup))
                state.waiting.removeFirst(taken.count)
                if taken.isEmpty { state.writing = false }
                return taken
            }
            guard !group.isEmpty else { return }
            commit(group)
        }
    }

    /// Runs `group` in one transaction and answers each write; alone when the transaction failed.
    private func commit(_ group: [any QueuedWrite]) {
        let ledger = self.ledger.ledger
        if group.count > 1, let results = try? ledger.groupCommit(group.map { write in { try write.run(ledger) } }) {
            for (write, result) in zip(group, results) { answer(write, result) }
            return
        }
        // One write, or a group whose transaction failed (nothing of it is written): each alone.
        for write in group { answer(write, Result { try write.run(ledger) }) }
    }

    private func answer(_ write: any QueuedWrite, _ result: Result<@Sendable () -> Void, any Error>) {
        switch result {
        case .success(let answer): answer()
        case .failure(let error): write.fail(error)
        }
    }
}

/// A write waiting in a ``WriteQueue``: its body, and the request waiting for its answer.
private protocol QueuedWrite: Sendable {
    /// Runs the write; what it returns answers the request, once the write is committed.
    /// - Throws: what the write throws.
    func run(_ ledger: Ledger) throws -> @Sendable () -> Void
    /// Answers the request with the write's refusal, or with the failure of its commit.
    func fail(_ error: any Error)
}

/// One write of type `T`, and the request waiting for its result.
private struct Write<T: Sendable>: QueuedWrite {
    let body: @Sendable (Ledger) throws -> T
    let continuation: CheckedContinuation<T, any Error>

    func run(_ ledger: Ledger) throws -> @Sendable () -> Void {
        let result = try body(ledger)
        return { [continuation] in continuation.resume(returning: result) }
    }

    func fail(_ error: any Error) {
        continuation.resume(throwing: error)
    }
}
