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
        flexibility_limit = fund.budgetPolicy.flexibilityLimit
        indirect_limit = fund.budgetPolicy.indirectLimit
        contingency_limit = fund.budgetPolicy.contingencyLimit
        conversion = fund.conversion.rawValue
        reports = DonorReport.listText(fund.reports)
    }

    func fund() throws -> Fund {
        var policy = BudgetPolicy.eu
        policy.flexibilityLimit = flexibility_limit
        policy.indirectLimit = indirect_limit
        policy.contingencyLimit = contingency_limit
        return Fund(
            code: code, name: name, isRestricted: restricted, budgetPolicy: policy,
            conversion: try ConversionRule.parse(conversion), reports: try DonorReport.parseList(reports))
    }
}
