import ArkaBooks
import ArkaCore
import ArkaStore
import Testing

/// A register read a page at a time, newest first, shows the running balances of the command
/// line's register, whatever day of its month a page starts on.
@Suite struct RegisterPageTests {
    @Test(arguments: ["5121", "5122", "5310"])
    func everyPageShowsTheWholeRegistersBalances(account: String) throws {
        let ledger = try Ledger.open(at: try WebBooks.copy().project, access: .read)
        let whole = try ledger.register(account: account, from: nil, to: nil)
        var shown: [(String, Money?)] = []
        var cursor: RegisterCursor?
        repeat {
            let page = try ledger.registerPage(account: account, from: nil, to: nil, after: cursor, size: 7)
            shown += page.lines.map { ($0.posting.entryID, $0.runningBalance) }
            cursor = page.older
        } while cursor != nil
        #expect(shown.map(\.0) == whole.lines.reversed().map(\.posting.entryID))
        #expect(shown.map(\.1) == whole.lines.reversed().map(\.runningBalance))
        #expect(whole.lines.count > 7)
        // Pages start on days of both halves of their months.
        let days = Set(whole.lines.map { $0.posting.date.day > 15 })
        #expect(days.count == 2)
    }
}
