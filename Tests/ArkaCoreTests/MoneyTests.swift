import ArkaCore
import Testing

@Suite("Money")
struct MoneyTests {
    @Test("reads amounts exactly, in minor units")
    func parsesExactly() throws {
        #expect(try Money.parse("1234.50", currency: .euro).minorUnits == 123_450)
        #expect(try Money.parse("-0.05", currency: .euro).minorUnits == -5)
        #expect(try Money.parse("+7", currency: .euro).minorUnits == 700)
        #expect(try Money.parse("84000", currency: .lek).minorUnits == 8_400_000)
        #expect(try Money.parse("12.340", currency: .euro).minorUnits == 1234)  // a trailing zero loses nothing
    }

    @Test("refuses anything but digits, a sign and a point", arguments: ["12abc", "1,5", "", "-", ".5", "5.", "1 000", "1e3", "--1", "0x10"])
    func refusesNonNumbers(text: String) {
        #expect(throws: ArkaError.self) { try Money.parse(text, currency: .euro) }
        do {
            _ = try Money.parse(text, currency: .euro)
        } catch let error as ArkaError {
            #expect(error.kind == .badAmount)
            #expect(error.location.value == text)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("refuses more decimals than the currency has")
    func refusesTooManyDecimals() throws {
        let error = #expect(throws: ArkaError.self) { try Money.parse("12.345", currency: .euro) }
        #expect(error?.kind == .tooManyDecimals)
        #expect(error?.reason == "EUR amounts take at most 2 decimals")
        #expect(throws: ArkaError.self) { try Money.parse("1.5", currency: try Currency(code: "JPY")) }
    }

    @Test("overflow is an error, never a wrap")
    func overflow() throws {
        #expect(try Money.parse("92233720368547758.07", currency: .euro).minorUnits == Int64.max)
        let tooLarge = #expect(throws: ArkaError.self) { try Money.parse("92233720368547758.08", currency: .euro) }
        #expect(tooLarge?.kind == .overflow)
        let big = Money(minorUnits: Int64.max - 1, currency: .euro)
        let sum = #expect(throws: ArkaError.self) { try big.adding(Money(minorUnits: 2, currency: .euro)) }
        #expect(sum?.kind == .overflow)
        #expect(throws: ArkaError.self) { try Checked.add(Int64.min, -1, what: "a total") }
    }

    @Test("writes amounts with every stored decimal, and as people read them")
    func formats() throws {
        #expect(Money(minorUnits: -5, currency: .euro).decimalText == "-0.05")
        #expect(Money(minorUnits: 123_450, currency: .euro).decimalText == "1234.50")
        #expect(Money(minorUnits: 8_400_000, currency: .lek).decimalText == "84000.00")
        #expect(Money(minorUnits: 8_400_000, currency: .lek).displayText == "84000")
        #expect(Money(minorUnits: 8_400_050, currency: .lek).displayText == "84000.50")  // never hides qindarka
        #expect(Money(minorUnits: -123_456_789, currency: .euro).tableText == "-1,234,567.89")
        #expect(Money(minorUnits: 100_000_000, currency: .lek).tableText == "1,000,000")
    }

    static let largest = Money(minorUnits: .max, currency: .euro)   // 92233720368547758.07 EUR
    static let smallest = Money(minorUnits: .min, currency: .euro)  // -92233720368547758.08 EUR
    static func euro(_ units: Int64) -> Money { Money(minorUnits: units, currency: .euro) }

    @Test("adds and subtracts exactly up to the 64-bit limits, and refuses one minor unit past them")
    func checkedArithmetic() throws {
        #expect(try Money.parse("92233720368547758.07", currency: .euro) == Self.largest)
        #expect(try Self.largest.subtracting(Self.euro(100)).adding(Self.euro(100)) == Self.largest)
        #expect(try Self.smallest.adding(Self.largest) == Self.euro(-1))
        #expect(try Self.euro(-100).subtracting(Self.euro(250)) == Self.euro(-350))
        let past = #expect(throws: ArkaError.self) { try Self.largest.adding(Self.euro(100)) }
        #expect(past?.kind == .overflow)
        #expect(past?.reason.contains("92233720368547758.07 EUR") == true)
        #expect(#expect(throws: ArkaError.self) { try Self.smallest.subtracting(Self.euro(1)) }?.kind == .overflow)
        #expect(#expect(throws: ArkaError.self) { try Self.euro(-2).subtracting(Self.largest) }?.kind == .overflow)
        #expect(#expect(throws: ArkaError.self) { try Self.largest.subtracting(Self.euro(-1)) }?.kind == .overflow)
    }

    @Test("negates every amount but the smallest, whose opposite does not fit: an error, never a trap")
    func negation() throws {
        #expect(try Self.largest.negated() == Self.euro(-Int64.max))
        #expect(try Self.euro(-Int64.max).negated() == Self.largest)
        #expect(try Self.euro(0).negated() == Self.euro(0))
        let error = #expect(throws: ArkaError.self) { try Self.smallest.negated() }
        #expect(error?.kind == .overflow)
        #expect(error?.location.value == "-92233720368547758.08")
        #expect(#expect(throws: ArkaError.self) { try Self.smallest.magnitude() }?.kind == .overflow)
        #expect(try Self.euro(-250).magnitude() == Self.euro(250))
        #expect(#expect(throws: ArkaError.self) { try Checked.negate(.min, what: "x") }?.kind == .overflow)
        #expect(try Checked.negate(.max, what: "x") == -Int64.max)
    }

    @Test("sums a sequence, refusing the partial sum that passes the limit")
    func sums() throws {
        #expect(try Money.sum([], currency: .lek) == .zero(.lek))
        #expect(try Money.sum([Self.euro(150), Self.euro(-50), Self.euro(7)], currency: .euro) == Self.euro(107))
        #expect(try Money.sum([Self.largest, Self.euro(-1), Self.euro(1)], currency: .euro) == Self.largest)
        let error = #expect(throws: ArkaError.self) { try Money.sum([Self.largest, Self.euro(100)], currency: .euro) }
        #expect(error?.kind == .overflow)
        #expect(try Checked.sum([Int64.max, -5, 5], what: "x") == .max)
        #expect(#expect(throws: ArkaError.self) { try Checked.sum([Int64.max, 1], what: "the total") }?.reason == "the total is too large to hold exactly")
        #expect(#expect(throws: ArkaError.self) { try Checked.subtract(.min, 1, what: "x") }?.kind == .overflow)
    }

    @Test("refuses to add, subtract or compare amounts of different currencies")
    func currencyMismatch() throws {
        let lek = Money(minorUnits: 500, currency: .lek)
        let operations: [(String, () throws -> Any)] = [
            ("adding", { try Self.euro(5).adding(lek) }), ("subtracting", { try Self.euro(5).subtracting(lek) }),
            ("isLess", { try Self.euro(5).isLess(than: lek) }), ("exceeds", { try Self.euro(5).exceeds(lek) }),
            ("sum", { try Money.sum([Self.euro(5), lek], currency: .euro) }),
        ]
        for (name, operation) in operations {
            let error = #expect(throws: ArkaError.self, "\(name)") { _ = try operation() }
            #expect(error?.kind == .currencyMismatch, "\(name)")
            #expect(error?.location.value == "ALL", "\(name)")
        }
    }

    @Test("compares amounts of one currency: a limit is exceeded by one minor unit more, not by itself")
    func comparison() throws {
        #expect(try Self.euro(100).isLess(than: Self.euro(101)))
        #expect(try !Self.euro(101).isLess(than: Self.euro(101)))
        #expect(try Self.euro(101).exceeds(Self.euro(100)))
        #expect(try !Self.euro(100).exceeds(Self.euro(100)))
        #expect(try Self.smallest.isLess(than: Self.largest))
    }

    @Test("knows ISO 4217 codes and their exponents")
    func currencies() throws {
        #expect(try Currency(code: "ALL").exponent == 2)
        #expect(try Currency(code: "ALL").displayExponent == 0)
        #expect(try Currency(code: "JPY").exponent == 0)
        #expect(try Currency(code: "KWD").exponent == 3)
        let unknown = #expect(throws: ArkaError.self) { try Currency(code: "LEK") }
        #expect(unknown?.kind == .unknownCurrency)
        #expect(throws: ArkaError.self) { try Currency(code: "eur") }
    }
}

@Suite("Dates")
struct DateTests {
    @Test("reads real days only")
    func days() throws {
        #expect(try LedgerDate.parse("2024-02-29").description == "2024-02-29")
        for bad in ["2023-02-29", "2023-13-01", "2023-04-31", "2023-1-01", "01/02/2023", "2023-01-01T00:00", "", "2100-02-29"] {
            let error = #expect(throws: ArkaError.self, "\(bad)") { try LedgerDate.parse(bad) }
            #expect(error?.kind == .badDate)
        }
        #expect(try LedgerDate.parse("2000-02-29").ledgerMonth.description == "2000-02")
    }

    @Test("knows the months")
    func months() throws {
        #expect(try LedgerMonth.parse("2023-02").lastDay.description == "2023-02-28")
        #expect(try LedgerMonth.parse("2024-02").lastDay.description == "2024-02-29")
        #expect(throws: ArkaError.self) { try LedgerMonth.parse("2023-00") }
        #expect(try LedgerDate.parse("2023-12-31") < LedgerDate.parse("2024-01-01"))
    }
}
