import ArkaCore
import GRDB
import Synchronization

/// The idempotency key a web form carries, with the user who sent it: the write it asks for is
/// made once, however many times the form arrives (a sale sent twice over a weak mobile
/// network is posted once).
///
/// The key is stored with the journal sequences its write appended, in the write's own
/// transaction: the write and its key commit together or not at all.
///
/// ```swift
/// let request = RequestKey(key: "6f1c…", user: "drita", at: "2026-12-06T09:15:02Z")
/// try store.answering(request) { try store.transaction { try $0.append(entry) } }
/// // the same again throws RepeatedRequest, and writes nothing
/// ```
public struct RequestKey: Sendable, Equatable {
    /// The form's key: 16 to 64 letters, digits, `-` or `_` (``isWellFormed(_:)``).
    public var key: String
    /// Who sent it.
    public var user: String
    /// When it is answered, as `2026-12-06T09:15:02Z`.
    public var at: String

    public init(key: String, user: String, at: String) {
        self.key = key
        self.user = user
        self.at = at
    }

    /// Whether `key` can be a request key: 16 to 64 ASCII letters, digits, `-` or `_`.
    public static func isWellFormed(_ key: String) -> Bool {
        (16...64).contains(key.utf8.count)
            && key.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x5F }
    }
}

/// A write refused because its request key was answered before: nothing was written, and the
/// first write's journal sequences tell what it was.
public struct RepeatedRequest: Error, Sendable, Equatable {
    public var key: String
    /// Who sent it the first time.
    public var user: String
    /// The journal sequences the first write appended (empty when it appended no entry).
    public var sequences: ClosedRange<Int64>?
    /// When it was answered, as `2026-12-06T09:15:02Z`.
    public var answeredAt: String
}

extension LedgerStore {
    /// Runs `body`, whose first write transaction answers `request`: that transaction refuses
    /// with ``RepeatedRequest`` when the key was answered before, and records it with what it
    /// appended otherwise. A second transaction of `body` carries no key.
    ///
    /// ```swift
    /// try store.answering(RequestKey(key: key, user: "drita", at: now)) { try ledger.record(sale, signature: signature) }
    /// ```
    /// - Throws: ``RepeatedRequest``, or what `body` throws.
    public func answering<T>(_ request: RequestKey, _ body: () throws -> T) throws -> T {
        pendingRequest.withLock { $0 = request }
        defer { pendingRequest.withLock { $0 = nil } }
        return try body()
    }

    /// The request the next write transaction answers, taken: only one transaction answers it.
    func takePendingRequest() -> RequestKey? {
        pendingRequest.withLock { pending in
            defer { pending = nil }
            return pending
        }
    }
}

extension LedgerView {
    /// The request answered with `key`, or nil.
    /// - Throws: a database error.
    public func answeredRequest(_ key: String) throws -> RepeatedRequest? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT user, first_sequence, last_sequence, answered_at FROM request_key WHERE key = ?"), arguments: [key]).map { row in
            let first: Int64 = row[1]
            let last: Int64 = row[2]
            return RepeatedRequest(key: key, user: row[0], sequences: last >= first ? first...last : nil, answeredAt: row[3])
        }
    }
}

extension LedgerTransaction {
    /// Refuses a request answered before.
    /// - Throws: ``RepeatedRequest``.
    func checkNotAnswered(_ request: RequestKey) throws {
        if let earlier = try answeredRequest(request.key) { throw earlier }
    }

    /// Records `request` as answered by the journal sequences after `start` up to the head now.
    /// - Throws: a database error.
    func recordAnswered(_ request: RequestKey, after start: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO request_key (key, user, first_sequence, last_sequence, answered_at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [request.key, request.user, start + 1, currentHead.sequence, request.at])
    }
}

extension LedgerView {
    /// The ids of the entries with journal sequences in `sequences`, in order.
    /// - Throws: a database error.
    public func entryIDs(sequences: ClosedRange<Int64>) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM entry WHERE seq BETWEEN ? AND ? ORDER BY seq", arguments: [sequences.lowerBound, sequences.upperBound])
    }
}
