import ArgumentParser
import ArkaBooks

struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "List postings in date order with a running balance.",
        discussion: """
            With --account, the postings of that account and every account below it. The running \
            balance (per currency) starts from the balance before --from.

            Example:
              arka register --ledger books.arka --account 5121 --from 2023-07-01 --to 2023-09-30
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @Option(name: .long, help: ArgumentHelp("An account code.", valueName: "code")) var account: String?
    @Option(name: .long, help: ArgumentHelp("First day, inclusive.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(name: .long, help: ArgumentHelp("Last day, inclusive.", valueName: "YYYY-MM-DD")) var to: String?

    func run() throws {
        let report = try ledger.open().register(
            account: account, from: try parseDate(from, option: "from"), to: try parseDate(to, option: "to"))
        emit(report.rendered(as: output.format))
    }
}
