import ArgumentParser
import ArkaBooks

/// `arka general-ledger`: every posting by account with its running balance in the base currency.
struct GeneralLedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "general-ledger",
        abstract: "Every posting by account, with the running balance in the base currency.",
        discussion: """
            Each account opens with its balance before --from, lists its postings in date order and \
            closes with its debits, credits and balance: the figures of the general-ledger workbook.

            Example:
              arka general-ledger --ledger books.arka --account 6 --from 2024-01-01 --to 2024-12-31
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @Option(name: .long, help: ArgumentHelp("An account code: it and the accounts below it.", valueName: "code")) var account: String?
    @Option(name: .long, help: ArgumentHelp("First day, inclusive.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(name: .long, help: ArgumentHelp("Last day, inclusive.", valueName: "YYYY-MM-DD")) var to: String?

    func run() throws {
        let report = try ledger.open().generalLedger(
            account: account, from: try parseDate(from, option: "from"), to: try parseDate(to, option: "to"))
        emit(try report.rendered(as: output.format))
    }
}
