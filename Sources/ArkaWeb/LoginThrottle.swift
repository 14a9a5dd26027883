import Foundation
import Synchronization

/// Slows the sign-in of a name after wrong passwords: after ``freeFailures`` failures in a row,
/// each further attempt waits twice as long as the one before (1, 2, 4 … seconds, at most
/// ``longestWait``) before it is answered, whatever the password. A right password clears the
/// count; a count left alone for ``forgetAfter`` is forgotten.
///
/// ```swift
/// let wait = throttle.delay(for: "shop/drita")   // 0 until 3 failures
/// throttle.failed("shop/drita")
/// ```
final class LoginThrottle: Sendable {
    static let freeFailures = 3
    static let longestWait: TimeInterval = 30
    static let forgetAfter: TimeInterval = 15 * 60
    private let failures = Mutex<[String: (count: Int, last: Date)]>([:])

    /// How long an attempt for `key` waits before it is checked.
    func delay(for key: String) -> TimeInterval {
        failures.withLock { failures in
            guard let record = failures[key], Date().timeIntervalSince(record.last) < Self.forgetAfter else { return 0 }
            let over = record.count - Self.freeFailures
            guard over >= 0 else { return 0 }
            return min(Self.longestWait, pow(2, Double(min(over, 10))))
        }
    }

    func failed(_ key: String) {
        failures.withLock { failures in
            let now = Date()
            let earlier = failures[key].flatMap { now.timeIntervalSince($0.last) < Self.forgetAfter ? $0.count : nil } ?? 0
            failures[key] = (earlier + 1, now)
        }
    }

    func succeeded(_ key: String) {
        _ = failures.withLock { $0.removeValue(forKey: key) }
    }
}
