import Foundation
import Synchronization

/// Slows the sign-in of a name after wrong passwords: each attempt counts as a failure from the
/// moment it starts until its password proves right, so attempts sent side by side wait as
/// attempts sent one after another. After ``freeFailures`` of them, each further attempt waits
/// twice as long as the one before (1, 2, 4 … seconds, at most ``longestWait``) before it is
/// answered, whatever the password. A right password clears the count; a count left alone for
/// ``forgetAfter`` is forgotten.
///
/// ```swift
/// let wait = throttle.attempt("shop/drita")   // 0 for the first three
/// throttle.succeeded("shop/drita")           // the password was right
/// ```
final class LoginThrottle: Sendable {
    static let freeFailures = 3
    static let longestWait: TimeInterval = 30
    static let forgetAfter: TimeInterval = 15 * 60
    private let failures = Mutex<[String: (count: Int, last: Date)]>([:])

    /// Counts an attempt for `key`, and says how long it waits before its password is checked.
    func attempt(_ key: String) -> TimeInterval {
        failures.withLock { failures in
            let now = Date()
            let earlier = failures[key].flatMap { now.timeIntervalSince($0.last) < Self.forgetAfter ? $0.count : nil } ?? 0
            failures[key] = (earlier + 1, now)
            let over = earlier - Self.freeFailures
            guard over >= 0 else { return 0 }
            return min(Self.longestWait, pow(2, Double(min(over, 10))))
        }
    }

    /// The attempt's password was right: the count starts again.
    func succeeded(_ key: String) {
        _ = failures.withLock { $0.removeValue(forKey: key) }
    }
}
