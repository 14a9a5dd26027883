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

    init(_ fund: Fund) {
        code = fund.code
        name = fund.name
        restricted = fund.isRestricted
    }

    var fund: Fund { Fund(code: code, name: name, isRestricted: restricted) }
}
