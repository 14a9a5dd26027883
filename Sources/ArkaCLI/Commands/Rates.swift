import ArgumentParser
import ArkaBooks
import ArkaCore

struct Rates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Add and list exchange rates: booking rates and the donor's reporting rates.",
        subcommands: [Add.self, List.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add the rates of a CSV file, all or none.",
            discussion: """
                Booking rates (the default) are read as date,currency,rate[,source]: units of the currency \
                per 1 unit of the base currency, for a day (YYYY-MM-DD) or a month (YYYY-MM). Foreign postings \
                are converted at them. Reporting rates (--reporting) are read as month,currency,rate[,source]: \
                units of the currency per 1 unit of the reporting currency, as InforEuro publishes them; \
                donor reports convert at them under each fund's conversion rule. A rate the ledger holds \
                already for the same currency and period is refused.

                Examples:
                  arka rates add --ledger books.arka rates-2024.csv
                  arka rates add --ledger books.arka --reporting inforeuro-2024.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Flag(name: .long, help: "The file holds reporting rates (month,currency,rate[,source]).") var reporting = false
        @Argument(help: ArgumentHelp("The CSV file of rates.", valueName: "file")) var file: String

        func run() throws {
            let kind: Ledger.RateKind = reporting ? .reporting : .booking
            let count = try ledger.openForWriting(writing).addRates(file: file, kind: kind, signature: user.signature)
            say(Sentence.plural(count, "Added 1 \(kind.rawValue) rate from \(file).", "Added \(count) \(kind.rawValue) rates from \(file)."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the ledger's booking and reporting rates.",
            discussion: """
                Example:
                  arka rates list --ledger books.arka --format csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var format: FormatOptions

        func run() throws {
            emit(try ledger.read { try $0.rateList().rendered(as: format.format) })
        }
    }
}
