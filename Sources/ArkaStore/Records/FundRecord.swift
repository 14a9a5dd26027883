import ArkaCore
import GRDB

/// A row of the `fund` table: a source of money, whether it is restricted, its donor's rules and
/// the donor reports it is reported in.
struct FundRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "fund"

    enum Columns {
        static let code = Column(CodingKeys.code)
    }

    var code: String
    var name: String
    var restricted: Bool
    /// The donor's report template (``DonorTemplate``); ledgers made before templates hold `eu-annex-vi`.
    var template: String
    /// The limits in percent; 0 for a limit the template does not have, which is never read.
    var flexibility_limit: Int
    var indirect_limit: Int
    var contingency_limit: Int
    var conversion: String
    /// The donor reports the fund is reported in, separated by `;`.
    var reports: String

    init(_ fund: Fund) {
        code = fund.code
        name = fund.name
        restricted = fund.isRestricted
        template = fund.template.rawValue
        flexibility_limit = fund.budgetPolicy.flexibilityLimit ?? 0
        indirect_limit = fund.budgetPolicy.indirectLimit ?? 0
        contingency_limit = fund.budgetPolicy.contingencyLimit ?? 0
        conversion = fund.conversion.rawValue
        reports = DonorReport.listText(fund.reports)
    }

    func fund() throws -> Fund {
        let template = try DonorTemplate.parse(template)
        var policy = template.policy
        if policy.flexibilityLimit != nil { policy.flexibilityLimit = flexibility_limit }
        if policy.indirectLimit != nil { policy.indirectLimit = indirect_limit }
        if policy.contingencyLimit != nil { policy.contingencyLimit = contingency_limit }
        return Fund(
            code: code, name: name, isRestricted: restricted, template: template, budgetPolicy: policy,
            conversion: try ConversionRule.parse(conversion), reports: try DonorReport.parseList(reports))
    }
}
