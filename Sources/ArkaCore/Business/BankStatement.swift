/// One line of a bank statement: the day, the bank's words, the amount (positive when money
/// came in) and the running balance after it.
///
/// ```swift
/// let line = StatementLine(date: day, description: "POS settlement", amount: lek("18400"), balance: lek("912300"))
/// ```
public struct StatementLine: Sendable, Equatable {
    public var date: LedgerDate
    public var description: String
    public var amount: Money
    public var balance: Money
    /// Where it was read from, for error messages.
    public var origin: SourceLocation?

    public init(date: LedgerDate, description: String, amount: Money, balance: Money, origin: SourceLocation? = nil) {
        self.date = date
        self.description = description
        self.amount = amount
        self.balance = balance
        self.origin = origin
    }

    /// Two lines are the same line when date, description, amount and running balance are all
    /// equal: the exact rule that keeps a statement imported twice, or an overlapping one, from
    /// adding a line twice. Two real lines cannot share all four, as the balance moves with each.
    public func isSameLine(as other: StatementLine) -> Bool {
        date == other.date && description == other.description && amount == other.amount && balance == other.balance
    }

    /// Checks that each line's balance is the one before it plus its amount.
    /// - Throws: ``ArkaError/Kind/badStatement`` naming the first line that does not follow.
    public static func checkRunningBalance(_ lines: [StatementLine]) throws {
        for (previous, line) in zip(lines, lines.dropFirst()) {
            let expected = try previous.balance.adding(line.amount)
            guard expected == line.balance else {
                throw ArkaError(
                    .badStatement,
                    "the balance should be \(expected.decimalText): \(previous.balance.decimalText) on the line before plus \(line.amount.decimalText); the statement is incomplete or altered",
                    location: SourceLocation(file: line.origin?.file, line: line.origin?.line, field: "balance", value: line.balance.decimalText))
            }
        }
    }
}

/// Money moved on the bank account by one entry, as the books have it: what a statement line
/// may be matched to.
public struct BankMovement: Sendable, Equatable {
    public var entry: String
    public var date: LedgerDate
    public var amount: Money
    public var description: String

    public init(entry: String, date: LedgerDate, amount: Money, description: String) {
        self.entry = entry
        self.date = date
        self.amount = amount
        self.description = description
    }
}

/// Matching statement lines to the entries that moved the bank account.
///
/// The rule, exact and said in the output: a line's candidates are the entries not yet matched
/// whose bank movement has the same amount and a date at most ``windowDays`` days from the
/// line's. One candidate: matched. Several: matched only when exactly one of them is on the
/// line's own date, otherwise left for a person to choose. None: unmatched. Lines are taken
/// in date order, so the result does not depend on the statement's order.
///
/// ```swift
/// let results = BankMatching.match(lines, against: movements)
/// ```
public enum BankMatching {
    /// How far apart a statement's date and the entry's may be (clearing, weekends).
    public static let windowDays = 5

    public enum Outcome: Sendable, Equatable {
        case matched(String)
        case ambiguous([String])
        case unmatched
    }

    public static let rule: Sentence =
        "a line matches the one entry not yet matched that moved the bank account by the same amount within \(windowDays) days (of several, the one on the same day); otherwise it is left to choose"

    /// The outcome for each line, in the order given.
    public static func match(_ lines: [StatementLine], against movements: [BankMovement]) -> [Outcome] {
        var byAmount: [Int64: [Int]] = [:]
        for (index, movement) in movements.enumerated() { byAmount[movement.amount.minorUnits, default: []].append(index) }
        var taken = Set<Int>()
        var outcomes = [Outcome](repeating: .unmatched, count: lines.count)
        let order = lines.indices.sorted { (lines[$0].date, $0) < (lines[$1].date, $1) }
        for index in order {
            let line = lines[index]
            let candidates = (byAmount[line.amount.minorUnits] ?? []).filter {
                !taken.contains($0) && abs(movements[$0].date.dayNumber - line.date.dayNumber) <= windowDays
            }
            if candidates.count == 1 {
                taken.insert(candidates[0])
                outcomes[index] = .matched(movements[candidates[0]].entry)
            } else if candidates.count > 1 {
                let sameDay = candidates.filter { movements[$0].date == line.date }
                if sameDay.count == 1 {
                    taken.insert(sameDay[0])
                    outcomes[index] = .matched(movements[sameDay[0]].entry)
                } else {
                    outcomes[index] = .ambiguous(candidates.map { movements[$0].entry })
                }
            }
        }
        return outcomes
    }
}
