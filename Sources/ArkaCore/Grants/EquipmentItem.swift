/// One physical thing bought for handover to a grant recipient: the asset register's row.
///
/// ```swift
/// let hive = EquipmentItem(tag: "EQ-001", description: "Beehive, Langstroth", serial: nil,
///                          supplier: "Agro Fier shpk (L62108502C)", invoice: "AF-2023-311", nivf: nil,
///                          purchaseDate: try LedgerDate.parse("2023-11-06"),
///                          cost: try Money.parse("9500", currency: .lek), fund: "EU", budgetLine: "3.3")
/// ```
public struct EquipmentItem: Sendable, Equatable {
    public var tag: String
    public var description: String
    public var serial: String?
    public var supplier: String
    public var invoice: String
    public var nivf: String?
    public var purchaseDate: LedgerDate
    /// What it cost, in the invoice's currency.
    public var cost: Money
    public var fund: String
    public var budgetLine: String

    public init(
        tag: String, description: String, serial: String?, supplier: String, invoice: String, nivf: String?,
        purchaseDate: LedgerDate, cost: Money, fund: String, budgetLine: String
    ) {
        self.tag = tag
        self.description = description
        self.serial = serial
        self.supplier = supplier
        self.invoice = invoice
        self.nivf = nivf
        self.purchaseDate = purchaseDate
        self.cost = cost
        self.fund = fund
        self.budgetLine = budgetLine
    }

    /// Checks what the asset register holds of every item before anything is written: it cost
    /// more than zero (a gift in kind is not bought equipment; a refund is a reversal).
    ///
    /// ```swift
    /// try hive.check()   // throws for a cost of 0.00 or less
    /// ```
    /// - Throws: ``ArkaError/Kind/badAmount`` naming the field `amount` and the value.
    public func check() throws {
        guard cost.minorUnits > 0 else {
            throw ArkaError(
                .badAmount, "item \(tag) bought for handover must cost more than zero (a refund is the reversal of its purchase)", field: "amount",
                value: cost.decimalText)
        }
    }
}

/// An item in the register with where it stands: its cost in the base currency at the rate of its
/// purchase, and its handover when it has one.
///
/// Where an item stands is derived from the journal: a handover whose entry was reversed, or
/// that was returned to stock, is no longer the item's; a purchase whose entry was reversed
/// leaves the item out of stock for good.
public struct EquipmentRecord: Sendable, Equatable {
    public struct Handover: Sendable, Equatable {
        /// The handover's number in the register, which a return names.
        public var sequence: Int64
        /// The journal entry that posted it.
        public var entryID: String
        public var agreement: String
        public var recipient: String
        public var date: LedgerDate
        public var protocolNumber: String
        public var signatories: String
        /// Handed over after the action's end, by explicit decision.
        public var afterActionEnd: Bool

        public init(
            sequence: Int64, entryID: String, agreement: String, recipient: String, date: LedgerDate, protocolNumber: String,
            signatories: String, afterActionEnd: Bool
        ) {
            self.sequence = sequence
            self.entryID = entryID
            self.agreement = agreement
            self.recipient = recipient
            self.date = date
            self.protocolNumber = protocolNumber
            self.signatories = signatories
            self.afterActionEnd = afterActionEnd
        }
    }

    public var item: EquipmentItem
    public var baseCost: Money
    /// The purchase's rate, when the invoice was in a foreign currency.
    public var rate: ExchangeRate?
    public var purchaseEntry: String
    /// The entry that reversed the purchase, when one did: the item never entered the stock.
    public var purchaseReversal: String?
    /// The handover that stands: its entry not reversed and the item not returned since.
    public var handover: Handover?

    public init(
        item: EquipmentItem, baseCost: Money, rate: ExchangeRate?, purchaseEntry: String, purchaseReversal: String? = nil,
        handover: Handover?
    ) {
        self.item = item
        self.baseCost = baseCost
        self.rate = rate
        self.purchaseEntry = purchaseEntry
        self.purchaseReversal = purchaseReversal
        self.handover = handover
    }

    /// Whether the item is in the equipment stock account: bought, and not handed over.
    public var isInStock: Bool { purchaseReversal == nil && handover == nil }

    /// "in stock", "handed over", or "purchase reversed".
    public var status: String { purchaseReversal != nil ? "purchase reversed" : handover == nil ? "in stock" : "handed over" }

    /// ``status`` as a report's text says it, in the process's language.
    public var statusSaid: Sentence {
        if purchaseReversal != nil { return "purchase reversed" }
        return handover == nil ? "in stock" : "handed over"
    }
}

extension GrantRules {
    /// Items handed over under an agreement: each in stock and bought before the day, the
    /// agreement in kind, and their cost within what it has left.
    /// - Throws: ``ArkaError`` naming the item or the agreement.
    public static func checkHandover(
        of items: [EquipmentRecord], on date: LedgerDate, against position: GrantPosition, scheme: GrantScheme,
        actionEnd: LedgerDate?, allowAfterEnd: Bool
    ) throws {
        guard scheme.kind == .inKind else {
            throw ArkaError(
                .badAmount, "\(scheme.code) is paid in cash: disburse tranches instead of handing items over",
                field: "agreement", value: position.agreement.number)
        }
        var seen: Set<String> = []
        for record in items {
            guard seen.insert(record.item.tag).inserted else {
                throw ArkaError(.duplicate, "the item is listed twice in one handover", field: "tag", value: record.item.tag)
            }
            if let handover = record.handover {
                throw ArkaError(
                    .duplicate, "item \(record.item.tag) was handed over on \(handover.date) under \(handover.agreement) (protocol \(handover.protocolNumber))",
                    field: "tag", value: record.item.tag)
            }
            if let reversal = record.purchaseReversal {
                throw ArkaError(
                    .badAmount, "item \(record.item.tag) is not in stock: its purchase \(record.purchaseEntry) was reversed by \(reversal)",
                    field: "tag", value: record.item.tag)
            }
            guard record.item.purchaseDate <= date else {
                throw ArkaError(.badDate, "item \(record.item.tag) was bought on \(record.item.purchaseDate)", field: "date", value: date.description)
            }
        }
        if let actionEnd, date > actionEnd, !allowAfterEnd {
            throw ArkaError(
                .badDate, "the action ended on \(actionEnd); a handover after it needs the explicit after-end flag",
                field: "date", value: date.description)
        }
        var total = Money.zero(position.agreement.amount.currency)
        for record in items {
            guard record.baseCost.currency == total.currency else {
                throw ArkaError(
                    .unknownCurrency,
                    "the item's cost is in \(record.baseCost.currency.code), but the agreement is in \(total.currency.code); an in-kind agreement is stated in the currency the books keep the items' cost in",
                    field: "tag", value: record.item.tag)
            }
            total = try total.adding(record.baseCost)
        }
        try checkConsumption(of: total, on: date, against: position)
    }
}
