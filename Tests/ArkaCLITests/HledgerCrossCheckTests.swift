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
}
