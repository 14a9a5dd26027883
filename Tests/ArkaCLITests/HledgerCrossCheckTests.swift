import ArkaBooks
import ArkaCore
import Foundation
import Testing

/// The exported journal, recomputed by hledger, gives the balances `arka balance` gives.
@Suite("Cross-check with hledger and ledger-cli")
struct HledgerCrossCheckTests {
    @Test("hledger and ledger-cli recompute the demo ledger's balances from the exported journal")
    func demoBalances() throws {
        guard GoldenTests.available("hledger") else {
            GoldenTests.missingPeer("hledger is")
            return
        }
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-hledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = GoldenTests.repository.appendingPathComponent("ledgers/mallakaster").path
        for command in ["arka demo --from '\(demo)' --out out", "arka export journal --ledger out/mallakaster.arka --output books.journal"] {
            #expect(try GoldenTests.run(command, in: folder, arka: arka).status == 0, "\(command)")
        }
        let arkaJSON = try GoldenTests.run("arka balance --ledger out/mallakaster.arka --format json", in: folder, arka: arka)
        let rows = try #require(JSONSerialization.jsonObject(with: Data(arkaJSON.stdout.utf8)) as? [[String: Any]])
        var arkaBalances: [String: String] = [:]
        for row in rows {
            let balance = row["balance"] as? String ?? ""
            if balance.trimmingCharacters(in: CharacterSet(charactersIn: "-0.")) != "" {
                arkaBalances["\(row["account"]!) \(row["currency"]!)"] = balance
            }
        }
        let hledger = try GoldenTests.run("hledger -f books.journal balance --flat --layout=bare -O csv", in: folder, arka: arka)
        #expect(hledger.status == 0, "\(hledger.stderr)")
        var hledgerBalances: [String: String] = [:]
        for line in hledger.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            guard fields.count == 3, fields[0] != "total", fields[0] != "Total:" else { continue }
            hledgerBalances["\(fields[0]) \(fields[1])"] = fields[2]
        }
        #expect(!arkaBalances.isEmpty)
        #expect(hledgerBalances == arkaBalances)

        // Per fund: the exported journal tags each posting with its fund, and hledger's balance
        // of `tag:fund=CODE` is arka's balance of that fund, account by account.
        let byFund = try GoldenTests.run("arka balance --ledger out/mallakaster.arka --by fund --format json", in: folder, arka: arka)
        var arkaByFund: [String: [String: String]] = [:]
        for row in try #require(JSONSerialization.jsonObject(with: Data(byFund.stdout.utf8)) as? [[String: Any]]) {
            guard let fund = row["fund"] as? String, let balance = row["balance"] as? String,
                balance.trimmingCharacters(in: CharacterSet(charactersIn: "-0.")) != ""
            else { continue }
            arkaByFund[fund, default: [:]]["\(row["account"]!) \(row["currency"]!)"] = balance
        }
        #expect(Set(arkaByFund.keys) == ["EU", "ADH", "GFFO", "MUNI"], "\(arkaByFund.keys.sorted())")
        for (fund, balances) in arkaByFund {
            let perFund = try GoldenTests.run("hledger -f books.journal balance tag:fund=\(fund) --flat --layout=bare -O csv", in: folder, arka: arka)
            #expect(perFund.status == 0, "\(perFund.stderr)")
            var hledgerFund: [String: String] = [:]
            for line in perFund.stdout.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                guard fields.count == 3, fields[0] != "total", fields[0] != "Total:", Decimal(string: fields[2]) != 0 else { continue }
                hledgerFund["\(fields[0]) \(fields[1])"] = fields[2]
            }
            #expect(hledgerFund == balances, "fund \(fund)")
        }

        // ledger-cli, the other peer, reads the same journal: per currency, each account's balance.
        guard GoldenTests.available("ledger") else {
            GoldenTests.missingPeer("ledger (ledger-cli) is")
            return
        }
        var ledgerBalances: [String: Decimal] = [:]
        for currency in Set(arkaBalances.keys.compactMap { $0.split(separator: " ").last.map(String.init) }).sorted() {
            let command = "ledger -f books.journal balance --flat --no-total --limit 'commodity==\"\(currency)\"' "
                + "--balance-format '%(account)|%(quantity(scrub(display_total)))\\n'"
            let ledger = try GoldenTests.run(command, in: folder, arka: arka)
            #expect(ledger.status == 0, "\(ledger.stderr)")
            for line in ledger.stdout.split(separator: "\n") {
                let fields = line.split(separator: "|").map(String.init)
                guard fields.count == 2, let amount = Decimal(string: fields[1]), amount != 0 else { continue }
                ledgerBalances["\(fields[0]) \(currency)"] = amount
            }
        }
        #expect(ledgerBalances == arkaBalances.compactMapValues { Decimal(string: $0) })
    }

    /// hledger's statements of a journal, by section ("Assets", "Revenues", "Cash flows", and
    /// "Net:" for the line under them): each section's total per commodity, zeros left out.
    static func statement(_ command: String, journal: String, in folder: URL, arka: URL) throws -> [String: [String: Decimal]] {
        let result = try GoldenTests.run("hledger -f '\(journal)' \(command) -O csv", in: folder, arka: arka)
        #expect(result.status == 0, "hledger \(command): \(result.stderr)")
        var sections: [String: [String: Decimal]] = [:]
        var section = ""
        for line in result.stdout.split(separator: "\n").dropFirst(2) {
            let fields = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            let amounts = fields.count > 1 ? fields[1] : ""
            if fields[0] == "total" || fields[0] == "Net:" {
                var totals: [String: Decimal] = [:]
                for amount in amounts.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !amount.isEmpty {
                    let parts = amount.split(separator: " ")
                    guard parts.count == 2, let value = Decimal(string: String(parts[0])) else {
                        Issue.record("hledger \(command): cannot read the amount \(amount)")
                        continue
                    }
                    if value != 0 { totals[String(parts[1])] = value }
                }
                sections[fields[0] == "total" ? section : "Net:"] = totals
            } else if amounts.isEmpty {
                section = fields[0]
            }
        }
        return sections
    }

    /// What hledger must show for books without a business profile: from `arka balance`, each
    /// account's balance per currency summed by the account's type in the ledger's chart, the
    /// cash accounts apart; liabilities, equity and income with their credit sign turned.
    static func expectedStatements(ledger path: String, in folder: URL, arka: URL) throws -> [String: [String: Decimal]] {
        let ledger = try Ledger.open(at: folder.appendingPathComponent(path).path)
        let types = Dictionary(ledger.definition.accounts.map { ($0.code, $0.type) }, uniquingKeysWith: { first, _ in first })
        let cash = ledger.cashAccounts
        #expect(!cash.isEmpty, "the books name their cash accounts")
        let json = try GoldenTests.run("arka balance --ledger '\(path)' --format json", in: folder, arka: arka)
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        var expected: [String: [String: Decimal]] = [:]
        func add(_ section: String, _ currency: String, _ amount: Decimal) { expected[section, default: [:]][currency, default: 0] += amount }
        for row in rows {
            let account = try #require(row["account"] as? String)
            let currency = try #require(row["currency"] as? String)
            let balance = try #require((row["balance"] as? String).flatMap { Decimal(string: $0) })
            switch try #require(types[account], "account \(account) is in the chart") {
            case .asset:
                add("Assets", currency, balance)
                if cash.contains(account) { add("Cash flows", currency, balance) }
            case .liability: add("Liabilities", currency, -balance)
            case .equity: add("Equity", currency, -balance)
            case .income: add("Revenues", currency, -balance)
            case .expense: add("Expenses", currency, balance)
            }
        }
        return expected.mapValues { $0.filter { $0.value != 0 } }
    }

    /// The demo books and books of another donor kept in lek, with awkward codes.
    static let projectBooks: [(name: String, build: [String], ledger: String)] = [
        ("demo", ["arka demo --from '\(GoldenTests.repository.path)/ledgers/mallakaster' --out out > /dev/null"], "out/mallakaster.arka"),
        ("levan", [
            "cp -R '\(GoldenTests.cases.path)/fixtures/levan' levan",
            "cd levan && arka init --ledger ../levan.arka --from . && arka post --ledger ../levan.arka entries.csv"
                + " && arka reverse --ledger ../levan.arka P-007 --date 2024-05-07 --reason 'Fatura R-88 u regjistrua dy herë'"
                + " && arka applications import --ledger ../levan.arka --call LEVAN-2024 --grid grid.yaml --file applications.csv"
                + " && arka award --ledger ../levan.arka --call LEVAN-2024 --date 2024-04-15"
                + " && arka equipment purchase --ledger ../levan.arka --file purchases.csv"
                + " && arka equipment handover --ledger ../levan.arka --file handovers.csv"
                + " && arka rates add --ledger ../levan.arka --reporting inforeuro-2024.csv > /dev/null",
        ], "levan.arka"),
    ]

    @Test("hledger bs, is and cf of the exported journal show Arka's balances by account type, and its cash accounts", arguments: projectBooks.map(\.name))
    func projectStatements(name: String) throws {
        guard GoldenTests.available("hledger") else {
            GoldenTests.missingPeer("hledger is")
            return
        }
        let books = try #require(Self.projectBooks.first { $0.name == name })
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-statements-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in books.build + ["arka export journal --ledger '\(books.ledger)' --output books.journal"] {
            let step = try GoldenTests.run(command, in: folder, arka: arka)
            #expect(step.status == 0, "\(command): \(step.stderr)")
        }
        let expected = try Self.expectedStatements(ledger: books.ledger, in: folder, arka: arka)
        var shown = try Self.statement("bse", journal: "books.journal", in: folder, arka: arka)
        shown.merge(try Self.statement("is", journal: "books.journal", in: folder, arka: arka)) { first, _ in first }
        shown.merge(try Self.statement("cf", journal: "books.journal", in: folder, arka: arka)) { first, _ in first }
        for section in ["Assets", "Liabilities", "Equity", "Revenues", "Expenses", "Cash flows"] {
            #expect(shown[section] ?? [:] == expected[section] ?? [:], "\(name): \(section)")
        }
        #expect(!(expected["Cash flows"] ?? [:]).isEmpty && !(expected["Revenues"] ?? [:]).isEmpty && !(expected["Expenses"] ?? [:]).isEmpty)
    }

    @Test("hledger bs, is and cf of the social business's journal agree with its balance sheet, profit and loss and cash flow")
    func businessStatements() throws {
        guard GoldenTests.available("hledger") else {
            GoldenTests.missingPeer("hledger is")
            return
        }
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-business-statements-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = GoldenTests.repository.appendingPathComponent("ledgers/mallakaster").path
        for command in ["arka demo --from '\(demo)' --out out > /dev/null", "arka export journal --ledger out/social-business.arka --output books.journal"] {
            let step = try GoldenTests.run(command, in: folder, arka: arka)
            #expect(step.status == 0, "\(command): \(step.stderr)")
        }
        /// A row's figure in the last column of `arka report NAME --format json`.
        func figure(_ report: String, _ key: String) throws -> Decimal {
            let json = try GoldenTests.run("arka report \(report) --ledger out/social-business.arka --format json", in: folder, arka: arka)
            let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let column = try #require((object["columns"] as? [String])?.last)
            let row = try #require((object["rows"] as? [[String: Any]])?.first { $0["key"] as? String == key }, "\(report) has \(key)")
            return try #require(((row["values"] as? [String: String])?[column]).flatMap { Decimal(string: $0) })
        }
        let balanceSheet = try Self.statement("bse", journal: "books.journal", in: folder, arka: arka)
        let income = try Self.statement("is", journal: "books.journal", in: folder, arka: arka)
        let cash = try Self.statement("cf", journal: "books.journal", in: folder, arka: arka)
        let base = "ALL"
        #expect(balanceSheet["Assets"]?[base] == (try figure("balance-sheet", "total-assets")))
        #expect(balanceSheet["Liabilities"]?[base] == (try figure("balance-sheet", "total-liabilities")))
        // Arka's equity holds the year's result, which hledger leaves in the income statement.
        #expect((balanceSheet["Equity"]?[base] ?? 0) + (income["Net:"]?[base] ?? 0) == (try figure("balance-sheet", "total-equity")))
        #expect(income["Net:"]?[base] == (try figure("pnl", "result")))
        #expect(cash["Cash flows"]?[base] == (try figure("cashflow", "closing")))
        #expect(balanceSheet.values.allSatisfy { $0.keys.allSatisfy { $0 == base } }, "the bakery's books are in lek only")
    }
}
