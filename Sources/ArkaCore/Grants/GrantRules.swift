/// The checks an agreement must pass to be approved, and a payment to be made, as small named
/// functions; the approval's checks in one list, ``approval``, like ``EntryRules/all``.
///
/// A donor's own limit is data first: a scheme's minimum, maximum, cap per recipient and
/// envelope in `schemes.csv`. A rule that data cannot state is one function of the shape
/// ``ApprovalCheck`` added to ``approval`` under its name: every approval runs it, and its
/// refusal is reported with the others, in one sentence.
///
/// ```swift
/// try GrantRules.checkApproval(agreement, scheme: scheme, existing: positions)
/// GrantRules.approval.map(\.name)   // ["agreementIsInSchemeCurrency", …, "schemeWithinEnvelope"]
/// ```
public enum GrantRules {
    /// One approval rule: throws an ``ArkaError`` naming the limit and the figures.
    public typealias ApprovalCheck = @Sendable (_ agreement: GrantAgreement, _ scheme: GrantScheme, _ existing: [GrantPosition]) throws -> Void

    /// What an agreement must be before its amount is measured against anything.
    public static let preconditions: [(name: String, check: ApprovalCheck)] = [
        ("agreementIsInSchemeCurrency", checkCurrency),
        ("agreementGrantsPositiveAmount", checkPositive),
    ]

    /// The limits an agreement is measured against, counting what already stands; each is
    /// checked and every refusal reported.
    public static let approval: [(name: String, check: ApprovalCheck)] = [
        ("recipientWithinSchemeMaximum", checkMaximum),
        ("recipientAtLeastSchemeMinimum", checkMinimum),
        ("recipientWithinCapAcrossSchemes", checkCap),
        ("schemeWithinEnvelope", checkEnvelope),
    ]

    /// An agreement within the scheme's minimum and maximum per recipient, the cap per recipient
    /// across all support, and the scheme's envelope, counting what already stands.
    /// - Throws: ``ArkaError/Kind/badAmount`` naming every limit passed and its figures;
    ///   ``ArkaError/Kind/overflow`` naming the amount when a running total would pass 64 bits.
    public static func checkApproval(_ agreement: GrantAgreement, scheme: GrantScheme, existing: [GrantPosition]) throws {
        do {
            for rule in preconditions { try rule.check(agreement, scheme, existing) }
            var refusals: [ArkaError] = []
            for rule in approval {
                do {
                    try rule.check(agreement, scheme, existing)
                } catch let error as ArkaError where error.kind == .badAmount {
                    refusals.append(error)
                }
            }
            // Every limit passed, in one refusal of the agreement's amount.
            if var first = refusals.first {
                first.sentence = Sentence.joined(refusals.map(\.sentence), between: "; and ")
                throw first
            }
        } catch let error as ArkaError where error.kind == .overflow || error.kind == .currencyMismatch {
            throw error.about(field: "amount", value: agreement.amount.decimalText)
        }
    }

    /// What the agreements of `positions` count for, in the agreement's currency.
    private static func sum(_ positions: [GrantPosition], plus agreement: GrantAgreement) throws -> Money {
        try positions.reduce(Money.zero(agreement.amount.currency)) { try $0.adding($1.counted) }.adding(agreement.amount)
    }

    static func checkCurrency(_ agreement: GrantAgreement, _ scheme: GrantScheme, _ existing: [GrantPosition]) throws {
        guard agreement.amount.currency == scheme.capPerRecipient.currency else {
            throw ArkaError(
                .unknownCurrency, "the scheme \(scheme.code) is in \(scheme.capPerRecipient.currency.code)", field: "amount",
                value: agreement.amount.description)
        }
    }

    static func checkPositive(_ agreement: GrantAgreement, _ scheme: GrantScheme, _ existing: [GrantPosition]) throws {
        guard agreement.amount.minorUnits > 0 else {
            throw ArkaError(.badAmount, "an agreement grants a positive amount", field: "amount", value: agreement.amount.decimalText)
        }
    }

    static func checkMaximum(_ agreement: GrantAgreement, _ scheme: GrantScheme, _ existing: [GrantPosition]) throws {
        guard let maximum = scheme.maximum else { return }
        let total = try sum(existing.filter { $0.agreement.recipient == agreement.recipient && $0.agreement.scheme == scheme.code }, plus: agreement)
        if try total.exceeds(maximum) {
            throw ArkaError(
                .badAmount,
                "recipient \(agreement.recipient) would receive \(total) under \(scheme.code), above its maximum of \(maximum) per recipient",
                field: "amount", value: agreement.amount.decimalText)
        }
    }

    static func checkMinimum(_ agreement: GrantAgreement, _ scheme: GrantScheme, _ existing: [GrantPosition]) throws {
        guard let minimum = scheme.minimum else { return }
        let total = try sum(existing.filter { $0.agreement.recipient == agreement.recipient && $0.agreement.scheme == scheme.code }, plus: agreement)
        if try total.isLess(than: minimum) {
            throw ArkaError(
                .badAmount, "\(scheme.code) grants at least \(minimum) per recipient; \(agreement.recipient) would receive \(total)",
                field: "amount", value: agreement.amount.decimalText)
        }
    }

    static func checkCap(_ agreement: GrantAgreement, _ scheme: GrantScheme, _ existing: [GrantPosition]) throws {
        let total = try sum(
            existing.filter { $0.agreement.recipient == agreement.recipient && $0.agreement.amount.currency == agreement.amount.currency },
            plus: agreement)
        if try total.exceeds(scheme.capPerRecipient) {
            throw ArkaError(
                .badAmount,
                "recipient \(agreement.recipient) would receive \(total) in all, above the cap of \(scheme.capPerRecipient) per recipient",
                field: "amount", value: agreement.amount.decimalText)
        }
    }

    static func checkEnvelope(_ agreement: GrantAgreement, _ scheme: GrantScheme, _ existing: [GrantPosition]) throws {
        guard let envelope = scheme.envelope else { return }
        let total = try sum(existing.filter { $0.agreement.scheme == scheme.code }, plus: agreement)
        if try total.exceeds(envelope) {
            throw ArkaError(
                .badAmount, "the agreements of \(scheme.code) would commit \(total), above its envelope of \(envelope)",
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
