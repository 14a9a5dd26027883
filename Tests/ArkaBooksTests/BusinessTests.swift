@testable import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import PropertyBased
import Testing

/// A small bakery's books, stated inline: a till, a bank, stock of drinks, a start-up grant.
final class BakeryFixture {
    static let accounts = """
        code,name,type,parent
        1010,Members' capital,equity,
        2150,Equipment,asset,
        3500,Drinks for resale,asset,
        4457,VAT payable,liability,
        5120,Bank,asset,
        5310,Till,asset,
        6000,Cost of sales,expense,
        6011,Flour,expense,6000
        6070,Cost of drinks sold,expense,6000
        6130,Rent,expense,
        6270,Bank charges,expense,
        6410,Wages,expense,
        6590,Cash over and short,expense,
        7011,Bread,income,
        7070,Drinks,income,
        7400,Start-up grant,income,
        """
    static let funds = "code,name,restricted\nOWN,Own funds,false\nSU,Start-up grant,true\n"
    static let budget = "fund,line,heading,description,amount,currency\nSU,1,1,Oven,50000,ALL\nSU,2,2,Rent,30000,ALL\n"
    static let products = """
        code,name,unit,price,income_account,unit_cost
        BUKE,Bread,loaf,120,7011,
        TORTE,Cake,kg,1500,7011,
        LENG,Juice,bottle,120,7070,70
        """
    static func profile(vat: Bool = false) -> String {
        """
        cash: "5310"
        bank: "5120"
        cash_difference: "6590"
        stock: "3500"
        cost_of_goods: "6070"
        grant_income: "7400"
        grant_fund: SU
        own_fund: OWN
        \(vat ? "vat_rate: \"20\"\nvat_account: \"4457\"\n" : "")cash_flow:
          sales: ["7011", "7070"]
          grant: ["7400"]
          suppliers: ["2150", "3500", "6000"]
          wages: ["6410"]
        cost_of_sales: ["6000"]
        """
    }

    let fixture: Fixture
    let ledger: Ledger

    init(vat: Bool = false) throws {
        fixture = try Fixture(
            accounts: Self.accounts, funds: Self.funds, budget: Self.budget, rates: nil, settings: "name: Bakery\nbase_currency: ALL\nbudgeted_asset_accounts: [\"2150\"]\n")
        try fixture.write("definition/business.yaml", Self.profile(vat: vat))
        try fixture.write("definition/products.csv", Self.products)
        ledger = try fixture.createLedger()
    }

    func day(_ text: String) -> LedgerDate { try! LedgerDate.parse(text) }

    func sale(_ id: String, _ date: String, _ items: [(String, String)], _ payment: PaymentMethod = .cash) throws -> Entry {
        try ledger.record(
            Sale(id: id, date: day(date), items: items.map { SaleItem(product: $0.0, quantity: try Quantity.parse($0.1)) }, payment: payment),
            signature: Fixture.signature
        ).entry.entry
    }

    func expense(_ date: String, _ amount: String, _ account: String, _ from: PaymentMethod = .bank, fund: String? = nil, line: String? = nil) throws {
        try ledger.record(
            Expense(id: "", date: day(date), description: "purchase", supplier: "Supplier", amount: lek(amount), account: account, paidFrom: from, fund: fund, budgetLine: line),
            signature: Fixture.signature)
    }

    /// Posts the grant's first tranche to the bank.
    func receiveGrant(_ amount: String = "60000", on date: String = "2024-01-02") throws {
        try ledger.receiveGrant(
            [GrantReceipt(id: "GR-\(date)", date: day(date), amount: lek(amount), agreement: "SU-1", reference: "RBAL-1", original: eur("580.00"))],
            signature: Fixture.signature)
    }

    /// The balance of one account in lek, from the trial balance.
    func balance(_ account: String) throws -> Int64 {
        try ledger.trialBalance(asOf: nil, grouping: .account).lines.filter { $0.account.code == account }.reduce(0) { $0 + $1.baseBalance.minorUnits }
    }
}

func lek(_ text: String) -> Money { try! Money.parse(text, currency: .lek) }

@Suite("The social business's books: sales, cash, the grant, the bank and the statements")
struct BusinessTests {
    @Test("a sale without stock posts the money received and the revenue, line by line")
    func saleWithoutStock() throws {
        let books = try BakeryFixture()
        let entry = try books.sale("S1", "2024-03-05", [("BUKE", "40"), ("TORTE", "1.25")])
        #expect(entry.postings.map(\.account) == ["5310", "7011", "7011"])
        #expect(entry.postings.map(\.amount.minorUnits) == [6675_00, -4800_00, -1875_00])
        #expect(entry.postings.allSatisfy { $0.fund == "OWN" })
        let sold = try books.ledger.store.view { try $0.productSales(from: nil, to: nil) }
        #expect(sold.map(\.product) == ["BUKE", "TORTE"])
        #expect(sold.map(\.quantityThousandths) == [40_000, 1_250])
    }

    @Test("a sale of goods kept in stock moves their cost from stock to the cost of goods sold")
    func saleWithStock() throws {
        let books = try BakeryFixture()
        let entry = try books.sale("S1", "2024-03-05", [("LENG", "3")], .card)
        #expect(entry.postings.map(\.account) == ["5120", "6070", "3500", "7070"])
        #expect(entry.postings.map(\.amount.minorUnits) == [360_00, 210_00, -210_00, -360_00])
    }

    @Test("with VAT the price includes it: the revenue is the rest, and they add up to the takings")
    func vat() throws {
        let books = try BakeryFixture(vat: true)
        let entry = try books.sale("S1", "2024-03-05", [("BUKE", "1"), ("TORTE", "0.333")])
        // 120 = 100 + 20; 0.333 kg × 1500 = 499.50, VAT 83.25 of it.
        #expect(entry.postings.map(\.account) == ["5310", "7011", "7011", "4457"])
        #expect(entry.postings.map(\.amount.minorUnits) == [619_50, -100_00, -416_25, -103_25])
    }

    @Test("every sale balances, whatever its lines, and its revenue and VAT add up to what was paid", .timeLimit(.minutes(1)))
    func salesBalance() async throws {
        let books = try BakeryFixture(vat: true)
        let counter = Counter()
        let lines = Gen.int(in: 0...2).array(of: 1...4)
        let quantities = Gen.int(in: 1...99_999).array(of: 4)
        await propertyCheck(count: 50, input: lines, quantities) { picks, amounts in
            let products = ["BUKE", "TORTE", "LENG"]
            let items = picks.enumerated().map { index, pick in (products[pick], DecimalText(digits: Int64(amounts[index]), scale: 3).text) }
            let entry = try? books.sale("P\(counter.next())", "2024-04-02", items)
            #expect(entry.map { $0.postings.reduce(0) { $0 + $1.amount.minorUnits } } == 0)
        }
        let trial = try books.ledger.trialBalance(asOf: nil, grouping: .account)
        #expect(trial.totals["ALL"]?.balance.isZero == true)
    }

    @Test("a cash count that agrees is recorded; a shortage and an overage are posted with their note")
    func cashCounts() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S1", "2024-03-05", [("BUKE", "100")])
        let agrees = try books.ledger.countCash(on: books.day("2024-03-05"), counted: lek("12000"), note: nil, signature: Fixture.signature)
        #expect(agrees.entry == nil)
        #expect(agrees.count.verdict == "agrees")
        // A difference needs a note, and without one nothing is recorded.
        #expect(firstError { _ = try books.ledger.countCash(on: books.day("2024-03-06"), counted: lek("11500"), note: nil, signature: Fixture.signature) }?.kind == .missingValue)
        let short = try books.ledger.countCash(on: books.day("2024-03-06"), counted: lek("11500"), note: "change given twice", signature: Fixture.signature)
        #expect(short.count.expected == lek("12000"))
        #expect(short.entry?.entry.postings.map(\.amount.minorUnits) == [-500_00, 500_00])
        #expect(short.entry?.entry.postings.map(\.account) == ["5310", "6590"])
        let over = try books.ledger.countCash(on: books.day("2024-03-07"), counted: lek("11700"), note: "a customer left the change", signature: Fixture.signature)
        #expect(over.count.expected == lek("11500"))
        #expect(over.entry?.entry.postings.map(\.amount.minorUnits) == [200_00, -200_00])
        #expect(try books.balance("5310") == 11700_00)
        #expect(try books.balance("6590") == 300_00)
        #expect(try books.ledger.cashCounts().map(\.count.verdict) == ["agrees", "short", "over"])
    }

    @Test("the grant's tranches and its use, line by line, with what remains; spending on the grant names its line")
    func grantUse() throws {
        let books = try BakeryFixture()
        try books.receiveGrant("60000", on: "2024-01-02")
        try books.receiveGrant("20000", on: "2024-04-16")
        try books.expense("2024-01-05", "48000", "2150", fund: "SU", line: "1")
        try books.expense("2024-02-01", "10000", "6130", fund: "SU", line: "2")
        try books.expense("2024-02-02", "7000", "6130")
        #expect(firstError { try books.expense("2024-02-03", "100", "6130", fund: "SU") }?.kind == .missingValue)
        let use = try books.ledger.grantUse(at: nil)
        #expect(use.received == lek("80000"))
        #expect(use.lines.map(\.spent) == [lek("48000"), lek("10000")])
        #expect(use.lines.map(\.remaining) == [lek("2000"), lek("20000")])
        #expect(use.spent == lek("58000"))
        #expect(use.unspent == lek("22000"))
        #expect(use.held == use.unspent)
        let atJanuary = try books.ledger.grantUse(at: try LedgerMonth.parse("2024-01"))
        #expect(atJanuary.received == lek("60000"))
        #expect(atJanuary.spent == lek("48000"))
    }

    /// Writes a statement; `lines` are (date, description, amount) and the balances run from `opening`.
    func statement(_ books: BakeryFixture, _ name: String, opening: Int64, _ lines: [(String, String, Int64)]) throws -> String {
        var balance = opening
        var text = "date,description,amount,balance\n"
        for (date, description, amount) in lines {
            balance += amount
            text += "\(date),\(description),\(amount),\(balance)\n"
        }
        return try books.fixture.write(name, text)
    }

    @Test("statement lines match exactly, are left when ambiguous or unknown, and are resolved by hand")
    func matching() throws {
        let books = try BakeryFixture()
        try books.receiveGrant("60000", on: "2024-01-02")
        _ = try books.sale("K1", "2024-01-08", [("BUKE", "10")], .card)
        _ = try books.sale("O1", "2024-01-09", [("TORTE", "3")], .bank)
        _ = try books.sale("O2", "2024-01-11", [("TORTE", "3")], .bank)
        let file = try statement(books, "june.csv", opening: 0, [
            ("2024-01-03", "Transfer SU-1", 60000), ("2024-01-08", "POS settlement", 1200), ("2024-01-10", "Transfer", 4500),
            ("2024-01-12", "Transfer", 4500), ("2024-01-31", "Account fee", -300),
        ])
        let imported = try books.ledger.importStatement(file: file, signature: Fixture.signature)
        #expect(imported.added == 5)
        #expect(imported.closingBalance == lek("69900"))
        #expect(imported.booksBalance == lek("70200"))
        let report = try books.ledger.matchStatement(signature: Fixture.signature)
        #expect(report.matched.map(\.entry) == ["GR-2024-01-02", "K1"])
        #expect(report.ambiguous.map(\.candidates) == [["O1", "O2"], ["O1", "O2"]])
        #expect(report.unmatchedLines.map(\.line.description) == ["Account fee"])
        let ambiguous = report.ambiguous.map(\.line.id)
        // A person chooses: the wrong amount is refused, the right entry is matched.
        #expect(firstError { try books.ledger.matchLine(ambiguous[0], to: "K1", signature: Fixture.signature) }?.kind == .badMatch)
        try books.ledger.matchLine(ambiguous[0], to: "O1", signature: Fixture.signature)
        try books.ledger.matchLine(ambiguous[1], to: "O2", signature: Fixture.signature)
        #expect(firstError { try books.ledger.matchLine(ambiguous[1], to: "O2", signature: Fixture.signature) }?.kind == .badMatch)
        let fee = try books.ledger.postLine(report.unmatchedLines[0].id, against: "6270", description: "Bank fee, January", signature: Fixture.signature)
        #expect(fee.entry.postings.map(\.amount.minorUnits) == [-300_00, 300_00])
        #expect(try books.ledger.statementLines().allSatisfy { $0.matchedEntry != nil })
        #expect(try books.balance("5120") == 69900_00)
        // Undone, and matched again by the rule.
        #expect(try books.ledger.unmatchLine(ambiguous[0], signature: Fixture.signature) == "O1")
        #expect(try books.ledger.matchStatement(signature: Fixture.signature).matched.map(\.entry) == ["O1"])
    }

    @Test("a statement imported twice, or one that overlaps, adds no line twice; a broken balance or a gap is refused")
    func statementImports() throws {
        let books = try BakeryFixture()
        let january = try statement(books, "jan.csv", opening: 0, [("2024-01-03", "Transfer", 60000), ("2024-01-31", "Fee", -300)])
        #expect(try books.ledger.importStatement(file: january, signature: Fixture.signature).added == 2)
        let again = try books.ledger.importStatement(file: january, signature: Fixture.signature)
        #expect(again.added == 0)
        #expect(again.alreadyImported == 2)
        let overlap = try statement(books, "overlap.csv", opening: 60000, [("2024-01-31", "Fee", -300), ("2024-02-29", "Fee", -300)])
        let second = try books.ledger.importStatement(file: overlap, signature: Fixture.signature)
        #expect((second.added, second.alreadyImported) == (1, 1))
        let gap = try statement(books, "gap.csv", opening: 50000, [("2024-04-30", "Fee", -300)])
        let gapError = firstError { _ = try books.ledger.importStatement(file: gap, signature: Fixture.signature) }
        #expect(gapError?.kind == .badStatement)
        #expect(gapError?.location.line == 2)
        try books.fixture.write("broken.csv", "date,description,amount,balance\n2024-05-02,A,100,59500\n2024-05-03,B,100,59800\n")
        let broken = firstError { _ = try books.ledger.importStatement(file: books.fixture.directory.appendingPathComponent("broken.csv").path, signature: Fixture.signature) }
        #expect(broken?.kind == .badStatement)
        #expect(broken?.location.line == 3)
        #expect(try books.ledger.statementLines().count == 3)
    }

    @Test("a sales file with bad lines is reported line by line, and nothing of it is posted")
    func rejectedImport() throws {
        let books = try BakeryFixture()
        _ = try books.sale("S0", "2024-02-01", [("BUKE", "1")])
        try books.ledger.closePeriod(try LedgerMonth.parse("2024-01"), signature: Fixture.signature)
        let before = try LedgerState(books.ledger)
        let file = try books.fixture.write(
            "sales.csv",
            """
            sale,date,product,quantity,unit_price,payment
            S1,2024-02-02,BUKE,10,,cash
            S1,,CROISSANT,2,,
            S2,2024-02-02,BUKE,-3,,card
            S3,2024-01-15,BUKE,1,,cash
            S4,2024-02-03,TORTE,1,12.345,cash
            S5,2024-02-03,BUKE,2,,cheque
            S0,2024-02-04,BUKE,1,,cash
            S6,2024-02-04,BUKE,5,,cash

            """)
        do {
            _ = try books.ledger.importSales(file: file, signature: Fixture.signature)
            Issue.record("the file was posted")
        } catch let list as ArkaErrorList {
            #expect(list.errors.map(\.location.line) == [3, 4, 5, 6, 7, 8])
            #expect(list.errors.map(\.kind) == [.unknownProduct, .badQuantity, .closedPeriod, .tooManyDecimals, .badSetting, .duplicate])
            #expect(list.errors[0].location.value == "CROISSANT")
        }
        #expect(try LedgerState(books.ledger) == before)
        #expect(try books.ledger.store.view { try $0.productSales(from: nil, to: nil) }.count == 1)
    }

    @Test("the statements reconcile: P&L with the trial balance, the balance sheet with itself, the cash flow with the cash accounts")
    func reportsReconcile() throws {
        let books = try BakeryFixture()
        _ = try books.ledger.post(
            file: try books.fixture.write("capital.csv", "entry,date,description,account,amount,currency,fund\nC1,2024-01-02,Capital,5310,5000,ALL,OWN\nC1,,,1010,-5000,ALL,OWN\n"),
            signature: Fixture.signature)
        try books.receiveGrant("60000", on: "2024-01-02")
        try books.expense("2024-01-05", "48000", "2150", fund: "SU", line: "1")
        try books.expense("2024-01-08", "2000", "6011", .cash)
        try books.expense("2024-02-08", "3000", "6011", .cash)
        try books.buy("20", for: "1400", on: "2024-02-10")
        try books.expense("2024-02-10", "9000", "6410")
        _ = try books.sale("S1", "2024-01-09", [("BUKE", "30"), ("LENG", "4")])
        _ = try books.sale("S2", "2024-02-09", [("BUKE", "50"), ("TORTE", "2")], .card)
        try books.ledger.countCash(on: books.day("2024-02-28"), counted: lek("2000"), note: "short", signature: Fixture.signature)
        let january = try LedgerMonth.parse("2024-01"), february = try LedgerMonth.parse("2024-02")
        let trial = try books.ledger.trialBalance(asOf: nil, grouping: .account)
        let income = trial.lines.filter { $0.account.type == .income }.reduce(Int64(0)) { $0 - $1.baseBalance.minorUnits }
        let expenses = trial.lines.filter { $0.account.type == .expense }.reduce(Int64(0)) { $0 + $1.baseBalance.minorUnits }
        let pnl = try books.ledger.profitAndLoss(from: january, to: february)
        #expect(pnl.result.minorUnits == income - expenses)
        #expect(pnl.totalSales == lek("13080"))
        #expect(pnl.totalCostOfSales == lek("5280"))
        #expect(pnl.totalOtherIncome == lek("60000"))
        let months = [try books.ledger.profitAndLoss(from: january, to: january), try books.ledger.profitAndLoss(from: february, to: february)]
        #expect(months.map(\.result.minorUnits).reduce(0, +) == pnl.result.minorUnits)
        let sheet = try books.ledger.balanceSheet(at: february)
        #expect(sheet.balances)
        #expect(sheet.result == pnl.result)
        let flow = try books.ledger.cashFlow(from: january, to: february)
        #expect(flow.reconciles)
        #expect(flow.months.last?.closing.minorUnits == (try books.balance("5310")) + (try books.balance("5120")))
        let total = try #require(flow.total)
        #expect(total.flow(.salesReceipts) == lek("13080"))
        #expect(total.flow(.grantReceived) == lek("60000"))
        #expect(total.flow(.supplierPayments) == lek("-54400"))
        #expect(total.flow(.wages) == lek("-9000"))
        #expect(total.flow(.otherReceipts) == lek("5000"))
        #expect(total.flow(.otherPayments) == lek("-680"))
        let indicators = try books.ledger.indicators(for: february)
        #expect(indicators.recentMonths == 2)
        #expect(indicators.cash == flow.months[1].closing)
        #expect(indicators.products.map(\.product.code) == ["BUKE", "TORTE"])
        for format in OutputFormat.allCases {
            #expect(!flow.rendered(as: format).isEmpty && !pnl.rendered(as: format).isEmpty && !sheet.rendered(as: format).isEmpty)
        }
    }

    @Test("books without a business profile refuse the business's commands by name")
    func notABusiness() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        #expect(firstError { _ = try ledger.cashFlow(from: try LedgerMonth.parse("2024-01"), to: try LedgerMonth.parse("2024-01")) }?.kind == .notABusiness)
    }

    @Test("a profile naming an unknown or wrong account is refused with its file, line and key")
    func badProfile() throws {
        let fixture = try Fixture(accounts: BakeryFixture.accounts, funds: BakeryFixture.funds, budget: nil, rates: nil, settings: "base_currency: ALL\n")
        try fixture.write("definition/business.yaml", "cash: \"5310\"\nbank: \"7011\"\ncash_difference: \"6590\"\n")
        let error = firstError { _ = try fixture.createLedger() }
        #expect(error?.kind == .badSetting)
        #expect(error?.location.line == 2)
        #expect(error?.location.field == "bank")
        #expect(!FileManager.default.fileExists(atPath: fixture.ledgerPath))
    }
}

@Suite("Matching and rounding rules of the business, on their own")
struct BusinessRuleTests {
    func movement(_ entry: String, _ date: String, _ amount: String) -> BankMovement {
        BankMovement(entry: entry, date: try! LedgerDate.parse(date), amount: lek(amount), description: entry)
    }

    func line(_ date: String, _ amount: String) -> StatementLine {
        StatementLine(date: try! LedgerDate.parse(date), description: "x", amount: lek(amount), balance: lek("0"))
    }

    @Test("one candidate in the window matches; several match only on the same day; none leaves the line")
    func matchingRule() {
        let movements = [movement("A", "2024-03-01", "100"), movement("B", "2024-03-04", "100"), movement("C", "2024-03-20", "250")]
        #expect(BankMatching.match([line("2024-03-04", "100")], against: movements) == [.matched("B")])
        #expect(BankMatching.match([line("2024-03-02", "100")], against: movements) == [.ambiguous(["A", "B"])])
        #expect(BankMatching.match([line("2024-03-26", "250")], against: movements) == [.unmatched])
        #expect(BankMatching.match([line("2024-03-25", "250")], against: movements) == [.matched("C")])
        #expect(BankMatching.match([line("2024-03-20", "-250")], against: movements) == [.unmatched])
        // Taken in date order: the line of 1 March takes A (its own day), so the later one has only B.
        #expect(BankMatching.match([line("2024-03-04", "100"), line("2024-03-01", "100")], against: movements) == [.matched("B"), .matched("A")])
    }

    @Test("a line amount and the VAT in it are rounded once, half away from zero")
    func rounding() throws {
        #expect(try Conversion.extend(lek("1500"), by: Quantity.parse("0.333")).minorUnits == 499_50)
        #expect(try Conversion.extend(lek("0.01"), by: Quantity.parse("0.5")).minorUnits == 1)
        #expect(try Conversion.includedVAT(in: lek("0.06"), percent: DecimalText.parse("20", field: "vat")).minorUnits == 1)
        #expect(try Conversion.includedVAT(in: lek("120"), percent: DecimalText.parse("20", field: "vat")) == lek("20"))
        #expect(try Conversion.scale(lek("1000"), by: 1, over: 3, toDisplayUnit: true) == lek("333"))
        #expect(Conversion.ratio(10, 4, decimals: 1)?.text == "2.5")
    }

    @Test("a quantity is a positive decimal of at most three places")
    func quantities() {
        #expect((try? Quantity.parse("1.250"))?.description == "1.25")
        for bad in ["0", "-1", "1.2345", "abc", ""] {
            #expect(throws: ArkaError.self) { try Quantity.parse(bad) }
        }
    }

    @Test("days are counted across months and leap years")
    func dayNumbers() throws {
        #expect(try LedgerDate.parse("1970-01-01").dayNumber == 0)
        #expect(try LedgerDate.parse("2024-03-01").dayNumber - LedgerDate.parse("2024-02-28").dayNumber == 2)
        #expect(try LedgerDate.parse("2025-01-01").dayNumber - LedgerDate.parse("2024-01-01").dayNumber == 366)
    }
}
