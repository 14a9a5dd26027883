import ArgumentParser
import ArkaCore
import ArkaBooks

struct Reverse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse",
        abstract: "Correct an entry, or undo an import batch, by posting reversals.",
        discussion: """
            Posted entries never change. The reversal negates every posting, is dated --date (not \
            before the original, not in a closed month), records the reason and links to the original. \
            An entry is reversed at most once. A reversal that moves a till counted on or after its \
            date is refused unless marked --after-count. A sale is best voided with arka sale void.

            With --batch N, every entry of import batch N (the number post, sales import and expense \
            import print) is reversed in one step, all or nothing; entries of it reversed already are \
            left and listed.

            Examples:
              arka reverse --ledger books.arka 2023-014 --date 2023-03-31 --reason "Invoice booked twice"
              arka reverse --ledger books.arka --batch 3 --date 2023-03-31 --reason "January imported twice"
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var writing: WriteOptions
    @OptionGroup var afterCount: AfterCountOptions
    @Argument(help: ArgumentHelp("The id of the entry to reverse.", valueName: "entry")) var entry: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The number of an import batch to reverse whole.", valueName: "N")) var batch: String?
    @Option(name: .long, help: ArgumentHelp("The reversal's date.", valueName: "YYYY-MM-DD")) var date: String
    @Option(name: .long, parsing: .unconditional, help: "Why the entry is reversed.") var reason: String
    @Option(name: .long, help: ArgumentHelp("The reversal's own id (default ENTRY-rev).", valueName: "id")) var id: String?

    func validate() throws {
        switch (entry, batch) {
        case (nil, nil): throw ValidationError(tr("Name the entry to reverse, or an import batch with --batch N."))
        case (.some, .some): throw ValidationError(tr("Name an entry or --batch N, not both."))
        default: break
        }
        if let batch {
            guard let number = Int64(batch), number > 0 else { throw ValidationError(tr("--batch takes the number an import printed (1, 2, ...), not \"\(batch)\".")) }
            guard id == nil else { throw ValidationError(tr("--id names one reversal; the reversals of batch \(number) are named ENTRY-rev.")) }
        }
    }

    func run() throws {
        guard let day = try parseDate(date, option: "date") else { return }
        let books = try ledger.openForWriting(writing)
        if let number = batch.flatMap({ Int64($0) }) {
            let undone = try books.reverse(batch: number, date: day, reason: reason, counted: afterCount.counted, signature: user.signature)
            emit(undone.rendered())
            return
        }
        guard let entry else { return }
        let stored = try books.reverse(entryID: entry, date: day, reason: reason, newID: id, counted: afterCount.counted, signature: user.signature)
        say("Reversed \(entry) by \(stored.entry.id) dated \(stored.entry.date) (#\(stored.sequence), hash \(stored.hash)).")
    }
}
