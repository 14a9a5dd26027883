import ArkaCore
import ArkaFiles
import ArkaRules
import Foundation
import Yams

extension BusinessProfile {
    /// Every key `business.yaml` takes, with what it means.
    public static let keys: [(key: String, meaning: String)] = [
        ("cash", "the cash-in-hand (till) account"),
        ("bank", "the bank account whose statements are imported"),
        ("card", "where card sales land (default: the bank account)"),
        ("stock", "the asset account of goods kept for resale"),
        ("cost_of_goods", "the expense account the cost of stock sold goes to, and a purchase's price difference from the unit cost"),
        ("stock_difference", "the account a stock count's difference goes to (default: cost_of_goods)"),
        ("suppliers", "the liability account of goods bought on credit (stock purchase --paid-from supplier)"),
        ("cash_difference", "the account a cash count's shortage or overage goes to"),
        ("grant_income", "the income account of the start-up grant's tranches"),
        ("grant_fund", "the restricted fund of the start-up grant"),
        ("own_fund", "the fund of the business's own money"),
        ("vat_rate", "the VAT rate in percent, when registered for VAT (prices include it)"),
        ("vat_account", "the liability account of VAT collected on sales"),
        ("cash_flow", "accounts per cash-flow line: sales, grant, suppliers, wages"),
        ("cost_of_sales", "the expense accounts that grow with sales, for the gross margin"),
    ]

    /// Reads `business.yaml` and checks it against the chart and the funds.
    ///
    /// ```yaml
    /// cash: "5310"
    /// bank: "5120"
    /// cash_difference: "6590"
    /// cash_flow:
    ///   sales: ["7000"]
    ///   suppliers: ["3500", "6000"]
    /// ```
    /// - Throws: ``ArkaError/Kind/badSetting`` naming the file, line and key.
    public static func parse(yaml text: String, file: String, chart: ChartOfAccounts, funds: [Fund]) throws -> BusinessProfile {
        let node = try YAMLNode.compose(yaml: text, file: file, kind: .badSetting)
        guard let node else { throw ArkaError(.badSetting, "the business profile is empty; it names at least cash, bank and cash_difference", location: SourceLocation(file: file)) }
        let root = YAMLNode(node: node, path: "", file: file, kind: .badSetting)
        let entries = try root.entries(allowed: keys.map(\.key))
        func account(_ key: String, types: [AccountType]) throws -> String? {
            guard let value = entries[key] else { return nil }
            let code = try value.scalar()
            guard let found = chart.account(code) else { throw value.error("no such account in accounts.csv") }
            guard types.contains(found.type) else {
                throw value.error("\(key) must be \(types.map(\.rawValue).joined(separator: " or ")) account; \(code) is \(found.type.rawValue)")
            }
            return code
        }
        func required(_ key: String, types: [AccountType]) throws -> String {
            guard let code = try account(key, types: types) else {
                throw ArkaError(.badSetting, "the business profile needs \(key)", location: SourceLocation(file: file, line: root.line, field: key))
            }
            return code
        }
        func fund(_ key: String, restricted: Bool) throws -> String? {
            guard let value = entries[key] else { return nil }
            let code = try value.scalar()
            guard let found = funds.first(where: { $0.code == code }) else { throw value.error("no such fund in funds.csv") }
            if restricted && !found.isRestricted { throw value.error("the grant's fund must be restricted in funds.csv") }
            return code
        }
        var profile = BusinessProfile(
            cash: try required("cash", types: [.asset]), bank: try required("bank", types: [.asset]),
            cashDifference: try required("cash_difference", types: [.expense, .income]))
        profile.card = try account("card", types: [.asset])
        profile.stock = try account("stock", types: [.asset])
        profile.costOfGoods = try account("cost_of_goods", types: [.expense])
        profile.stockDifference = try account("stock_difference", types: [.expense, .income])
        profile.suppliers = try account("suppliers", types: [.liability])
        profile.grantIncome = try account("grant_income", types: [.income, .equity, .liability])
        profile.grantFund = try fund("grant_fund", restricted: true)
        profile.ownFund = try fund("own_fund", restricted: false)
        profile.vatAccount = try account("vat_account", types: [.liability])
        if let rate = entries["vat_rate"] {
            let text = try rate.scalar()
            let parsed = try rate.parse { try DecimalText.parse($0, field: "vat_rate") }
            guard parsed.digits > 0, parsed.normalized.scale <= 2, parsed.digits < 100 * 100 else { throw rate.error("the VAT rate is a percent, like 20") }
            guard profile.vatAccount != nil else { throw rate.error("a VAT rate needs the vat_account it is collected on") }
            profile.vatPercent = text
        }
        func accounts(_ node: YAMLNode) throws -> [String] {
            let items = node.node.sequence != nil ? try node.sequence() : [node]
            return try items.map { item in
                let code = try item.scalar()
                guard chart.account(code) != nil else { throw item.error("no such account in accounts.csv") }
                return code
            }
        }
        if let lines = entries["cash_flow"] {
            for (key, node) in try lines.entries(allowed: CashFlowLine.mapped.map(\.rawValue)) {
                profile.cashFlow[CashFlowLine(rawValue: key)!] = try accounts(node)
            }
        }
        if let costs = entries["cost_of_sales"] {
            profile.costOfSales = try accounts(costs)
            for (index, code) in profile.costOfSales.enumerated() where chart.account(code)?.type != .expense {
                throw try costs.sequence()[index].error("the cost of sales are expense accounts")
            }
        }
        return profile
    }

    /// The settings key the profile is stored under.
    static let settingKey = "business_profile"

    /// The profile as the ledger stores it, in its settings.
    var storedText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The profile back from the ledger's settings.
    /// - Throws: ``ArkaError/Kind/notALedger`` when the stored text cannot be read.
    init(storedText: String) throws {
        do {
            self = try JSONDecoder().decode(BusinessProfile.self, from: Data(storedText.utf8))
        } catch {
            throw ArkaError(.notALedger, "the ledger's business profile cannot be read: \(error)")
        }
    }
}

extension LedgerDefinition {
    /// Reads `products.csv`: `code,name,unit,price,income_account[,unit_cost][,name_sq]`, each
    /// refused row recorded in `problems` with its file and line.
    static func readProducts(_ file: String, chart: ChartOfAccounts, base: Currency, profile: BusinessProfile?, problems: inout ProblemList) -> [Product] {
        var products: [Product] = []
        var seen: Set<String> = []
        CSVTable.readRows(
            path: file, required: ["code", "name", "unit", "price", "income_account"], optional: ["unit_cost", "name_sq"], problems: &problems
        ) { row in
            let code = try row.required("code")
            guard seen.insert(code).inserted else { throw ArkaError(.duplicate, "the product appears twice", field: "code", value: code) }
            let income = try row.required("income_account")
            guard chart.account(income)?.type == .income else {
                throw ArkaError(.unknownAccount, "the income account must be an income account of accounts.csv", field: "income_account", value: income)
            }
            let price = try Money.parse(try row.required("price"), currency: base, field: "price")
            guard !price.isNegative else { throw ArkaError(.badAmount, "a price cannot be negative", field: "price", value: price.decimalText) }
            let cost = try row.value("unit_cost").map { try Money.parse($0, currency: base, field: "unit_cost") }
            if let cost {
                guard !cost.isNegative else { throw ArkaError(.badAmount, "a cost cannot be negative", field: "unit_cost", value: cost.decimalText) }
                guard profile?.stock != nil, profile?.costOfGoods != nil else {
                    throw ArkaError(.badSetting, "a product kept in stock needs the stock and cost_of_goods accounts of business.yaml", field: "unit_cost", value: cost.decimalText)
                }
            }
            products.append(
                Product(
                    code: code, name: try row.required("name"), nameAlbanian: row.value("name_sq"), unit: try row.required("unit"),
                    price: price, incomeAccount: income, unitCost: cost))
        }
        return products
    }
}
