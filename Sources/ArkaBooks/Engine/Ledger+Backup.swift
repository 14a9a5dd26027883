import ArkaCore
import ArkaStore

extension Ledger {
    /// Writes a consistent copy of the books to `destination` while other commands may be
    /// writing (SQLite's online backup reads one snapshot), verifies the copy as `arka verify`
    /// does, and only then gives it its name: a backup that exists is whole and verified.
    ///
    /// ```swift
    /// let copy = try ledger.backup(to: "backups/books-2026-12-06.arka")
    /// copy.head.hash   // the journal's head hash, as in the ledger at the moment of the copy
    /// ```
    /// - Returns: the copy's verification: its entry count, journal head and record head.
    /// - Throws: ``ArkaError/Kind/ledgerExists`` when a file is at `destination` (a backup never
    ///   overwrites); ``ArkaError/Kind/brokenJournal`` naming the first problem when the copy
    ///   does not verify (then nothing is left); ``ArkaError/Kind/io`` when it cannot be written.
    public func backup(to destination: String) throws -> JournalVerification {
        var verified: JournalVerification?
        try store.backup(to: destination) { copy in
            let result = try Ledger.verify(at: copy)
            guard result.passes else {
                let first = result.problems.first ?? result.registers.first { !$0.agrees }.map { "the register \($0.register) disagrees with the journal" } ?? "a check failed"
                throw ArkaError(
                    .brokenJournal, "the copy does not verify, so no backup was written: \(first); examine the ledger with arka verify",
                    location: SourceLocation(file: path))
            }
            verified = result
        }
        guard let verified else {
            throw ArkaError(.io, "the backup was written but not verified; please report this fault of arka", location: SourceLocation(file: destination))
        }
        return verified
    }
}
