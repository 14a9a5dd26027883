/// The five kinds of account in double-entry books.
public enum AccountType: String, Sendable, CaseIterable, Codable {
    case asset, liability, equity, income, expense

    /// Reads `asset`, `Asset` or `ASSET`.
    /// - Throws: ``ArkaError/Kind/badChart`` for any other word.
    public static func parse(_ text: String) throws -> AccountType {
        guard let type = AccountType(rawValue: text.lowercased()) else {
            throw ArkaError(
                .badChart, "an account type is one of asset, liability, equity, income, expense",
                field: "type", value: text)
        }
        return type
    }
}

/// An account of the chart: a code that postings name, its names and its place in the tree.
///
/// ```swift
/// let bank = Account(code: "5121", name: "Bank EUR", nameAlbanian: "Banka EUR", type: .asset, parent: "512")
/// ```
public struct Account: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var nameAlbanian: String?
    public var type: AccountType
    public var parent: String?

    public init(code: String, name: String, nameAlbanian: String? = nil, type: AccountType, parent: String? = nil) {
        self.code = code
        self.name = name
        self.nameAlbanian = nameAlbanian
        self.type = type
        self.parent = parent
    }

    /// The account's name in `language`: its Albanian name when asked for Albanian and the
    /// chart gives one, else its name.
    public func name(in language: Language) -> String {
        if language == .sq, let nameAlbanian, !nameAlbanian.isEmpty { return nameAlbanian }
        return name
    }
}

/// A source of money and its restrictions: EU, ADH, GFFO, the municipality, own funds.
public struct Fund: Sendable, Equatable {
    public var code: String
    public var name: String
    public var isRestricted: Bool
    /// The layout of the donor's financial report, and the budget rules that come with it.
    public var template: DonorTemplate
    /// The donor's budget rules (flexibility, indirect and contingency ceilings): the template's,
    /// with the limits `funds.csv` gives in their place.
    public var budgetPolicy: BudgetPolicy
    /// How the donor wants costs in other currencies converted for its reports.
    public var conversion: ConversionRule
    /// The donor reports the fund is reported in (its proof of use, …), as `funds.csv` marks it.
    public var reports: [DonorReport]

    public init(
        code: String, name: String, isRestricted: Bool, template: DonorTemplate = .euAnnexVI, budgetPolicy: BudgetPolicy? = nil,
        conversion: ConversionRule = .booking, reports: [DonorReport] = []
    ) {
        self.code = code
        self.name = name
        self.isRestricted = isRestricted
        self.template = template
        self.budgetPolicy = budgetPolicy ?? template.policy
        self.conversion = conversion
        self.reports = reports
    }

    /// Whether the fund is reported in `report`.
    public func isReported(in report: DonorReport) -> Bool { reports.contains(report) }
}

/// The layout of a donor's financial report, named in the `template` column of `funds.csv`,
/// and the budget rules that come with it. A fund gets only its own template's headings and
/// limits: a private foundation's fund has no Annex VI headings and no 7 % ceiling.
///
/// ```swift
/// try DonorTemplate.parse("financing-plan").policy.flexibilityLimit   // 20
/// DonorTemplate.budgetVersusActual.policy.indirectLimit                // nil
/// ```
public enum DonorTemplate: String, Sendable, CaseIterable {
    /// The EU's financial report (PRAG Annex VI): headings 1 to 6 of direct costs, their
    /// subtotal, indirect costs (heading 8) at most 7 % of direct costs, the contingency reserve
    /// (heading 10) at most 5 %, and a heading moving by more than 25 % of its baseline only by
    /// an addendum.
    case euAnnexVI = "eu-annex-vi"
    /// The approved financing plan of the German co-financiers (ADH, the Federal Foreign
    /// Office): the plan's own headings, planned against actual with the deviation; under the
    /// federal grant terms (ANBest-P No. 1.2) a heading may move by up to 20 % of the plan
    /// without the funder's approval. No indirect-cost or contingency ceiling.
    case financingPlan = "financing-plan"
    /// A plain budget against actual for a fund with no donor rules: the fund's own headings,
    /// no limits and no flags but spending beyond a line's budget.
    case budgetVersusActual = "budget-vs-actual"

    /// The budget rules of the template.
    public var policy: BudgetPolicy {
        switch self {
        case .euAnnexVI: return .eu
        case .financingPlan:
            var policy = BudgetPolicy.none
            policy.flexibilityLimit = 20
            return policy
        case .budgetVersusActual: return .none
        }
    }

    /// The headings of the template's report, when the template fixes them: Annex VI's 1 to 6
    /// (direct costs), 8 (indirect costs) and 10 (contingency reserve). Nil for a template whose
    /// headings are the fund's own (a financing plan, a budget against actual).
    public var headings: [String]? {
        switch self {
        case .euAnnexVI: ["1", "2", "3", "4", "5", "6", "8", "10"]
        case .financingPlan, .budgetVersusActual: nil
        }
    }

    /// Checks a budget line against the template's headings: under Annex VI its heading is one of
    /// the report's, and the line is numbered after it (`3.3` under heading 3), as the report
    /// lays lines out under their headings.
    ///
    /// ```swift
    /// try DonorTemplate.euAnnexVI.check(line: "7.1", heading: "7")   // throws: no heading 7 in Annex VI
    /// ```
    /// - Throws: ``ArkaError/Kind/badSetting`` naming `heading` or `line`.
    public func check(line: String, heading: String) throws {
        guard let headings else { return }
        guard headings.contains(heading) else {
            throw ArkaError(
                .badSetting,
                "the fund's template, \(rawValue), has no heading \(heading): its headings are 1 to 6 (direct costs), 8 (indirect costs) and 10 (contingency reserve)",
                field: "heading", value: heading)
        }
        guard line == heading || line.hasPrefix(heading + ".") else {
            throw ArkaError(
                .badSetting, "under \(rawValue) a line is numbered after its heading (\(heading).1, \(heading).2, ...); line \(line) is given heading \(heading)",
                field: "line", value: line)
        }
    }

    /// Reads a template's name as `funds.csv` writes it.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming the three templates for any other text.
    public static func parse(_ text: String) throws -> DonorTemplate {
        guard let template = DonorTemplate(rawValue: text.lowercased()) else {
            throw ArkaError(
                .badSetting, "the template is one of \(allCases.map(\.rawValue).joined(separator: ", "))", field: "template", value: text)
        }
        return template
    }
}

/// A donor's own report that covers only the funds marked for it in the `reports` column of
/// `funds.csv`; the books' reports (trial balance, financial report, listings) cover every fund.
///
/// The column holds report names separated by `;` (`proof-of-use`), so that a fund can name more
/// than one report, and later, per report, the donor's layout.
///
/// ```swift
/// let reports = try DonorReport.parseList("proof-of-use")   // [.proofOfUse]
/// ```
public enum DonorReport: String, Sendable, CaseIterable, Hashable {
    /// The German co-financiers' proof of use (Verwendungsnachweis): income and spending per
    /// financing-plan line, and the document list.
    case proofOfUse = "proof-of-use"

    /// Reads a `reports` value: names separated by `;`, spaces around them ignored, each at most
    /// once; an empty value is no report.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming the unknown or repeated report and the
    ///   reports there are.
    public static func parseList(_ text: String, field: String = "reports") throws -> [DonorReport] {
        var reports: [DonorReport] = []
        for part in text.split(separator: ";", omittingEmptySubsequences: false) {
            let name = part.trimmingSpaces
            if name.isEmpty {
                if text.trimmingSpaces.isEmpty { continue }
                throw ArkaError(.badSetting, "an empty report name; separate report names with \";\"", field: field, value: text)
            }
            guard let report = DonorReport(rawValue: name) else {
                throw ArkaError(
                    .badSetting, "no such donor report; a fund may be reported in \(allCases.map(\.rawValue).joined(separator: ", ")) (separated by \";\")",
                    field: field, value: name)
            }
            guard !reports.contains(report) else {
                throw ArkaError(.duplicate, "the report is named twice", field: field, value: name)
            }
            reports.append(report)
        }
        return reports
    }

    /// The value `parseList` reads back.
    public static func listText(_ reports: [DonorReport]) -> String {
        reports.map(\.rawValue).joined(separator: ";")
    }
}

/// A donor budget line ("3.3" under heading 3) and its budgeted amount for one fund, with the
/// unit, number of units and unit rate it was costed with, when given.
public struct BudgetLine: Sendable, Equatable {
    public var fund: String
    public var line: String
    public var heading: String
    public var description: String
    public var amount: Money
    public var unit: String?
    public var units: DecimalText?
    public var unitRate: Money?

    public init(
        fund: String, line: String, heading: String, description: String, amount: Money, unit: String? = nil,
        units: DecimalText? = nil, unitRate: Money? = nil
    ) {
        self.fund = fund
        self.line = line
        self.heading = heading
        self.description = description
        self.amount = amount
        self.unit = unit
        self.units = units
        self.unitRate = unitRate
    }

    /// Checks that units × unit rate is the amount, exactly.
    /// - Throws: ``ArkaError/Kind/badAmount`` naming both figures when they differ.
    public func checkCosting() throws {
        guard let units, let unitRate else { return }
        var scale: Int128 = 1
        for _ in 0..<units.scale { scale *= 10 }
        let product = Int128(units.digits) * Int128(unitRate.minorUnits)
        guard product == Int128(amount.minorUnits) * scale else {
            throw ArkaError(
                .badAmount,
                "\(units.text) \(unit ?? "units") at \(unitRate.decimalText) is not the amount \(amount.decimalText)",
                field: "amount", value: amount.decimalText)
        }
    }
}
