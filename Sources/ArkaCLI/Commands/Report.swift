import ArgumentParser
import ArkaBooks
import ArkaCore
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The social business's statements: cash flow, profit and loss, balance sheet, indicators, grant use, sales by product.",
        discussion: """
            Periods are whole months: --month YYYY-MM for one, --from and --to for several. Without them \
            the cash flow and the profit and loss cover every month from the first entry to the last, \
            and the balance sheet, the indicators and the grant use are at the last month's end.

            Examples:
              arka report cashflow --ledger sb.arka
              arka report pnl --ledger sb.arka --month 2024-06 --format csv
              arka report indicators --ledger sb.arka --month 2024-12
            """)

    enum Name: String, ExpressibleByArgument, CaseIterable {
        case cashflow, pnl, balanceSheet = "balance-sheet", indicators, grantUse = "grant-use", products
    }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "cashflow, pnl, balance-sheet, indicators, grant-use or products.") var name: Name
    @Option(name: .long, help: ArgumentHelp("One month.", valueName: "YYYY-MM")) var month: String?
    @Option(name: .long, help: ArgumentHelp("The first month.", valueName: "YYYY-MM")) var from: String?
    @Option(name: .long, help: ArgumentHelp("The last month.", valueName: "YYYY-MM")) var to: String?

    func validate() throws {
        if month != nil && (from != nil || to != nil) { throw ValidationError(tr("Give --month, or --from and --to, not both.")) }
    }

    func run() throws {
        try ledger.read { books in
            _ = try books.businessProfile()
            let active = try books.activeMonths()
            let last = try (to ?? month).map { try LedgerMonth.parse($0, field: to == nil ? "--month" : "--to") } ?? active?.last
            let first = try (from ?? month).map { try LedgerMonth.parse($0, field: from == nil ? "--month" : "--from") } ?? active?.first
            guard let first, let last else { throw ArkaError(.missingValue, "the books have no entries yet; name a --month", field: "--month", value: "") }
            switch name {
            case .cashflow: emit(try books.cashFlow(from: first, to: last).rendered(as: output.format))
            case .pnl: emit(try books.profitAndLoss(from: first, to: last).rendered(as: output.format))
            case .balanceSheet: emit(try books.balanceSheet(at: last).rendered(as: output.format))
            case .indicators: emit(try books.indicators(for: last).rendered(as: output.format))
            case .grantUse: emit(try books.grantUse(at: last).rendered(as: output.format))
            case .products: emit(try books.salesByProduct(from: first, to: last).rendered(as: output.format))
            }
        }
    }
}
