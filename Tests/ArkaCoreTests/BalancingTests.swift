import ArkaCore
import PropertyBased
import Testing

/// A small chart and context, stated inline, for the entry rules.
func makeContext(rounding: String? = "6920", closed: Set<LedgerMonth> = []) throws -> PostingContext {
    let chart = try ChartOfAccounts([
        Account(code: "5121", name: "Bank EUR", type: .asset),
        Account(code: "5122", name: "Bank ALL", type: .asset),
        Account(code: "6310", name: "Equipment", type: .expense),
        Account(code: "6920", name: "Rounding", type: .expense),
        Account(code: "7410", name: "EU contribution", type: .income),
    ])
    return PostingContext(
        chart: chart, funds: ["EU", "ADH"], budgetLines: ["EU": ["3.1", "3.3"]], lock: PeriodLock(closedMonths: closed), base: .euro,
        roundingAccount: rounding)
}

func eur(_ text: String) -> Money { try! Money.parse(text, currency: .euro) }
func lek(_ text: String) -> Money { try! Money.parse(text, currency: .lek) }

func converted(_ amount: Money, at rate: String) -> Posting {
    let exchangeRate = try! ExchangeRate.parse(rate)
    return Posting(
        account: "5122", amount: amount,
        conversion: PostingConversion(
            baseAmount: try! Conversion.toBase(amount, rate: exchangeRate, base: .euro), rate: exchangeRate,
            source: "test", date: "2023-09"))
}

@Suite("Balancing and the entry rules")
struct BalancingTests {
    let day = try! LedgerDate.parse("2023-09-19")

    @Test("a single-currency entry balances exactly")
    func balanced() throws {
        let entry = Entry(
            id: "E1", date: day, description: "Pre-financing",
            postings: [Posting(account: "5121", amount: eur("100.00")), Posting(account: "7410", amount: eur("-100.00"))])
        #expect(try EntryRules.prepare(entry, in: makeContext()).postings.count == 2)
    }

    @Test("an unbalanced entry is refused with the amount it is off by")
    func unbalanced() throws {
        let entry = Entry(
            id: "E1", date: day, description: "Pre-financing",
            postings: [Posting(account: "5121", amount: eur("100.00")), Posting(account: "7410", amount: eur("-99.99"))])
        let error = #expect(throws: ArkaError.self) { try EntryRules.prepare(entry, in: makeContext()) }
        #expect(error?.kind == .unbalancedEntry)
        #expect(error?.reason == "entry E1 does not balance: its EUR postings sum to 0.01, not zero")
    }

    @Test("a conversion's rounding becomes an explicit posting to the rounding account")
    func roundingPosting() throws {
        let entry = Entry(
            id: "E2", date: day, description: "EUR invoice paid from the lek account",
            postings: [Posting(account: "6310", amount: eur("250.00")), converted(lek("-26739"), at: "106.95")])
        let prepared = try EntryRules.prepare(entry, in: makeContext())
        #expect(prepared.postings.count == 3)
        #expect(prepared.postings[2].account == "6920")
        #expect(prepared.postings[2].amount == eur("0.01"))
        #expect(try Balancing.baseSum(prepared) == 0)
    }

    @Test("without a rounding account, the difference is refused, not lost")
    func noRoundingAccount() throws {
        let entry = Entry(
            id: "E2", date: day, description: "EUR invoice paid from the lek account",
            postings: [Posting(account: "6310", amount: eur("250.00")), converted(lek("-26739"), at: "106.95")])
        let error = #expect(throws: ArkaError.self) { try EntryRules.prepare(entry, in: makeContext(rounding: nil)) }
        #expect(error?.kind == .unbalancedEntry)
    }

    @Test("more than rounding is an unbalanced entry")
    func beyondRounding() throws {
        let entry = Entry(
            id: "E3", date: day, description: "Wrong amount",
            postings: [Posting(account: "6310", amount: eur("251.00")), converted(lek("-26739"), at: "106.95")])
        let error = #expect(throws: ArkaError.self) { try EntryRules.prepare(entry, in: makeContext()) }
        #expect(error?.reason == "entry E3 does not balance: converted to EUR its postings sum to 0.99, not zero (a rate is units of the posting's currency per 1 EUR)")
    }

    @Test("unknown accounts, funds and budget lines are named")
    func unknownNames() throws {
        func entry(_ posting: Posting) -> Entry {
            Entry(id: "E4", date: day, description: "x", postings: [posting, Posting(account: "5121", amount: eur("-1.00"))])
        }
        let account = #expect(throws: ArkaError.self) {
            try EntryRules.prepare(entry(Posting(account: "9999", amount: eur("1.00"))), in: makeContext())
        }
        #expect(account?.kind == .unknownAccount)
        #expect(account?.location.value == "9999")
        let fund = #expect(throws: ArkaError.self) {
            try EntryRules.prepare(entry(Posting(account: "6310", amount: eur("1.00"), fund: "XX")), in: makeContext())
        }
        #expect(fund?.kind == .unknownFund)
        let line = #expect(throws: ArkaError.self) {
            try EntryRules.prepare(entry(Posting(account: "6310", amount: eur("1.00"), fund: "ADH", budgetLine: "3.1")), in: makeContext())
        }
        #expect(line?.kind == .unknownBudgetLine)
        #expect(line?.reason == "no budget line 3.1 in the budget of fund ADH")
    }

    @Test("a closed month takes no entries")
    func closedMonth() throws {
        let entry = Entry(
            id: "E5", date: day, description: "Late",
            postings: [Posting(account: "5121", amount: eur("1.00")), Posting(account: "7410", amount: eur("-1.00"))])
        let error = #expect(throws: ArkaError.self) {
            try EntryRules.prepare(entry, in: makeContext(closed: [day.ledgerMonth]))
        }
        #expect(error?.kind == .closedPeriod)
    }

    @Test("an entry and its reversal sum to zero on every account")
    func reversalCancels() async {
        await propertyCheck(input: Gen.int64(in: 1...1_000_000_000).array(of: 1...6)) { amounts in
            let debits = amounts.map { Posting(account: "6310", amount: Money(minorUnits: $0, currency: .euro)) }
            let credit = Posting(account: "5121", amount: Money(minorUnits: -amounts.reduce(0, +), currency: .euro))
            let entry = Entry(id: "E", date: day, description: "x", postings: debits + [credit])
            let reversal = try! entry.reversed(id: "E-rev", date: day, reason: "test")
            var sums: [String: Int64] = [:]
            for posting in entry.postings + reversal.postings { sums[posting.account, default: 0] += posting.amount.minorUnits }
            #expect(sums.values.allSatisfy { $0 == 0 })
            #expect(try! Balancing.isBalanced(reversal, base: .euro))
        }
    }

    @Test("the canonical form changes with every field the hash covers")
    func canonicalForm() throws {
        let entry = Entry(
            id: "E1", date: day, description: "Pre-financing", counterparty: "EC",
            documents: [DocumentReference(kind: .invoice, reference: "F-1")],
            postings: [Posting(account: "5121", amount: eur("100.00")), Posting(account: "7410", amount: eur("-100.00"), fund: "EU")],
            postedBy: "ermira", postedAt: "2024-01-01T00:00:00Z")
        let original = CanonicalForm.v1(entry, sequence: 1)
        var changes: [Entry] = []
        var copy = entry
        copy.description = "Pre-financing!"; changes.append(copy); copy = entry
        copy.postings[0].amount = eur("100.01"); changes.append(copy); copy = entry
        copy.postings[1].fund = nil; changes.append(copy); copy = entry
        copy.documents = []; changes.append(copy); copy = entry
        copy.postedBy = "x"; changes.append(copy); copy = entry
        copy.counterparty = nil; changes.append(copy)
        for changed in changes { #expect(CanonicalForm.v1(changed, sequence: 1) != original) }
        #expect(CanonicalForm.v1(entry, sequence: 2) != original)
    }

    @Test("document references keep their kinds; an NIVF must be a UUID")
    func documents() throws {
        let refs = try DocumentReference.parseList("invoice:F-114; nivf:0b6e2c9a-5d0e-4c1e-9a51-6f7a4c2b9d10; PO:2023/14")
        #expect(refs.map(\.kind) == [.invoice, .nivf, .document])
        #expect(refs[2].reference == "PO:2023/14")
        #expect(DocumentReference.format(refs) == "invoice:F-114; nivf:0b6e2c9a-5d0e-4c1e-9a51-6f7a4c2b9d10; PO:2023/14")
        #expect(throws: ArkaError.self) { try DocumentReference.parseList("nivf:12345") }
    }

    @Test("a chart refuses a parent of another type, a missing parent and a cycle")
    func chart() {
        #expect(throws: ArkaError.self) {
            try ChartOfAccounts([Account(code: "1", name: "a", type: .asset), Account(code: "2", name: "b", type: .expense, parent: "1")])
        }
        #expect(throws: ArkaError.self) { try ChartOfAccounts([Account(code: "2", name: "b", type: .expense, parent: "1")]) }
        #expect(throws: ArkaError.self) {
            try ChartOfAccounts([Account(code: "1", name: "a", type: .asset, parent: "2"), Account(code: "2", name: "b", type: .asset, parent: "1")])
        }
        #expect(throws: ArkaError.self) {
            try ChartOfAccounts([Account(code: "1", name: "a", type: .asset), Account(code: "1", name: "b", type: .asset)])
        }
    }
}

@Suite("Rounding of entries kept in a foreign currency")
struct ForeignRoundingTests {
    @Test("an entry balanced in lek whose conversions round unevenly gets its cent posted")
    func lekEntry() throws {
        // At 106.95, 150 lek is 1.4025... = 1.40 EUR twice, and 300 lek is 2.8050... = 2.81 EUR.
        let entry = Entry(
            id: "P1", date: try LedgerDate.parse("2023-09-30"), description: "Payroll",
            postings: [converted(lek("150"), at: "106.95"), converted(lek("150"), at: "106.95"), converted(lek("-300"), at: "106.95")])
        #expect(try Balancing.baseSum(entry) == -1)
        let prepared = try EntryRules.prepare(entry, in: makeContext())
        #expect(prepared.postings.last?.account == "6920")
        #expect(prepared.postings.last?.amount == eur("0.01"))
        #expect(try Balancing.baseSum(prepared) == 0)
        #expect(try Balancing.isBalanced(prepared, base: .euro))
    }

    @Test("an entry whose conversions cancel gets nothing added")
    func symmetric() throws {
        let entry = Entry(
            id: "P2", date: try LedgerDate.parse("2023-09-30"), description: "Transfer",
            postings: [converted(lek("24000"), at: "106.95"), converted(lek("-24000"), at: "106.95")])
        #expect(try EntryRules.prepare(entry, in: makeContext()).postings.count == 2)
    }

    @Test("random lek entries balance to the cent in euro once prepared")
    func property() async {
        await propertyCheck(input: Gen.int64(in: 1...10_000_000).array(of: 1...6), Gen.int(in: 9_000...12_000)) { amounts, rateHundredths in
            let rate = DecimalText.format(Int64(rateHundredths), scale: 2)
            let postings = amounts.map { converted(Money(minorUnits: $0, currency: .lek), at: rate) }
                + [converted(Money(minorUnits: -amounts.reduce(0, +), currency: .lek), at: rate)]
            let entry = Entry(id: "P", date: try! LedgerDate.parse("2023-09-30"), description: "x", postings: postings)
            let prepared = try! EntryRules.prepare(entry, in: try! makeContext())
            #expect(try! Balancing.baseSum(prepared) == 0)
        }
    }
}
