import ArgumentParser
import ArkaBooks

extension Grant {
    /// `arka grant register`: the register of support to third parties, as its workbook shows it.
    struct RegisterCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "register",
            abstract: "The register of support to third parties: each agreement, its award, what it gave and the running total per recipient.",
            discussion: """
                Example:
                  arka grant register --ledger books.arka --to 2024-12-31 --format csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions
        @Option(name: .customLong("to"), help: ArgumentHelp("The day the register stands on (default: every entry).", valueName: "YYYY-MM-DD"))
        var asOf: String?

        func run() throws {
            emit(try ledger.read { try $0.thirdPartyRegister(asOf: try parseDate(asOf, option: "to")).rendered(as: output.format) })
        }
    }
}
