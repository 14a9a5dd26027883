import ArgumentParser
import ArkaBooks

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the journal's hash chain and balances, and reconcile every register to it.",
        discussion: """
            Exits 1 naming the first broken entry when a row was changed or removed outside arka, or
            naming the register, the item and the amount when a register (equipment, agreements,
            stock, sales, bank matches) disagrees with its control account.

            Example:
              arka verify --ledger books.arka
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try ledger.read { try $0.verify() }
        let report = result.rendered(as: output.format)
        guard result.passes else { throw BrokenJournal(report: report) }
        emit(report)
    }
}
