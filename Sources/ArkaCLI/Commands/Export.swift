import ArgumentParser
import ArkaBooks

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the books for other tools.",
        subcommands: [Journal.self, Workbook.self])

    struct Journal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract: "Write the whole journal as an hledger / ledger-cli journal.",
            discussion: """
                Account names are the account codes, so an auditor can recompute every balance:
                  arka export journal --ledger books.arka --output books.journal
                  hledger -f books.journal balance
            """)

        @OptionGroup var ledger: LedgerOptions
        @Option(name: .long, help: ArgumentHelp("The output file (default: standard output).", valueName: "file"))
        var output: String?

        func run() throws {
            try ledger.open().exportJournal(to: try TextSink(path: output))
        }
    }
}
