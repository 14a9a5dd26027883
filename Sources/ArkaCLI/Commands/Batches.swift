import ArgumentParser
import ArkaBooks

struct Batches: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batches",
        abstract: "List the import batches: each file posted, its entries, who imported it and when.",
        discussion: """
            Every import (post, sales import, expense import, bank import) is a numbered batch. \
            A batch of entries is undone as one with arka reverse --batch N; the list shows how \
            many of its entries were reversed since.

            Example:
              arka batches --ledger books.arka
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        emit(try ledger.read { try $0.importBatches() }.rendered(as: output.format))
    }
}
