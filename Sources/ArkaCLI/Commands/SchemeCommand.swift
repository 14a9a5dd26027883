import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore

/// `arka scheme`: the grant schemes added after `init`.
struct SchemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheme", abstract: "Add grant schemes after init, on the record.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add grant schemes from a file, from a date, with a reason.",
            discussion: """
                The file has schemes.csv's columns: code,name,kind,fund,budget_line,expense_account,currency \\
                and optionally minimum,maximum,cap,envelope; each scheme is checked as init checks it, \\
                against the chart and the budget as they are now (add a new budget line first with arka \\
                budget add). The change is recorded with its date, reason, user and time, and verify covers it.

                Example:
                  arka scheme add --ledger books.arka --file schemes-2025.csv --date 2025-01-15 --reason "Addendum 2: a second call"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of schemes.", valueName: "file")) var file: String
        @Option(name: .long, help: ArgumentHelp("From when it holds.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why the schemes are added.", valueName: "text")) var reason: String

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            let books = try ledger.openForWriting(writing)
            emit(try books.addSchemes(file: file, date: day, reason: reason, signature: user.signature).rendered())
        }
    }
}
