import ArgumentParser
import ArkaBooks
import ArkaCore

struct Applications: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "applications",
        abstract: "Keep a call's grid, applications and evaluations in the ledger.",
        subcommands: [Import.self, Evaluate.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Store a call: its grid and applications, and its evaluations when given.",
            discussion: """
                The files are checked by scoring them once, then kept in the ledger as received: they \
                hold personal data, which stays there. Later evaluations (another evaluator, a consensus \
                record) are added with arka applications evaluate.

                Example:
                  arka applications import --ledger books.arka --call IGA-2023 --grid ledgers/mallakaster/grid-iga.yaml \\
                      --file applications-iga.csv --evaluations evaluations-iga.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("The call's code in the ledger.", valueName: "code")) var call: String
        @Option(name: .long, help: ArgumentHelp("The scoring grid.", valueName: "file")) var grid: String
        @Option(name: .long, help: ArgumentHelp("The applications.", valueName: "file.csv")) var file: String
        @Option(name: .long, help: ArgumentHelp("The evaluators' scores.", valueName: "file.csv")) var evaluations: String?

        func run() throws {
            let count = try ledger.openForWriting(writing).importCall(
                code: call, grid: grid, applications: file, evaluations: evaluations, signature: user.signature)
            say(evaluations.map { "Stored call \(call): \(count) applications from \(file), evaluations from \($0)." } ?? "Stored call \(call): \(count) applications from \(file).")
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Add evaluations to a stored call.",
            discussion: """
                Example:
                  arka applications evaluate --ledger books.arka --call IGA-2023 third-evaluator.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("The call's code in the ledger.", valueName: "code")) var call: String
        @Argument(help: ArgumentHelp("The evaluations.", valueName: "file.csv")) var file: String

        func run() throws {
            let count = try ledger.openForWriting(writing).addEvaluations(call: call, file: file, signature: user.signature)
            say(Sentence.plural(count, "Added 1 evaluation to call \(call) from \(file).", "Added \(count) evaluations to call \(call) from \(file)."))
        }
    }
}
