import ArgumentParser
import ArkaCore
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
                Applicants and recipients who are persons appear by pseudonym in every text of the \
                journal (descriptions, counterparties, documents, memos) unless --names is given; \
                the books keep the real texts.
            """)

        @OptionGroup var ledger: LedgerOptions
        @Option(name: .long, help: ArgumentHelp("The output file (default, or -: standard output).", valueName: "file"))
        var output: String?
        @Flag(name: .long, help: "When --output is a symbolic link to an earlier journal, replace the file it points to.") var force = false
        @Flag(name: .long, help: "Show applicants and recipients by name, personal id and code.") var names = false
        @Flag(name: .long, help: "Show applicants and recipients who are persons by pseudonym (the default).") var pseudonyms = false

        func validate() throws {
            if names && pseudonyms { throw ValidationError(tr("Choose --names or --pseudonyms, not both.")) }
        }

        func run() throws {
            try ledger.read { books in
                try books.exportJournal(to: try TextSink(path: output, followingLink: force), people: names ? nil : try books.pseudonymizer())
            }
        }
    }
}
