/// Which accounts play which part in the books of a small business: where cash and the bank
/// are, where stock and its cost go, which accounts count as sales, suppliers or wages in the
/// cash-flow statement. Read from `business.yaml` of the definition folder.
///
/// ```swift
/// var profile = BusinessProfile(cash: "5310", bank: "5120", cashDifference: "6590")
/// profile.cashFlow[.supplierPayments] = ["3500", "6000"]
/// ```
public struct BusinessProfile: Sendable, Equatable, Codable {
    /// The till: cash sales go in, cash payments come out, cash counts check it.
    public var cash: String
    /// The bank account statements are imported for.
    public var bank: String
    /// Where card sales land; the bank account unless a clearing account is named.
    public var card: String?
    /// The asset account of goods kept in stock for resale.
    public var stock: String?
    /// The expense account the cost of stock sold goes to.
    public var costOfGoods: String?
    /// The account a stock count's difference goes to (goods lost, broken or found); the cost of
    /// goods account when not named.
    public var stockDifference: String?
    /// The liability account of goods bought on credit (`--paid-from supplier`).
    public var suppliers: String?
    /// The account a cash count's difference goes to: a shortage is a debit, an overage a credit.
    public var cashDifference: String
    /// The income account of the start-up grant's tranches.
    public var grantIncome: String?
    /// The restricted fund of the start-up grant.
    public var grantFund: String?
    /// The fund of the business's own money, for what is not charged to a grant.
    public var ownFund: String?
    /// The VAT rate in percent when the business is registered for VAT (prices then include it).
    public var vatPercent: String?
    /// The liability account VAT collected on sales goes to.
    public var vatAccount: String?
    /// The accounts (and their sub-accounts) whose money goes on each line of the cash-flow
    /// statement; cash against any other account is "other".
    public var cashFlow: [CashFlowLine: [String]] = [:]
    /// Expense accounts (and sub-accounts) that grow with sales: ingredients, goods, packaging.
    /// Sales less these are the gross margin; the other expenses are fixed costs.
    public var costOfSales: [String] = []

    public init(cash: String, bank: String, cashDifference: String) {
        self.cash = cash
        self.bank = bank
        self.cashDifference = cashDifference
    }

    /// The account card sales go to.
    public var cardAccount: String { card ?? bank }

    /// The account a stock count's difference goes to: `stock_difference`, else the cost of goods.
    public var stockDifferenceAccount: String? { stockDifference ?? costOfGoods }

    /// The accounts holding money: the till, the bank and a card clearing account.
    public var moneyAccounts: [String] {
        var accounts = [cash, bank]
        if let card, !accounts.contains(card) { accounts.append(card) }
        return accounts
    }

    /// The account a payment method moves money on.
    public func account(for method: PaymentMethod) -> String {
        switch method {
        case .cash: return cash
        case .bank: return bank
        case .card: return cardAccount
        }
    }
}

/// A line of the direct-method cash-flow statement.
public enum CashFlowLine: String, Sendable, CaseIterable, Codable, CodingKeyRepresentable {
    case salesReceipts = "sales"
    case grantReceived = "grant"
    case otherReceipts = "other-receipts"
    case supplierPayments = "suppliers"
    case wages = "wages"
    case otherPayments = "other-payments"

    /// Whether the line is money in (receipts) or out (payments).
    public var isInflow: Bool {
        switch self {
        case .salesReceipts, .grantReceived, .otherReceipts: return true
        case .supplierPayments, .wages, .otherPayments: return false
        }
    }

    /// The lines `business.yaml` maps accounts to; other receipts and payments take the rest.
    public static let mapped: [CashFlowLine] = [.salesReceipts, .grantReceived, .supplierPayments, .wages]
}

/// How a customer paid.
public enum PaymentMethod: String, Sendable, CaseIterable, Codable {
    case cash, bank, card

    /// - Throws: ``ArkaError/Kind/badSetting`` for anything but cash, bank or card.
    public static func parse(_ text: String, field: String = "payment") throws -> PaymentMethod {
        guard let method = PaymentMethod(rawValue: text.trimmingSpaces.lowercased()) else {
            throw ArkaError(.badSetting, "the payment method is cash, bank or card", field: field, value: text)
        }
        return method
    }
}
