/// The lock date of a set of books: the last closed month, and with it every month before it.
///
/// Closing a month is closing the books up to its last day, as accounting software's lock
/// date does: a month earlier than a closed month cannot stay open, or a late entry there
/// would move the balances of the closed month after it. Every dated write of every kind
/// (entries, reversals, agreements, revisions, cancellations, completions, rates, cash and
/// stock counts, awards) is checked here, so that the rule has one wording.
///
/// ```swift
/// let lock = PeriodLock(closedMonths: [try LedgerMonth.parse("2023-08")])
/// lock.isClosed(try LedgerMonth.parse("2023-07"))   // true: August's close locks July too
/// try lock.checkOpen(try LedgerDate.parse("2023-09-01"), what: "an agreement")   // passes
/// ```
public struct PeriodLock: Sendable, Equatable {
    /// The last month closed, or nil while no month is.
    public var closedThrough: LedgerMonth?

    /// The last day a write may be dated, and what that day is: a later date is surely a typo
    /// (2062 for 2026), refused unless the command is told that it is meant (`--future`). Nil
    /// when no such limit applies.
    public var latest: DateLimit?

    /// The last day a write may be dated without `--future`, with the reason, as the refusal says it.
    public struct DateLimit: Sendable, Equatable {
        public var day: LedgerDate
        /// `today`, or `60 days after the action's end (2025-06-30)`.
        public var reason: Sentence

        public init(day: LedgerDate, reason: Sentence) {
            self.day = day
            self.reason = reason
        }

        /// The earlier of today and the action's end plus `grace` days: the limit of a ledger
        /// whose action ends on `actionEnd` (nil when it has no end).
        ///
        /// ```swift
        /// PeriodLock.DateLimit.of(today: day("2026-12-06"), actionEnd: day("2025-06-30"), grace: 180)
        /// // 2025-12-27, "180 days after the action's end (2025-06-30)"
        /// ```
        public static func of(today: LedgerDate, actionEnd: LedgerDate?, grace: Int) -> DateLimit {
            guard let actionEnd, let end = actionEnd.adding(days: grace), end < today else { return DateLimit(day: today, reason: "today") }
            return DateLimit(day: end, reason: "\(grace) days after the action's end (\(actionEnd))")
        }
    }

    /// The lock of a ledger whose closed months are `closedMonths`: the latest of them.
    public init(closedMonths: some Sequence<LedgerMonth>) {
        closedThrough = closedMonths.max()
    }

    /// Whether `month` is closed: it is the last closed month or before it.
    public func isClosed(_ month: LedgerMonth) -> Bool {
        guard let closedThrough else { return false }
        return month <= closedThrough
    }

    /// Refuses a date inside a closed month, in one sentence naming the month.
    ///
    /// - Parameters:
    ///   - what: the thing being dated, as the sentence names it: "the entry", "the agreement".
    ///   - field: the field that holds the date, for the error.
    /// - Throws: ``ArkaError/Kind/closedPeriod`` when the date's month is closed.
    /// - Throws: ``ArkaError/Kind/badDate`` when the date is after ``latest``.
    public func checkOpen(_ date: LedgerDate, what: Sentence, field: String = "date") throws {
        if let latest, date > latest.day {
            throw ArkaError(
                .badDate, latest.reason == "today"
                    ? "\(date) is after today (\(latest.day)), surely a typo; if \(what) is meant to be dated so, give --future"
                    : "\(date) is after \(latest.reason), surely a typo; if \(what) is meant to be dated so, give --future",
                field: field, value: date.description)
        }
        guard let closedThrough, date.ledgerMonth <= closedThrough else { return }
        throw ArkaError(.closedPeriod, Self.sentence(date.ledgerMonth, closedThrough, what: what), field: field, value: date.description)
    }

    /// Refuses a month inside the closed months (a monthly rate, say), in the same sentence.
    /// - Throws: ``ArkaError/Kind/closedPeriod`` when the month is closed.
    public func checkOpen(_ month: LedgerMonth, what: Sentence, field: String = "month") throws {
        guard let closedThrough, month <= closedThrough else { return }
        throw ArkaError(.closedPeriod, Self.sentence(month, closedThrough, what: what), field: field, value: month.description)
    }

    private static func sentence(_ month: LedgerMonth, _ closedThrough: LedgerMonth, what: Sentence) -> Sentence {
        if month == closedThrough { return "\(month) is closed; date \(what) in an open month, after \(closedThrough)" }
        return "\(month) is closed (the books are closed through \(closedThrough)); date \(what) in an open month, after \(closedThrough)"
    }
}
