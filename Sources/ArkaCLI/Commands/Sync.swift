import ArgumentParser
import ArkaCentral
import ArkaCore

/// `arka sync`: sends an office's books to the programme's centre.
struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send the ledger's entries the centre does not hold yet, in one transaction.",
        discussion: """
            Safe to run again and to cut at any moment: the centre keeps all of a sync or none of \
            it, and the next run sends what is missing. Books that do not verify, or that no longer \
            extend what the centre holds of the office (an entry changed or removed after it was \
            sent), are refused, naming the first entry that differs, and nothing is stored.

            Example:
              arka sync --ledger fier.arka --office FIER --to postgres://arka_app@db.example/programme
            """)

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .long, help: ArgumentHelp("The office's code at the centre.", valueName: "code"))
    var office: String

    @Option(
        name: .customLong("to"),
        help: ArgumentHelp("The centre: postgres://USER@HOST/DATABASE (default: $ARKA_DATABASE_URL).", valueName: "url"))
    var database: String?

    func validate() throws {
        _ = try CentralOptions.address(given: database, option: "--to")
    }

    func run() throws {
        let path = try ledger.path
        let office = self.office
        let address = try CentralOptions.address(given: database, option: "--to")
        let result = try CentralOptions.withCentre(address) { try await CentralSync.sync(ledger: path, office: office, to: $0) }
        if result.sent == 0 {
            say("The centre holds every entry of office \(office) already: \(result.head.sequence), head \(result.head.hash).")
        } else {
            say("Sent \(result.sent) entries of office \(office) (sync #\(result.number ?? 0)): the centre holds \(result.head.sequence), head \(result.head.hash).")
        }
    }
}
