import ArkaCore
import GRDB

/// A row of the `account` table: one account of the chart.
struct AccountRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "account"

    enum Columns {
        static let code = Column(CodingKeys.code)
        static let type = Column(CodingKeys.type)
    }

    var code: String
    var name: String
    var name_sq: String?
    var type: String
    var parent: String?

    init(_ account: Account) {
        code = account.code
        name = account.name
        name_sq = account.nameAlbanian
        type = account.type.rawValue
        parent = account.parent
    }

    func account() throws -> Account {
        Account(code: code, name: name, nameAlbanian: name_sq, type: try AccountType.parse(type), parent: parent)
    }
}
