import ArgumentParser
import ArkaBooks

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entry: postings, documents, rates and base amounts, who and when, hash, reversal, registers.",
        discussion: """
            Prints all the books hold of the entry: its postings with each rate and base amount, \
            its documents, who posted it and when, its sequence number, hash and the previous \
            hash, the entry it reverses or the one that reverses it, and the register rows \
            (equipment, sales, stock, counts, bank lines, agreements) that rest on it.

            Example:
              arka show --ledger books.arka 2023-014
              arka show --ledger books.arka 2023-014 --format json
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: ArgumentHelp("The id of the entry.", valueName: "entry")) var entry: String

    func run() throws {
        emit(try ledger.read { try $0.entryDetail(id: entry) }.rendered(as: output.format))
    }
}
