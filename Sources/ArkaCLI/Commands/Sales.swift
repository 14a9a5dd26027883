import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

struct Sales: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sales",
        abstract: "Import the sales of a day or a month.", subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a CSV file of sales from a till or a spreadsheet, all or nothing.",
            discussion: """
                Columns: sale,date,product,quantity and optionally unit_price,payment,invoice,nivf,customer,description. \
                Rows sharing a sale number, one after another, are one sale; its later rows may leave \
                date, payment, invoice, nivf and customer empty. payment is cash (the default), bank or card; \
                unit_price defaults to the product's list price. Every bad row is reported with its line \
                number, and then nothing of the file is posted. Sales of goods beyond the stock on hand \
                are posted, and flagged after the summary.

                Example:
                  arka sales import --ledger sb.arka march.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @OptionGroup var profile: ProfileOptions
        @Argument(help: ArgumentHelp("The CSV file.", valueName: "file")) var file: String

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let summary = try books.importSales(file: file, profile: try profile.resolved(ledger: ledger), counted: afterCount.counted, signature: user.signature)
            let code = books.baseCurrency.code
            let methods = PaymentMethod.allCases.compactMap { method in summary.takings[method].map { "\(method.rawValue) \($0.tableText)" } }
            emit(
                "Imported \(summary.sales) sales (\(summary.items) lines) from \(file), \(summary.firstDate.map(\.description) ?? "") to \(summary.lastDate.map(\.description) ?? ""): \(try summary.total(in: books.baseCurrency).tableText) \(code) (\(methods.joined(separator: ", "))).\n"
                    + summary.stockFlags.map { "Flag: \($0.sentence).\n" }.joined() + (summary.batch.map(ImportBatch.undoLine) ?? ""))
        }
    }
}
