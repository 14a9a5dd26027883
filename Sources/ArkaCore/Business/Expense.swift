/// A cost paid by the business: a purchase of ingredients or goods, rent, a bill, wages, with
/// the supplier, its NIPT, the invoice and NIVF, where it was paid from and the fund it is
/// charged to (the start-up grant, on one of its business-plan lines, or the business's own).
///
/// ```swift
/// let flour = Expense(id: "P-2024-031", date: try LedgerDate.parse("2024-03-04"),
///                     description: "Flour, 20 sacks of 25 kg", supplier: "Mulliri Ballsh",
///                     amount: try Money.parse("36000", currency: .lek), account: "6011", paidFrom: .cash)
/// ```
public struct Expense: Sendable, Equatable {
    public var id: String
    public var date: LedgerDate
    public var description: String
    public var supplier: String
    /// The supplier's NIPT (tax id).
    public var taxID: String?
    public var amount: Money
    /// The expense (or asset, or stock) account the cost goes to.
    public var account: String
    public var paidFrom: PaymentMethod
    /// The fund it is charged to; the business's own fund when nil.
    public var fund: String?
    /// The grant's business-plan line, for spending charged to the grant.
    public var budgetLine: String?
    public var invoice: String?
    public var nivf: String?
    public var origin: SourceLocation?

    public init(
        id: String, date: LedgerDate, description: String, supplier: String, taxID: String? = nil, amount: Money,
        account: String, paidFrom: PaymentMethod, fund: String? = nil, budgetLine: String? = nil, invoice: String? = nil,
        nivf: String? = nil, origin: SourceLocation? = nil
    ) {
        self.id = id
        self.date = date
        self.description = description
        self.supplier = supplier
        self.taxID = taxID
        self.amount = amount
        self.account = account
        self.paidFrom = paidFrom
        self.fund = fund
        self.budgetLine = budgetLine
        self.invoice = invoice
        self.nivf = nivf
        self.origin = origin
    }

    /// The entry: the account debited, the money account credited, both on the expense's fund.
    /// - Throws: ``ArkaError/Kind/badAmount`` for an amount that is not positive, or an NIVF
    ///   that is not one.
    public func entry(profile: BusinessProfile) throws -> Entry {
        do {
            guard amount.minorUnits > 0 else {
                throw ArkaError(.badAmount, "an expense is a positive amount (a refund is its own entry)", field: "amount", value: amount.decimalText)
            }
            if let taxID, !TaxID.isValid(taxID) {
                throw ArkaError(.badSetting, "a NIPT is a letter, eight digits and a letter, like K12345678A", field: "nipt", value: taxID)
            }
            let fund = self.fund ?? profile.ownFund
            var documents: [DocumentReference] = []
            if let invoice { documents.append(DocumentReference(kind: .invoice, reference: invoice)) }
            if let nivf { documents += try DocumentReference.parseList("nivf:" + nivf, field: "nivf") }
            return Entry(
                id: id, date: date, description: description, counterparty: taxID.map { "\(supplier) (NIPT \($0))" } ?? supplier,
                documents: documents,
                postings: [
                    Posting(account: account, amount: amount, fund: fund, budgetLine: budgetLine, line: origin?.line),
                    Posting(account: profile.account(for: paidFrom), amount: try amount.negated(), fund: fund, memo: paidFrom.rawValue, line: origin?.line),
                ],
                origin: origin)
        } catch let error as ArkaError {
            throw error.at(file: origin?.file, line: origin?.line)
        }
    }
}

/// The Albanian tax id (NIPT/NUIS): a letter, eight digits and a letter.
public enum TaxID {
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        func isLetter(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
        return isLetter(bytes[0]) && isLetter(bytes[9]) && bytes[1...8].allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
