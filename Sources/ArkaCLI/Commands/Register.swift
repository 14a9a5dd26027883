import ArgumentParser
import ArkaBooks

struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "List postings in date order with a running balance.",
        discussion: """
            With --account, the postings of that account and every account below it. The running \
            balance (per currency) starts from the balance before --from. With a filter (--document, \
            --counterparty, --fund, --budget-line, --min-amount, --max-amount, --text) only the \
            postings it keeps are listed, with their running sum. CSV and JSON carry each posting's \
            base amount, rate and documents.

            Examples:
              arka register --ledger books.arka --account 5121 --from 2023-07-01 --to 2023-09-30
              arka register --ledger books.arka --account 6300 --fund EU --min-amount 1000
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var period: AccountPeriodOptions
    @OptionGroup var filter: PostingFilterOptions

    func run() throws {
        let report = try ledger.read { try $0.register(account: period.account, from: try period.fromDate, to: try period.toDate, filter: filter.filter) }
        emit(report.rendered(as: output.format))
    }
}
