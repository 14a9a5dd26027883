import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import PostgresNIO
import Testing

@testable import ArkaCentral

/// What the centre shows of its offices: their trial balances side by side and in total, from
/// the totals the syncs kept, and nothing of a person but a pseudonym.
@Suite(.serialized) struct CentralReportTests {
    @Test func theConsolidatedBalanceIsEachOfficesOwnAndTheirSum() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        let offices = [("MALL", books.project), ("SHOP", books.shop)]
        for (code, path) in offices {
            try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: path, office: code, to: $0) }
        }
        // All entries; a day inside a month (its postings read); the end of a month (totals only).
        let days: [LedgerDate?] = [nil, try LedgerDate.parse("2024-03-14"), try LedgerDate.parse("2024-03-31"), try LedgerDate.parse("2023-01-01")]
        for day in days {
            for grouping in BalanceGrouping.allCases {
                let report = try await CentralCluster.with(owner) {
                    try await CentralBalance.report(from: $0, office: "all", asOf: day, grouping: grouping)
                }
                #expect(report.offices.map(\.code) == ["MALL", "SHOP"])
                var expected: [String: [String: Money]] = [:]
                var sums: [String: Money] = [:]
                for (index, (code, path)) in offices.enumerated() {
                    let own = try Ledger.open(at: path, access: .read).trialBalance(asOf: day, grouping: grouping)
                    for line in own.lines {
                        let key = [line.account.code, line.balance.currency.code, line.fund ?? "", line.budgetLine ?? ""].joined(separator: "|")
                        expected[key, default: [:]][code] = line.balance
                        sums[key] = try (sums[key] ?? .zero(line.balance.currency)).adding(line.balance)
                    }
                    // Each office's total per currency is its own trial balance's.
                    for (currency, totals) in own.totals {
                        #expect(report.totals[currency]?.offices[index] == totals.balance, "\(code) \(currency) \(String(describing: day)) \(grouping)")
                    }
                }
                var seen: [String: [String: Money]] = [:]
                for line in report.lines {
                    let key = [line.account, line.currency.code, line.fund ?? "", line.budgetLine ?? ""].joined(separator: "|")
                    for (office, balance) in zip(report.offices, line.balances) { if let balance { seen[key, default: [:]][office.code] = balance } }
                    #expect(line.total == sums[key], "\(key) \(String(describing: day)) \(grouping)")
                }
                #expect(seen == expected, "\(String(describing: day)) \(grouping)")
            }
        }
        // One office alone is its own trial balance.
        let mall = try await CentralCluster.with(owner) { try await CentralBalance.report(from: $0, office: "MALL", asOf: nil, grouping: .fund) }
        #expect(mall.offices.map(\.code) == ["MALL"])
        #expect(mall.lines.allSatisfy { $0.balances.count == 1 && $0.balances[0] == $0.total })
        // The centre names its accounts as the offices' charts do.
        let chart = try Ledger.open(at: books.project, access: .read).context.chart
        #expect(mall.lines.allSatisfy { chart.account($0.account)?.name == $0.name })
        let unknown = await CentralCluster.failure {
            try await CentralCluster.with(owner) { try await CentralBalance.report(from: $0, office: "NOPE", asOf: nil, grouping: .account) }
        }
        #expect(unknown?.reason == "the centre holds no office NOPE; its offices are MALL, SHOP")
    }

    @Test func nothingOfAPersonButTheirPseudonymReachesTheCentre() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        try await CentralCluster.with(owner) { _ = try await CentralSync.sync(ledger: books.project, office: "MALL", to: $0) }
        let ledger = try Ledger.open(at: books.project, access: .read)
        let persons = try LedgerStore.open(at: books.project, access: .read).view { try $0.grantRecipients() }.filter(\.isNaturalPerson)
        #expect(!persons.isEmpty)
        let people = try ledger.pseudonymizer()
        // Every text the centre holds of the office, in one.
        let held = try await CentralCluster.with(owner) { centre in
            try await centre.rows(
                """
                SELECT string_agg(id || ' ' || description || ' ' || convert_from(canonical, 'UTF8'), ' ') FROM arka.entry WHERE office = 'MALL'
                UNION ALL SELECT string_agg(row::text, ' ') FROM arka.record WHERE office = 'MALL'
                """
            ).map { try $0.decode(String?.self) ?? "" }.joined(separator: " ")
        }
        for person in persons {
            #expect(!held.contains(person.name), "\(person.name)")
            if let taxID = person.taxID { #expect(!held.contains(taxID), "\(taxID)") }
            if let pseudonym = people.recipient(person.code) { #expect(held.contains(pseudonym), "\(pseudonym)") }
        }
        // The recipients' register at the centre: the persons by pseudonym, the social business by name.
        let recipients = try await CentralCluster.with(owner) { try await CentralRecords.table("grant_recipient", office: "MALL", in: $0) }
        #expect(recipients.count == persons.count + 1)
        for person in persons {
            let pseudonym = try #require(people.recipient(person.code))
            #expect(recipients.contains { $0["code"] == .some(pseudonym) && $0["name"] == .some(pseudonym) })
        }
        // The office's users and the answers it gave to forms stay in the office.
        let kept = try await CentralCluster.with(owner) { centre in
            try await centre.rows("SELECT COUNT(*) FROM arka.record WHERE tbl IN ('user_change', 'request_key')").first.map { try $0.decode(Int64.self) }
        }
        #expect(kept == 0)
    }
}
