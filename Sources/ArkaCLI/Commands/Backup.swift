import ArgumentParser
import ArkaBooks

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the ledger to a new file, consistently, while others may be writing, and verify the copy.",
        discussion: """
            The copy is one state of the books (SQLite's online backup), verified as arka verify \
            does before it gets its name; it never replaces a file. It prints the copy's entry \
            count and journal head hash: keep them with the copy, and compare them with \
            arka verify on the copy when it is restored.

            Example:
              arka backup --ledger books.arka --to books-2026-12-06.arka
            """)

    @OptionGroup var ledger: LedgerOptions
    @Option(name: .long, help: ArgumentHelp("The new file to write the copy to.", valueName: "path")) var to: String

    func run() throws {
        let copy = try ledger.openForReading().backup(to: to)
        say("Backed up \(try ledger.path) to \(to): \(copy.entries) entries, journal head #\(copy.head.sequence) \(copy.head.hash); the copy verifies.")
    }
}
