import ArkaBooks
import ArkaCore
import ArkaStore
import Dispatch
import Foundation
import Synchronization

/// One ledger the server serves, under its own path: the writer every form's write goes through
/// (SQLite lets one write at a time; the writes that queue meanwhile are committed together, see
/// ``WriteQueue``), and readers for the pages, which never wait for a write. The work runs off the
/// server's threads, in the language of the page asked for.
///
/// ```swift
/// let served = try ServedLedger(name: "project", path: "demo/mallakaster.arka")
/// let balance = try await served.read(.sq) { try $0.trialBalance(asOf: nil, grouping: .account) }
/// ```
final class ServedLedger: Sendable {
    /// The ledger's name in the addresses: `/NAME/…`.
    let name: String
    let path: String
    /// The name of the entity the books are of, as the ledger states it.
    let title: String
    /// Whether the ledger holds a social business's books (the shop's pages).
    let isBusiness: Bool

    /// The last verification of the whole ledger, with the heads it was made at and when it
    /// ended; one runs at a time, in the background, when a page finds the heads moved
    /// (``verification(_:)``), and not again within ``verificationInterval``.
    private let verified = Mutex<(heads: String?, result: JournalVerification?, running: Bool, ended: Date?)>((nil, nil, false, nil))
    /// The least time between two verifications of a ledger being written to: `verify` reads every
    /// entry, some seconds of a core for a million, and a busy shop writes every minute.
    static let verificationInterval: TimeInterval = 60
    private let writer: WriteQueue
    private let readers: ReaderPool
    /// A second connection that copies the write-ahead log into the file four times a second, so
    /// that the writer's own checkpoint, at its commit after 1,000 pages, finds little left to copy
    /// (``LedgerStore/checkpoint()``).
    private let checkpointer: UnsafeLedger
    /// The queue the ledgers' work runs on: SQLite waits on disk, and the server's threads must not.
    private static let work = DispatchQueue(label: "arka.ledger-work", qos: .userInitiated, attributes: .concurrent)

    /// Opens the ledger at `path` for writing (which brings it up to this arka's schema) and for
    /// reading.
    /// - Throws: what ``Ledger/open(at:access:wait:)`` throws.
    init(name: String, path: String, readers count: Int = 4) throws {
        let ledger = try Ledger.open(at: path, access: .write)
        self.checkpointer = UnsafeLedger(try Ledger.open(at: path, access: .write))
        self.name = name
        self.path = path
        self.title = ledger.settings.name
        self.isBusiness = (try? ledger.businessProfile()) != nil
        self.writer = WriteQueue(ledger, on: Self.work)
        self.readers = ReaderPool(path: path, size: count)
    }

    /// Runs `body` with a reader, in one snapshot of the ledger, speaking `language`.
    /// - Throws: what `body` throws.
    func read<T: Sendable>(_ language: Language, _ body: @escaping @Sendable (Ledger) throws -> T) async throws -> T {
        let readers = self.readers
        return try await Self.run {
            try readers.with { ledger in try Language.speaking(language) { try ledger.snapshot { try body(ledger) } } }
        }
    }

    /// Copies the write-ahead log into the file four times a second, in the background, for as
    /// long as the server runs.
    func startCheckpoints() {
        let checkpointer = self.checkpointer
        // A thread of its own: it sleeps most of the time, and must not hold one of the work queue's.
        Thread.detachNewThread {
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                try? checkpointer.ledger.checkpoint()
            }
        }
    }

    /// The user signing in as `name`, read without a snapshot of the whole definition: every
    /// request asks, and the books' chart and funds are not what it needs.
    /// - Throws: what ``Ledger/user(named:)`` throws.
    func user(named name: String) async throws -> LedgerUser? {
        let readers = self.readers
        return try await Self.run { try readers.with { try $0.user(named: name) } }
    }

    /// Runs `body` with the writer, speaking `language`, all-or-nothing on its own and committed
    /// with the writes queued beside it (``WriteQueue``); with a request key, its first write
    /// answers that request (``LedgerStore/answering(_:_:)``). It returns once the write is
    /// committed.
    /// - Throws: what `body` throws; ``RepeatedRequest`` when the key was answered before.
    func write<T: Sendable>(_ language: Language, request: RequestKey?, _ body: @escaping @Sendable (Ledger) throws -> T) async throws -> T {
        try await writer.write { ledger in
            try Language.speaking(language) {
                guard let request else { return try body(ledger) }
                return try ledger.answering(request) { try body(ledger) }
            }
        }
    }

    /// The last verification and whether it is of the ledger as it is now. When the ledger
    /// moved since, a new one starts in the background: a page never waits for `verify`, which
    /// reads every entry.
    func verification(_ language: Language) async throws -> (result: JournalVerification?, current: Bool, heads: String) {
        let heads = try await read(language) { ledger in
            let (journal, records) = try ledger.heads()
            return "\(journal.sequence) \(journal.hash) \(records.sequence) \(records.hash)"
        }
        let (result, current, start) = verified.withLock { state -> (JournalVerification?, Bool, Bool) in
            let current = state.heads == heads && state.result != nil
            let rested = state.ended.map { Date().timeIntervalSince($0) >= Self.verificationInterval } ?? true
            let start = !current && !state.running && rested
            if start { state.running = true }
            return (state.result, current, start)
        }
        if start {
            let path = self.path
            Self.work.async { [self] in
                let result = try? Ledger.verify(at: path)
                self.verified.withLock { state in
                    state.running = false
                    state.ended = Date()
                    if let result {
                        state.result = result
                        state.heads = "\(result.head.sequence) \(result.head.hash) \(result.recordHead.sequence) \(result.recordHead.hash)"
                    }
                }
            }
        }
        return (result, current, heads)
    }

    /// The dashboard's figures of one state of the ledger, by their key (the heads, the language
    /// and the naming): a page read again before the next write costs nothing.
    private let dashboards = Mutex<[String: WebFace.DashboardModel]>([:])

    /// The dashboard's figures for `key`, made with `body` (in a snapshot, speaking `language`)
    /// when the ledger has moved since they were last made.
    /// - Throws: what `body` throws.
    func cached(_ key: String, language: Language, _ body: @escaping @Sendable (Ledger) throws -> WebFace.DashboardModel) async throws
        -> WebFace.DashboardModel
    {
        if let model = dashboards.withLock({ $0[key] }) { return model }
        let model = try await read(language, body)
        dashboards.withLock { models in
            // Only the current state is worth keeping: one entry a language and naming.
            let heads = key.split(separator: " ").dropLast(2).joined(separator: " ")
            models = models.filter { $0.key.hasPrefix(heads) }
            models[key] = model
        }
        return model
    }

    /// Runs `body` on the ledgers' work queue, off the server's threads.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            work.async { continuation.resume(with: Result { try body() }) }
        }
    }
}

/// The ledgers a server reads pages from, opened read-only as they are first needed: a page
/// takes one that is free, or waits for one.
final class ReaderPool: Sendable {
    private let path: String
    private let size: Int
    private let state = Mutex<(free: [UnsafeLedger], opened: Int)>(([], 0))
    private let available: DispatchSemaphore

    init(path: String, size: Int) {
        self.path = path
        self.size = max(1, size)
        self.available = DispatchSemaphore(value: max(1, size))
    }

    func with<T>(_ body: (Ledger) throws -> T) throws -> T {
        available.wait()
        defer { available.signal() }
        let taken = state.withLock { state -> UnsafeLedger? in
            if let ledger = state.free.popLast() { return ledger }
            state.opened += 1
            return nil
        }
        let ledger: UnsafeLedger
        if let taken {
            ledger = taken
        } else {
            do {
                ledger = UnsafeLedger(try Ledger.open(at: path, access: .read))
            } catch {
                state.withLock { $0.opened -= 1 }
                throw error
            }
        }
        defer { state.withLock { $0.free.append(ledger) } }
        return try body(ledger.ledger)
    }
}

/// A ledger handed from one thread to the next, used by one at a time (the pool's lock).
struct UnsafeLedger: @unchecked Sendable {
    let ledger: Ledger
    init(_ ledger: Ledger) { self.ledger = ledger }
}
