import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the journal's hash chain and balances, and reconcile every register to it.",
        discussion: """
            Exits 1 naming the first broken entry when a row was changed or removed outside arka, or
            naming the register, the item and the amount when a register (equipment, agreements,
            stock, sales, bank matches) disagrees with its control account.

            With --digest (one or more files written by `arka digest`), also checks that the ledger
            still holds the entry and the record each digest names, with the same hashes: a journal
            cut back or a chain recomputed after a change fails.

            Example:
              arka verify --ledger books.arka
              arka verify --ledger books.arka --digest books-2026-11.digest --digest books-2026-12.digest
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("A digest the ledger must still extend (repeatable).", valueName: "path"))
    var digest: [String] = []

    func run() throws {
        let digests = try digest.map { path in (name: path, digest: try LedgerDigest.read(file: path)) }
        let result = try Ledger.verify(at: try ledger.path, digests: digests, wait: LedgerWait(notice: printNotice))
        let report = result.rendered(as: output.format)
        guard result.passes else { throw BrokenJournal(report: report) }
        emit(report)
    }
}
