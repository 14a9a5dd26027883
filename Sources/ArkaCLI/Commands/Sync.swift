import ArgumentParser
import ArkaCentral
import ArkaCore

/// `arka sync`: sends an office's books to the programme's centre.
struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send the entries and register records the centre does not hold yet, in one transaction.",
        discussion: """
            Safe to run again and to cut at any moment: the centre keeps all of a sync or none of \
            it, and the next run sends what is missing. What leaves the office is pseudonymous, as \
            an export is: the persons named in the entries and the registers are shown by their \
            pseudonyms. Books that no longer extend what the centre holds of the office (an entry \
            or an amount changed, or an entry removed, after it was sent), whose new entries do not \
            follow their hash chain, or whose record log or triggers were changed behind Arka's \
            back, are refused, naming the first entry that differs, and nothing is stored. With \
            --verify, the whole of arka verify runs first.

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

    @Flag(name: .long, help: "Run the whole of arka verify on the books before sending.")
    var verify = false

    func validate() throws {
        _ = try CentralOptions.address(given: database, option: "--to")
    }

    func run() throws {
        let path = try ledger.path
        let office = self.office
        let address = try CentralOptions.address(given: database, option: "--to")
        let verifyAll = verify
        let result = try CentralOptions.withCentre(address) { try await CentralSync.sync(ledger: path, office: office, to: $0, verifyAll: verifyAll) }
        let held = Sentence.plural(result.head.sequence, "1 entry", "\(result.head.sequence) entries")
        if let number = result.number {
            let entries = Sentence.plural(result.sent, "1 entry", "\(result.sent) entries")
            let records = Sentence.plural(result.records, "1 record", "\(result.records) records")
            say("Sent \(entries) and \(records) of office \(office) (sync #\(number)): the centre holds \(held), head \(result.head.hash).")
        } else {
            say("The centre holds every entry and record of office \(office) already: \(held), head \(result.head.hash).")
        }
    }
}
