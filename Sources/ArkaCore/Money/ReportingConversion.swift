/// How a donor wants foreign costs converted to its reporting currency: a setting of each fund.
///
/// The EU's financial report template takes, per currency, the simple average of the monthly
/// InforEuro rates over the reporting period; a contract may instead name the monthly rate of
/// the month of the expense, or the rates the beneficiary's own books used.
///
/// ```swift
/// let rule = try ConversionRule.parse("period-average")
/// ```
public enum ConversionRule: String, Sendable, CaseIterable, Hashable {
    /// The simple average of the monthly rates over the reporting period, per currency.
    case periodAverage = "period-average"
    /// The monthly rate of the month of each expense.
    case expenseMonth = "expense-month"
    /// The rate each posting was booked at (the ledger's own accounts).
    case booking

    /// - Throws: ``ArkaError/Kind/badSetting`` naming the rules there are.
    public static func parse(_ text: String, field: String = "conversion") throws -> ConversionRule {
        guard let rule = ConversionRule(rawValue: text) else {
            throw ArkaError(
                .badSetting, "the conversion rule is one of \(allCases.map(\.rawValue).joined(separator: ", "))",
                field: field, value: text)
        }
        return rule
    }
}

/// The monthly rates used to convert costs to the reporting currency: units of each currency per
/// one unit of the reporting currency (InforEuro's convention: ALL 101.84 means 1 EUR = 101.84 ALL).
///
/// They may differ from the booking rates of `rates.csv` (the EU asks for InforEuro, the books may
/// use the central bank), and a ledger kept in lek needs them to report in euro at all.
///
/// ```swift
/// var table = ReportingRates(reporting: .euro)
/// try table.add(currency: .lek, month: try LedgerMonth.parse("2023-08"), rate: try ExchangeRate.parse("101.84"), source: "InforEuro")
/// ```
public struct ReportingRates: Sendable {
    public struct Quote: Sendable, Hashable {
        public var currency: Currency
        public var month: LedgerMonth
        public var rate: ExchangeRate
        public var source: String

        public init(currency: Currency, month: LedgerMonth, rate: ExchangeRate, source: String) {
            self.currency = currency
            self.month = month
            self.rate = rate
            self.source = source
        }
    }

    public let reporting: Currency
    private var table: [String: [LedgerMonth: Quote]] = [:]

    public init(reporting: Currency) {
        self.reporting = reporting
    }

    /// - Throws: ``ArkaError/Kind/badRate`` for a rate of the reporting currency itself,
    ///   ``ArkaError/Kind/duplicate`` for a second rate of a currency and month.
    public mutating func add(_ quote: Quote) throws {
        guard quote.currency != reporting else {
            throw ArkaError(.badRate, "the reporting currency needs no rate", field: "currency", value: quote.currency.code)
        }
        guard table[quote.currency.code]?[quote.month] == nil else {
            throw ArkaError(.duplicate, "a second \(quote.currency.code) reporting rate for the same month", field: "month", value: quote.month.description)
        }
        table[quote.currency.code, default: [:]][quote.month] = quote
    }

    /// - Throws: as ``add(_:)``.
    public mutating func add(currency: Currency, month: LedgerMonth, rate: ExchangeRate, source: String) throws {
        try add(Quote(currency: currency, month: month, rate: rate, source: source))
    }

    public func rate(for currency: Currency, in month: LedgerMonth) -> Quote? {
        table[currency.code]?[month]
    }

    /// Every quote, by currency then month.
    public var quotes: [Quote] {
        table.sorted { $0.key < $1.key }.flatMap { $0.value.values.sorted { $0.month < $1.month } }
    }
}

/// The rate a converted figure was converted at, as a report shows it beside the figure.
public struct AppliedRate: Sendable, Hashable {
    public var currency: Currency
    public var rule: ConversionRule
    /// Units of `currency` per unit of the reporting currency, as an exact decimal when it is one
    /// published rate, or the average to 6 decimals (the conversion itself uses the exact average).
    public var rate: String
    public var source: String
    /// The month of the rate (`2023-08`), or the months averaged (`2023-01..2023-12`).
    public var period: String
    /// How many monthly rates were averaged: 1 for a single month's rate, 0 for booked rates.
    public var months: Int

    public init(currency: Currency, rule: ConversionRule, rate: String, source: String, period: String, months: Int) {
        self.currency = currency
        self.rule = rule
        self.rate = rate
        self.source = source
        self.period = period
        self.months = months
    }
}

/// Converts booked costs to the reporting currency under a donor's rule, rounding each converted
/// group once, through ``Conversion``.
///
/// A cost is given as its amount in its own currency, its amount in the books' base currency
/// and its month. Under ``ConversionRule/booking`` a ledger kept in the reporting currency keeps
/// its booked figures; a ledger kept in another currency converts its booked base amounts at its
/// own rate of the reporting currency for the month (`rates.csv`), or, without one, at the
/// month's reporting rate.
///
/// ```swift
/// let converter = ReportingConverter(rule: .expenseMonth, base: .euro, rates: table, fallback: book, period: nil)
/// let (euro, rate) = try converter.convert(lek, booked: booked, month: august)
/// ```
public struct ReportingConverter: Sendable {
    public let rule: ConversionRule
    public let base: Currency
    public let rates: ReportingRates
    /// The booking rates, used where the reporting table has no rate for a month and the books
    /// are kept in the reporting currency (their rates are then per unit of it too).
    public let fallback: RateBook?
    /// The books' own rates, read by ``ConversionRule/booking`` in books kept in another currency
    /// than the reporting one: the month's rate of the reporting currency in `rates.csv`.
    public let bookRates: RateBook?
    /// The reporting period's months, for ``ConversionRule/periodAverage``.
    public let period: ClosedRange<LedgerMonth>?

    public var reporting: Currency { rates.reporting }

    public init(rule: ConversionRule, base: Currency, rates: ReportingRates, fallback: RateBook?, period: ClosedRange<LedgerMonth>?) {
        self.rule = rule
        self.base = base
        self.rates = rates
        self.fallback = base == rates.reporting ? fallback : nil
        self.bookRates = fallback
        self.period = period
    }

    /// Whether amounts of a month may be summed before converting (all but the month rule and
    /// booked foreign-base amounts convert per month).
    public var convertsPerMonth: Bool {
        rule == .expenseMonth || (rule == .booking && base != reporting)
    }

    /// The reporting amount of a cost, with the rate applied (nil when no conversion was needed).
    ///
    /// - Parameters:
    ///   - amount: the cost in its own currency, summed over `month` (or over the period for the average rule).
    ///   - booked: the same cost in the base currency, as booked.
    ///   - month: the month of the cost (any month of the period for the average rule).
    /// - Throws: ``ArkaError/Kind/missingRate`` naming the currency and month without a rate,
    ///   ``ArkaError/Kind/overflow``.
    public func convert(_ amount: Money, booked: Money, month: LedgerMonth) throws -> (Money, AppliedRate?) {
        if amount.currency == reporting { return (amount, nil) }
        switch rule {
        case .booking:
            if base == reporting { return (booked, nil) }
            // The books' rate of the reporting currency for the month (units of it per 1 base
            // unit, as rates.csv states every rate); the reporting table's when the books have none.
            if let quote = bookRates?.monthlyRate(of: reporting, in: month) {
                let converted = try Conversion.convert(
                    booked, rateNumerator: Self.power(quote.rate.scale), rateDenominator: Int128(quote.rate.mantissa), to: reporting)
                return (converted, AppliedRate(
                    currency: booked.currency, rule: rule, rate: Self.decimal(Self.power(quote.rate.scale), Int128(quote.rate.mantissa), decimals: 6),
                    source: quote.source, period: month.description, months: 1))
            }
            return try convert(booked, at: month)
        case .expenseMonth:
            return try convert(amount, at: month)
        case .periodAverage:
            guard let period else { return try convert(amount, at: month) }
            var quotes: [(LedgerMonth, ExchangeRate, String)] = []
            var month = period.lowerBound
            while month <= period.upperBound {
                quotes.append(try quote(amount.currency, month))
                month = month.next
            }
            let scale = quotes.map(\.1.scale).max() ?? 0
            var sum: Int128 = 0
            for (_, rate, _) in quotes {
                sum += Int128(rate.mantissa) * Self.power(scale - rate.scale)
            }
            let denominator = Int128(quotes.count) * Self.power(scale)
            let converted = try Conversion.convert(amount, rateNumerator: sum, rateDenominator: denominator, to: reporting)
            let sources = Array(Set(quotes.map(\.2))).sorted().joined(separator: "; ")
            let average = Self.decimal(sum, denominator, decimals: 6)
            return (converted, AppliedRate(
                currency: amount.currency, rule: rule, rate: average, source: sources,
                period: "\(period.lowerBound)..\(period.upperBound)", months: quotes.count))
        }
    }

    private func convert(_ amount: Money, at month: LedgerMonth) throws -> (Money, AppliedRate?) {
        let (_, rate, source) = try quote(amount.currency, month)
        let converted = try Conversion.convert(
            amount, rateNumerator: Int128(rate.mantissa), rateDenominator: Self.power(rate.scale), to: reporting)
        return (converted, AppliedRate(currency: amount.currency, rule: rule, rate: rate.description, source: source, period: month.description, months: 1))
    }

    private func quote(_ currency: Currency, _ month: LedgerMonth) throws -> (LedgerMonth, ExchangeRate, String) {
        if let quote = rates.rate(for: currency, in: month) { return (month, quote.rate, quote.source) }
        if let book = fallback, let quote = book.monthlyRate(of: currency, in: month) {
            return (month, quote.rate, quote.source)
        }
        throw ArkaError(
            .missingRate, "no rate of \(currency.code) to \(reporting.code) for the month; add it to the reporting rates",
            field: "month", value: "\(currency.code) \(month)")
    }

    private static func power(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<max(exponent, 0) { result *= 10 }
        return result
    }

    /// `numerator / denominator` written with `decimals` digits, for showing an average rate.
    static func decimal(_ numerator: Int128, _ denominator: Int128, decimals: Int) -> String {
        let scaled = Conversion.roundHalfAwayFromZero(numerator * power(decimals), denominator)
        var digits = String(scaled)
        while digits.count <= decimals { digits = "0" + digits }
        var text = String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
