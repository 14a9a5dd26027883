import ArgumentParser
import ArkaBooks
import ArkaCore

struct Period: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "period",
        abstract: "Close months, so they take no more entries.",
        subcommands: [Close.self, List.self])

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close a month: entries dated inside it are refused from now on.",
            discussion: """
                Closing cannot be undone; a correction found later is posted, dated in an open month.

                Example:
                  arka period close --ledger books.arka 2023-12
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @Argument(help: ArgumentHelp("The month.", valueName: "YYYY-MM")) var month: String

        func run() throws {
            let parsed = try LedgerMonth.parse(month)
            try ledger.open().closePeriod(parsed, signature: user.signature)
            emit("Closed \(parsed): entries dated \(parsed.firstDay) to \(parsed.lastDay) are refused from now on.\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the closed months.")

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let months = try ledger.open().definition.closedMonths
            emit(months.isEmpty ? "No month is closed.\n" : months.map { "\($0)\n" }.joined())
        }
    }
}
