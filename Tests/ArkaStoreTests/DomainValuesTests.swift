import ArkaCore
import ArkaStore
import GRDB
import Testing

@Suite("The store's boundary: days, months and currencies as the domain's values")
struct DomainValuesTests {
    @Test("a day, a month and a currency go in as their text and come back as themselves")
    func roundTrip() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (day TEXT, month TEXT, currency TEXT)")
            try db.execute(
                sql: "INSERT INTO t VALUES (?, ?, ?)",
                arguments: [try LedgerDate.parse("2024-02-29"), try LedgerMonth.parse("2024-02"), Currency.lek])
            let row = try #require(try Row.fetchOne(db, sql: "SELECT day, month, currency FROM t"))
            #expect((row[0] as String) == "2024-02-29" && (row[1] as String) == "2024-02" && (row[2] as String) == "ALL")
            #expect(try row.decode(LedgerDate.self, atIndex: 0) == LedgerDate.parse("2024-02-29"))
            #expect(try row.decode(LedgerMonth.self, atIndex: 1) == LedgerMonth.parse("2024-02"))
            #expect(try row.decode(Currency.self, atIndex: 2) == .lek)
            #expect(try LedgerDate.fetchOne(db, sql: "SELECT day FROM t") == LedgerDate.parse("2024-02-29"))
        }
    }

    @Test("a stored text that is not a day, a month or a currency is refused, never read as something else")
    func refusesWhatIsNotOne() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT '2024-02-30', '2024-13', 'XXX'"))
            #expect(throws: (any Error).self) { try row.decode(LedgerDate.self, atIndex: 0) }
            #expect(throws: (any Error).self) { try row.decode(LedgerMonth.self, atIndex: 1) }
            #expect(throws: (any Error).self) { try row.decode(Currency.self, atIndex: 2) }
        }
    }

    @Test("a day is read from its bytes exactly as it is parsed from its text", arguments: ["2024-02-29", "2023-02-29", "1899-12-31", "2024-1-01", "2024-01-01x", "abcd-ef-gh", ""])
    func bytesAgreeWithText(text: String) {
        let parsed = try? LedgerDate.parse(text)
        let read = Array(text.utf8).withUnsafeBufferPointer { LedgerDate(utf8: $0) }
        #expect(parsed == read)
    }
}
