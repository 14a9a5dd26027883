import ArkaCore
import PropertyBased
import Testing

/// A chart with a shared bank account, three donors' expenses and the inter-fund accounts.
func fundContext() throws -> PostingContext {
    let chart = try ChartOfAccounts([
        Account(code: "1810", name: "Due from other funds", type: .asset),
        Account(code: "2810", name: "Due to other funds", type: .liability),
        Account(code: "5121", name: "Bank EUR", type: .asset),
        Account(code: "5122", name: "Bank ALL", type: .asset),
        Account(code: "6310", name: "Equipment", type: .expense),
        Account(code: "6320", name: "Travel", type: .expense),
        Account(code: "6920", name: "Rounding", type: .expense),
        Account(code: "7410", name: "Contributions", type: .income),
    ])
    var context = PostingContext(
        chart: chart, funds: ["OWN", "EU", "ADH", "GFFO"], budgetLines: ["EU": ["3.1"], "ADH": ["2"], "GFFO": ["1.4"]],
        lock: PeriodLock(closedMonths: []), base: .euro, roundingAccount: "6920")
    context.fundBalancing = FundBalancing(ownFund: "OWN", dueFrom: "1810", dueTo: "2810")
    return context
}

/// Each fund's base amounts, summed.
func baseByFund(_ entry: Entry) -> [String: Int64] {
    var sums: [String: Int64] = [:]
    for posting in entry.postings { sums[posting.fund ?? "", default: 0] += posting.baseAmount.minorUnits }
    return sums
}

@Suite("Self-balancing funds")
struct FundBalancingTests {
    let day = try! LedgerDate.parse("2024-03-12")

    /// Worked by hand: the shared EUR bank account (no fund, so the ledger's own) pays one
    /// invoice of each of three donors, 300.00, 200.00 and 100.00 EUR.
    @Test("a shared bank account paying invoices of three funds: each fund owes its share, the own fund is owed all of it")
    func sharedBankPaysThreeFunds() throws {
        let entry = Entry(
            id: "PAY-7", date: day, description: "Pagesë e përbashkët",
            postings: [
                Posting(account: "6310", amount: eur("300.00"), fund: "EU", budgetLine: "3.1"),
                Posting(account: "6320", amount: eur("200.00"), fund: "ADH", budgetLine: "2"),
                Posting(account: "6320", amount: eur("100.00"), fund: "GFFO", budgetLine: "1.4"),
                Posting(account: "5121", amount: eur("-600.00")),
            ])
        let prepared = try EntryRules.prepare(entry, in: fundContext())
        let added = prepared.postings.dropFirst(4).map { "\($0.account) \($0.fund ?? "") \($0.amount.decimalText) \($0.memo ?? "")" }
        #expect(
            added == [
                "2810 EU -300.00 inter-fund: owed to OWN",
                "2810 ADH -200.00 inter-fund: owed to OWN",
                "2810 GFFO -100.00 inter-fund: owed to OWN",
                "1810 OWN 600.00 inter-fund: owed by EU / ADH / GFFO",
            ])
        #expect(prepared.postings[3].fund == "OWN", "a posting with no fund is on the ledger's own")
        #expect(baseByFund(prepared).values.allSatisfy { $0 == 0 })
        #expect(try Balancing.isBalanced(prepared, base: .euro))
    }

    @Test("an entry within one fund is left as it is")
    func oneFund() throws {
        let entry = Entry(
            id: "E1", date: day, description: "Parapagim",
            postings: [Posting(account: "5121", amount: eur("1000.00"), fund: "EU"), Posting(account: "7410", amount: eur("-1000.00"), fund: "EU")])
        #expect(try EntryRules.prepare(entry, in: fundContext()).postings == entry.postings)
    }

    /// A lek invoice of ADH paid from the EU's euro: 10,184 ALL at 101.84 is 100.00 EUR; and a
    /// lek invoice of 26,739 ALL at 106.95 is 250.01 EUR paid with 250.00, whose cent of
    /// rounding stays with the fund whose conversion made it.
    @Test("balanced through the rates: the inter-fund postings are in the base currency, and the rounding stays with its fund")
    func throughRates() throws {
        let exact = Entry(
            id: "FX-1", date: day, description: "Faturë në lekë",
            postings: [
                Posting(account: "5121", amount: eur("-100.00"), fund: "EU"),
                fundConverted(lek("10184"), at: "101.84", account: "6320", fund: "ADH"),
            ])
        let first = try EntryRules.prepare(exact, in: fundContext())
        #expect(first.postings.dropFirst(2).map { "\($0.account) \($0.fund ?? "") \($0.amount.decimalText) \($0.amount.currency.code)" } == [
            "1810 EU 100.00 EUR", "2810 ADH -100.00 EUR",
        ])
        let rounded = Entry(
            id: "FX-2", date: day, description: "Faturë në lekë",
            postings: [
                Posting(account: "5121", amount: eur("-250.00"), fund: "EU"),
                fundConverted(lek("26739"), at: "106.95", account: "6320", fund: "ADH"),
            ])
        let second = try EntryRules.prepare(rounded, in: fundContext())
        #expect(second.postings.dropFirst(2).map { "\($0.account) \($0.fund ?? "") \($0.amount.decimalText)" } == [
            "1810 EU 250.00", "2810 ADH -250.00", "6920 ADH -0.01",
        ])
        #expect(baseByFund(second).values.allSatisfy { $0 == 0 })
    }

    @Test("a fund that does not balance after the inter-fund postings is refused by the rule")
    func beyondRoundingRefused() throws {
        let entry = Entry(
            id: "FX-3", date: day, description: "Gabim",
            postings: [
                Posting(account: "5121", amount: eur("-251.00"), fund: "EU"),
                fundConverted(lek("26739"), at: "106.95", account: "6320", fund: "ADH"),
            ])
        let error = #expect(throws: ArkaError.self) { try EntryRules.prepare(entry, in: fundContext()) }
        #expect(error?.kind == .unbalancedEntry)
    }

    @Test("any entry across funds and currencies balances per fund and per currency once balanced")
    func property() async {
        let funds = ["OWN", "EU", "ADH", "GFFO"]
        await propertyCheck(
            input: Gen.int64(in: 1...50_000_000).array(of: 1...5), Gen.int(in: 0...3).array(of: 5...5), Gen.int(in: 9_000...12_000),
            Gen.bool
        ) { amounts, fundPicks, rateHundredths, inLek in
            let rate = DecimalText.format(Int64(rateHundredths), scale: 2)
            var postings: [Posting] = []
            for (index, units) in amounts.enumerated() {
                let fund = funds[fundPicks[index % fundPicks.count]]
                postings.append(
                    inLek
                        ? fundConverted(Money(minorUnits: units, currency: .lek), at: rate, account: "6310", fund: fund)
                        : Posting(account: "6310", amount: Money(minorUnits: units, currency: .euro), fund: fund, budgetLine: nil))
            }
            let total = amounts.reduce(0, +)
            postings.append(
                inLek
                    ? fundConverted(Money(minorUnits: -total, currency: .lek), at: rate, account: "5122", fund: funds[fundPicks[0]])
                    : Posting(account: "5121", amount: Money(minorUnits: -total, currency: .euro)))
            let entry = Entry(id: "P", date: try! LedgerDate.parse("2024-03-30"), description: "x", postings: postings)
            let prepared = try! EntryRules.prepare(entry, in: try! fundContext())
            #expect(baseByFund(prepared).values.allSatisfy { $0 == 0 }, "\(prepared.postings)")
            #expect(try! Balancing.baseSum(prepared) == 0)
            // Per currency too: every currency's postings sum to zero, and so do each fund's.
            var perFundCurrency: [String: Int64] = [:]
            for posting in prepared.postings where posting.account != "6920" {
                perFundCurrency["\(posting.fund ?? "") \(posting.amount.currency.code)", default: 0] += posting.amount.minorUnits
            }
            #expect(perFundCurrency.values.allSatisfy { $0 == 0 }, "\(perFundCurrency)")
        }
    }
}

func fundConverted(_ amount: Money, at rate: String, account: String, fund: String) -> Posting {
    var posting = converted(amount, at: rate)
    posting.account = account
    posting.fund = fund
    return posting
}
