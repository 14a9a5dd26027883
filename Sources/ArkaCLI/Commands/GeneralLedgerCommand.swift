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
    @OptionGroup var period: AccountPeriodOptions

    func run() throws {
        emit(
            try ledger.read { books in
                try books.generalLedger(account: period.account, from: try period.fromDate, to: try period.toDate).rendered(as: output.format)
            })
    }
}
