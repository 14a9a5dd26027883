import ArkaCore
import ArkaStore
import Foundation

extension Ledger {
    /// Whether this thread is inside a snapshot (or a write) of the ledger.
    public var isInSnapshot: Bool { store.isInTransaction }

    /// Runs `body` in a snapshot while the chain is verified on a second connection of its own,
    /// of the very same state: the verification's reading and hashing overlap with what `body`
    /// does (the audit pack writes its workbooks meanwhile). `body` is given a function that
    /// waits for the verification.
    ///
    /// The second connection reads SQLite's data version, then the snapshot begins, then the
    /// second connection begins its read and reads the data version again: equal versions mean
    /// no commit came between, so both read one state. When one did, or when this is called
    /// inside a snapshot already, the chain is verified in the snapshot itself.
    ///
    /// ```swift
    /// let head = try ledger.snapshotVerifying { verification in try verification().head }
    /// ```
    /// - Throws: what `body` throws, an ``ArkaError`` for a database failure, or the
    ///   verification's error when `body` asks for it.
    public func snapshotVerifying<T>(_ body: (_ verification: () throws -> JournalVerification) throws -> T) throws -> T {
        if isInSnapshot { return try body { try verify() } }
        let verifier = Unshared(try Ledger.open(at: path, access: .read, wait: store.wait))
        let before = try verifier.value.store.dataVersion()
        return try snapshot {
            let verifying = Concurrently { () throws -> JournalVerification? in
                let ledger = verifier.value
                return try ledger.snapshot {
                    guard try ledger.store.dataVersion() == before else { return nil }
                    return try ledger.verify()
                }
            }
            defer { verifying.wait() }
            return try body {
                if let same = try verifying.value() { return same }
                return try verify()
            }
        }
    }
}

/// A value handed to one other thread, which alone uses it from then on.
struct Unshared<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A value worked out on a thread of its own while the calling thread goes on.
///
/// ```swift
/// let verifying = Concurrently { try Ledger.open(at: path, access: .read).verify() }
/// // … other work …
/// let verification = try verifying.value()
/// ```
public final class Concurrently<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Error>?

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.start()
    }

    /// Waits until the work has ended.
    public func wait() {
        done.wait()
        done.signal()
    }

    /// Waits for the value.
    /// - Throws: what the work threw.
    public func value() throws -> Value {
        wait()
        guard let result else { throw ArkaError(.io, "a concurrent step ended without a result") }
        return try result.get()
    }
}
