/// The ledger's exchange rates, by currency and by day or month, and the rule to pick one.
///
/// A day's rate is used when the book has one for the posting's date; otherwise the rate of
/// the posting's month. Rates follow `rates.csv`: units of the currency per 1 base unit.
///
/// ```swift
/// var book = RateBook(base: .euro, defaultSource: "Bank of Albania")
/// try book.add(currency: .lek, period: "2023-08", rate: try ExchangeRate.parse("101.84"))
/// book.rate(for: .lek, on: try LedgerDate.parse("2023-08-14"))?.rate   // 101.84
/// ```
public struct RateBook: Sendable {
    /// One published rate: for a day (`2023-08-14`) or a month (`2023-08`).
    public struct Quote: Sendable, Hashable {
        public var currency: Currency
        public var period: String
        public var rate: ExchangeRate
        public var source: String
    }

    public let base: Currency
    public let defaultSource: String
    private var daily: [String: [LedgerDate: Quote]] = [:]
    private var monthly: [String: [LedgerMonth: Quote]] = [:]
    public private(set) var quotes: [Quote] = []

    public init(base: Currency, defaultSource: String) {
        self.base = base
        self.defaultSource = defaultSource
    }

    /// Adds a rate for a day (`YYYY-MM-DD`) or a month (`YYYY-MM`).
    /// - Throws: ``ArkaError/Kind/badDate`` for another period, ``ArkaError/Kind/duplicate`` for a
    ///   second rate of the same currency and period, ``ArkaError/Kind/badRate`` for a base rate.
    public mutating func add(currency: Currency, period: String, rate: ExchangeRate, source: String? = nil) throws {
        guard currency != base else {
            throw ArkaError(.badRate, "the base currency needs no rate", field: "currency", value: currency.code)
        }
        let quote = Quote(currency: currency, period: period, rate: rate, source: source ?? defaultSource)
        if period.utf8.count == 7 {
            let month = try LedgerMonth.parse(period, field: "date")
            guard monthly[currency.code, default: [:]][month] == nil else {
                throw ArkaError(.duplicate, "a second \(currency.code) rate for the same month", field: "date", value: period)
            }
            monthly[currency.code, default: [:]][month] = quote
        } else {
            let day = try LedgerDate.parse(period, field: "date")
            guard daily[currency.code, default: [:]][day] == nil else {
                throw ArkaError(.duplicate, "a second \(currency.code) rate for the same day", field: "date", value: period)
            }
            daily[currency.code, default: [:]][day] = quote
        }
        quotes.append(quote)
    }

    /// The day's rate if the book has one, else the month's; nil when it has neither.
    public func rate(for currency: Currency, on date: LedgerDate) -> Quote? {
        daily[currency.code]?[date] ?? monthly[currency.code]?[date.ledgerMonth]
    }

    /// The month's rate of a currency, nil when the book has none.
    public func monthlyRate(of currency: Currency, in month: LedgerMonth) -> Quote? {
        monthly[currency.code]?[month]
    }

    /// The monthly rates of a currency, in month order.
    public func monthlyRates(of currency: Currency) -> [(LedgerMonth, Quote)] {
        (monthly[currency.code] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Resolves the rates of an entry's foreign postings: the rate stated on the posting (by its
    /// index in `statedRates`), else the book's rate for the entry's day or month. Postings
    /// without any rate stay unconverted, and ``EntryRules`` refuses them by name.
    ///
    /// ```swift
    /// let converted = try book.convert(entry)   // each lek posting's base amount at the month's rate
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` when a conversion does not fit.
    public func convert(_ entry: Entry, statedRates: [Int: ExchangeRate] = [:]) throws -> Entry {
        var converted = entry
        for index in entry.postings.indices where entry.postings[index].amount.currency != base {
            let posting = entry.postings[index]
            let conversion: PostingConversion
            if let stated = statedRates[index] {
                conversion = PostingConversion(
                    baseAmount: try Conversion.toBase(posting.amount, rate: stated, base: base), rate: stated,
                    source: PostingConversion.statedInEntry, date: entry.date.description)
            } else if let quote = rate(for: posting.amount.currency, on: entry.date) {
                conversion = PostingConversion(
                    baseAmount: try Conversion.toBase(posting.amount, rate: quote.rate, base: base),
                    rate: quote.rate, source: quote.source, date: quote.period)
            } else {
                continue
            }
            converted.postings[index].conversion = conversion
        }
        return converted
    }
}
