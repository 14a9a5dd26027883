import ArkaCore
import PropertyBased
import Testing

@Suite("Conversion to the base currency")
struct ConversionTests {
    let rate = try! ExchangeRate.parse("101.84")

    @Test("is exact when the numbers allow")
    func exact() throws {
        let lek = try Money.parse("10184", currency: .lek)
        #expect(try Conversion.toBase(lek, rate: rate, base: .euro) == Money(minorUnits: 10_000, currency: .euro))
    }

    @Test("rounds half away from zero, once")
    func roundsHalfAwayFromZero() throws {
        let twoHundred = try ExchangeRate.parse("200")
        // 1 lek at 200 = 0.005 EUR: exactly half a cent.
        #expect(try Conversion.toBase(Money.parse("1", currency: .lek), rate: twoHundred, base: .euro).minorUnits == 1)
        #expect(try Conversion.toBase(Money.parse("-1", currency: .lek), rate: twoHundred, base: .euro).minorUnits == -1)
        // 0.99 lek at 200 = 0.00495 EUR: below half.
        #expect(try Conversion.toBase(Money.parse("0.99", currency: .lek), rate: twoHundred, base: .euro).minorUnits == 0)
        // 26,739 lek at 106.95 = 250.0140... EUR
        #expect(
            try Conversion.toBase(Money.parse("26739", currency: .lek), rate: ExchangeRate.parse("106.95"), base: .euro)
                .decimalText == "250.01")
    }

    @Test("a percentage limit rounds toward zero")
    func percentOfAmount() throws {
        // 25 % of 10,000.03 is 2,500.0075; of 0.03, 0.0075; 7 % of 19,999.99 is 1,399.9993.
        #expect(try Conversion.percent(25, of: Money.parse("10000.03", currency: .euro)).decimalText == "2500.00")
        #expect(try Conversion.percent(25, of: Money.parse("0.03", currency: .euro)).decimalText == "0.00")
        #expect(try Conversion.percent(25, of: Money.parse("-0.07", currency: .euro)).decimalText == "-0.01")
        #expect(try Conversion.percent(7, of: Money.parse("19999.99", currency: .euro)).decimalText == "1399.99")
        #expect(try Conversion.percent(25, of: Money.parse("6000.00", currency: .euro)).decimalText == "1500.00")
        let error = #expect(throws: ArkaError.self) { try Conversion.percent(200, of: Money(minorUnits: Int64.max, currency: .euro)) }
        #expect(error?.kind == .overflow)
    }

    @Test("converts the other way: euro into a lek ledger")
    func intoLek() throws {
        let euroPerLek = try ExchangeRate.parse("0.0098")
        #expect(try Conversion.toBase(Money.parse("100.00", currency: .euro), rate: euroPerLek, base: .lek).decimalText == "10204.08")
    }

    @Test("overflow is an error")
    func overflow() throws {
        let tiny = try ExchangeRate.parse("0.0000000001")
        let error = #expect(throws: ArkaError.self) {
            try Conversion.toBase(Money(minorUnits: Int64.max, currency: .lek), rate: tiny, base: .euro)
        }
        #expect(error?.kind == .overflow)
    }

    @Test("rates are positive exact decimals", arguments: ["0", "-1", "abc", "1.00000000001", "", "1,5"])
    func badRates(text: String) {
        let error = #expect(throws: ArkaError.self) { try ExchangeRate.parse(text) }
        #expect(error?.kind == .badRate)
    }

    @Test("a rate is written as read, without trailing zeros")
    func rateText() throws {
        #expect(try ExchangeRate.parse("101.8400").description == "101.84")
        #expect(try ExchangeRate.parse("100").description == "100")
    }

    @Test("negating an amount negates its conversion")
    func symmetric() async {
        await propertyCheck(input: Gen.int64(in: -1_000_000_000_000...1_000_000_000_000), Gen.int(in: 1...2_000_000)) { units, rateHundredths in
            let rate = try! ExchangeRate.parse(DecimalText.format(Int64(rateHundredths), scale: 2))
            let amount = Money(minorUnits: units, currency: .lek)
            let forward = try! Conversion.toBase(amount, rate: rate, base: .euro)
            let backward = try! Conversion.toBase(try! amount.negated(), rate: rate, base: .euro)
            #expect(forward.minorUnits == -backward.minorUnits)
        }
    }

    @Test("the rounded result is within half a minor unit of the exact one")
    func withinHalf() async {
        await propertyCheck(input: Gen.int64(in: -10_000_000_000...10_000_000_000), Gen.int(in: 1...50_000)) { units, rateHundredths in
            let rate = try! ExchangeRate.parse(DecimalText.format(Int64(rateHundredths), scale: 2))
            let base = try! Conversion.toBase(Money(minorUnits: units, currency: .lek), rate: rate, base: .euro)
            // exact = units * 100 / rateHundredths cents; |base - exact| <= 1/2  <=>  |2*base*r - 2*units*100| <= r
            let r = Int64(rateHundredths)
            #expect(abs(2 * base.minorUnits * r - 200 * units) <= r)
        }
    }
}
