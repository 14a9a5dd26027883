import ArgumentParser
import ArkaBooks

struct Reverse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse",
        abstract: "Correct an entry by posting its reversal.",
        discussion: """
            Posted entries never change. The reversal negates every posting, is dated --date (not \
            before the original, not in a closed month), records the reason and links to the original. \
            An entry is reversed at most once. A reversal that moves a till counted on or after its \
            date is refused unless marked --after-count. A sale is best voided with arka sale void.

            Example:
              arka reverse --ledger books.arka 2023-014 --date 2023-03-31 --reason "Invoice booked twice"
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var wait: WaitOptions
    @OptionGroup var afterCount: AfterCountOptions
    @Argument(help: ArgumentHelp("The id of the entry to reverse.", valueName: "entry")) var entry: String
    @Option(name: .long, help: ArgumentHelp("The reversal's date.", valueName: "YYYY-MM-DD")) var date: String
    @Option(name: .long, parsing: .unconditional, help: "Why the entry is reversed.") var reason: String
    @Option(name: .long, help: ArgumentHelp("The reversal's own id (default ENTRY-rev).", valueName: "id")) var id: String?

    func run() throws {
        guard let day = try parseDate(date, option: "date") else { return }
        let stored = try ledger.openForWriting(wait).reverse(entryID: entry, date: day, reason: reason, newID: id, counted: afterCount.counted, signature: user.signature)
        emit("Reversed \(entry) by \(stored.entry.id) dated \(stored.entry.date) (#\(stored.sequence), hash \(stored.hash)).\n")
    }
}
