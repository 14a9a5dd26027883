import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaRules
import Foundation

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a call's applications against its grid: gates, criteria, ranking and awards.",
        discussion: """
            Works without a ledger, so that a committee can try a grid before the call. The grid is a \
            YAML file (templates/scoring/README.md); the applications a CSV file with a column per grid \
            field; the evaluations a CSV file with application,evaluator,conflict and a column per \
            evaluated criterion (an evaluator named consensus records the committee's consensus).

            Applicants are shown by pseudonym (AP- and ten hex digits, the same for the same applicant \
            under the same key) unless --names is given. Under pseudonyms nothing computed from the \
            grid's personal fields is shown on its own: their values, ages, gates, criterion points and \
            scores are withheld and count only within the total.

            The pseudonyms are keyed with the committee's secret key, never with a file it publishes: \
            the key file named with --key-file, else ARKA_PSEUDONYM_KEY (the key itself), else \
            ~/.config/arka/pseudonym.key ($XDG_CONFIG_HOME/arka/pseudonym.key). A key file that does not \
            exist is made on first use with 256 random bits, readable by its owner only, and its path \
            is printed on standard error: keep it, and give it to whoever else scores the call, so that \
            their pseudonyms are the same.

            Every run prints the SHA-256 of the grid, the applications and the evaluations, the version \
            of arka, and the SHA-256 of its decisions: rerunning on the same files gives the same.

            Examples:
              arka score --grid ledgers/mallakaster/grid-iga.yaml --applications applications-iga.csv \\
                  --evaluations evaluations-iga.csv
              arka score --grid iga.yaml --applications applications.csv --format json > ranking.json
            """)

    @Option(name: .long, help: ArgumentHelp("The scoring grid.", valueName: "file")) var grid: String
    @Option(name: .long, help: ArgumentHelp("The applications.", valueName: "file.csv")) var applications: String
    @Option(name: .long, help: ArgumentHelp("The evaluators' scores.", valueName: "file.csv")) var evaluations: String?
    @Flag(name: .long, help: "Show applicants' names and personal fields (for the committee's own use).") var names = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The committee's pseudonym key file, made there on first use.",
            discussion: "Defaults to ARKA_PSEUDONYM_KEY, then ~/.config/arka/pseudonym.key.", valueName: "path"))
    var keyFile: String?
    @OptionGroup var format: FormatOptions

    func run() throws {
        let stamp: ScoringStamp
        let outcome: ScoringOutcome
        do {
            // The files as read are let go before the results are written: a large call's
            // evaluations need not stay in memory beside its JSON.
            let input = try ScoringInput.load(grid: grid, applications: applications, evaluations: evaluations)
            stamp = input.stamp
            outcome = try input.score()
        }
        let identity: ApplicantIdentity
        if names {
            identity = .names
        } else {
            let key = try PseudonymKey.resolve(keyFile: keyFile, environment: ProcessInfo.processInfo.environment)
            if let made = key.madeFile {
                FileHandle.standardError.write(
                    Data((tr("Made the committee's pseudonym key in \(made) (readable by you only). Keep it secret and keep it: the same key gives the same pseudonyms; give it with --key-file to whoever else scores the call.") + "\n").utf8))
            }
            identity = .pseudonyms(Pseudonyms(key: key.secret))
        }
        let out = StandardOutput()
        outcome.render(as: format.format, stamp: stamp, identity: identity, to: out)
        out.flush()
    }
}
