import ArkaCore
import GRDB

/// A row of the `exchange_rate` table: a currency's rate for a day or a month.
struct ExchangeRateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "exchange_rate"

    enum Columns {
        static let currency = Column(CodingKeys.currency)
        static let period = Column(CodingKeys.period)
    }

    var currency: String
    var period: String
    var rate: String
    var source: String

    init(_ quote: RateBook.Quote) {
        currency = quote.currency.code
        period = quote.period
        rate = quote.rate.description
        source = quote.source
    }
}
