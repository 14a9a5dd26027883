/// Someone who receives financial support: a farm, a small business or a social business.
///
/// ```swift
/// let farm = GrantRecipient(code: "R-014", name: "Ferma Hoxha", kind: .farm, taxID: "L91234567A", village: "Greshicë")
/// ```
public struct GrantRecipient: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case farm
        case smallBusiness = "small-business"
        case socialBusiness = "social-business"
    }

    public var code: String
    public var name: String
    public var kind: Kind
    /// NIPT/NUIS of a business, or the personal id of a person.
    public var taxID: String?
    public var village: String?

    public init(code: String, name: String, kind: Kind, taxID: String?, village: String?) {
        self.code = code
        self.name = name
        self.kind = kind
        self.taxID = taxID
        self.village = village
    }
}

/// A call's rules for financial support to third parties: its fund and budget line, the
/// expense account it books, the minimum and maximum per recipient, the cap per recipient
/// across all support, and the scheme's envelope.
public struct GrantScheme: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Equipment bought by the project and handed over: consumed by handovers.
        case inKind = "in-kind"
        /// Money paid in tranches: consumed by disbursements.
        case cash
    }

    public var code: String
    public var name: String
    public var kind: Kind
    public var fund: String
    public var budgetLine: String
    public var expenseAccount: String
    public var minimum: Money?
    public var maximum: Money?
    /// The most one recipient may receive across all agreements of all schemes (EU default 60,000 EUR).
    public var capPerRecipient: Money
    /// The most all agreements of the scheme may commit.
    public var envelope: Money?

    public init(
        code: String, name: String, kind: Kind, fund: String, budgetLine: String, expenseAccount: String, minimum: Money?,
        maximum: Money?, capPerRecipient: Money, envelope: Money?
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.fund = fund
        self.budgetLine = budgetLine
        self.expenseAccount = expenseAccount
        self.minimum = minimum
        self.maximum = maximum
        self.capPerRecipient = capPerRecipient
        self.envelope = envelope
    }

    /// The EU's default cap of financial support per third party.
    public static let defaultCap = Money(minorUnits: 6_000_000, currency: .euro)
}

/// An approved grant: what a recipient may receive under a scheme. Approving it commits its
/// amount against the scheme's budget line; disbursements and handovers consume the commitment;
/// cancelling releases what is left.
public struct GrantAgreement: Sendable, Equatable {
    public var number: String
    public var recipient: String
    public var scheme: String
    public var amount: Money
    public var date: LedgerDate
    public var conditions: String?

    public init(number: String, recipient: String, scheme: String, amount: Money, date: LedgerDate, conditions: String? = nil) {
        self.number = number
        self.recipient = recipient
        self.scheme = scheme
        self.amount = amount
        self.date = date
        self.conditions = conditions
    }
}

/// Where an agreement stands: approved, what has been paid or handed over, what was released.
public struct GrantPosition: Sendable, Equatable {
    public var agreement: GrantAgreement
    /// Disbursed (cash) or handed over (in kind), in the agreement's currency.
    public var consumed: Money
    /// Released by a cancellation.
    public var released: Money
    public var cancelledOn: LedgerDate?

    public init(agreement: GrantAgreement, consumed: Money, released: Money, cancelledOn: LedgerDate?) {
        self.agreement = agreement
        self.consumed = consumed
        self.released = released
        self.cancelledOn = cancelledOn
    }

    /// Still committed: approved less consumed less released.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits (stored figures
    ///   changed outside arka).
    public var open: Money {
        get throws { try agreement.amount.subtracting(consumed).subtracting(released) }
    }

    /// What the agreement counts for towards caps and envelopes: all of it while it stands,
    /// what was consumed once it is cancelled.
    public var counted: Money { cancelledOn == nil ? agreement.amount : consumed }

    /// "cancelled", "completed" (nothing left committed) or "open".
    public var status: String {
        cancelledOn != nil ? "cancelled" : (try? open.isZero) == true ? "completed" : "open"
    }
}
