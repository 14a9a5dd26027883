import ArgumentParser
import ArkaBooks

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a ledger from a definition folder.",
        discussion: """
            The folder holds accounts.csv (code,name,type[,parent][,name_sq]) and, when present, \
            funds.csv (code,name,restricted), budget.csv (fund,line,heading,description,amount,currency), \
            rates.csv (date,currency,rate[,source]: units of the currency per 1 base unit; a YYYY-MM \
            date is the month's rate) and ledger.yaml (name, entity, base_currency, rounding_account, \
            rate_source). Never overwrites an existing file.

            Example:
              arka init --ledger books.arka --from ledgers/mallakaster
            """)

    @OptionGroup var ledger: LedgerOptions
    @Option(name: .long, help: ArgumentHelp("The definition folder.", valueName: "dir")) var from: String
    @Option(name: .long, help: ArgumentHelp("The base currency, overriding ledger.yaml (default EUR).", valueName: "code"))
    var baseCurrency: String?

    func run() throws {
        let definition = try LedgerDefinition.load(from: from, baseCurrency: baseCurrency)
        let created = try Ledger.create(at: try ledger.path, from: definition)
        emit(
            "Created \(created.path): \(definition.chart.accounts.count) accounts, \(definition.funds.count) funds, "
                + "\(definition.budgetLines.count) budget lines, \(definition.rates.quotes.count) rates; base currency \(created.baseCurrency.code).\n")
    }
}
