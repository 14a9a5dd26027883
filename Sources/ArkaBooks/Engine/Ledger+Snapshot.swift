import ArkaCore
import ArkaStore
import Foundation
import Synchronization

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
        // The second connection goes to the verifying thread, which alone uses it from then on.
        let verifier = Mutex(try Ledger.open(at: path, access: .read, wait: store.wait))
        let before = try verifier.withLock { try $0.store.dataVersion() }
        return try snapshot {
            let verifying = Concurrently { () throws -> JournalVerification? in
                try verifier.withLock { ledger in
                    try ledger.snapshot {
                        guard try ledger.store.dataVersion() == before else { return nil }
                        return try ledger.verify()
                    }
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

/// A value worked out on a thread of its own while the calling thread goes on.
///
/// ```swift
/// let verifying = Concurrently { try Ledger.open(at: path, access: .read).verify() }
/// // … other work …
/// let verification = try verifying.value()
/// ```
public final class Concurrently<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Mutex<Result<Value, any Error>?>(nil)

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let outcome = Result { try work() }
            result.withLock { $0 = outcome }
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
        guard let outcome = result.withLock({ $0 }) else { throw ArkaError(.io, "a concurrent step ended without a result") }
        return try outcome.get()
    }
}
