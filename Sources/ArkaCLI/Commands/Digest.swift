import ArgumentParser
import ArkaBooks
import Foundation

struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print or write the ledger's digest: the heads of its hash chains, to keep away from it.",
        discussion: """
            The digest names the journal's last entry and the record log's last record, with their
            hashes and the time. Keep it where the ledger's users cannot change it (printed, mailed
            to the donor, in the auditor's file): `arka verify --digest FILE` then proves that the
            ledger still holds everything the digest saw, unchanged. Without a digest kept
            elsewhere, a ledger whose chains were recomputed from a changed row on cannot be told
            from a sound one.

            Example:
              arka digest --ledger books.arka --output books-2026-12.digest
              arka verify --ledger books.arka --digest books-2026-12.digest
            """)

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .long, help: ArgumentHelp("Write the digest to this file (standard output when omitted or -).", valueName: "path"))
    var output: String?

    func run() throws {
        let digest = try ledger.read { try $0.digest(at: Signature.now().timestamp) }
        let sink = try TextSink(path: output, kind: .digest)
        try sink.write(digest.text)
        try sink.finish()
    }
}
