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
    /// Whether the recipient is a legal entity (a company, a cooperative, an association)
    /// rather than a natural person; nil leaves it to the kind: a social business is one, a
    /// farm or a small business is a person.
    public var legalEntity: Bool?

    public init(code: String, name: String, kind: Kind, taxID: String?, village: String?, legalEntity: Bool? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.taxID = taxID
        self.village = village
        self.legalEntity = legalEntity
    }

    /// Whether the recipient is a natural person, whom exports show by pseudonym unless names
    /// are asked for: a farm or a small business unless marked as a legal entity, or any
    /// recipient marked as not one.
    ///
    /// ```swift
    /// GrantRecipient(code: "R-01", name: "Ferma Hoxha", kind: .farm, taxID: nil, village: nil).isNaturalPerson   // true
    /// ```
    public var isNaturalPerson: Bool { !(legalEntity ?? (kind == .socialBusiness)) }
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

/// Where an agreement stands: approved, what has been paid or handed over, and whether it was
/// closed, as cancelled or as completed.
///
/// What was consumed is derived from the journal: a tranche or a handover whose entry was
/// reversed, or an item returned to stock, no longer counts. Closing releases whatever was not
/// consumed, so a closed agreement commits nothing; what it released is derived too, and
/// grows when a consumption is reversed after the close.
///
/// ```swift
/// let position = GrantPosition(agreement: agreement, consumed: eur("1810.00"),
///                              closure: .init(kind: .completed, date: day))
/// position.released   // 40.00 EUR: the agreement's 1,850.00 less what its items cost
/// position.status     // "completed"
/// ```
public struct GrantPosition: Sendable, Equatable {
    /// How an agreement was closed, and when.
    public struct Closure: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            /// Stopped before it was delivered (`arka grant cancel`).
            case cancelled
            /// Delivered, and what it did not use released (`arka grant agreement close`).
            case completed
        }

        public var kind: Kind
        public var date: LedgerDate

        public init(kind: Kind, date: LedgerDate) {
            self.kind = kind
            self.date = date
        }
    }

    public var agreement: GrantAgreement
    /// Disbursed (cash) or handed over (in kind) and still standing, in the agreement's currency.
    public var consumed: Money
    /// The cancellation or completion, once there is one.
    public var closure: Closure?

    public init(agreement: GrantAgreement, consumed: Money, closure: Closure? = nil) {
        self.agreement = agreement
        self.consumed = consumed
        self.closure = closure
    }

    /// The day of the cancellation, when the agreement was cancelled.
    public var cancelledOn: LedgerDate? { closure?.kind == .cancelled ? closure?.date : nil }

    /// The approved amount less what was consumed, never below zero.
    private var unconsumed: Money {
        let (left, overflow) = agreement.amount.minorUnits.subtractingReportingOverflow(consumed.minorUnits)
        return Money(minorUnits: overflow ? 0 : max(left, 0), currency: agreement.amount.currency)
    }

    /// Released by the closure: what the agreement did not consume. Zero while it is open.
    public var released: Money { closure == nil ? .zero(agreement.amount.currency) : unconsumed }

    /// Still committed: approved less consumed while the agreement is open; nothing once closed.
    public var open: Money { closure == nil ? unconsumed : .zero(agreement.amount.currency) }

    /// What the agreement counts for towards caps and envelopes: all of it while it is open,
    /// what was consumed once it is closed.
    public var counted: Money { closure == nil ? agreement.amount : consumed }

    /// ``status`` as a report's text says it, in the process's language.
    public var statusSaid: Sentence {
        switch status {
        case "cancelled": return "cancelled"
        case "completed": return "completed"
        default: return "open"
        }
    }

    /// "open", "completed" (closed as completed, or all of it consumed) or "cancelled".
    public var status: String {
        switch closure?.kind {
        case .cancelled: return "cancelled"
        case .completed: return "completed"
        case nil: return unconsumed.isZero ? "completed" : "open"
        }
    }
}
