import ArkaCore
import Testing

@Suite("Conversion to the reporting currency under a donor's rule")
struct ReportingConversionTests {
    let august = try! LedgerMonth.parse("2023-08")
    let september = try! LedgerMonth.parse("2023-09")
    let october = try! LedgerMonth.parse("2023-10")

    /// InforEuro-like rates: units of lek per euro.
    func table(_ rates: [(String, String)]) throws -> ReportingRates {
        var table = ReportingRates(reporting: .euro)
        for (month, rate) in rates {
            try table.add(currency: .lek, month: try LedgerMonth.parse(month), rate: try ExchangeRate.parse(rate), source: "InforEuro")
        }
        return table
    }

    func lek(_ text: String) throws -> Money { try Money.parse(text, currency: .lek) }
    func euro(_ text: String) throws -> Money { try Money.parse(text, currency: .euro) }

    @Test("the month rule converts at the month's rate and names it")
    func expenseMonth() throws {
        let converter = ReportingConverter(
            rule: .expenseMonth, base: .euro, rates: try table([("2023-08", "101.84"), ("2023-09", "106.95")]), fallback: nil,
            period: nil)
        let (converted, rate) = try converter.convert(try lek("10184"), booked: try euro("99.00"), month: august)
        #expect(converted == (try euro("100.00")))
        #expect(rate == AppliedRate(currency: .lek, rule: .expenseMonth, rate: "101.84", source: "InforEuro", period: "2023-08", months: 1))
        // A refund converts to a negative amount, rounded half away from zero like any other.
        #expect(try converter.convert(try lek("-250000"), booked: try euro("0"), month: august).0 == (try euro("-2454.83")))
    }

    @Test("the period-average rule divides by the exact average of the monthly rates, rounding once")
    func periodAverage() throws {
        let converter = ReportingConverter(
            rule: .periodAverage, base: .euro, rates: try table([("2023-08", "101.84"), ("2023-09", "106.95")]), fallback: nil,
            period: august...september)
        let (converted, rate) = try converter.convert(try lek("10184"), booked: try euro("100.00"), month: august)
        // 10,184 / 104.395 = 97.5525…
        #expect(converted == (try euro("97.55")))
        #expect(rate?.rate == "104.395")
        #expect(rate?.period == "2023-08..2023-09")
        #expect(rate?.months == 2)
    }

    @Test("an average of rates with different decimals is exact, and shown to 6 decimals")
    func averageOfMixedScales() throws {
        let converter = ReportingConverter(
            rule: .periodAverage, base: .euro,
            rates: try table([("2023-08", "100.5"), ("2023-09", "101.2345"), ("2023-10", "99")]), fallback: nil,
            period: august...october)
        let (converted, rate) = try converter.convert(try lek("1000000"), booked: try euro("0"), month: october)
        // 1,000,000 / (300.7345 / 3) = 9,975.5764…
        #expect(converted == (try euro("9975.58")))
        #expect(rate?.rate == "100.244833")
    }

    @Test("a month of the period without a rate is an error naming the currency and month")
    func missingMonth() throws {
        let converter = ReportingConverter(
            rule: .periodAverage, base: .euro, rates: try table([("2023-08", "101.84"), ("2023-10", "105.70")]), fallback: nil,
            period: august...october)
        let error = firstError { _ = try converter.convert(try lek("10184"), booked: try euro("100.00"), month: august) }
        #expect(error?.kind == .missingRate)
        #expect(error?.location.value == "ALL 2023-09")
    }

    @Test("the booking rule keeps the books' figures when they are kept in the reporting currency")
    func bookingInReportingCurrency() throws {
        let converter = ReportingConverter(rule: .booking, base: .euro, rates: ReportingRates(reporting: .euro), fallback: nil, period: nil)
        let (converted, rate) = try converter.convert(try lek("10184"), booked: try euro("99.87"), month: august)
        #expect(converted == (try euro("99.87")))
        #expect(rate == nil)
    }

    @Test("books kept in lek report their booked lek at the month's reporting rate")
    func bookingFromLekBooks() throws {
        let converter = ReportingConverter(
            rule: .booking, base: .lek, rates: try table([("2023-08", "101.84")]), fallback: nil, period: nil)
        let dollars = try Money.parse("110.00", currency: try Currency(code: "USD"))
        let (converted, rate) = try converter.convert(dollars, booked: try lek("10184"), month: august)
        #expect(converted == (try euro("100.00")))
        #expect(rate?.currency == .lek)
        #expect(converter.convertsPerMonth)
    }

    @Test("amounts already in the reporting currency are never converted")
    func reportingCurrencyUntouched() throws {
        let converter = ReportingConverter(
            rule: .periodAverage, base: .lek, rates: ReportingRates(reporting: .euro), fallback: nil, period: august...october)
        #expect(try converter.convert(try euro("12.34"), booked: try lek("1257"), month: august) == (try euro("12.34"), nil))
    }

    @Test("the booking rates stand in for reporting rates when the books are kept in the reporting currency")
    func fallbackToBookingRates() throws {
        var book = RateBook(base: .euro, defaultSource: "Bank of Albania")
        try book.add(currency: .lek, period: "2023-08", rate: try ExchangeRate.parse("101.84"))
        let converter = ReportingConverter(
            rule: .expenseMonth, base: .euro, rates: ReportingRates(reporting: .euro), fallback: book, period: nil)
        let (converted, rate) = try converter.convert(try lek("10184"), booked: try euro("0"), month: august)
        #expect(converted == (try euro("100.00")))
        #expect(rate?.source == "Bank of Albania")
    }

    @Test("a rule is one of three names")
    func ruleNames() throws {
        #expect(try ConversionRule.parse("period-average") == .periodAverage)
        let error = firstError { _ = try ConversionRule.parse("average") }
        #expect(error?.kind == .badSetting)
        #expect(error?.location.value == "average")
    }

    @Test("a second rate for a currency and month is refused")
    func duplicateRate() throws {
        var rates = try table([("2023-08", "101.84")])
        let error = firstError { try rates.add(currency: .lek, month: august, rate: try ExchangeRate.parse("101.90"), source: "InforEuro") }
        #expect(error?.kind == .duplicate)
    }
}

/// The error a body throws, if it is an ``ArkaError``.
private func firstError(_ body: () throws -> Void) -> ArkaError? {
    do {
        try body()
    } catch let error as ArkaError {
        return error
    } catch {
        return nil
    }
    return nil
}
