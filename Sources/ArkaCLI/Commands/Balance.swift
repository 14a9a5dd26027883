import ArgumentParser
import ArkaBooks
import ArkaStore

struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Print the trial balance per account and currency.",
        discussion: """
            Debit and credit are the totals posted; balance is debit less credit. JSON is a list of \
            objects with account, currency, debit, credit and balance as decimal strings, plus fund \
            (and budget_line) with --by.

            Example:
              arka balance --ledger books.arka --to 2023-12-31 --by fund --format json
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @Option(name: .customLong("to"), help: ArgumentHelp("Only entries dated on or before this day.", valueName: "YYYY-MM-DD")) var asOf: String?
    @Option(name: .long, help: "Split each account by fund or by budget-line.") var by: BalanceGrouping?

    func run() throws {
        emit(try ledger.read { try $0.trialBalance(asOf: try parseDate(asOf, option: "to"), grouping: by ?? .account).rendered(as: output.format) })
    }
}

extension BalanceGrouping: ExpressibleByArgument {
    public static var allValueStrings: [String] { ["fund", "budget-line"] }
}
