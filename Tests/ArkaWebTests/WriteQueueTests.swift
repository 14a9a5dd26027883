import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Testing

@testable import ArkaWeb

/// The served ledger's writer under many forms at once: the writes that queue are committed
/// together, and each is answered as if it had been made alone.
@Suite struct WriteQueueTests {
    enum Answer: Equatable {
        case written(String)
        case repeated(String)
        case refused(ArkaError.Kind)
    }

    @Test func salesSentAtOnceAreEachWrittenOnceOrRefusedAlone() async throws {
        let folder = try WebBooks.copy()
        let served = try ServedLedger(name: "shop", path: folder.shop)
        let day = try #require(Signature.today())
        let before = try Ledger.open(at: folder.shop, access: .read).heads().journal.sequence
        // 30 forms: keys 0...24, the first five sent a second time; two carry the same sale id.
        let answers = try await withThrowingTaskGroup(of: (Int, Answer).self) { group in
            for form in 0..<30 {
                group.addTask {
                    let request = RequestKey(key: String(format: "together-%010d", form % 25), user: "clerk", at: "2026-12-06T10:00:00Z")
                    let id = form == 10 || form == 11 ? "S-TWICE" : ""
                    do {
                        let written = try await served.write(.en, request: request) { ledger in
                            try ledger.record(
                                Sale(id: id, date: day, items: [SaleItem(product: "BUKE", quantity: try Quantity.parse("1"))], payment: .cash),
                                signature: Signature(user: "clerk", timestamp: "2026-12-06T10:00:00Z")
                            ).entry.entry.id
                        }
                        return (form, .written(written))
                    } catch let repeated as RepeatedRequest {
                        return (form, .repeated(repeated.key))
                    } catch let error as ArkaError {
                        return (form, .refused(error.kind))
                    } catch let list as ArkaErrorList {
                        return (form, .refused(try #require(list.errors.first).kind))
                    }
                }
            }
            return try await group.reduce(into: [Int: Answer]()) { $0[$1.0] = $1.1 }
        }
        #expect(answers.count == 30)
        // Each key sent twice: written once, answered as repeated once.
        for form in 0..<5 {
            let pair = [answers[form], answers[form + 25]].compactMap { $0 }
            #expect(pair.filter { if case .written = $0 { true } else { false } }.count == 1)
            #expect(pair.contains(.repeated(String(format: "together-%010d", form))))
        }
        // The same sale id under two keys: one written, the other refused alone.
        #expect(Set([answers[10], answers[11]]) == [.written("S-TWICE"), .refused(.duplicate)])
        let written = answers.values.compactMap { if case .written(let id) = $0 { id } else { nil } }
        #expect(written.count == 24)
        #expect(Set(written).count == 24)
        let ledger = try Ledger.open(at: folder.shop, access: .read)
        #expect(try ledger.heads().journal.sequence == before + 24)
        #expect(try Ledger.verify(at: folder.shop).passes)
    }
}

extension WriteQueueTests.Answer: Hashable {}
