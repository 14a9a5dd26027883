import ArgumentParser
import ArkaBooks

struct Funds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funds",
        abstract: "Per fund: received, spent, cash held, owed by and to other funds, payables, committed and available.",
        discussion: """
            Amounts are in the base currency, each posting at the rate it was posted with, so each \
            column's total is the trial balance's converted total of the same accounts; the cash each \
            fund holds is also shown in each currency. Received is income and opening balances; \
            committed is what grant agreements on the fund's schemes still commit; available is cash \
            held, plus what other funds owe, less what the fund owes them, its payables and its \
            commitments. With own_fund and the inter-fund accounts in ledger.yaml every fund balances \
            on its own; otherwise a fund that does not is named with the difference.

            Example:
              arka funds --ledger books.arka --to 2023-12-31
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @Option(name: .customLong("to"), help: ArgumentHelp("Only entries dated on or before this day.", valueName: "YYYY-MM-DD")) var asOf: String?

    func run() throws {
        emit(try ledger.read { try $0.fundPosition(asOf: try parseDate(asOf, option: "to")).rendered(as: output.format) })
    }
}
