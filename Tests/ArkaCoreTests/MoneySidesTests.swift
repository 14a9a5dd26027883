import ArkaCore
import Testing

@Suite("What reports ask of an amount")
struct MoneySidesTests {
    func eur(_ text: String) throws -> Money { try Money.parse(text, currency: .euro) }

    @Test("a debit column shows the debit, a credit column the size of the credit")
    func sides() throws {
        #expect(try eur("150.50").debitSide == eur("150.50"))
        #expect(try eur("-150.50").debitSide == eur("0"))
        #expect(try eur("-150.50").creditSide() == eur("150.50"))
        #expect(try eur("150.50").creditSide() == eur("0"))
        #expect(throws: ArkaError.self) { try Money(minorUnits: .min, currency: .euro).creditSide() }
    }

    @Test("a share is rounded half away from zero to two decimals; of nothing it is no number; of another currency it is refused")
    func percent() throws {
        #expect(try eur("2186.50").percent(of: eur("2500.00"))?.text == "87.46")
        #expect(try eur("-1.00").percent(of: eur("3.00"))?.text == "-33.33")
        #expect(try eur("0.02").percent(of: eur("0.03"))?.text == "66.67")
        #expect(try eur("5.00").percent(of: eur("0")) == nil)
        let error = #expect(throws: ArkaError.self) { try eur("5.00").percent(of: Money.parse("5", currency: .lek)) }
        #expect(error?.kind == .currencyMismatch)
    }

    @Test("a limit's share is exact: 7 % of 2,221.69 EUR is passed by 155.52 and not by 155.51")
    func exactShare() throws {
        let direct = try eur("2221.69")
        let seven = DecimalText(digits: 7, scale: 0)
        #expect(try eur("155.51").isMore(thanPercent: seven, of: direct) == false)  // 155.5183 allowed
        #expect(try eur("155.52").isMore(thanPercent: seven, of: direct) == true)
        #expect(try eur("1.00").isMore(thanPercent: seven, of: eur("0")) == false)
        #expect(try Money(minorUnits: .max, currency: .euro).isMore(thanPercent: DecimalText(digits: 100, scale: 0), of: Money(minorUnits: .max, currency: .euro)) == false)
    }

    @Test("sums per key are checked and name what no longer fits; a key never added is zero")
    func totals() throws {
        var totals = MoneyTotals<String>(currency: .euro)
        try totals.add(eur("1.50"), to: "EU", what: "the expense of EU")
        try totals.add(eur("2.25"), to: "EU", what: "the expense of EU")
        #expect(totals["EU"] == (try eur("3.75")))
        #expect(totals["ADH"] == (try eur("0")))
        #expect(try totals.total() == eur("3.75"))
        try totals.add(Money(minorUnits: .max, currency: .euro), to: "ADH", what: "the expense of ADH")
        let overflow = #expect(throws: ArkaError.self) { try totals.add(try eur("0.01"), to: "ADH", what: "the expense of ADH") }
        #expect(overflow?.kind == .overflow && overflow?.reason == "the expense of ADH is too large to hold exactly")
        let mismatch = #expect(throws: ArkaError.self) { try totals.add(try Money.parse("1", currency: .lek), to: "EU", what: "the expense of EU") }
        #expect(mismatch?.kind == .currencyMismatch)
    }

    @Test("a cell's number is the double nearest the decimal, and knows its fraction exactly")
    func approximateValue() throws {
        #expect(try eur("123.45").approximateValue == (123.45, true))
        #expect(try Money.parse("12500", currency: .lek).approximateValue == (12500, false))
        #expect(try eur("-0.10").approximateValue == (-0.1, true))
        #expect(DecimalText(digits: 2_500, scale: 3).approximateValue == (2.5, true))
        #expect(try eur("1.00").approximateShare(of: eur("3.00")) == 1.0 / 3.0)
        #expect(try eur("1.00").approximateShare(of: eur("0")) == nil)
    }

    @Test("amounts sort by currency, then by amount; an exact decimal becomes money only with the currency's decimals")
    func sortingAndExactness() throws {
        let amounts = [try eur("5"), try Money.parse("1", currency: .lek), try eur("-2")]
        #expect(amounts.sorted { $0.sortsBefore($1) }.map(\.description) == ["1.00 ALL", "-2.00 EUR", "5.00 EUR"])
        #expect(try Money.exactly(DecimalText(digits: 12_345_000, scale: 4), currency: .euro) == eur("1234.50"))
        let error = #expect(throws: ArkaError.self) { try Money.exactly(DecimalText(digits: 12_345_001, scale: 4), currency: .euro) }
        #expect(error?.kind == .tooManyDecimals)
        #expect(Money(storedUnits: "500000", currency: .euro) == (try eur("5000")))
        #expect(Money(storedUnits: "5000.00", currency: .euro) == nil)
    }
}
