import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaRules

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
            under the same key) unless --names is given; under pseudonyms the grid's personal fields \
            are withheld. The key is ARKA_PSEUDONYM_KEY, else the grid file's SHA-256.

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
        let identity: ApplicantIdentity = names ? .names : .pseudonyms(Pseudonyms(key: pseudonymKey(default: stamp.gridSHA256)))
        let out = StandardOutput()
        outcome.render(as: format.format, stamp: stamp, identity: identity, to: out)
        out.flush()
    }
}
