@testable import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import GRDB
import PropertyBased
import Testing

/// Totals at the 64-bit limit: the journal's writer refuses the posting that would take one past
/// it, and a ledger whose totals an older build let pass it opens and names the account and month.
@Suite("Totals at the 64-bit limit")
struct OverflowTests {
    /// 92233720368547758.07 EUR, the largest amount a posting file may state.
    static let largest = "92233720368547758.07"

    let folder: URL

    init() throws {
        folder = try temporaryFolder("overflow")
        try write("definition/accounts.csv", "code,name,type\n5121,Bank,asset\n6310,Equipment,expense\n7410,EU contribution,income\n")
        try write("definition/funds.csv", "code,name,restricted\nEU,European Union,true\n")
        try write("definition/budget.csv", "fund,line,heading,description,amount,currency\nEU,3.1,3,Equipment,15000.00,EUR\n")
        try write("definition/ledger.yaml", "name: Limit books\nbase_currency: EUR\n")
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func makeLedger(_ name: String = "books.arka") throws -> Ledger {
        try Ledger.create(
            at: folder.appendingPathComponent(name).path,
            from: try LedgerDefinition.load(from: folder.appendingPathComponent("definition").path, baseCurrency: nil))
    }

    static let signature = Signature(user: "t", timestamp: "2024-01-01T00:00:00Z")

    /// A posting file of entries, each `(id, date, amount)` debiting 6310 on fund EU, line 3.1
    /// and crediting the bank.
    static func postings(_ entries: [(String, String, String)]) -> String {
        "entry,date,description,account,amount,currency,fund,budget_line\n"
            + entries.map { id, date, amount in
                "\(id),\(date),Equipment,6310,\(amount),EUR,EU,3.1\n\(id),\(date),,5121,-\(amount),EUR,,\n"
            }.joined()
    }

    /// The first error of a refused post, whether the reading side or the journal's writer refused it.
    static func refusal(_ body: () throws -> Void) -> ArkaError? {
        do {
            try body()
        } catch let error as ArkaError {
            return named(error)
        } catch let list as ArkaErrorList {
            return list.errors.first.map(named)
        } catch {
            Issue.record("not an ArkaError: \(error)")
        }
        return nil
    }

    /// The error with its file named as the file's last part, as the tests write it.
    static func named(_ error: ArkaError) -> ArkaError {
        var copy = error
        copy.location.file = error.location.file.map { ($0 as NSString).lastPathComponent }
        return copy
    }

    /// What a refused write must leave as it was: the journal's head and count, and every balance.
    struct State: Equatable {
        var entries: Int64
        var head: String
        var balances: [String]

        init(_ ledger: Ledger) throws {
            let verification = try ledger.verify()
            #expect(verification.isIntact, "\(verification.problems)")
            entries = verification.entries
            head = verification.head.hash
            balances = try ledger.trialBalance(asOf: nil, grouping: .budgetLine).lines.map {
                "\($0.account.code) \($0.fund ?? "-") \($0.budgetLine ?? "-") \($0.debit) \($0.credit) \($0.balance)"
            }
        }
    }

    @Test("92233720368547758.07 EUR, then 1.00 EUR in the same month from a second file: the second is refused, the ledger unchanged")
    func secondFileRefused() throws {
        let ledger = try makeLedger()
        let summary = try ledger.post(
            file: try write("largest.csv", Self.postings([("B1", "2023-08-20", Self.largest)])), signature: Self.signature)
        #expect(summary.totals[.euro]?.debit.minorUnits == .max)
        let before = try State(ledger)
        let error = Self.refusal {
            _ = try ledger.post(file: try write("one.csv", Self.postings([("B2", "2023-08-21", "1.00")])), signature: Self.signature)
        }
        #expect(error?.kind == .overflow)
        #expect(error?.location == SourceLocation(file: "one.csv", line: 2, field: "amount", value: "1.00"))
        #expect(error?.reason.contains("the ledger's debits in EUR past 92233720368547758.07") == true)
        #expect(try State(ledger) == before)
        #expect(try ledger.trialBalance(asOf: nil, grouping: .account).totals["EUR"]?.debit.decimalText == Self.largest)
        #expect(try ledger.budgetReport(asOf: nil, fund: nil).lines.first { $0.line == "3.1" }?.spent.decimalText == Self.largest)
        // The credit side is held to the same limit.
        let credit = Self.refusal {
            _ = try ledger.post(
                file: try write("credit.csv", "entry,date,description,account,amount,currency\nC1,2023-08-22,Grant,7410,-1.00,EUR\nC1,,,5121,1.00,EUR\n"),
                signature: Self.signature)
        }
        #expect(credit?.location == SourceLocation(file: "credit.csv", line: 2, field: "amount", value: "-1.00"))
        #expect(credit?.reason.contains("the ledger's credits in EUR") == true)
        #expect(try State(ledger) == before)
    }

    @Test("92233720368547758.07 EUR in August and 1.00 EUR in September of one file: refused whole, no total wrapped")
    func oneFileTwoMonthsRefused() throws {
        let ledger = try makeLedger()
        let before = try State(ledger)
        let error = Self.refusal {
            _ = try ledger.post(
                file: try write("two-months.csv", Self.postings([("B1", "2023-08-20", Self.largest), ("B2", "2023-09-21", "1.00")])),
                signature: Self.signature)
        }
        #expect(error?.kind == .overflow)
        #expect(error?.location == SourceLocation(file: "two-months.csv", line: 4, field: "amount", value: "1.00"))
        #expect(try State(ledger) == before)
        #expect(try ledger.verify().entries == 0)
    }

    @Test("a write from another command is held to the same limit: a reversal of the largest credit")
    func otherWrites() throws {
        let ledger = try makeLedger()
        try ledger.post(file: try write("largest.csv", Self.postings([("B1", "2023-08-20", Self.largest)])), signature: Self.signature)
        let before = try State(ledger)
        // The reversal credits 6310 and debits the bank by the largest amount: the debits in EUR
        // would come to twice it.
        let error = Self.refusal {
            _ = try ledger.reverse(entryID: "B1", date: try LedgerDate.parse("2023-08-31"), reason: "twice", newID: nil, signature: Self.signature)
        }
        #expect(error?.kind == .overflow)
        #expect(error?.location.field == "amount")
        #expect(try State(ledger) == before)
    }

    /// Runs SQL on the ledger file as an older build of arka left it. The monthly totals are
    /// not append-only: no trigger stands in the way.
    func olderBuild(_ ledger: Ledger, _ sql: String) throws {
        try ledger.store.write { db in try db.execute(sql: sql) }
    }

    @Test(
        "a ledger whose totals an older build let pass 64 bits opens, and balance, verify and budget name the account and month",
        arguments: [
            // What `debit = debit + excluded.debit` stored for 1.00 EUR more in August: a floating-point number.
            "UPDATE posting_total SET debit = debit + 100, base_debit = base_debit + 100 WHERE account = '6310'",
            // 1.00 EUR more in September: each month fits, the account's debits over the months do not.
            "INSERT INTO posting_total (month, account, currency, fund, budget_line, debit, credit, base_debit, base_credit) VALUES ('2023-09', '6310', 'EUR', 'EU', '3.1', 100, 0, 100, 0)",
        ])
    func olderLedger(_ sql: String) throws {
        let ledger = try makeLedger()
        try ledger.post(file: try write("largest.csv", Self.postings([("B1", "2023-08-20", Self.largest)])), signature: Self.signature)
        try olderBuild(ledger, sql)
        let month = sql.hasPrefix("UPDATE") ? "2023-08" : "2023-09"
        let reopened = try Ledger.open(at: ledger.store.path)
        let reads: [(String, () throws -> Void)] = [
            ("balance", { _ = try reopened.trialBalance(asOf: nil, grouping: .account) }),
            ("balance by budget line", { _ = try reopened.trialBalance(asOf: nil, grouping: .budgetLine) }),
            ("balance as of", { _ = try reopened.trialBalance(asOf: try LedgerDate.parse("2023-12-31"), grouping: .fund) }),
            ("verify", { _ = try reopened.verify() }),
            ("budget", { _ = try reopened.budgetReport(asOf: nil, fund: nil) }),
            ("post", { _ = try reopened.post(file: try write("small.csv", Self.postings([("S1", "2023-10-01", "1.00")])), signature: Self.signature) }),
        ]
        for (name, read) in reads {
            let error = Self.refusal(read)
            #expect(error?.kind == .overflow, "\(name)")
            #expect(error?.reason.contains("account 6310 in EUR in \(month)") == true, "\(name): \(error?.description ?? "no error")")
        }
    }

    /// Amounts near the limits, for the property below.
    static let amounts: [Int64] = [.max, .max - 1, .max / 2, .max / 2 + 1, .max / 3, 1 << 62, 100, 1]

    @Test("every sequence of posts near the limits is posted whole, the ledger verifying and balancing, or refused, the ledger unchanged")
    func postsNearTheLimits() async throws {
        // Each number is an entry: its amount, its month, whether it debits the expense or the
        // bank, and whether it starts a new file.
        let choices = Self.amounts.count * 2 * 2 * 2
        await propertyCheck(count: 30, input: Gen.int(in: 0...(choices - 1)).array(of: 1...8)) { codes in
            let ledger = try makeLedger("books-\(UUID().uuidString).arka")
            var files: [[(Int64, String, Bool)]] = []
            for code in codes {
                let amount = Self.amounts[code % Self.amounts.count]
                let month = (code / Self.amounts.count) % 2 == 0 ? "2023-08" : "2023-09"
                let expense = (code / (Self.amounts.count * 2)) % 2 == 0
                if files.isEmpty || code / (Self.amounts.count * 4) == 1 { files.append([]) }
                files[files.count - 1].append((amount, month, expense))
            }
            // What the ledger's debits in EUR come to, without a limit.
            var debits: Int128 = 0
            var expenseBalance: Int128 = 0
            var entry = 0
            for (number, file) in files.enumerated() {
                var csv = "entry,date,description,account,amount,currency\n"
                var fileDebits: Int128 = 0
                var fileExpense: Int128 = 0
                for (amount, month, expense) in file {
                    entry += 1
                    let text = DecimalText.format(amount, scale: 2)
                    let (debit, credit) = expense ? ("6310", "5121") : ("5121", "6310")
                    csv += "E\(entry),\(month)-15,Near the limit,\(debit),\(text),EUR\nE\(entry),,,\(credit),-\(text),EUR\n"
                    fileDebits += Int128(amount)
                    fileExpense += expense ? Int128(amount) : -Int128(amount)
                }
                let before = try State(ledger)
                let fits = debits + fileDebits <= Int128(Int64.max)
                let error = Self.refusal {
                    _ = try ledger.post(file: try write("posts-\(number).csv", csv), signature: Self.signature)
                }
                if fits {
                    #expect(error == nil, "\(codes): \(error?.description ?? "")")
                    debits += fileDebits
                    expenseBalance += fileExpense
                } else {
                    #expect(error?.kind == .overflow, "\(codes)")
                    #expect(error?.location.file == "posts-\(number).csv" && error?.location.field == "amount", "\(codes)")
                    #expect(try State(ledger) == before, "\(codes)")
                }
                let balance = try ledger.trialBalance(asOf: nil, grouping: .account)
                #expect(Int128(balance.totals["EUR"]?.debit.minorUnits ?? 0) == debits, "\(codes)")
                #expect(Int128(balance.lines.first { $0.account.code == "6310" }?.balance.minorUnits ?? 0) == expenseBalance, "\(codes)")
                #expect(try ledger.verify().isIntact, "\(codes)")
                _ = try ledger.budgetReport(asOf: nil, fund: nil)
                _ = try ledger.register(account: "6310", from: try LedgerDate.parse("2023-09-01"), to: nil)
            }
            #expect(try Ledger.open(at: ledger.store.path).verify().isIntact)
        }
    }
}
