import ArgumentParser
import ArkaBooks
import ArkaCore

struct Period: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "period",
        abstract: "Close the books through a month, so that nothing dated in it or before it is written.",
        subcommands: [Close.self, List.self])

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close the books through a month: nothing dated in it or before it is written from now on.",
            discussion: """
                Closing a month closes the months before it that are still open (a lock date). A month
                is closed once it has ended and its entries are in. Closing cannot be undone; a correction
                found later is posted, dated in an open month.

                Example:
                  arka period close --ledger books.arka 2023-12
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: ArgumentHelp("The month.", valueName: "YYYY-MM")) var month: String

        func run() throws {
            let parsed = try LedgerMonth.parse(month)
            let closed = try ledger.openForWriting(writing).closePeriod(parsed, signature: user.signature)
            let months = closed.count > 1 ? "\(closed[0]) to \(parsed)" : parsed.description
            say("Closed \(months): the books are closed through \(parsed.lastDay); nothing dated on or before it is written from now on.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the closed months.")

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let months = try ledger.read { $0.definition.closedMonths }
            guard let last = months.max() else { return say("No month is closed.") }
            emit(tr("The books are closed through \(last.lastDay). Months closed:") + "\n" + months.map { "\($0)\n" }.joined())
        }
    }
}
