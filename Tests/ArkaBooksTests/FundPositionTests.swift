import ArkaBooks
import ArkaCore
import PropertyBased
import Testing

/// Books whose funds balance on their own: the own fund, two donors, a bank in each currency.
private func selfBalancingBooks() throws -> Fixture {
    try Fixture(
        accounts: Fixture.accounts + "\n1810,Due from other funds,asset,,\n2810,Due to other funds,liability,,\n",
        funds: "code,name,restricted,template\nOWN,Own funds,false,\nEU,European Union,true,eu-annex-vi\nADH,Aktion Deutschland Hilft,true,financing-plan\n",
        settings: Fixture.settings
            + "own_fund: OWN\ninterfund_due_from_account: \"1810\"\ninterfund_due_to_account: \"2810\"\ncash_accounts: [\"5100\"]\n")
}

@Suite("The funds report")
struct FundPositionTests {
    /// Worked by hand: EU receives 1,000.00 EUR; the EUR bank, on no fund (so the own fund's),
    /// pays an EU invoice of 300.00 and an ADH one of 200.00; an ADH supplier's 50.00 EUR
    /// invoice is still unpaid, booked on the own fund's payables.
    @Test("a shared bank paying two donors' invoices: each fund's figures, and totals that are the trial balance's")
    func handComputed() throws {
        let books = try selfBalancingBooks()
        let ledger = try books.createLedger()
        try books.post(
            ledger,
            """
            entry,date,description,account,amount,currency,fund,budget_line
            IN-1,2023-08-01,EU pre-financing,5121,1000.00,EUR,EU,
            IN-1,2023-08-01,,7410,-1000.00,EUR,EU,
            PAY-1,2023-08-10,Shared payment,6310,300.00,EUR,EU,3.1
            PAY-1,2023-08-10,,6310,200.00,EUR,ADH,1.1
            PAY-1,2023-08-10,,5121,-500.00,EUR,,
            INV-1,2023-08-20,ADH invoice,6310,50.00,EUR,ADH,1.1
            INV-1,2023-08-20,,4010,-50.00,EUR,,
            """)
        let report = try ledger.fundPosition(asOf: nil)
        func row(_ fund: String) throws -> FundPosition.Row { try #require(report.rows.first { $0.fund == fund }) }
        func eur(_ text: String) throws -> Money { try Money.parse(text, currency: .euro) }
        // EU: received 1,000, spent 300, holds 1,000 in the bank and owes the own fund 300.
        #expect(try row("EU").received == eur("1000.00"))
        #expect(try row("EU").spent == eur("300.00"))
        #expect(try row("EU").cash == eur("1000.00"))
        #expect(try row("EU").owedToOtherFunds == eur("300.00"))
        #expect(try row("EU").available == eur("700.00"))
        // ADH: spent 250, owes the own fund 250 (the bank's 200 and the payable's 50).
        #expect(try row("ADH").spent == eur("250.00"))
        #expect(try row("ADH").owedToOtherFunds == eur("250.00"))
        #expect(try row("ADH").available == eur("-250.00"))
        // The own fund paid 500 from the bank and owes the supplier 50; the donors owe it 550.
        #expect(try row("OWN").cash == eur("-500.00"))
        #expect(try row("OWN").payables == eur("50.00"))
        #expect(try row("OWN").owedByOtherFunds == eur("550.00"))
        #expect(try row("OWN").available == eur("0.00"))
        #expect(report.rows.allSatisfy { $0.unbalanced.isZero })
        #expect(report.total.cash == (try eur("500.00")))
        #expect(report.total.available == (try eur("450.00")))
    }

    @Test("random entries across funds and currencies: every fund balances on its own, and each column's total is the trial balance's")
    func totalsAreTheTrialBalance() async {
        await propertyCheck(count: 12, input: Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 1...12)) { seed, count in
            var random = SeededGenerator(state: UInt64(seed))
            let books = try! selfBalancingBooks()
            let ledger = try! books.createLedger()
            let funds = ["", "OWN", "EU", "ADH"]
            let lines = ["": "", "OWN": "", "EU": "3.1", "ADH": "1.1"]
            var csv = "entry,date,description,account,amount,currency,fund,budget_line\n"
            for index in 0..<count {
                let lek = random.next() % 2 == 0
                let currency = lek ? "ALL" : "EUR"
                let bank = lek ? "5122" : "5121"
                func amount(_ units: Int64) -> String { lek ? "\(units / 100)" : DecimalText.format(units, scale: 2) }
                func fund() -> String { funds[Int(random.next() % 4)] }
                let date = index % 2 == 0 ? "2023-08-\(10 + index)" : "2023-09-\(10 + index)"
                let id = "E\(index)"
                let units = Int64(random.next() % 5_000_000) + 100
                switch random.next() % 3 {
                case 0:  // income into the bank
                    csv += "\(id),\(date),Income,\(bank),\(amount(units)),\(currency),\(fund()),\n"
                    csv += "\(id),\(date),,7410,-\(amount(units)),\(currency),\(fund()),\n"
                case 1:  // expenses of several funds paid from the bank
                    var total: Int64 = 0
                    for part in 0...Int(random.next() % 3) {
                        let share = units / Int64(part + 1)
                        let owner = fund()
                        csv += "\(id),\(date),Expense,6310,\(amount(share)),\(currency),\(owner),\(lines[owner]!)\n"
                        total += lek ? share / 100 * 100 : share
                    }
                    csv += "\(id),\(date),,\(bank),-\(amount(total)),\(currency),\(fund()),\n"
                default:  // an invoice on the payables
                    let owner = fund()
                    csv += "\(id),\(date),Invoice,6310,\(amount(units)),\(currency),\(owner),\(lines[owner]!)\n"
                    csv += "\(id),\(date),,4010,-\(amount(units)),\(currency),\(fund()),\n"
                }
            }
            try! books.post(ledger, csv)
            let report = try! ledger.fundPosition(asOf: nil)
            #expect(report.rows.allSatisfy { $0.unbalanced.isZero }, "\(report.rows.map { ($0.fund, $0.unbalanced) })")
            #expect(report.rows.allSatisfy { $0.fund != nil }, "a posting without a fund is the own fund's")
            // Each column's total is the trial balance's converted total of the same accounts.
            let balance = try! ledger.trialBalance(asOf: nil, grouping: .account)
            func sum(_ include: (TrialBalance.Line) -> Bool) -> Int64 {
                balance.lines.filter(include).reduce(0) { $0 + $1.baseBalance.minorUnits }
            }
            let cash = ledger.cashAccounts
            #expect(report.total.cash.minorUnits == sum { cash.contains($0.account.code) })
            #expect(report.total.spent.minorUnits == sum { $0.account.type == .expense })
            #expect(report.total.received.minorUnits == -sum { $0.account.type == .income || $0.account.type == .equity })
            #expect(report.total.owedByOtherFunds.minorUnits == sum { $0.account.code == "1810" })
            #expect(report.total.owedToOtherFunds.minorUnits == -sum { $0.account.code == "2810" })
            // What funds owe each other nets to nothing in each currency (in the base currency each
            // side is converted on its own, so it may differ by the conversion's rounding).
            for currency in Set(balance.lines.map(\.balance.currency)) {
                let interfund = balance.lines.filter { ["1810", "2810"].contains($0.account.code) && $0.balance.currency == currency }
                #expect(interfund.reduce(0) { $0 + $1.balance.minorUnits } == 0)
            }
            #expect(report.total.payables.minorUnits == -sum { $0.account.code == "4010" })
            #expect(report.total.unbalanced == balance.baseTotal.balance)
            // In each currency, the cash held is the trial balance's.
            for money in report.total.cashByCurrency {
                let inCurrency = balance.lines.filter { cash.contains($0.account.code) && $0.balance.currency == money.currency }
                #expect(money.minorUnits == inCurrency.reduce(0) { $0 + $1.balance.minorUnits })
            }
        }
    }
}
