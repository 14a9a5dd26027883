import ArkaCore
import Foundation

/// Who writes to the ledger and when: stamped on every entry and closed period.
///
/// The time is UTC. When `SOURCE_DATE_EPOCH` is set (the reproducible-builds convention), it is
/// used instead of the clock, so that a ledger built twice from the same files is the same.
///
/// ```swift
/// let signature = Signature.now(user: "ermira")
/// signature.timestamp   // "2024-03-31T09:15:02Z"
/// ```
public struct Signature: Sendable, Equatable {
    public var user: String
    public var timestamp: String

    public init(user: String, timestamp: String) {
        self.user = user
        self.timestamp = timestamp
    }

    /// The user given, else `ARKA_USER`, else the login name (`USER`, `LOGNAME`, else the name
    /// the system gives the process's effective user, as `id -un` does, else `uid N` for a user
    /// the system has no name for); an empty value counts as none. The time now (``currentTime()``).
    public static func now(user: String? = nil) -> Signature {
        let given = [user, variable("ARKA_USER"), variable("USER"), variable("LOGNAME")].lazy.compactMap { $0 }.first { !$0.isEmpty }
        let name = given ?? systemUserName() ?? "uid \(geteuid())"
        // The format style of FoundationEssentials, not ISO8601DateFormatter: that one loads ICU's
        // calendars, about 2 ms of each command that stamps entries.
        return Signature(user: name, timestamp: timestamp(currentTime()))
    }

    /// The environment variable `name`, read alone: `ProcessInfo`'s environment copies every
    /// variable into a dictionary, a measurable part of a write when a server makes hundreds a
    /// second.
    private static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// `2025-01-31T10:00:00Z`: a moment as entries and digests state it.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// The time Arka states as now, on entries and on the workbooks it generates:
    /// `SOURCE_DATE_EPOCH` (seconds since 1970-01-01 UTC) when set, else the clock.
    ///
    /// ```swift
    /// // SOURCE_DATE_EPOCH=1738317600
    /// Signature.currentTime()   // 2025-01-31 10:00:00 +0000
    /// ```
    public static func currentTime() -> Date {
        if let epoch = variable("SOURCE_DATE_EPOCH").flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date()
    }

    /// The day it is where the ledger is kept (the local time zone) at ``currentTime()``: the
    /// day after which a write's date is in the future.
    ///
    /// ```swift
    /// // SOURCE_DATE_EPOCH=1738317600, TZ=Europe/Tirane
    /// Signature.today()   // 2025-01-31
    /// ```
    /// - Returns: nil only for a clock before 1900 or after 9999.
    public static func today() -> LedgerDate? {
        let seconds = Int(currentTime().timeIntervalSince1970.rounded(.down))
        var clock = time_t(seconds)
        var parts = tm()
        let offset = localtime_r(&clock, &parts) == nil ? 0 : Int(parts.tm_gmtoff)
        let local = seconds + offset
        return LedgerDate(dayNumber: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// The name of the process's user in the system's user database, when it has one in UTF-8.
    static func systemUserName() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(validatingCString: name).flatMap { $0.isEmpty ? nil : $0 }
    }
}
