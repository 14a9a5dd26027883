import ArkaCore
import ArkaFiles
import ArkaRules
import ArkaStore
import Foundation

/// A ledger's definition folder read and checked: settings, chart, funds, budget and rates.
///
/// | file | columns | |
/// |---|---|---|
/// | `accounts.csv` | `code,name,type[,parent][,name_sq]` | required |
/// | `funds.csv` | `code,name,restricted[,template][,flexibility_limit][,indirect_limit][,contingency_limit][,conversion][,reports]` | template: the donor's report layout and its rules, eu-annex-vi, financing-plan or budget-vs-actual (default); limits in percent in place of the template's (EU: 25, 7, 5); conversion: period-average, expense-month or booking (default); reports: the donor reports the fund is reported in, separated by `;` (`proof-of-use`) |
/// | `budget.csv` | `fund,line,heading,description,amount,currency[,unit][,units][,unit_rate]` | optional |
/// | `rates.csv` | `date,currency,rate[,source]` | optional; `date` is a day or a month |
/// | `reporting-rates.csv` | `month,currency,rate[,source]` | optional; units of the currency per 1 unit of the reporting currency (InforEuro) |
/// | `recipients.csv` | `code,name,kind[,tax_id][,village][,legal_entity]` | optional; kind: farm, small-business, social-business; legal_entity yes or no (default: yes for a social business, no for a farm or a small business, which exports then show by pseudonym) |
/// | `schemes.csv` | `code,name,kind,fund,budget_line,expense_account,currency[,minimum][,maximum][,cap][,envelope]` | optional; kind: in-kind or cash; cap defaults to 60,000.00 EUR |
/// | `ledger.yaml` | settings, see ``LedgerSettings`` | optional |
/// | `business.yaml` | the business profile, see ``BusinessProfile`` | optional; makes the books a business's (sales, cash counts, bank statements) |
/// | `products.csv` | `code,name,unit,price,income_account[,unit_cost][,name_sq]` | optional; unit_cost for goods kept in stock |
///
/// ```swift
/// let definition = try LedgerDefinition.load(from: "ledgers/mallakaster", baseCurrency: nil)
/// ```
public struct LedgerDefinition: Sendable {
    public var settings: LedgerSettings
    public var chart: ChartOfAccounts
    public var funds: [Fund]
    public var budgetLines: [BudgetLine]
    public var rates: RateBook
    public var reportingRates: ReportingRates
    public var recipients: [GrantRecipient] = []
    public var schemes: [GrantScheme] = []
    /// The business profile, for a social business's books.
    public var business: BusinessProfile?
    public var products: [Product] = []

    /// Reads and checks every file of the folder; nothing is written. Every problem of every
    /// file is found in one run: a refused row does not stop the reading of the rows after it
    /// or of the files after its own, and a reference into a file that has problems of its own
    /// (a budget line's fund when funds.csv was refused) is not reported a second time.
    /// - Throws: ``ArkaErrorList`` of the problems, file by file, each naming file, line, field
    ///   and value; ``ArkaError/Kind/io`` when the folder or its accounts.csv is missing.
    public static func load(from folder: String, baseCurrency: String?) throws -> LedgerDefinition {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
        func read(_ file: String, _ what: String) throws -> Data {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ArkaError(.io, "cannot read \(what)", location: SourceLocation(file: file))
            }
            return data
        }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ArkaError(.io, "no such folder; --from names a folder holding accounts.csv", location: SourceLocation(file: folder))
        }
        guard exists("accounts.csv") else {
            throw ArkaError(.io, "the definition folder has no accounts.csv (columns code,name,type[,parent][,name_sq])", location: SourceLocation(file: folder))
        }
        var problems = ProblemList()
        problems.fileOrder = [
            "ledger.yaml", "accounts.csv", "funds.csv", "budget.csv", "rates.csv", "reporting-rates.csv", "recipients.csv", "schemes.csv",
            "business.yaml", "products.csv",
        ].map(path)
        var settings = LedgerSettings()
        // The settings refused: what rests on them (the rates, on the currencies) is left unchecked.
        var refusedSettings: Set<String> = []
        if exists("ledger.yaml") {
            var found = ProblemList()
            let read = problems.collect {
                let text = try YAMLNode.readText(try read(path("ledger.yaml"), "the settings"), file: path("ledger.yaml"))
                return try LedgerSettings.parse(yaml: text, file: path("ledger.yaml"), problems: &found)
            }
            for problem in found.errors { problems.record(problem) }
            settings = read?.settings ?? settings
            refusedSettings = read?.refused ?? Set(["base_currency", "reporting_currency"])
        }
        if let baseCurrency {
            settings.baseCurrency = problems.collect { try Currency(code: baseCurrency.uppercased()) } ?? settings.baseCurrency
        }
        let (chart, accountTypes, refusedAccounts) = readChart(path("accounts.csv"), problems: &problems)
        for problem in settingsProblems(settings, accountType: { accountTypes[$0] }, refused: refusedAccounts, file: path("ledger.yaml")) {
            problems.record(problem)
        }
        let (funds, refusedFunds) = exists("funds.csv") ? readFunds(path("funds.csv"), problems: &problems) : ([], [])
        if let chart, !(settings.ownFund.map(refusedFunds.contains) ?? false) {
            _ = problems.collect { try checkFundBalancing(settings, chart: chart, funds: funds, file: path("ledger.yaml")) }
        }
        let (budget, refusedLines) =
            exists("budget.csv") ? readBudget(path("budget.csv"), funds: funds, refusedFunds: refusedFunds, problems: &problems) : ([], [])
        var rates = RateBook(base: settings.baseCurrency, defaultSource: settings.rateSource)
        if exists("rates.csv") && !refusedSettings.contains("base_currency") { readRates(path("rates.csv"), into: &rates, problems: &problems) }
        var reportingRates = ReportingRates(reporting: settings.reportingCurrency)
        if exists("reporting-rates.csv") && refusedSettings.isDisjoint(with: ["base_currency", "reporting_currency"]) {
            readReportingRates(path("reporting-rates.csv"), source: settings.rateSource, into: &reportingRates, problems: &problems)
        }
        var definition = LedgerDefinition(
            settings: settings, chart: try chart ?? ChartOfAccounts([]), funds: funds, budgetLines: budget, rates: rates,
            reportingRates: reportingRates)
        if exists("recipients.csv") { definition.recipients = readRecipients(path("recipients.csv"), problems: &problems) }
        // The files below name accounts: with a chart that could not be read, their references are left unchecked.
        if let chart {
            if exists("schemes.csv") {
                definition.schemes = definition.readSchemes(path("schemes.csv"), refused: (refusedFunds, refusedLines), problems: &problems)
            }
            if exists("business.yaml") {
                definition.business = problems.collect {
                    let text = try YAMLNode.readText(try read(path("business.yaml"), "the business profile"), file: path("business.yaml"))
                    return try BusinessProfile.parse(yaml: text, file: path("business.yaml"), chart: chart, funds: funds)
                }
            }
            if exists("products.csv") {
                if exists("business.yaml") {
                    definition.products = readProducts(
                        path("products.csv"), chart: chart, base: settings.baseCurrency, profile: definition.business, problems: &problems)
                } else {
                    problems.record(
                        ArkaError(.badSetting, "a product list needs the business profile business.yaml beside it", location: SourceLocation(file: path("products.csv"))))
                }
            }
        }
        try problems.throwIfAny()
        return definition
    }

    /// The settings of ledger.yaml that name accounts, checked against the accounts read
    /// (`accountType`): each refusal names the key and value. An account whose own row of
    /// accounts.csv was refused (`refused`) is not reported again.
    static func settingsProblems(
        _ settings: LedgerSettings, accountType: (String) -> AccountType?, refused: Set<String>, file: String
    ) -> [ArkaError] {
        var problems: [ArkaError] = []
        func refuse(_ key: String, _ value: String, _ reason: Sentence) {
            guard !refused.contains(value) else { return }
            problems.append(ArkaError(.badSetting, reason, location: SourceLocation(file: file, line: settings.lines[key], field: key, value: value)))
        }
        if let rounding = settings.roundingAccount, accountType(rounding) == nil {
            refuse("rounding_account", rounding, "the rounding account is not in accounts.csv")
        }
        if let loss = settings.exchangeLossAccount, accountType(loss) != .expense {
            refuse("exchange_loss_account", loss, "the exchange loss account must be an expense account of accounts.csv")
        }
        if let stock = settings.equipmentStockAccount, accountType(stock) != .asset {
            refuse("equipment_stock_account", stock, "the equipment stock account must be an asset account of accounts.csv")
        }
        for code in settings.cashAccounts where accountType(code) != .asset {
            refuse("cash_accounts", code, "a cash account is an asset account of accounts.csv (a bank account, a till, or their parent)")
        }
        for code in settings.budgetedAssetAccounts where accountType(code) != .asset {
            refuse("budgeted_asset_accounts", code, "a budgeted asset account is an asset account of accounts.csv (equipment, furniture, or their parent)")
        }
        return problems
    }

    /// What accounts.csv declares: the chart, or nil when a row or the chart itself was refused
    /// (each refusal recorded in `problems`); the type of every account read; and the codes of
    /// the rows refused, whose references elsewhere are not reported again.
    static func readChart(_ file: String, problems: inout ProblemList) -> (chart: ChartOfAccounts?, types: [String: AccountType], refused: Set<String>) {
        let (accounts, lines, read) = readAccountRows(file, problems: &problems)
        let types = Dictionary(accounts.map { ($0.code, $0.type) }, uniquingKeysWith: { first, _ in first })
        let refused = read.refusedKeys.subtracting(types.keys)
        // Every account that breaks a rule of the chart, on its own line; a parent refused on its
        // own row is not reported again.
        var sound = read.sound
        for (index, error) in ChartOfAccounts.problems(in: accounts) {
            sound = false
            if error.location.field == "parent", let parent = accounts[index].parent, refused.contains(parent) { continue }
            problems.record(error.at(file: file, line: lines[index]))
        }
        guard sound else { return (nil, types, refused) }
        do {
            return (try ChartOfAccounts(accounts), types, refused)
        } catch {
            problems.record(ArkaError.from(error, file: file))
            return (nil, types, refused)
        }
    }

    /// The accounts of a file with accounts.csv's columns (code,name,type[,parent][,name_sq]),
    /// each with its line; each row refused recorded in `problems`.
    static func readAccountRows(_ file: String, problems: inout ProblemList) -> (accounts: [Account], lines: [Int], read: CSVTable.RowsRead) {
        var accounts: [Account] = []
        var lines: [Int] = []
        let read = CSVTable.readRows(path: file, required: ["code", "name", "type"], optional: ["parent", "name_sq"], key: "code", problems: &problems) { row in
            let account = Account(
                code: try row.required("code"), name: try row.required("name"), nameAlbanian: row.value("name_sq"),
                type: try AccountType.parse(try row.required("type")), parent: row.value("parent"))
            lines.append(row.line)
            accounts.append(account)
        }
        return (accounts, lines, read)
    }

    /// The funds of funds.csv, and the codes of the rows refused (each refusal recorded in
    /// `problems`), whose references elsewhere are not reported again.
    static func readFunds(_ file: String, problems: inout ProblemList) -> (funds: [Fund], refused: Set<String>) {
        var funds: [Fund] = []
        var seen: Set<String> = []
        let read = CSVTable.readRows(
            path: file, required: ["code", "name", "restricted"],
            optional: ["template", "flexibility_limit", "indirect_limit", "contingency_limit", "conversion", "reports"], key: "code",
            problems: &problems
        ) { row in
            let code = try row.required("code")
            guard seen.insert(code).inserted else {
                throw ArkaError(.duplicate, "the fund appears twice", field: "code", value: code)
            }
            let flag = try row.required("restricted")
            guard let restricted = parseBool(flag) else {
                throw ArkaError(.badSetting, "restricted is true or false", field: "restricted", value: flag)
            }
            let template = try row.value("template").map { try DonorTemplate.parse($0) } ?? .budgetVersusActual
            var policy = template.policy
            // A limit in funds.csv replaces one of the template's; a template without such a rule
            // (the financing plan has no indirect-cost ceiling) takes none.
            func percent(_ column: String, _ current: Int?) throws -> Int? {
                guard let text = row.value(column) else { return current }
                guard let value = Int(text), (0...100).contains(value) else {
                    throw ArkaError(.badSetting, "\(column) is a whole percent from 0 to 100", field: column, value: text)
                }
                guard current != nil else {
                    let rule = column.replacingOccurrences(of: "_", with: " ")
                    let having = DonorTemplate.allCases.filter { candidate in
                        let policy = candidate.policy
                        return [policy.flexibilityLimit, policy.indirectLimit, policy.contingencyLimit][
                            ["flexibility_limit", "indirect_limit", "contingency_limit"].firstIndex(of: column) ?? 0] != nil
                    }
                    throw ArkaError(
                        .badSetting,
                        "the fund's template, \(template.rawValue), has no \(rule); it is a rule of \(having.map(\.rawValue).joined(separator: " and ")) (template column)",
                        field: column, value: text)
                }
                return value
            }
            policy.flexibilityLimit = try percent("flexibility_limit", policy.flexibilityLimit)
            policy.indirectLimit = try percent("indirect_limit", policy.indirectLimit)
            policy.contingencyLimit = try percent("contingency_limit", policy.contingencyLimit)
            let conversion = try row.value("conversion").map { try ConversionRule.parse($0) } ?? .booking
            let reports = try row.value("reports").map { try DonorReport.parseList($0) } ?? []
            funds.append(
                Fund(
                    code: code, name: try row.required("name"), isRestricted: restricted, template: template, budgetPolicy: policy,
                    conversion: conversion, reports: reports))
        }
        return (funds, read.refusedKeys.subtracting(funds.map(\.code)))
    }

    /// The budget lines of budget.csv, and the lines of the rows refused; a line's fund is
    /// checked against `funds`, except a fund whose own row was refused (`refusedFunds`).
    static func readBudget(_ file: String, funds: [Fund], refusedFunds: Set<String>, problems: inout ProblemList) -> (lines: [BudgetLine], refused: Set<BudgetLineKey>) {
        let fundCodes = Set(funds.map(\.code))
        let templates = Dictionary(funds.map { ($0.code, $0.template) }, uniquingKeysWith: { first, _ in first })
        var attempted: Set<BudgetLineKey> = []
        var lines: [BudgetLine] = []
        var seen: Set<BudgetLineKey> = []
        CSVTable.readRows(path: file, required: ["fund", "line", "heading", "description", "amount", "currency"], optional: ["unit", "units", "unit_rate"], problems: &problems) { row in
            if let fund = row.value("fund"), let line = row.value("line") { attempted.insert(BudgetLineKey(fund: fund, line: line)) }
            let fund = try row.required("fund")
            guard fundCodes.contains(fund) || refusedFunds.contains(fund) else {
                throw ArkaError(.unknownFund, "no such fund in funds.csv", field: "fund", value: fund)
            }
            let line = try row.required("line")
            guard seen.insert(BudgetLineKey(fund: fund, line: line)).inserted else {
                throw ArkaError(.duplicate, "budget line \(line) of fund \(fund) appears twice", field: "line", value: line)
            }
            let currency = try Currency(code: try row.required("currency"))
            try templates[fund]?.check(line: line, heading: try row.required("heading"))
            let budgetLine = BudgetLine(
                fund: fund, line: line, heading: try row.required("heading"),
                description: try row.required("description"),
                amount: try Money.parse(try row.required("amount"), currency: currency), unit: row.value("unit"),
                units: try row.value("units").map { try DecimalText.parse($0, field: "units") },
                unitRate: try row.value("unit_rate").map { try Money.parse($0, currency: currency, field: "unit_rate") })
            guard !budgetLine.amount.isNegative else {
                throw ArkaError(.badAmount, "a budget line's amount is zero or more; move budget between lines with a revision", field: "amount", value: budgetLine.amount.decimalText)
            }
            if (budgetLine.units == nil) != (budgetLine.unitRate == nil) {
                throw ArkaError(.missingValue, "units and unit_rate go together", field: budgetLine.units == nil ? "units" : "unit_rate", value: "")
            }
            try budgetLine.checkCosting()
            lines.append(budgetLine)
        }
        return (lines, attempted.subtracting(lines.map { BudgetLineKey(fund: $0.fund, line: $0.line) }))
    }

    static func readRates(_ file: String, into book: inout RateBook, lock: PeriodLock? = nil, problems: inout ProblemList) {
        CSVTable.readRows(path: file, required: ["date", "currency", "rate"], optional: ["source"], problems: &problems) { row in
            if let lock {
                // A day's rate (YYYY-MM-DD) or a month's (YYYY-MM): either way its month.
                let period = try row.required("date")
                if period.utf8.count == 10 {
                    try lock.checkOpen(try LedgerDate.parse(period), what: "the rate")
                } else {
                    try lock.checkOpen(try LedgerMonth.parse(period, field: "date"), what: "the rate", field: "date")
                }
            }
            try book.add(
                currency: try Currency(code: try row.required("currency")), period: try row.required("date"),
                rate: try ExchangeRate.parse(try row.required("rate")), source: row.value("source"))
        }
    }

    /// Reads monthly rates to the reporting currency (`month,currency,rate[,source]`), each
    /// refused row recorded in `problems` with its file and line.
    static func readReportingRates(_ file: String, source: String, into table: inout ReportingRates, lock: PeriodLock? = nil, problems: inout ProblemList) {
        CSVTable.readRows(path: file, required: ["month", "currency", "rate"], optional: ["source"], problems: &problems) { row in
            if let lock { try lock.checkOpen(try LedgerMonth.parse(try row.required("month")), what: "the rate") }
            try table.add(
                currency: try Currency(code: try row.required("currency")),
                month: try LedgerMonth.parse(try row.required("month")),
                rate: try ExchangeRate.parse(try row.required("rate")), source: row.value("source") ?? source)
        }
    }

    static func readRecipients(_ file: String, problems: inout ProblemList) -> [GrantRecipient] {
        var recipients: [GrantRecipient] = []
        var seen: Set<String> = []
        CSVTable.readRows(path: file, required: ["code", "name", "kind"], optional: ["tax_id", "village", "legal_entity"], problems: &problems) { row in
            let code = try row.required("code")
            guard seen.insert(code).inserted else {
                throw ArkaError(.duplicate, "the recipient appears twice", field: "code", value: code)
            }
            let kindText = try row.required("kind")
            guard let kind = GrantRecipient.Kind(rawValue: kindText.lowercased()) else {
                throw ArkaError(.badSetting, "kind is farm, small-business or social-business", field: "kind", value: kindText)
            }
            var legalEntity: Bool?
            if let text = row.value("legal_entity") {
                guard let flag = parseBool(text) else {
                    throw ArkaError(.badSetting, "legal_entity is yes (a company, cooperative or association) or no (a natural person)", field: "legal_entity", value: text)
                }
                legalEntity = flag
            }
            recipients.append(
                GrantRecipient(
                    code: code, name: try row.required("name"), kind: kind, taxID: row.value("tax_id"),
                    village: row.value("village"), legalEntity: legalEntity))
        }
        return recipients
    }

    /// The schemes of schemes.csv; a scheme's budget line is checked against the budget, except
    /// a line or fund whose own row was refused (`refused`).
    func readSchemes(_ file: String, refused: (fund: Set<String>, lines: Set<BudgetLineKey>), problems: inout ProblemList) -> [GrantScheme] {
        Self.readSchemes(file, chart: chart, budgetLines: budgetLines, base: settings.baseCurrency, refused: refused, problems: &problems)
    }

    /// The schemes of a file with schemes.csv's columns, checked against `chart` and `budgetLines`.
    static func readSchemes(
        _ file: String, chart: ChartOfAccounts, budgetLines: [BudgetLine], base: Currency, refused: (fund: Set<String>, lines: Set<BudgetLineKey>) = ([], []),
        problems: inout ProblemList
    ) -> [GrantScheme] {
        var schemes: [GrantScheme] = []
        CSVTable.readRows(path: file, required: ["code", "name", "kind", "fund", "budget_line", "expense_account", "currency"], optional: ["minimum", "maximum", "cap", "envelope"], problems: &problems) { row in
            let kindText = try row.required("kind")
            guard let kind = GrantScheme.Kind(rawValue: kindText.lowercased()) else {
                throw ArkaError(.badSetting, "kind is in-kind or cash", field: "kind", value: kindText)
            }
            let fund = try row.required("fund")
            let line = try row.required("budget_line")
            let unchecked = refused.fund.contains(fund) || refused.lines.contains(BudgetLineKey(fund: fund, line: line))
            guard unchecked || budgetLines.contains(where: { $0.fund == fund && $0.line == line }) else {
                throw ArkaError(.unknownBudgetLine, "no budget line \(line) in the budget of fund \(fund)", field: "budget_line", value: line)
            }
            let account = try row.required("expense_account")
            guard chart.account(account)?.type == .expense else {
                throw ArkaError(.unknownAccount, "the expense account must be an expense account of the chart", field: "expense_account", value: account)
            }
            let currency = try Currency(code: try row.required("currency"))
            // Items handed over are valued at their cost, which the books keep in their base
            // currency: an agreement in kind consumes that cost, so it is stated in it too.
            if kind == .inKind, currency != base {
                throw ArkaError(
                    .unknownCurrency,
                    "an in-kind scheme is valued at the items' cost, which these books keep in \(base.code): state the scheme and its amounts in \(base.code)",
                    field: "currency", value: currency.code)
            }
            func money(_ column: String) throws -> Money? {
                try row.value(column).map { try Money.parse($0, currency: currency, field: column) }
            }
            guard let cap = try money("cap") ?? (currency == .euro ? GrantScheme.defaultCap : nil) else {
                throw ArkaError(.missingValue, "a scheme not in EUR needs its cap per recipient", field: "cap", value: "")
            }
            let (minimum, maximum, envelope) = (try money("minimum"), try money("maximum"), try money("envelope"))
            for (column, limit) in [("minimum", minimum), ("maximum", maximum), ("cap", cap), ("envelope", envelope)] {
                guard let limit, !limit.isPositive else { continue }
                throw ArkaError(.badAmount, "a scheme's \(column) is more than zero", field: column, value: limit.decimalText)
            }
            // A limit no agreement could meet: every approval under the scheme would be refused.
            for (low, lowName, high, highName) in [
                (minimum, "minimum", maximum, "maximum"), (minimum, "minimum", Optional(cap), "cap"), (minimum, "minimum", envelope, "envelope"),
            ] {
                guard let low, let high, try low.exceeds(high) else { continue }
                throw ArkaError(
                    .badAmount, "the scheme's \(lowName) is above its \(highName) (\(high.decimalText)): no agreement could be approved under it",
                    field: lowName, value: low.decimalText)
            }
            schemes.append(
                GrantScheme(
                    code: try row.required("code"), name: try row.required("name"), kind: kind, fund: fund, budgetLine: line,
                    expenseAccount: account, minimum: minimum, maximum: maximum, capPerRecipient: cap, envelope: envelope))
        }
        return schemes
    }

    /// Self-balancing funds need all three settings: an unrestricted fund of funds.csv, an asset
    /// account for what funds are owed and a liability account for what they owe, neither with
    /// accounts below it.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming the key and value.
    static func checkFundBalancing(_ settings: LedgerSettings, chart: ChartOfAccounts, funds: [Fund], file: String) throws {
        let parts = [
            ("own_fund", settings.ownFund), ("interfund_due_from_account", settings.interfundDueFromAccount),
            ("interfund_due_to_account", settings.interfundDueToAccount),
        ]
        let given = parts.filter { $0.1 != nil }
        guard !given.isEmpty else { return }
        func refuse(_ key: String, _ value: String, _ reason: Sentence) -> ArkaError {
            ArkaError(.badSetting, reason, location: SourceLocation(file: file, line: settings.lines[key], field: key, value: value))
        }
        if let missing = parts.first(where: { $0.1 == nil }) {
            throw refuse(missing.0, "", "self-balancing funds need own_fund, interfund_due_from_account and interfund_due_to_account together")
        }
        guard let own = settings.ownFund, let from = settings.interfundDueFromAccount, let to = settings.interfundDueToAccount else { return }
        guard let fund = funds.first(where: { $0.code == own }) else { throw refuse("own_fund", own, "no such fund in funds.csv") }
        if fund.isRestricted { throw refuse("own_fund", own, "the ledger's own fund must be unrestricted: set restricted to false for it in funds.csv, or name the unrestricted fund") }
        for (key, code, type) in [("interfund_due_from_account", from, AccountType.asset), ("interfund_due_to_account", to, .liability)] {
            guard chart.account(code)?.type == type else { throw refuse(key, code, "not a\(type == .asset ? "n" : "") \(type.rawValue) account of accounts.csv") }
            if chart.isHeading(code) { throw refuse(key, code, "a heading with accounts below it; name one of them") }
        }
    }

    /// A fund as one row of funds.csv gives it, from a command's options: `restricted` true or
    /// false, the template's name (default budget-vs-actual) and its limits.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming `--restricted` or `--template` for a value
    ///   that is not one.
    public static func fund(code: String, name: String, restricted: String, template: String?) throws -> Fund {
        guard let isRestricted = parseBool(restricted) else {
            throw ArkaError(.badSetting, "restricted is true or false", field: "--restricted", value: restricted)
        }
        let donorTemplate: DonorTemplate
        do {
            donorTemplate = try template.map { try DonorTemplate.parse($0) } ?? .budgetVersusActual
        } catch let error as ArkaError {
            throw ArkaError(error.kind, error.sentence, field: "--template", value: template ?? "")
        }
        return Fund(code: code, name: name, isRestricted: isRestricted, template: donorTemplate)
    }

    /// A recipient from the options of `arka recipient add`, read as a row of recipients.csv is.
    ///
    /// ```swift
    /// try LedgerDefinition.recipient(code: "R-064", name: "Ferma Hoxha", kind: "farm", taxID: nil, village: "Greshicë", legalEntity: "no")
    /// ```
    /// - Throws: ``ArkaError/Kind/badSetting`` naming `--kind` or `--legal-entity` for a value that is not one.
    public static func recipient(code: String, name: String, kind: String, taxID: String?, village: String?, legalEntity: String?) throws -> GrantRecipient {
        guard let recipientKind = GrantRecipient.Kind(rawValue: kind.lowercased()) else {
            throw ArkaError(.badSetting, "kind is farm, small-business or social-business", field: "--kind", value: kind)
        }
        var isLegalEntity: Bool?
        if let legalEntity {
            guard let flag = parseBool(legalEntity) else {
                throw ArkaError(.badSetting, "legal_entity is yes (a company, cooperative or association) or no (a natural person)", field: "--legal-entity", value: legalEntity)
            }
            isLegalEntity = flag
        }
        return GrantRecipient(code: code, name: name, kind: recipientKind, taxID: taxID, village: village, legalEntity: isLegalEntity)
    }

    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1", "y": return true
        case "false", "no", "0", "n": return false
        default: return nil
        }
    }

    var stored: StoredDefinition {
        var stored = settings.stored
        if let business { stored[BusinessProfile.settingKey] = business.storedText }
        return StoredDefinition(
            settings: stored, accounts: chart.accounts, funds: funds, budgetLines: budgetLines,
            rates: rates.quotes, products: products)
    }
}
