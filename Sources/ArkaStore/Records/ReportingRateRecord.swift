import ArkaCore
import GRDB

/// A row of the `reporting_rate` table: a currency's monthly rate to the reporting currency.
struct ReportingRateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "reporting_rate"

    enum Columns {
        static let currency = Column(CodingKeys.currency)
        static let month = Column(CodingKeys.month)
    }

    var currency: String
    var month: String
    var rate: String
    var source: String
    var added_by: String
    var added_at: String

    init(_ quote: ReportingRates.Quote, by user: String, at timestamp: String) {
        currency = quote.currency.code
        month = quote.month.description
        rate = quote.rate.description
        source = quote.source
        added_by = user
        added_at = timestamp
    }

    func quote() throws -> ReportingRates.Quote {
        ReportingRates.Quote(
            currency: try Currency(code: currency), month: try LedgerMonth.parse(month), rate: try ExchangeRate.parse(rate),
            source: source)
    }
}
