import ArkaCore

/// One register kept beside the journal, set against the journal's control figure for it.
///
/// `arka verify` prints one line per reconciliation; any difference makes it exit 1. A
/// register agrees with the books when its total equals the control total and no item
/// differs (ISRS 4400: the auditor relies on the accounting system's records, so each record
/// must rest on the journal).
///
/// ```swift
/// let line = RegisterReconciliation(
///     register: "equipment in stock", control: "account 3100",
///     registerTotal: lek(250_000), controlTotal: lek(250_000), differences: [])
/// line.agrees   // true
/// ```
public struct RegisterReconciliation: Sendable, Equatable {
    /// The register, as a person names it: "equipment in stock", "sales by product".
    public var register: String
    /// What it is set against: "account 3100 (stock of equipment for handover)".
    public var control: String
    /// The register's total, in the control account's currency (the base currency).
    public var registerTotal: Money
    /// The journal's figure for the same thing.
    public var controlTotal: Money
    /// Each item that differs, in one sentence naming the item and the amount; empty when it agrees.
    public var differences: [String]

    public init(register: String, control: String, registerTotal: Money, controlTotal: Money, differences: [String] = []) {
        self.register = register
        self.control = control
        self.registerTotal = registerTotal
        self.controlTotal = controlTotal
        self.differences = differences
    }

    /// True when the totals are equal and no item differs.
    public var agrees: Bool { registerTotal == controlTotal && differences.isEmpty }
}
