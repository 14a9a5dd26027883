import ArgumentParser
import ArkaBooks

struct Find: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find entries by document, counterparty, fund, budget line, amount or text.",
        discussion: """
            Lists the entries with a posting the filter keeps, in date order, each with the \\
            postings found; arka show ENTRY shows one whole. Texts match without regard to case, \\
            anywhere in the field; amounts compare by size, in the posting's currency.

            Examples:
              arka find --ledger books.arka --document F-114
              arka find --ledger books.arka --counterparty elektro --min-amount 1000 --from 2023-01-01
              arka find --ledger books.arka --text laptop --fund EU --format csv
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var period: AccountPeriodOptions
    @OptionGroup var filter: PostingFilterOptions

    func run() throws {
        let found = try ledger.read { try $0.find(filter.filter, account: period.account, from: try period.fromDate, to: try period.toDate) }
        emit(found.rendered(as: output.format, filter: filter.filter))
    }
}
