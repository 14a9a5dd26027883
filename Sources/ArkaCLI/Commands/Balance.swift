import ArgumentParser
import ArkaBooks
import ArkaCentral
import ArkaStore

struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Print the trial balance per account and currency.",
        discussion: """
            Debit and credit are the totals posted; balance is debit less credit. JSON is a list of \
            objects with account, currency, debit, credit and balance as decimal strings, plus fund \
            (and budget_line) with --by.

            From the programme's centre (--database), each office's balance side by side and their \
            total, from the totals each sync kept; JSON then gives each line's offices (balance by \
            office code) and total.

            Examples:
              arka balance --ledger books.arka --to 2023-12-31 --by fund --format json
              arka balance --database postgres://arka_app@db.example/programme --office all --by fund
            """)

    @OptionGroup var source: ReportSourceOptions
    @OptionGroup var output: FormatOptions
    @Option(name: .customLong("to"), help: ArgumentHelp("Only entries dated on or before this day.", valueName: "YYYY-MM-DD")) var asOf: String?
    @Option(name: .long, help: "Split each account by fund or by budget-line (account, the default, does not).") var by: BalanceGrouping?

    func run() throws {
        let day = try parseDate(asOf, option: "to")
        let grouping = by ?? .account
        if let centre = try source.centre {
            let office = source.office
            let report = try CentralOptions.withCentre(centre) {
                try await CentralBalance.report(from: $0, office: office, asOf: day, grouping: grouping)
            }
            emit(report.rendered(as: output.format))
            return
        }
        emit(try source.ledgerOptions.read { try $0.trialBalance(asOf: day, grouping: grouping).rendered(as: output.format) })
    }
}

extension BalanceGrouping: ExpressibleByArgument {
    public static var allValueStrings: [String] { ["account", "fund", "budget-line"] }
}
