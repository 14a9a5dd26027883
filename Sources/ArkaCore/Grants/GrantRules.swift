/// The checks an agreement must pass to be approved, and a payment to be made, as small named
/// functions.
///
/// ```swift
/// try GrantRules.checkApproval(agreement, scheme: scheme, existing: positions)
/// ```
public enum GrantRules {
    /// An agreement within the scheme's minimum and maximum per recipient, the cap per recipient
    /// across all support, and the scheme's envelope, counting what already stands.
    /// - Throws: ``ArkaError/Kind/badAmount`` naming the limit and the figures;
    ///   ``ArkaError/Kind/overflow`` naming the amount when a running total would pass 64 bits.
    public static func checkApproval(_ agreement: GrantAgreement, scheme: GrantScheme, existing: [GrantPosition]) throws {
        do {
            try checkLimits(agreement, scheme: scheme, existing: existing)
        } catch let error as ArkaError where error.kind == .overflow || error.kind == .currencyMismatch {
            throw error.about(field: "amount", value: agreement.amount.decimalText)
        }
    }

    private static func checkLimits(_ agreement: GrantAgreement, scheme: GrantScheme, existing: [GrantPosition]) throws {
        guard agreement.amount.currency == scheme.capPerRecipient.currency else {
            throw ArkaError(
                .unknownCurrency, "the scheme \(scheme.code) is in \(scheme.capPerRecipient.currency.code)", field: "amount",
                value: agreement.amount.description)
        }
        guard agreement.amount.minorUnits > 0 else {
            throw ArkaError(.badAmount, "an agreement grants a positive amount", field: "amount", value: agreement.amount.decimalText)
        }
        func sum(_ positions: [GrantPosition]) throws -> Money {
            try positions.reduce(Money.zero(agreement.amount.currency)) { try $0.adding($1.counted) }
        }
        let recipientInScheme = try sum(existing.filter { $0.agreement.recipient == agreement.recipient && $0.agreement.scheme == scheme.code })
            .adding(agreement.amount)
        if let maximum = scheme.maximum, try recipientInScheme.exceeds(maximum) {
            throw ArkaError(
                .badAmount,
                "recipient \(agreement.recipient) would receive \(recipientInScheme) under \(scheme.code), above its maximum of \(maximum) per recipient",
                field: "amount", value: agreement.amount.decimalText)
        }
        if let minimum = scheme.minimum, try recipientInScheme.isLess(than: minimum) {
            throw ArkaError(
                .badAmount, "\(scheme.code) grants at least \(minimum) per recipient; \(agreement.recipient) would receive \(recipientInScheme)",
                field: "amount", value: agreement.amount.decimalText)
        }
        let recipientTotal = try sum(existing.filter { $0.agreement.recipient == agreement.recipient && $0.agreement.amount.currency == agreement.amount.currency })
            .adding(agreement.amount)
        if try recipientTotal.exceeds(scheme.capPerRecipient) {
            throw ArkaError(
                .badAmount,
                "recipient \(agreement.recipient) would receive \(recipientTotal) in all, above the cap of \(scheme.capPerRecipient) per recipient",
                field: "amount", value: agreement.amount.decimalText)
        }
        let schemeTotal = try sum(existing.filter { $0.agreement.scheme == scheme.code }).adding(agreement.amount)
        if let envelope = scheme.envelope, try schemeTotal.exceeds(envelope) {
            throw ArkaError(
                .badAmount, "the agreements of \(scheme.code) would commit \(schemeTotal), above its envelope of \(envelope)",
                field: "amount", value: agreement.amount.decimalText)
        }
    }

    /// An agreement number not used before.
    /// - Throws: ``ArkaError/Kind/duplicate``.
    public static func checkNumberIsNew(_ agreement: GrantAgreement, existing: [GrantPosition]) throws {
        if existing.contains(where: { $0.agreement.number == agreement.number }) {
            throw ArkaError(.duplicate, "the ledger already has an agreement with this number", field: "number", value: agreement.number)
        }
    }

    /// A disbursement or handover of `amount` against an agreement: not cancelled, not dated
    /// before it, and within what is still committed.
    /// - Throws: ``ArkaError/Kind/badAmount`` or ``ArkaError/Kind/badDate``.
    public static func checkConsumption(of amount: Money, on date: LedgerDate, against position: GrantPosition) throws {
        let number = position.agreement.number
        if let closure = position.closure {
            throw ArkaError(.badDate, "agreement \(number) was \(closure.kind.rawValue) on \(closure.date)", field: "agreement", value: number)
        }
        guard date >= position.agreement.date else {
            throw ArkaError(.badDate, "agreement \(number) was approved on \(position.agreement.date)", field: "date", value: date.description)
        }
        guard amount.minorUnits > 0 else {
            throw ArkaError(.badAmount, "the amount must be positive", field: "amount", value: amount.decimalText)
        }
        let open = try position.open
        guard try !amount.exceeds(open) else {
            throw ArkaError(
                .badAmount,
                "agreement \(number) has \(open) left of \(position.agreement.amount); \(amount) is beyond it",
                field: "amount", value: amount.decimalText)
        }
    }
}
