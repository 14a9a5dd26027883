import ArkaCore
import ArkaStore
import Foundation

/// A tranche of the start-up grant as the business received it: the amount credited to its
/// bank account, the project's agreement and payment reference, and the amount the project
/// sent in its own currency.
public struct GrantReceipt: Sendable, Equatable {
    public var id: String
    public var date: LedgerDate
    /// The amount credited, in the business's currency.
    public var amount: Money
    public var agreement: String
    /// The bank reference of the project's transfer.
    public var reference: String
    /// What the project disbursed, in its currency (`6000.00 EUR`), when that is another.
    public var original: Money?
    public var origin: SourceLocation?

    public init(id: String, date: LedgerDate, amount: Money, agreement: String, reference: String, original: Money? = nil, origin: SourceLocation? = nil) {
        self.id = id
        self.date = date
        self.amount = amount
        self.agreement = agreement
        self.reference = reference
        self.original = original
        self.origin = origin
    }
}

extension Ledger {
    /// Records a tranche of the start-up grant received in the bank, in the grant's restricted
    /// fund: the bank is debited and the grant income credited, both on the fund.
    /// - Throws: ``ArkaError/Kind/badSetting`` when the profile names no grant fund or income account.
    @discardableResult
    public func receiveGrant(_ receipts: [GrantReceipt], counted: CountedCash = .keep, signature: Signature) throws -> [StoredEntry] {
        let profile = try businessProfile()
        guard let fund = profile.grantFund, let income = profile.grantIncome else {
            throw ArkaError(.badSetting, "business.yaml names no grant_fund and grant_income; the books cannot take a grant tranche", field: "grant_fund", value: "")
        }
        var problems = ProblemList()
        let entries = try receipts.compactMap { receipt -> Entry? in
            guard receipt.amount.isPositive, receipt.amount.currency == baseCurrency else {
                problems.record(
                    ArkaError(.badAmount, "a tranche received is a positive amount in \(baseCurrency.code)", location: SourceLocation(
                        file: receipt.origin?.file, line: receipt.origin?.line, field: "amount", value: receipt.amount.description)))
                return nil
            }
            let original = receipt.original.map { " (\($0.decimalText) \($0.currency.code) sent)" } ?? ""
            return Entry(
                id: receipt.id, date: receipt.date, description: "Start-up grant tranche, agreement \(receipt.agreement)\(original)",
                counterparty: "Project: agreement \(receipt.agreement)",
                documents: [DocumentReference(kind: .bank, reference: receipt.reference)],
                postings: [
                    Posting(account: profile.bank, amount: receipt.amount, fund: fund, memo: receipt.agreement, line: receipt.origin?.line),
                    Posting(account: income, amount: try receipt.amount.negated(), fund: fund, line: receipt.origin?.line),
                ],
                origin: receipt.origin)
        }
        return try postAll(entries, counted: counted, file: receipts.first?.origin?.file, signature: signature, problems: problems)
    }

    /// Reads grant tranches from a file: `id,date,amount,agreement,reference[,original_amount,original_currency]`.
    /// - Throws: ``ArkaErrorList`` of the bad rows; nothing is posted then.
    public func receiveGrant(file path: String, counted: CountedCash = .keep, signature: Signature) throws -> [StoredEntry] {
        let table = try CSVTable(
            path: path, required: ["id", "date", "amount", "agreement", "reference"], optional: ["original_amount", "original_currency"])
        let read = FileImport.rows(table) { row in
            var original: Money?
            if let text = row.value("original_amount") {
                guard let code = row.value("original_currency") else {
                    throw ArkaError(.missingValue, "an original amount needs its currency", field: "original_currency", value: "")
                }
                original = try Money.parse(text, currency: try Currency(code: code), field: "original_amount")
            }
            return GrantReceipt(
                id: try row.required("id"), date: try LedgerDate.parse(try row.required("date")),
                amount: try Money.parse(try row.required("amount"), currency: baseCurrency), agreement: try row.required("agreement"),
                reference: try row.required("reference"), original: original, origin: SourceLocation(file: table.reader.name, line: row.line))
        }
        try read.problems.throwIfAny()
        return try receiveGrant(read.values.map(\.value), counted: counted, signature: signature)
    }
}
