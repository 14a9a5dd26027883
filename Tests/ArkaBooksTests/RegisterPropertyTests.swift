@testable import ArkaBooks
import ArkaCore
import Foundation
import Testing

/// A small seeded generator (SplitMix64), so that a failing sequence can be replayed by its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Every register follows the journal, whatever the sequence of writes")
struct RegisterPropertyTests {
    /// After every step of a random sequence of purchases, handovers, returns, reversals, posts
    /// (some with amounts near the 64-bit limit), agreement closures and period closings, either
    /// the step was refused and the ledger is exactly as it was, or it was taken and the ledger
    /// opens, its journal verifies and every register reconciles.
    @Test("random corrections keep every register reconciled, or are refused and change nothing", arguments: [1, 2, 3, 4, 5, 6])
    func randomCorrections(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        let (fixture, ledger) = try EquipmentTests().makeLedger()
        try ledger.approveAgreement(
            GrantAgreement(number: "IGA-2", recipient: "R2", scheme: "IGA", amount: eur("3000.00"), date: try LedgerDate.parse("2023-09-01")),
            signature: Fixture.signature)
        var day = try LedgerDate.parse("2023-12-01")
        var tagNumber = 10
        var taken = 0
        for step in 0..<40 {
            day = try Self.advanced(day, by: Int.random(in: 0...4, using: &random))
            let register = try ledger.equipmentRegister().records
            let entries = try ledger.store.view { view in
                var ids: [String] = []
                try view.forEachEntry { ids.append($0.entry.id) }
                return ids
            }
            taken += try Self.step("seed \(seed), step \(step)", of: ledger, at: fixture.ledgerPath) {
                switch Int.random(in: 0..<7, using: &random) {
                case 0:
                    tagNumber += 1
                    let amount = Money(minorUnits: Int64.random(in: 1_000...200_000_00, using: &random), currency: .lek)
                    try ledger.purchaseEquipment(
                        [EquipmentItem(
                            tag: "EQ-\(tagNumber)", description: "Item \(tagNumber)", serial: nil, supplier: "Agro Fier shpk",
                            invoice: "INV-\(tagNumber)", nivf: nil, purchaseDate: day, cost: amount, fund: "EU", budgetLine: "3.3")],
                        creditAccount: "5122", signature: Fixture.signature)
                case 1:
                    let inStock = register.filter(\.isInStock).map(\.item.tag).shuffled(using: &random)
                    try ledger.handOver(
                        tags: Array(inStock.prefix(Int.random(in: 1...2, using: &random))), agreement: Bool.random(using: &random) ? "IGA-1" : "IGA-2",
                        date: day, protocol: "HP-\(step)", signatories: "A. Hoxha", afterEnd: false, signature: Fixture.signature)
                case 2:
                    let handedOver = register.filter { $0.handover != nil }.map(\.item.tag)
                    try ledger.returnEquipment(
                        tags: Array(handedOver.shuffled(using: &random).prefix(1)), date: day, reason: "Returned", signature: Fixture.signature)
                case 3, 4:
                    guard let id = entries.randomElement(using: &random) else { return }
                    try ledger.reverse(entryID: id, date: day, reason: "Correction", newID: nil, signature: Fixture.signature)
                case 5:
                    // Amounts anywhere up to the largest a posting holds.
                    let units = Bool.random(using: &random) ? Int64.random(in: 1...1_000_000, using: &random) : Int64.max - Int64.random(in: 0...10, using: &random)
                    let amount = Money(minorUnits: units, currency: .euro)
                    try fixture.post(
                        ledger,
                        "entry,date,description,account,amount,currency\nP\(step),\(day),Payment,6310,\(amount.decimalText),EUR\nP\(step),,,5121,-\(amount.decimalText),EUR\n",
                        name: "step\(step).csv")
                default:
                    if Bool.random(using: &random) {
                        try ledger.closePeriod(day.ledgerMonth.previous, signature: Fixture.signature)
                    } else {
                        try ledger.closeAgreement(
                            Bool.random(using: &random) ? "IGA-1" : "IGA-2", as: .completed, date: day, reason: "Delivered",
                            signature: Fixture.signature)
                    }
                }
            }
        }
        #expect(taken > 5)
    }

    /// The same for a social business's books: sales (some beyond the stock on hand), voids,
    /// reversals, goods bought for stock, stock and cash counts, expenses from the till (some
    /// before a count), posts near the 64-bit limit, and period closings.
    @Test("random sales, voids and counts keep every register reconciled, or are refused and change nothing", arguments: [11, 12, 13, 14, 15, 16])
    func randomBusinessDays(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        let books = try BakeryFixture()
        let ledger = books.ledger
        var day = try LedgerDate.parse("2024-01-02")
        var taken = 0
        for step in 0..<40 {
            day = try Self.advanced(day, by: Int.random(in: 0...3, using: &random))
            let entries = try ledger.store.view { view in
                var ids: [String] = []
                try view.forEachEntry { if $0.entry.reversal == nil { ids.append($0.entry.id) } }
                return ids
            }
            taken += try Self.step("seed \(seed), step \(step)", of: ledger, at: books.fixture.ledgerPath) {
                switch Int.random(in: 0..<9, using: &random) {
                case 0, 1:
                    let product = ["BUKE", "TORTE", "LENG"].randomElement(using: &random) ?? "BUKE"
                    _ = try books.sale("S\(step)", day.description, [(product, String(Int.random(in: 1...30, using: &random)))],
                                       Bool.random(using: &random) ? .cash : .bank)
                case 2:
                    let sales = entries.filter { $0.hasPrefix("S") }
                    guard let sale = sales.randomElement(using: &random) else { return }
                    _ = try ledger.voidSale(sale, date: day, reason: "Rung up twice", signature: Fixture.signature)
                case 3:
                    guard let id = entries.randomElement(using: &random) else { return }
                    try ledger.reverse(entryID: id, date: day, reason: "Correction", newID: nil, signature: Fixture.signature)
                case 4:
                    let quantity = Int64.random(in: 1...40, using: &random)
                    _ = try ledger.recordPurchase(
                        StockPurchase(
                            id: "G\(step)", date: day, supplier: "Pije shpk", paidFrom: Bool.random(using: &random) ? .cash : .supplier,
                            lines: [StockPurchaseLine(product: "LENG", quantity: try Quantity.parse(String(quantity)), amount: lek(String(quantity * 70)))]),
                        signature: Fixture.signature)
                case 5:
                    _ = try ledger.countStock(
                        on: day, product: "LENG", countedThousandths: Int64.random(in: 0...20, using: &random) * 1000, note: "Numërim", signature: Fixture.signature)
                case 6:
                    _ = try ledger.countCash(
                        on: day, counted: lek(String(Int.random(in: 0...5000, using: &random))), note: "Numërim i arkës", signature: Fixture.signature)
                case 7:
                    // An expense from the till, sometimes dated before the last count.
                    let date = try Self.advanced(day, by: -Int.random(in: 0...3, using: &random))
                    try books.expense(date.description, String(Int.random(in: 1...900, using: &random)), "6270", .cash)
                default:
                    if Bool.random(using: &random) {
                        try ledger.closePeriod(day.ledgerMonth.previous, signature: Fixture.signature)
                    } else {
                        let units = Int64.max - Int64.random(in: 0...10, using: &random)
                        let amount = Money(minorUnits: units, currency: .lek)
                        try books.fixture.post(
                            ledger,
                            "entry,date,description,account,amount,currency\nP\(step),\(day),Big,6270,\(amount.decimalText),ALL\nP\(step),,,5120,-\(amount.decimalText),ALL\n",
                            name: "step\(step).csv")
                    }
                }
            }
        }
        // A near-limit post or an early closing refuses much of what follows; the steps before it still count.
        #expect(taken > 2)
    }

    /// Runs one step of a sequence: when it is taken, the ledger reopened from its file passes
    /// `verify` with every register reconciled; when it is refused, the ledger is as it was.
    /// - Returns: 1 when the step was taken, 0 when it was refused.
    static func step(_ name: String, of ledger: Ledger, at path: String, _ body: () throws -> Void) throws -> Int {
        let before = try LedgerState(ledger)
        do {
            try body()
        } catch is ArkaError {
            #expect(try LedgerState(ledger) == before, "\(name): a refused write changed the ledger")
            return 0
        } catch let list as ArkaErrorList {
            #expect(try LedgerState(ledger) == before, "\(name): a refused file changed the ledger (\(list.errors.count) errors)")
            return 0
        }
        let verification = try Ledger.open(at: path).verify()
        #expect(verification.passes, "\(name): \(verification.rendered(as: .text))")
        return 1
    }

    /// The day `days` after `day`, by the Gregorian calendar in UTC.
    static func advanced(_ day: LedgerDate, by days: Int) throws -> LedgerDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        let start = try #require(calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])))
        let next = try #require(calendar.date(byAdding: .day, value: days, to: start))
        let c = calendar.dateComponents([.year, .month, .day], from: next)
        return try LedgerDate.parse(String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0))
    }
}
