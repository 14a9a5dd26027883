import ArkaCore
import Foundation
import GRDB
import GRDBSQLite
import Testing

@testable import ArkaBooks
@testable import ArkaStore

/// Reports grow with the books once, never per posting per line: the budget report and the trial
/// balance read the monthly totals the journal keeps, so the postings of months before the
/// report's own add no work, whatever the revisions and the conversion rules; a listing of one
/// fund sorts that fund's postings only.
///
/// The work is SQLite's virtual-machine steps, counted by a progress handler: the same for the
/// same books on every machine, where a timing would not be.
@Suite("Reports read the books once")
struct ReportWorkTests {
    let folder: URL

    init() throws {
        folder = try temporaryFolder("report-work")
        let months = (1...12).map { String(format: "2023-%02d", $0) }
        try write(
            "definition/accounts.csv",
            """
            code,name,type
            5121,Bank EUR,asset
            5122,Bank ALL,asset
            6110,Salaries,expense
            6310,Equipment,expense
            6420,Office supplies,expense
            6910,Exchange losses,expense
            6920,Conversion rounding,expense
            7410,Contributions,income

            """)
        try write(
            "definition/funds.csv",
            """
            code,name,restricted,conversion
            BMZ,Bundesministerium für Zusammenarbeit,true,period-average
            SDC,Swiss Agency for Development,true,expense-month
            BASH,Bashkia Fier,false,booking

            """)
        try write(
            "definition/budget.csv",
            """
            fund,line,heading,description,amount,currency
            BMZ,1.1,1,Paga e stafit,9000.00,EUR
            BMZ,3.2,3,Pajisje,4000.00,EUR
            BMZ,4.2,4,Materiale zyre,1000.00,EUR
            SDC,1.1,1,Paga,6000.00,EUR
            SDC,4.2,4,Materiale,500.00,EUR
            BASH,4.2,4,Zyra,300.00,EUR

            """)
        try write("definition/rates.csv", "date,currency,rate\n" + months.enumerated().map { "\($1),ALL,\(100 + $0).50\n" }.joined())
        try write(
            "definition/reporting-rates.csv",
            "month,currency,rate,source\n" + months.enumerated().map { "\($1),ALL,\(101 + $0).2500,InforEuro\n" }.joined())
        try write(
            "definition/ledger.yaml",
            """
            name: Librat e projektit në Fier
            base_currency: EUR
            rounding_account: "6920"
            exchange_loss_account: "6910"
            action_start: 2023-01-01

            """)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let signature = Signature(user: "t", timestamp: "2024-01-01T00:00:00Z")

    /// Every fund, line, account and currency the books spend on: each entry of a batch takes one.
    static let spending: [(fund: String, line: String, account: String, currency: String)] = [
        ("BMZ", "1.1", "6110", "EUR"), ("BMZ", "3.2", "6310", "ALL"), ("BMZ", "4.2", "6420", "EUR"), ("BMZ", "4.2", "6420", "ALL"),
        ("SDC", "1.1", "6110", "ALL"), ("SDC", "4.2", "6420", "EUR"), ("BASH", "4.2", "6420", "ALL"),
    ]

    /// `rounds` entries of each kind of spending in each of `months` (of 2023), paid from the
    /// bank of their currency (lek at the ledger's rate of the month), and a donor's transfer a
    /// month. Lek amounts are whole hundreds, so that each entry converts without a rounding posting.
    static func entries(months: ClosedRange<Int>, rounds: Int, prefix: String) -> String {
        var csv = "entry,date,description,account,amount,currency,fund,budget_line,counterparty,document,memo,rate\n"
        var number = 0
        for month in months {
            csv += "\(prefix)-T\(month),2023-\(String(format: "%02d", month))-01,Transfer,5121,500.00,EUR,BMZ,,,,,\n"
            csv += "\(prefix)-T\(month),,,7410,-500.00,EUR,BMZ,,,,,\n"
            for round in 0..<rounds {
                for (kind, spend) in spending.enumerated() {
                    number += 1
                    let day = String(format: "2023-%02d-%02d", month, 2 + (round + kind) % 26)
                    let amount = spend.currency == "ALL" ? "\((round % 7 + 1) * 100)" : "1.\(String(format: "%02d", (round * 7 + kind) % 100))"
                    let bank = spend.currency == "ALL" ? "5122" : "5121"
                    csv += "\(prefix)-\(number),\(day),Blerje \(number),\(spend.account),\(amount),\(spend.currency),\(spend.fund),\(spend.line),,,,\n"
                    csv += "\(prefix)-\(number),,,\(bank),-\(amount),\(spend.currency),\(spend.fund),,,,,\n"
                }
            }
        }
        return csv
    }

    /// The books: the year's spending once a kind a month, and a revision on a notice.
    func makeLedger() throws -> Ledger {
        let ledger = try Ledger.create(
            at: folder.appendingPathComponent("books.arka").path,
            from: try LedgerDefinition.load(from: folder.appendingPathComponent("definition").path, baseCurrency: nil))
        _ = try ledger.post(file: try write("year.csv", Self.entries(months: 1...12, rounds: 1, prefix: "A")), signature: Self.signature)
        try ledger.reviseBudget(
            BudgetRevision(
                date: try LedgerDate.parse("2023-06-15"), fund: "BMZ", fromLine: "3.2", toLine: "4.2",
                amount: Money(minorUnits: 50_000, currency: .euro), reason: "Më shumë materiale", authority: .notice, reference: "N-1"),
            signature: Self.signature)
        return ledger
    }

    /// Counts the ticks of SQLite's progress handler, one per 100 virtual-machine steps.
    final class Ticks {
        var count = 0
    }

    /// What `body` returns, and how much SQLite work it took.
    static func work<T>(_ ledger: Ledger, _ body: () throws -> T) throws -> (T, Int) {
        let ticks = Ticks()
        let context = Unmanaged.passUnretained(ticks).toOpaque()
        ledger.store.queue.inDatabase { db in
            sqlite3_progress_handler(
                db.sqliteConnection, 100,
                { context in
                    if let context { Unmanaged<Ticks>.fromOpaque(context).takeUnretainedValue().count += 1 }
                    return 0
                }, context)
        }
        defer { ledger.store.queue.inDatabase { sqlite3_progress_handler($0.sqliteConnection, 0, nil, nil) } }
        let result = try withExtendedLifetime(ticks) { try body() }
        return (result, ticks.count)
    }

    /// Every figure of a budget report, as text.
    static func figures(_ report: BudgetReport) -> [String] {
        report.lines.map { "\($0.fund) \($0.line ?? "-") \($0.budget) \($0.spent) \($0.spentByCurrency) \($0.available)" }
            + report.funds.map { "\($0.fund) \($0.booked) \($0.eligible) \($0.ineligible)" } + report.flags
    }

    @Test("the budget report and the trial balance take the same work after twenty times the postings in earlier months")
    func reportsDoNotReadEarlierPostings() throws {
        let ledger = try makeLedger()
        let midDecember = try LedgerDate.parse("2023-12-15")
        func measure() throws -> (figures: [[String]], work: [Int]) {
            let (all, allWork) = try Self.work(ledger) { try ledger.budgetReport(asOf: nil, fund: nil) }
            let (december, decemberWork) = try Self.work(ledger) { try ledger.budgetReport(asOf: midDecember, fund: "BMZ") }
            let (balance, balanceWork) = try Self.work(ledger) { try ledger.trialBalance(asOf: midDecember, grouping: .fund) }
            let lines = balance.lines.map { "\($0.account.code) \($0.fund ?? "-") \($0.baseBalance)" }
            return ([Self.figures(all), Self.figures(december), lines], [allWork, decemberWork, balanceWork])
        }
        let before = try measure()
        #expect(before.work.allSatisfy { $0 > 0 })
        #expect(before.figures[0].contains { $0.hasPrefix("BMZ 4.2 1500.00 EUR") })  // the revision is in
        // Twenty times as many entries in January to November, on the same funds, lines, accounts and currencies.
        _ = try ledger.post(file: try write("more.csv", Self.entries(months: 1...11, rounds: 20, prefix: "B")), signature: Self.signature)
        let after = try measure()
        for index in before.figures.indices {
            #expect(before.figures[index] != after.figures[index], "report \(index) should show the new entries")
        }
        for (index, (old, new)) in zip(before.work, after.work).enumerated() {
            // A per-posting report would take about twenty times the work; a B-tree a level deeper may cost a step or two.
            #expect(new <= old + old / 20 + 2, "report \(index): \(old) ticks before, \(new) after")
        }
    }

    @Test("the budget report from the monthly totals equals the budget report summed from the postings")
    func totalsAgreeWithPostings() throws {
        let ledger = try makeLedger()
        _ = try ledger.post(file: try write("more.csv", Self.entries(months: 1...11, rounds: 3, prefix: "B")), signature: Self.signature)
        let report = try ledger.budgetReport(asOf: nil, fund: nil)
        // Plainly: each posting's base amount on its fund and line.
        var plain: [String: Int64] = [:]
        try ledger.store.view { view in
            try view.forEachPostingLine(accounts: ["6110", "6310", "6420"], from: nil, to: nil, order: .budgetLine) { posting in
                plain["\(posting.fund ?? "") \(posting.budgetLine ?? "")", default: 0] += posting.baseAmount.minorUnits
            }
        }
        // BASH keeps its books' figures (booking rule, books in EUR): its line is its postings' sum.
        #expect(report.lines.first { $0.fund == "BASH" && $0.line == "4.2" }?.spent.minorUnits == plain["BASH 4.2"])
        for fund in ["BMZ", "SDC", "BASH"] {
            let booked = plain.filter { $0.key.hasPrefix(fund + " ") }.values.reduce(0, +)
            #expect(report.funds.first { $0.fund == fund }?.booked.minorUnits == booked, "\(fund)")
        }
    }

    @Test("through any day, the sums read equal the postings dated through it; a month's last day reads the totals alone")
    func throughAnyDay() throws {
        let ledger = try makeLedger()
        // Spending on the last days of months too, so that a month's end has postings of its own.
        _ = try ledger.post(
            file: try write(
                "ends.csv",
                """
                entry,date,description,account,amount,currency,fund,budget_line,counterparty,document,memo,rate
                C-1,2023-02-28,Fund i shkurtit,6420,300,ALL,BMZ,4.2,,,,
                C-1,,,5122,-300,ALL,BMZ,,,,,
                C-2,2023-03-31,Fund i marsit,6110,2.50,EUR,SDC,1.1,,,,
                C-2,,,5121,-2.50,EUR,SDC,,,,,
                C-3,2023-03-31,Pa fond,6420,1.00,EUR,,,,,,
                C-3,,,5121,-1.00,EUR,,,,,,
                C-4,2023-06-30,Fund i qershorit,6310,900,ALL,BMZ,3.2,,,,
                C-4,,,5122,-900,ALL,BMZ,,,,,

                """),
            signature: Self.signature)
        let expense: Set<String> = ["6110", "6310", "6420", "6910", "6920"]
        for text in ["2023-01-01", "2023-02-27", "2023-02-28", "2023-03-01", "2023-03-15", "2023-03-30", "2023-03-31", "2023-06-30", "2023-12-31", "2024-01-31"] {
            let day = try LedgerDate.parse(text)
            // Plainly, from every posting dated through the day.
            var balances: [String: [Int64]] = [:]
            var monthly: [String: [Int64]] = [:]
            try ledger.store.view { view in
                try view.forEachPostingLine(accounts: nil, from: nil, to: day, order: .account) { posting in
                    let key = "\(posting.account) \(posting.amount.currency.code) \(posting.fund ?? "-") \(posting.budgetLine ?? "-")"
                    var sums = balances[key, default: [0, 0, 0, 0]]
                    if posting.amount.minorUnits > 0 { sums[0] += posting.amount.minorUnits } else { sums[1] -= posting.amount.minorUnits }
                    if posting.baseAmount.minorUnits > 0 { sums[2] += posting.baseAmount.minorUnits } else { sums[3] -= posting.baseAmount.minorUnits }
                    balances[key] = sums
                    if expense.contains(posting.account) {
                        let month = "\(posting.account) \(posting.fund ?? "-") \(posting.budgetLine ?? "-") \(posting.amount.currency.code) \(posting.date.ledgerMonth)"
                        var sums = monthly[month, default: [0, 0]]
                        sums[0] += posting.amount.minorUnits
                        sums[1] += posting.baseAmount.minorUnits
                        monthly[month] = sums
                    }
                }
            }
            let (rows, expenseRows) = try ledger.store.view { view in
                (try view.balances(asOf: day, grouping: .budgetLine), try view.monthlyExpense(to: day))
            }
            var read: [String: [Int64]] = [:]
            for row in rows {
                read["\(row.account) \(row.currency) \(row.fund ?? "-") \(row.budgetLine ?? "-")"] = [row.debit.minorUnits, row.credit.minorUnits, row.baseDebit.minorUnits, row.baseCredit.minorUnits]
            }
            #expect(read == balances, "\(text)")
            #expect(rows.count == balances.count, "\(text)")
            var readMonthly: [String: [Int64]] = [:]
            for row in expenseRows {
                readMonthly["\(row.account) \(row.fund ?? "-") \(row.budgetLine ?? "-") \(row.currency) \(row.month)"] = [row.amount.minorUnits, row.booked.minorUnits]
            }
            #expect(readMonthly == monthly, "\(text)")
            #expect(expenseRows.count == monthly.count, "\(text)")
        }
    }

    @Test("a fund's listing holds that fund's postings in the listing's order, and only them")
    func fundListing() throws {
        let ledger = try makeLedger()
        _ = try ledger.post(file: try write("more.csv", Self.entries(months: 2...3, rounds: 2, prefix: "B")), signature: Self.signature)
        let from = try LedgerDate.parse("2023-02-10"), to = try LedgerDate.parse("2023-11-30")
        func line(_ posting: PostingLine) -> String {
            "\(posting.entryID) \(posting.date) \(posting.account) \(posting.amount.minorUnits) \(posting.amount.currency.code) \(posting.fund ?? "-") \(posting.budgetLine ?? "-")"
        }
        for order in [ListingOrder.budgetLine, .account] {
            var all: [String] = []
            var funds: [String?] = []
            try ledger.store.view { view in
                try view.forEachPostingLine(accounts: nil, from: from, to: to, order: order) { all.append(line($0)); funds.append($0.fund) }
            }
            for fund in ["BMZ", "SDC", "BASH", "ABSENT"] {
                var listed: [String] = []
                try ledger.store.view { view in
                    try view.forEachPostingLine(accounts: nil, from: from, to: to, fund: fund, order: order) { listed.append(line($0)) }
                }
                let expected = zip(all, funds).filter { $0.1 == fund }.map(\.0)
                #expect(listed == expected, "\(fund)")
                #expect(fund == "ABSENT" ? listed.isEmpty : !listed.isEmpty, "\(fund)")
            }
            // With the accounts' filter too.
            var expense: [String] = []
            try ledger.store.view { view in
                try view.forEachPostingLine(accounts: ["6420"], from: nil, to: nil, fund: "SDC", order: order) { expense.append("\($0.entryID) \($0.account) \($0.fund ?? "")") }
            }
            #expect(!expense.isEmpty && expense.allSatisfy { $0.hasSuffix(" 6420 SDC") })
        }
    }
}
