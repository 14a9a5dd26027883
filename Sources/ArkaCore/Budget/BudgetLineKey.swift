/// A fund and one of its budget lines: the key under which reports sum expense, commitments and
/// budgets. Expense booked without a fund or without a line has an empty one, so that it is
/// summed and shown, never lost.
///
/// Keys order by fund, then by line, as text.
///
/// ```swift
/// let key = BudgetLineKey(fund: "EU", line: "3.3")
/// spent[key, default: 0] += posting.baseAmount.minorUnits
/// BudgetLineKey(fund: nil, line: nil).fund   // "": expense without a fund
/// ```
public struct BudgetLineKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The fund's code, empty for none.
    public let fund: String
    /// The budget line's code, empty for none.
    public let line: String

    public init(fund: String?, line: String?) {
        self.fund = fund ?? ""
        self.line = line ?? ""
    }

    /// `EU 3.3`, `EU` without a line, `(no fund)` without either.
    public var description: String {
        fund.isEmpty && line.isEmpty ? "(no fund)" : line.isEmpty ? fund : "\(fund.isEmpty ? "(no fund)" : fund) \(line)"
    }

    public static func < (left: BudgetLineKey, right: BudgetLineKey) -> Bool {
        left.fund != right.fund ? left.fund < right.fund : left.line < right.line
    }
}
