import ArgumentParser
import ArkaCore
import ArkaBooks

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a ledger from a definition folder.",
        discussion: """
            The folder holds accounts.csv (code,name,type[,parent][,name_sq]) and, when present, \
            funds.csv (code,name,restricted), budget.csv (fund,line,heading,description,amount,currency), \
            rates.csv (date,currency,rate[,source]: units of the currency per 1 base unit; a YYYY-MM \
            date is the month's rate), reporting-rates.csv (month,currency,rate[,source]: units per 1 unit \
            of the reporting currency, as InforEuro publishes them) and ledger.yaml (name, entity, \
            base_currency, reporting_currency, rounding_account, exchange_loss_account, rate_source, \
            action_start, action_end). Never overwrites an existing file.

            Example:
              arka init --ledger books.arka --from ledgers/mallakaster
            """)

    @OptionGroup var ledger: LedgerOptions
    @Option(name: .long, help: ArgumentHelp("The definition folder.", valueName: "dir")) var from: String
    @Option(name: .long, help: ArgumentHelp("The base currency, overriding ledger.yaml (default EUR).", valueName: "code"))
    var baseCurrency: String?

    @Flag(name: .long, help: "Check the definition and build the ledger, but keep nothing.") var check = false

    func run() throws {
        let definition = try LedgerDefinition.load(from: from, baseCurrency: baseCurrency)
        let path = try ledger.path
        if check {
            try Ledger.check(at: path, from: definition)
        } else {
            _ = try Ledger.create(at: path, from: definition)
        }
        let counts: Sentence =
            "\(definition.chart.accounts.count) accounts, \(definition.funds.count) funds, \(definition.budgetLines.count) budget lines, \(definition.rates.quotes.count) rates"
        let reporting = definition.reportingRates.quotes.count
        let made: Sentence = reporting == 0 ? counts : "\(counts), \(reporting) reporting rates"
        let base = definition.settings.baseCurrency.code
        say(check ? "Checked \(path): \(made); base currency \(base)." : "Created \(path): \(made); base currency \(base).")
        if check { printNotice(tr(WriteOptions.checkedSentence)) }
    }
}
