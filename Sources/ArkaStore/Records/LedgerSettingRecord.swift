import GRDB

/// A row of the `ledger_setting` table: one key of the ledger's settings, as text.
struct LedgerSettingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "ledger_setting"

    enum Columns {
        static let key = Column(CodingKeys.key)
    }

    var key: String
    var value: String
}
