import ArkaCore
import Foundation
import PropertyBased
import Testing

@testable import ArkaStore

/// The journal writer's monthly totals, looked up by the bytes of the rows, against totals
/// summed plainly from the entries themselves.
@Suite("Monthly totals")
struct MonthlyTotalsTests {
    struct PlainKey: Hashable {
        var month, account, currency, fund, budgetLine: String
    }

    /// The totals summed from the entries, keyed by strings, as the `posting_total` table holds them.
    static func plainTotals(_ entries: [Entry]) -> [PlainKey: [Int64]] {
        var totals: [PlainKey: [Int64]] = [:]
        for entry in entries {
            for posting in entry.postings {
                let key = PlainKey(
                    month: String(entry.date.description.prefix(7)), account: posting.account, currency: posting.amount.currency.code,
                    fund: posting.fund ?? "", budgetLine: posting.budgetLine ?? "")
                var sums = totals[key, default: [0, 0, 0, 0]]
                let amount = posting.amount.minorUnits, base = posting.baseAmount.minorUnits
                if amount > 0 { sums[0] += amount } else { sums[1] -= amount }
                if base > 0 { sums[2] += base } else { sums[3] -= base }
                totals[key] = sums
            }
        }
        return totals
    }

    static func summed(_ rows: JournalRows) throws -> [PlainKey: [Int64]] {
        var totals = MonthlyTotals()
        try rows.bytes.withUnsafeBytes { bytes in
            for index in 0..<rows.count { try totals.add(rows, at: index, bytes: bytes) }
        }
        var result: [PlainKey: [Int64]] = [:]
        totals.forEach { key, sums in
            func text(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }
            let plain = PlainKey(
                month: text(key.month), account: text(key.account), currency: text(key.currency), fund: text(key.fund),
                budgetLine: text(key.budgetLine))
            #expect(result[plain] == nil, "a key listed twice: \(plain)")
            result[plain] = [sums.debit, sums.credit, sums.baseDebit, sums.baseCredit]
        }
        #expect(result.count == totals.count)
        return result
    }

    /// A small posting, so that sums of many stay far from overflow.
    static func posting(_ random: inout JournalRowsTests.Seeded) -> Posting {
        let units = Int64.random(in: -1_000_000...1_000_000, using: &random)
        let account = ["6310", "6311", "Expenses:Grants:IGA:L06", "5121", "Zë"][Int.random(in: 0..<5, using: &random)]
        let funds: [String?] = [nil, "", "EU", "ADH"]
        let lines: [String?] = [nil, "1.1", "5.2", "EU"]
        let foreign = Bool.random(using: &random)
        return Posting(
            account: account, amount: Money(minorUnits: units, currency: foreign ? .lek : .euro),
            fund: funds[Int.random(in: 0..<4, using: &random)], budgetLine: lines[Int.random(in: 0..<4, using: &random)],
            conversion: foreign
                ? PostingConversion(baseAmount: Money(minorUnits: units / 100, currency: .euro), rate: try! ExchangeRate.parse("101.84"), source: "BoA", date: "2024-03")
                : nil)
    }

    @Test("the totals equal the entries' postings summed by month, account, currency, fund and budget line")
    func equalPlainSums() async throws {
        await propertyCheck(count: 40, input: Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 1...400)) { seed, count in
            var random = JournalRowsTests.Seeded(state: UInt64(seed))
            var rows = JournalRows()
            var entries: [Entry] = []
            for index in 0..<count {
                let date = try! LedgerDate.parse(String(format: "20%02d-%02d-%02d", Int.random(in: 23...25, using: &random), Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random)))
                let postings = (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.posting(&random) }
                let entry = Entry(id: "E\(index)", date: date, description: "", counterparty: nil, documents: [], postings: postings, postedBy: "t", postedAt: "2024-01-01T00:00:00Z")
                entries.append(entry)
                rows.append(entry)
            }
            #expect(try! Self.summed(rows) == Self.plainTotals(entries))
        }
    }

    @Test("thousands of keys, past every growth of the table, each keep their own sums")
    func manyKeys() throws {
        var rows = JournalRows()
        var entries: [Entry] = []
        for index in 0..<3_000 {
            let date = try LedgerDate.parse(String(format: "2024-%02d-01", 1 + index % 12))
            let entry = Entry(
                id: "E\(index)", date: date, description: "", counterparty: nil, documents: [],
                postings: [
                    Posting(account: "6\(index)", amount: Money(minorUnits: Int64(index + 1), currency: .euro), fund: "EU"),
                    Posting(account: "5121", amount: Money(minorUnits: -Int64(index + 1), currency: .euro), budgetLine: "\(index % 7)"),
                ],
                postedBy: "t", postedAt: "2024-01-01T00:00:00Z")
            entries.append(entry)
            rows.append(entry)
        }
        let summed = try Self.summed(rows)
        #expect(summed.count == 3_000 + 12 * 7)
        #expect(summed == Self.plainTotals(entries))
    }

    @Test("a total past 64 bits is an overflow naming the account, where the entry was read")
    func overflow() throws {
        var rows = JournalRows(file: "big.csv")
        for index in 0..<2 {
            rows.append(
                Entry(
                    id: "E\(index)", date: try LedgerDate.parse("2024-01-01"), description: "", counterparty: nil, documents: [],
                    postings: [Posting(account: "6310", amount: Money(minorUnits: Int64.max - 1, currency: .euro))],
                    postedBy: "t", postedAt: "2024-01-01T00:00:00Z", origin: SourceLocation(file: "big.csv", line: 2 + index)))
        }
        var totals = MonthlyTotals()
        let error = try rows.bytes.withUnsafeBytes { bytes in
            try totals.add(rows, at: 0, bytes: bytes)
            return #expect(throws: ArkaError.self) { try totals.add(rows, at: 1, bytes: bytes) }
        }
        #expect(error?.kind == .overflow)
        #expect(error?.reason.contains("account 6310") == true)
        #expect(error?.location.line == 3)
        #expect(error?.location.file == "big.csv")
    }

    @Test("the smallest 64-bit amount, whose credit has no size that fits, is an overflow, not a crash")
    func smallestAmount() throws {
        var rows = JournalRows()
        rows.append(
            Entry(
                id: "E1", date: try LedgerDate.parse("2024-01-01"), description: "", counterparty: nil, documents: [],
                postings: [Posting(account: "6310", amount: Money(minorUnits: .min, currency: .euro))]))
        var totals = MonthlyTotals()
        let error = rows.bytes.withUnsafeBytes { bytes in
            #expect(throws: ArkaError.self) { try totals.add(rows, at: 0, bytes: bytes) }
        }
        #expect(error?.kind == .overflow)
    }

    @Test("a posting that would take the ledger's stored debits, credits or converted totals past 64 bits is refused on its line")
    func ledgerTotals() throws {
        var rows = JournalRows(file: "one.csv")
        rows.append(
            Entry(
                id: "B2", date: try LedgerDate.parse("2023-09-21"), description: "", counterparty: nil, documents: [],
                postings: [
                    Posting(account: "6310", amount: Money(minorUnits: 100, currency: .euro), line: 2),
                    Posting(account: "5121", amount: Money(minorUnits: -100, currency: .euro), line: 3),
                ],
                postedBy: "t", postedAt: "2024-01-01T00:00:00Z", origin: SourceLocation(file: "one.csv", line: 2)))
        let full = Int64.max - 99
        let cases: [(LedgerTotals, Int?, String)] = [
            (LedgerTotals(currencies: ["EUR": .init(debit: full, credit: 0)], base: .init(debit: 0, credit: 0)), 2, "debits in EUR"),
            (LedgerTotals(currencies: ["EUR": .init(debit: 0, credit: full)], base: .init(debit: 0, credit: 0)), 3, "credits in EUR"),
            (LedgerTotals(currencies: ["ALL": .init(debit: full, credit: full)], base: .init(debit: full, credit: 0)), 2, "debits converted"),
            (LedgerTotals(currencies: ["EUR": .init(debit: full - 1, credit: full - 1)], base: .init(debit: full - 1, credit: full - 1)), nil, ""),
        ]
        for (stored, line, total) in cases {
            var totals = MonthlyTotals(ledger: stored)
            let error = rows.bytes.withUnsafeBytes { bytes in
                Result { try totals.add(rows, at: 0, bytes: bytes) }
            }
            guard let line else {
                #expect(throws: Never.self) { try error.get() }
                continue
            }
            let refused = #expect(throws: ArkaError.self, "\(total)") { try error.get() }
            #expect(refused?.kind == .overflow)
            #expect(refused?.location == SourceLocation(file: "one.csv", line: line, field: "amount", value: line == 2 ? "1.00" : "-1.00"))
            #expect(refused?.reason.contains(total) == true, "\(refused?.reason ?? "")")
        }
    }
}
