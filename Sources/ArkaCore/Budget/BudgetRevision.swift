/// A move of budget from one line to another of the same fund: an entry of its own, never an
/// edit of the budget.
///
/// A revision made on a written notice stays within the donor's flexibility; one made by an
/// addendum to the contract may go beyond it, and becomes the new baseline.
///
/// ```swift
/// let move = BudgetRevision(date: try LedgerDate.parse("2024-03-01"), fund: "EU", fromLine: "3.1",
///                           toLine: "3.3", amount: try Money.parse("2000.00", currency: .euro),
///                           reason: "More IGA grants", authority: .notice, reference: "N-2024-02")
/// ```
public struct BudgetRevision: Sendable, Equatable {
    /// What authorises the revision.
    public enum Authority: String, Sendable, CaseIterable {
        /// A written notice to the donor: enough while no heading changes beyond the limit.
        case notice
        /// An addendum to the contract: needed beyond the limit; it resets the baseline.
        case addendum
    }

    public var date: LedgerDate
    public var fund: String
    public var fromLine: String
    public var toLine: String
    /// Positive, in the currency of the budget lines.
    public var amount: Money
    public var reason: String
    public var authority: Authority
    public var reference: String

    public init(
        date: LedgerDate, fund: String, fromLine: String, toLine: String, amount: Money, reason: String,
        authority: Authority, reference: String
    ) {
        self.date = date
        self.fund = fund
        self.fromLine = fromLine
        self.toLine = toLine
        self.amount = amount
        self.reason = reason
        self.authority = authority
        self.reference = reference
    }
}

/// The donor's budget rules for one fund: how far headings may move without an addendum, and
/// the ceilings of indirect costs and contingency, as percentages of direct costs. A limit that
/// is nil is not a rule of the donor's and is never flagged.
public struct BudgetPolicy: Sendable, Equatable {
    /// Percent of a heading's baseline it may change by, cumulatively, on notices alone (EU: 25;
    /// older contracts 15; German federal co-financing: 20); nil when the donor sets none.
    public var flexibilityLimit: Int?
    /// Indirect costs as a percent of direct costs, at most (EU: 7); nil when the donor sets none.
    public var indirectLimit: Int?
    /// Contingency reserve as a percent of direct costs, at most (EU: 5); nil when the donor sets none.
    public var contingencyLimit: Int?
    /// The headings whose lines are direct costs (EU: 1 to 6).
    public var directHeadings: Set<String>
    public var indirectHeading: String
    public var contingencyHeading: String

    /// The EU's rules (PRAG): 25 %, 7 %, 5 %, headings 1-6 direct, 8 indirect, 10 contingency.
    public static let eu = BudgetPolicy(
        flexibilityLimit: 25, indirectLimit: 7, contingencyLimit: 5, directHeadings: ["1", "2", "3", "4", "5", "6"],
        indirectHeading: "8", contingencyHeading: "10")

    /// No donor rules: headings move freely and nothing is capped.
    public static let none = BudgetPolicy(
        flexibilityLimit: nil, indirectLimit: nil, contingencyLimit: nil, directHeadings: [], indirectHeading: "", contingencyHeading: "")

    public init(
        flexibilityLimit: Int?, indirectLimit: Int?, contingencyLimit: Int?, directHeadings: Set<String>,
        indirectHeading: String, contingencyHeading: String
    ) {
        self.flexibilityLimit = flexibilityLimit
        self.indirectLimit = indirectLimit
        self.contingencyLimit = contingencyLimit
        self.directHeadings = directHeadings
        self.indirectHeading = indirectHeading
        self.contingencyHeading = contingencyHeading
    }
}
