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
    /// - Throws: ``ArkaError/Kind/overflow`` when the difference does not fit in 64 bits,
    ///   ``ArkaError/Kind/currencyMismatch`` when the two are in different currencies.
    public var difference: Money {
        get throws { try counted.subtracting(expected) }
    }

    /// "short", "over" or "agrees".
    public var verdict: String {
        counted.minorUnits < expected.minorUnits ? "short" : counted.minorUnits > expected.minorUnits ? "over" : "agrees"
    }

    /// The verdict as a report's text says it, in the process's language.
    public var verdictSaid: Sentence {
        counted.minorUnits < expected.minorUnits ? "short" : counted.minorUnits > expected.minorUnits ? "over" : "agrees"
    }

    /// The entry recording the difference, or nil when the count agrees with the books.
    /// - Throws: ``ArkaError/Kind/missingValue`` for a difference without a note;
    ///   ``ArkaError/Kind/overflow`` for a difference that does not fit in 64 bits.
    public func entry(id: String, profile: BusinessProfile) throws -> Entry? {
        let difference = try self.difference
        guard !difference.isZero else { return nil }
        let note = self.note?.trimmingSpaces ?? ""
        guard !note.isEmpty else {
            let by = "\(try difference.magnitude().tableText) \(difference.currency.code)"
            let reason: Sentence =
                difference.isNegative ? "the count is short by \(by); say why in a note" : "the count is over by \(by); say why in a note"
            throw ArkaError(.missingValue, reason, field: "note", value: "")
        }
        let amount = try difference.magnitude()
        return Entry(
            id: id, date: date, description: "Cash count: \(verdict) \(amount.displayText) \(amount.currency.code). \(note)",
            postings: [
                Posting(account: account, amount: difference, fund: profile.ownFund, memo: "counted \(counted.displayText), books \(expected.displayText)"),
                Posting(account: profile.cashDifference, amount: try difference.negated(), fund: profile.ownFund, memo: "cash \(verdict)"),
            ])
    }
}
