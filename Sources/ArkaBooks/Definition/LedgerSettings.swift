import ArkaCore
import ArkaFiles
import ArkaRules
import Foundation
import Yams

/// The settings of a ledger, read from the `ledger.yaml` of its definition folder.
///
/// ```yaml
/// name: Mallakastër EU action
/// entity: Municipality of Mallakastër
/// base_currency: EUR
/// rounding_account: "7990"
/// rate_source: Bank of Albania, monthly average
/// cash_accounts: ["5100", "5300"]
/// ```
public struct LedgerSettings: Sendable, Equatable {
    /// A short name for the books, shown on reports.
    public var name: String = "Arka ledger"
    /// The legal entity whose books these are.
    public var entity: String = ""
    /// The currency the books are kept in; foreign postings are converted to it.
    public var baseCurrency: Currency = .euro
    /// The currency donor reports are made in (EU: EUR); budgets are kept in it.
    public var reportingCurrency: Currency = .euro
    /// The account that takes rounding differences of multi-currency entries.
    public var roundingAccount: String?
    /// Self-balancing funds: the ledger's own, unrestricted fund (a posting with no fund is on
    /// it) and the accounts of what funds owe each other (``FundBalancing``). All three, or none.
    public var ownFund: String?
    public var interfundDueFromAccount: String?
    public var interfundDueToAccount: String?
    /// The expense account exchange losses are booked to; donors count them as ineligible.
    public var exchangeLossAccount: String?
    /// The source named for the rates of `rates.csv` rows that name none.
    public var rateSource: String = "ledger rates"
    /// The asset account equipment bought for handover waits in.
    public var equipmentStockAccount: String?
    /// The action's first day: where its reporting period starts.
    public var actionStart: LedgerDate?
    /// The action's last day: handovers after it need an explicit decision.
    public var actionEnd: LedgerDate?
    /// How many days after the action's end a write may still be dated without `--future`:
    /// the closing payments and entries (default 180). A later date is surely a typo.
    public var daysAfterActionEnd = LedgerSettings.defaultDaysAfterActionEnd

    /// The days after the action's end a ledger allows when its settings name none: six months
    /// for the final payments, the audit and the final report.
    public static let defaultDaysAfterActionEnd = 180
    /// Items costing more than this, in the reporting currency (each item's cost converted at
    /// the reporting rate of its purchase month), need the transfer-of-ownership document
    /// attached to the final report (EU: 5,000.00 EUR).
    public var ownershipDocumentThreshold = LedgerSettings.defaultOwnershipThreshold(in: .euro)

    /// The EU's threshold, 5,000.00 in the reporting currency, when the settings name none.
    static func defaultOwnershipThreshold(in currency: Currency) -> Money {
        (try? Money.parse("5000", currency: currency, field: "ownership_document_threshold")) ?? .zero(currency)
    }
    /// The asset accounts that hold money: bank accounts and tills (a parent stands for the
    /// accounts below it). A social business's books name theirs in the business profile.
    public var cashAccounts: [String] = []
    /// The asset accounts a budget line may charge besides the expense accounts: what is bought
    /// on a budget line and kept, a grant-funded oven or furniture (a parent stands for the
    /// accounts below it). The equipment stock account is one without being named.
    public var budgetedAssetAccounts: [String] = []
    /// The line of each key in `ledger.yaml`, for errors found once the chart is read.
    public var lines: [String: Int] = [:]

    /// Every key `ledger.yaml` may hold, with what it means.
    public static let keys: [(key: String, meaning: String)] = [
        ("name", "a short name for the books"),
        ("entity", "the legal entity whose books these are"),
        ("base_currency", "the ISO 4217 code the books are kept in (default EUR)"),
        ("reporting_currency", "the ISO 4217 code donor reports and budgets are in (default EUR)"),
        ("rounding_account", "the account that takes rounding differences of conversions"),
        ("own_fund", "the ledger's own, unrestricted fund of funds.csv: with the two inter-fund accounts, every entry balances per fund"),
        ("interfund_due_from_account", "the asset account of what other funds owe a fund (self-balancing funds)"),
        ("interfund_due_to_account", "the liability account of what a fund owes other funds (self-balancing funds)"),
        ("exchange_loss_account", "the expense account exchange losses are booked to, reported as ineligible"),
        ("rate_source", "where the rates of rates.csv come from"),
        ("equipment_stock_account", "the asset account equipment bought for handover waits in"),
        ("action_start", "the action's first day, YYYY-MM-DD: where the reporting period starts"),
        ("action_end", "the action's last day, YYYY-MM-DD"),
        ("days_after_action_end", "how many days after the action's end a write may still be dated without --future (default 180)"),
        ("ownership_document_threshold", "the cost above which a handed-over item needs its transfer-of-ownership document, in the reporting currency (default 5000.00, the EU's 5,000 EUR)"),
        ("cash_accounts", "the asset accounts that hold money, bank accounts and tills, as a list (a parent stands for the accounts below it)"),
        ("budgeted_asset_accounts", "the asset accounts a budget line may charge, what it buys and keeps (equipment, furniture), as a list"),
    ]

    public init() {}

    /// Reads `ledger.yaml`.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming the file, line and key of the first unknown
    ///   key or bad value (``parse(yaml:file:problems:)`` reports them all).
    public static func parse(yaml text: String, file: String) throws -> LedgerSettings {
        var problems = ProblemList()
        let read = try parse(yaml: text, file: file, problems: &problems)
        if let first = problems.errors.first { throw first }
        return read.settings
    }

    /// Reads `ledger.yaml`, recording every unknown key and bad value in `problems` and reading
    /// on: the settings it could read, and the keys it refused, whose value is the default (a
    /// definition then leaves unchecked what rests on them, the rates on a refused base currency).
    /// - Throws: ``ArkaError/Kind/badSetting`` when the file is not YAML or not a mapping of keys.
    public static func parse(yaml text: String, file: String, problems: inout ProblemList) throws -> (settings: LedgerSettings, refused: Set<String>) {
        var settings = LedgerSettings()
        var refused: Set<String> = []
        let node = try YAMLNode.compose(yaml: text, file: file, kind: .badSetting)
        guard let node else { return (settings, refused) }
        let root = YAMLNode(node: node, path: "", file: file, kind: .badSetting)
        guard node.mapping != nil else {
            throw ArkaError(.badSetting, "the settings are a list of key: value lines", location: SourceLocation(file: file, line: 1))
        }
        let known = Set(keys.map(\.key))
        var threshold: (String, SourceLocation)?
        // In file order; a key given twice is refused, naming its second line.
        for entry in try root.entryList() {
            let key = entry.key
            let line = entry.keyLine
            let valueNode = entry.node
            let place = SourceLocation(file: file, line: line, field: key, value: valueNode.node.string)
            guard known.contains(key) else {
                problems.record(
                    ArkaError(
                        .badSetting, "unknown setting; the settings are \(keys.map(\.key).joined(separator: ", "))",
                        location: SourceLocation(file: file, line: line, field: key)))
                continue
            }
            if let line { settings.lines[key] = line }
            do {
                try settings.read(key, valueNode, place: place, threshold: &threshold)
            } catch let error as ArkaError {
                problems.record(error.kind == .badSetting ? error : ArkaError(.badSetting, error.sentence, location: place))
                refused.insert(key)
            }
        }
        // In the reporting currency, which may be set after it.
        if let (value, place) = threshold {
            do {
                settings.ownershipDocumentThreshold = try Money.parse(value, currency: settings.reportingCurrency, field: "ownership_document_threshold")
            } catch let error as ArkaError {
                problems.record(ArkaError(.badSetting, error.sentence, location: place))
                refused.insert("ownership_document_threshold")
            }
        } else {
            settings.ownershipDocumentThreshold = defaultOwnershipThreshold(in: settings.reportingCurrency)
        }
        return (settings, refused)
    }

    /// Reads one known key's value into the settings.
    /// - Throws: ``ArkaError`` naming the key and value when the value is not one the key takes.
    private mutating func read(_ key: String, _ valueNode: YAMLNode, place: SourceLocation, threshold: inout (String, SourceLocation)?) throws {
        if key == "cash_accounts" || key == "budgeted_asset_accounts" {
            // A list of codes, or one code.
            let items = valueNode.node.sequence != nil ? try valueNode.sequence() : [valueNode]
            var codes: [String] = []
            for item in items {
                guard let code = item.node.string?.trimmingSpaces, !code.isEmpty else {
                    throw ArkaError(.badSetting, "\(key) lists account codes: [\"2150\", \"2180\"]", location: place)
                }
                codes.append(code)
            }
            if key == "cash_accounts" { cashAccounts += codes } else { budgetedAssetAccounts += codes }
            return
        }
        guard let value = valueNode.node.string?.trimmingSpaces else {
            throw ArkaError(.badSetting, "\(key) takes a single value", location: place)
        }
        switch key {
        case "name": name = value
        case "entity": entity = value
        case "base_currency": baseCurrency = try Currency(code: value)
        case "reporting_currency": reportingCurrency = try Currency(code: value)
        case "rounding_account": roundingAccount = value.isEmpty ? nil : value
        case "own_fund": ownFund = value.isEmpty ? nil : value
        case "interfund_due_from_account": interfundDueFromAccount = value.isEmpty ? nil : value
        case "interfund_due_to_account": interfundDueToAccount = value.isEmpty ? nil : value
        case "exchange_loss_account": exchangeLossAccount = value.isEmpty ? nil : value
        case "rate_source": rateSource = value
        case "equipment_stock_account": equipmentStockAccount = value.isEmpty ? nil : value
        case "action_start": actionStart = try LedgerDate.parse(value, field: key)
        case "action_end": actionEnd = try LedgerDate.parse(value, field: key)
        case "days_after_action_end":
            guard let days = Int(value), (0...36_500).contains(days) else {
                throw ArkaError(.badSetting, "days_after_action_end is a number of days from 0 to 36500", location: place)
            }
            daysAfterActionEnd = days
        case "ownership_document_threshold": threshold = (value, place)
        default: break
        }
    }

    /// The settings as the ledger stores them.
    var stored: [String: String] {
        var result = ["name": name, "entity": entity, "base_currency": baseCurrency.code, "rate_source": rateSource]
        result["reporting_currency"] = reportingCurrency.code
        if let roundingAccount { result["rounding_account"] = roundingAccount }
        if let ownFund { result["own_fund"] = ownFund }
        if let interfundDueFromAccount { result["interfund_due_from_account"] = interfundDueFromAccount }
        if let interfundDueToAccount { result["interfund_due_to_account"] = interfundDueToAccount }
        if let exchangeLossAccount { result["exchange_loss_account"] = exchangeLossAccount }
        if let actionStart { result["action_start"] = actionStart.description }
        if let equipmentStockAccount { result["equipment_stock_account"] = equipmentStockAccount }
        if let actionEnd { result["action_end"] = actionEnd.description }
        if daysAfterActionEnd != Self.defaultDaysAfterActionEnd { result["days_after_action_end"] = String(daysAfterActionEnd) }
        result["ownership_document_threshold"] = ownershipDocumentThreshold.storedUnits
        // Account codes hold no semicolon.
        if !cashAccounts.isEmpty { result["cash_accounts"] = cashAccounts.joined(separator: ";") }
        if !budgetedAssetAccounts.isEmpty { result["budgeted_asset_accounts"] = budgetedAssetAccounts.joined(separator: ";") }
        return result
    }

    /// The settings back from the ledger.
    init(stored: [String: String]) throws {
        name = stored["name"] ?? name
        entity = stored["entity"] ?? ""
        baseCurrency = try Currency(code: stored["base_currency"] ?? "EUR")
        reportingCurrency = try Currency(code: stored["reporting_currency"] ?? "EUR")
        roundingAccount = stored["rounding_account"]
        ownFund = stored["own_fund"]
        interfundDueFromAccount = stored["interfund_due_from_account"]
        interfundDueToAccount = stored["interfund_due_to_account"]
        exchangeLossAccount = stored["exchange_loss_account"]
        actionStart = try stored["action_start"].map { try LedgerDate.parse($0) }
        rateSource = stored["rate_source"] ?? rateSource
        equipmentStockAccount = stored["equipment_stock_account"]
        actionEnd = try stored["action_end"].map { try LedgerDate.parse($0) }
        daysAfterActionEnd = stored["days_after_action_end"].flatMap { Int($0) } ?? Self.defaultDaysAfterActionEnd
        ownershipDocumentThreshold =
            stored["ownership_document_threshold"].flatMap { Money(storedUnits: $0, currency: reportingCurrency) }
            ?? Self.defaultOwnershipThreshold(in: reportingCurrency)
        cashAccounts = stored["cash_accounts"].map { $0.split(separator: ";").map(String.init) } ?? []
        budgetedAssetAccounts = stored["budgeted_asset_accounts"].map { $0.split(separator: ";").map(String.init) } ?? []
    }

    /// The ledger's self-balancing funds, when its settings name all three of their parts.
    public var fundBalancing: FundBalancing? {
        guard let ownFund, let interfundDueFromAccount, let interfundDueToAccount else { return nil }
        return FundBalancing(ownFund: ownFund, dueFrom: interfundDueFromAccount, dueTo: interfundDueToAccount)
    }
}
