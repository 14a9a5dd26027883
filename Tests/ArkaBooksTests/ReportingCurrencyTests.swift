import ArkaBooks
import ArkaCore
import Foundation
import Testing

@Suite("Budget figures in the reporting currency under each donor's conversion rule")
struct ReportingCurrencyTests {
    static let accounts = Fixture.accounts + "\n6910,Exchange losses,expense,,\n"
    static let funds = "code,name,restricted,conversion\nEU,European Union,true,period-average\nADH,Aktion Deutschland Hilft,true,booking\n"
    static let settings = """
        name: Test books
        base_currency: EUR
        rounding_account: "6920"
        exchange_loss_account: "6910"
        action_start: 2023-08-01
        """
    /// InforEuro's rates, apart from the bank's booking rates of the fixture.
    static let reportingRates = "month,currency,rate,source\n2023-08,ALL,102.00,InforEuro\n2023-09,ALL,106.00,InforEuro\n"

    func makeLedger() throws -> (Fixture, Ledger) {
        let fixture = try Fixture(accounts: Self.accounts, funds: Self.funds, settings: Self.settings)
        try fixture.write("definition/reporting-rates.csv", Self.reportingRates)
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            header + """
                E1,2023-08-14,Laptops,6310,1200.00,EUR,EU,3.1,,,,
                E1,,,5121,-1200.00,EUR,EU,,,,,
                E2,2023-08-20,Lek purchase,6310,10184,ALL,EU,3.3,,,,
                E2,,,5122,-10184,ALL,EU,,,,,
                E3,2023-09-20,Lek purchase,6310,21200,ALL,EU,3.3,,,,
                E3,,,5122,-21200,ALL,EU,,,,,
                E4,2023-09-25,Bank's conversion margin,6910,12.50,EUR,EU,,,,,
                E4,,,5121,-12.50,EUR,EU,,,,,
                """)
        return (fixture, ledger)
    }

    @Test("the period average converts each line's lek once, at the exact average of the period's rates")
    func periodAverage() throws {
        let (_, ledger) = try makeLedger()
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        // (10,184 + 21,200) / ((102 + 106) / 2) = 301.769…
        #expect(report.lines.first { $0.line == "3.3" }?.spent.decimalText == "301.77")
        #expect(report.lines.first { $0.line == "3.1" }?.spent.decimalText == "1200.00")
        #expect(report.period.map { "\($0.lowerBound)..\($0.upperBound)" } == "2023-08..2023-09")
        let rate = try #require(report.rates.first { $0.rule == .periodAverage })
        #expect(rate.rate == "104")
        #expect(rate.source == "InforEuro")
        #expect(rate.months == 2)
    }

    @Test("a month whose donor report lacks a reporting rate cannot be closed, for no rate could be added after")
    func closingNeedsTheReportingRates() throws {
        let (fixture, ledger) = try makeLedger()
        // October's lek, at the rate the bank stated: no reporting rate and no booking rate for the month.
        try fixture.post(
            ledger,
            header + """
                E5,2023-10-20,Lek purchase,6310,10600,ALL,EU,3.3,,,,106.00
                E5,,,5122,-10600,ALL,EU,,,,,106.00
                """, name: "october.csv")
        try ledger.closePeriod(try LedgerMonth.parse("2023-09"), signature: Fixture.signature)
        let refused = #expect(throws: ArkaError.self) {
            try ledger.closePeriod(try LedgerMonth.parse("2023-10"), signature: Fixture.signature)
        }
        #expect(refused?.kind == .missingRate)
        #expect(
            refused?.reason
                == "2023-10 cannot be closed yet: its donor reports need a rate for ALL 2023-10, and a closed month takes none; add it with `arka rates add --reporting`, then close")
        #expect(ledger.definition.closedMonths.map(\.description) == ["2023-08", "2023-09"])
        let october = try fixture.write("october-rates.csv", "month,currency,rate,source\n2023-10,ALL,106.00,InforEuro\n")
        #expect(try ledger.addRates(file: october, kind: .reporting, signature: Fixture.signature) == 1)
        try ledger.closePeriod(try LedgerMonth.parse("2023-10"), signature: Fixture.signature)
        #expect(ledger.definition.closedMonths.map(\.description) == ["2023-08", "2023-09", "2023-10"])
    }

    @Test("the period ends at the report's day")
    func periodEndsAsOf() throws {
        let (_, ledger) = try makeLedger()
        let report = try ledger.budgetReport(asOf: try LedgerDate.parse("2023-08-31"), fund: "EU")
        #expect(report.lines.first { $0.line == "3.3" }?.spent.decimalText == "99.84")  // 10,184 / 102
    }

    @Test("exchange losses are ineligible: off the lines, flagged, and the fund reconciles to its booked expense")
    func exchangeLossesAndReconciliation() throws {
        let (_, ledger) = try makeLedger()
        let report = try ledger.budgetReport(asOf: nil, fund: nil)
        let eu = try #require(report.funds.first { $0.fund == "EU" })
        // Booked: 1,200.00 + 100.00 (at 101.84) + 198.22 (at 106.95) + 12.50.
        #expect(eu.booked.decimalText == "1510.72")
        #expect(eu.ineligible.decimalText == "12.50")
        #expect(eu.eligible.decimalText == "1501.77")
        #expect(eu.conversionDifference?.decimalText == "-3.55")
        let lines = report.lines.filter { $0.fund == "EU" }.reduce(Int64(0)) { $0 + $1.spent.minorUnits }
        #expect(lines == eu.eligible.minorUnits)
        #expect(report.flags.contains("12.50 EUR of exchange losses and conversion rounding on EU is ineligible and kept off its budget lines"))
        // The booked total is the trial balance's.
        let balance = try ledger.trialBalance(asOf: nil, grouping: .fund)
        let expense = balance.lines.filter { $0.fund == "EU" && $0.account.type == .expense }.reduce(Int64(0)) { $0 + $1.baseBalance.minorUnits }
        #expect(expense == eu.booked.minorUnits)
    }

    @Test("a month of the period without a reporting rate is named; the report is not made")
    func missingReportingRate() throws {
        let (fixture, ledger) = try makeLedger()
        try fixture.post(ledger, header + "E5,2023-10-02,Lek purchase,6310,1000,ALL,EU,3.3,,,,105.70\nE5,,,5122,-1000,ALL,EU,,,,,105.70\n", name: "october.csv")
        let error = firstError { _ = try ledger.budgetReport(asOf: nil, fund: nil) }
        #expect(error?.kind == .missingRate)
        #expect(error?.location.value == "ALL 2023-10")
        // Adding October's rate mends it.
        try fixture.write("october-rates.csv", "month,currency,rate\n2023-10,ALL,105.00\n")
        #expect(try ledger.addRates(file: fixture.directory.appendingPathComponent("october-rates.csv").path, kind: .reporting, signature: Fixture.signature) == 1)
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        #expect(report.rates.first { $0.rule == .periodAverage }?.months == 3)
    }

    @Test("a rate the ledger holds already is refused, and nothing of the file is added")
    func duplicateRatesRefused() throws {
        let (fixture, ledger) = try makeLedger()
        let before = try ledger.rateList().rows.count
        let path = try fixture.write("again.csv", "month,currency,rate\n2023-07,ALL,103.00\n2023-08,ALL,102.50\n")
        let error = firstError { try ledger.addRates(file: path, kind: .reporting, signature: Fixture.signature) }
        #expect(error?.kind == .duplicate)
        #expect(error?.location.line == 3)
        #expect(try ledger.rateList().rows.count == before)
        let booking = try fixture.write("booking.csv", "date,currency,rate\n2023-10,ALL,105.70\n2023-08,ALL,101.00\n")
        #expect(firstError { try ledger.addRates(file: booking, kind: .booking, signature: Fixture.signature) }?.kind == .duplicate)
        #expect(try Ledger.open(at: ledger.path).rateList().rows.count == before)
    }

    @Test("books kept in lek report in euro at the reporting rates")
    func lekBooks() throws {
        let fixture = try Fixture(rates: nil, settings: "name: Lek books\nbase_currency: ALL\nreporting_currency: EUR\n")
        try fixture.write("definition/reporting-rates.csv", "month,currency,rate\n2023-08,ALL,101.84\n")
        let ledger = try fixture.createLedger()
        try fixture.post(ledger, header + "E1,2023-08-20,Lek purchase,6310,10184,ALL,EU,3.3,,,,\nE1,,,5122,-10184,ALL,EU,,,,,\n")
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        #expect(report.currency == .euro)
        #expect(report.lines.first { $0.line == "3.3" }?.spent.decimalText == "100.00")
        let eu = try #require(report.funds.first { $0.fund == "EU" })
        #expect(eu.booked == Money(minorUnits: 1_018_400, currency: .lek))
        #expect(eu.conversionDifference == nil)
    }

    /// A new user's lek books: rates.csv holds the month's euro rate, 0.0095 EUR per 1 ALL
    /// (105.263158 lek a euro); InforEuro's is 105.20. Under the booking rule 87,500 lek are
    /// reported at the books' own rate, 831.25 EUR, not at InforEuro's 831.75.
    @Test("in lek books, the booking rule reports at the books' own euro rate, the reporting rate only without one")
    func lekBooksAtTheirOwnRate() throws {
        let fixture = try Fixture(
            funds: "code,name,restricted,conversion\nEU,European Union,true,booking\nADH,Aktion Deutschland Hilft,true,booking\n",
            rates: "date,currency,rate\n2024-01,EUR,0.0095\n",
            settings: "name: Lek books\nbase_currency: ALL\nreporting_currency: EUR\n")
        try fixture.write("definition/reporting-rates.csv", "month,currency,rate\n2024-01,ALL,105.20\n2024-02,ALL,104.10\n")
        let ledger = try fixture.createLedger()
        try fixture.post(
            ledger,
            header + """
                E1,2024-01-20,Lek purchase,6310,87500,ALL,EU,3.3,,,,
                E1,,,5122,-87500,ALL,EU,,,,,
                E2,2024-02-20,Lek purchase,6310,10410,ALL,EU,3.1,,,,
                E2,,,5122,-10410,ALL,EU,,,,,
                """)
        let report = try ledger.budgetReport(asOf: nil, fund: "EU")
        #expect(report.lines.first { $0.line == "3.3" }?.spent.decimalText == "831.25")
        // February has no rate in the books: InforEuro's, 10,410 / 104.10.
        #expect(report.lines.first { $0.line == "3.1" }?.spent.decimalText == "100.00")
        #expect(report.rates.contains { $0.rule == .booking && $0.rate == "105.263158" && $0.period == "2024-01" })
    }

    @Test("a budget in another currency than the reporting one is refused by name")
    func budgetCurrency() throws {
        let fixture = try Fixture(
            budget: "fund,line,heading,description,amount,currency\nEU,3.3,3,IGA,1000000,ALL\n", rates: nil,
            settings: "name: Lek books\nbase_currency: ALL\n")
        let ledger = try fixture.createLedger()
        let error = firstError { _ = try ledger.budgetReport(asOf: nil, fund: nil) }
        #expect(error?.kind == .unknownCurrency)
        #expect(error?.location.value == "ALL")
    }

    @Test("a fund's conversion rule is one the ledger knows")
    func badRule() throws {
        let fixture = try Fixture(funds: "code,name,restricted,conversion\nEU,European Union,true,monthly\n")
        let error = firstError { _ = try fixture.createLedger() }
        #expect(error?.kind == .badSetting)
        #expect(error?.location.line == 2)
        #expect(error?.location.field == "conversion")
    }
}
