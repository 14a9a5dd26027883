import ArgumentParser
import ArkaBooks
import ArkaCore
import Foundation

struct Cash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cash",
        abstract: "Count the till against the books.", subcommands: [Count.self, Counts.self])

    struct Count: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "count",
            abstract: "Record the cash counted at the end of a day.",
            discussion: """
                The books' cash is the till's balance after every entry of the day. A difference is \
                posted as it is, short or over, to the cash-difference account, and needs a --note \
                saying why; a count that agrees is recorded too. From then on, a write dated on or \
                before the count that moves the till is refused unless marked --after-count.

                Example:
                  arka cash count --ledger sb.arka --date 2024-06-28 --counted 41250 --note "change given twice at the fair"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @Option(name: .long, help: ArgumentHelp("The day counted, at its end.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: "The cash counted.") var counted: String
        @Option(name: .long, parsing: .unconditional, help: "Why the count differs from the books.") var note: String?
        @Option(name: .long, help: ArgumentHelp("The account counted (default: the till).", valueName: "code")) var account: String?

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let (count, entry) = try books.countCash(
                on: try LedgerDate.parse(date, field: "--date"), counted: try Money.parse(counted, currency: books.baseCurrency, field: "--counted"),
                note: note, account: account, afterCount: afterCount.counted, signature: user.signature)
            let code = books.baseCurrency.code
            let counted: Sentence = "Cash count \(count.date) on \(count.account): counted \(count.counted.tableText) \(code), books \(count.expected.tableText) \(code)"
            if let entry {
                let amount = try count.difference.magnitude()
                say(
                    count.verdict == "short"
                        ? "\(counted): short by \(amount.tableText) \(code), posted as \(entry.entry.id)."
                        : "\(counted): over by \(amount.tableText) \(code), posted as \(entry.entry.id).")
            } else {
                say("\(counted): agrees.")
            }
        }
    }

    struct Counts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "counts", abstract: "List the cash counts, each with the books' figure recomputed now.",
            discussion: """
                Beside what each count found, the list shows the till's balance for the count's day as the \
                books have it now, and the difference from what was counted: they change only when a \
                write was marked --after-count, and the list names those writes.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            emit(try ledger.read { try $0.cashCountStandings().rendered(as: output.format) })
        }
    }
}
