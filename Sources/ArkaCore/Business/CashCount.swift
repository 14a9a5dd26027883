/// The cash counted in the till at the end of a day, set against what the books say it holds.
///
/// A difference is never hidden: a shortage moves the missing amount from the till to the
/// cash-difference account, an overage the other way, each with the note that explains it.
///
/// ```swift
/// let count = CashCount(date: day, account: "5310", expected: books, counted: counted, note: "till short after market day")
/// let entry = try count.entry(id: "CC-2024-06-28", profile: profile)   // nil when it agrees
/// ```
public struct CashCount: Sendable, Equatable {
    public var date: LedgerDate
    public var account: String
    /// The balance of the cash account in the books, all entries of the day included.
    public var expected: Money
    public var counted: Money
    public var note: String?

    public init(date: LedgerDate, account: String, expected: Money, counted: Money, note: String?) {
        self.date = date
        self.account = account
        self.expected = expected
        self.counted = counted
        self.note = note
    }

    /// Counted less expected: negative when cash is short, positive when there is more than the books say.
    public var difference: Money { Money(minorUnits: counted.minorUnits &- expected.minorUnits, currency: counted.currency) }

    /// "short", "over" or "agrees".
    public var verdict: String { difference.minorUnits < 0 ? "short" : difference.minorUnits > 0 ? "over" : "agrees" }

    /// The entry recording the difference, or nil when the count agrees with the books.
    /// - Throws: ``ArkaError/Kind/missingValue`` for a difference without a note.
    public func entry(id: String, profile: BusinessProfile) throws -> Entry? {
        let difference = try counted.adding(expected.negated)
        guard !difference.isZero else { return nil }
        let note = self.note?.trimmingSpaces ?? ""
        guard !note.isEmpty else {
            throw ArkaError(
                .missingValue, "the count is \(verdict) by \((difference.minorUnits < 0 ? difference.negated : difference).tableText) \(difference.currency.code); say why in a note",
                field: "note", value: "")
        }
        let amount = difference.minorUnits < 0 ? difference.negated : difference
        return Entry(
            id: id, date: date, description: "Cash count: \(verdict) \(amount.displayText) \(amount.currency.code). \(note)",
            postings: [
                Posting(account: account, amount: difference, fund: profile.ownFund, memo: "counted \(counted.displayText), books \(expected.displayText)"),
                Posting(account: profile.cashDifference, amount: difference.negated, fund: profile.ownFund, memo: "cash \(verdict)"),
            ])
    }
}
