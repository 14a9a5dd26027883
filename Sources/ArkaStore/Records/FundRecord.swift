import ArkaCore
import GRDB

/// A row of the `fund` table: a source of money and whether it is restricted.
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

    init(_ fund: Fund) {
        code = fund.code
        name = fund.name
        restricted = fund.isRestricted
        flexibility_limit = fund.budgetPolicy.flexibilityLimit
        indirect_limit = fund.budgetPolicy.indirectLimit
        contingency_limit = fund.budgetPolicy.contingencyLimit
        conversion = fund.conversion.rawValue
    }

    func fund() throws -> Fund {
        var policy = BudgetPolicy.eu
        policy.flexibilityLimit = flexibility_limit
        policy.indirectLimit = indirect_limit
        policy.contingencyLimit = contingency_limit
        return Fund(
            code: code, name: name, isRestricted: restricted, budgetPolicy: policy,
            conversion: try ConversionRule.parse(conversion))
    }
}
