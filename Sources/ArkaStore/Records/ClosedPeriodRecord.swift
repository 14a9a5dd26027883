import ArkaCore
import GRDB

/// A row of the `closed_period` table: a month that takes no more entries.
struct ClosedPeriodRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "closed_period"

    enum Columns {
        static let month = Column(CodingKeys.month)
    }

    var month: String
    var closed_by: String
    var closed_at: String
}
