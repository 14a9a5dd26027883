import ArgumentParser
import ArkaBooks
import ArkaCentral
import ArkaCore

struct Budget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "The donor budget: report, and revisions.",
        subcommands: [Report.self, Revise.self, Add.self],
        defaultSubcommand: Report.self)

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Budget, spent, available and percent executed per fund and budget line, with the donor's flags.",
            discussion: """
                Spent is the expense posted on each fund and budget line, in the base currency. The flags \
                name each heading changed beyond the fund's flexibility limit without an addendum (25 % \
                by default, funds.csv flexibility_limit), the spending above what such a heading may reach \
                without the addendum (the rest is not flagged), indirect costs above 7 % and a contingency \
                above 5 % of direct costs, and lines spent or committed beyond their budget, each with the \
                amount beyond its limit.

                From the programme's centre (--database), one office's report as the office makes it \
                (--office CODE), or every office's figures per fund and line and their total, each \
                office's flags its own (--office all, the default). The offices' books are made again \
                from what they sent, kept in $XDG_CACHE_HOME/arka/centres (~/.cache without it) and \
                brought up to date at each report.

                Examples:
                  arka budget --ledger books.arka --to 2023-12-31 --fund EU
                  arka budget --database postgres://arka_app@db.example/programme --office all --fund EU
                """)

        @OptionGroup var source: ReportSourceOptions
        @OptionGroup var output: FormatOptions
        @Option(name: .customLong("to"), help: ArgumentHelp("Only entries and revisions dated on or before this day.", valueName: "YYYY-MM-DD"))
        var asOf: String?
        @Option(name: .long, help: ArgumentHelp("Only this fund.", valueName: "code")) var fund: String?

        func run() throws {
            let day = try parseDate(asOf, option: "to")
            if let centre = try source.centre {
                let (office, fund) = (source.office, fund)
                let folder = CentralReplica.defaultFolder(for: centre)
                let budget = try CentralOptions.withCentre(centre) {
                    try await CentralBudget.report(from: $0, office: office, asOf: day, fund: fund, folder: folder)
                }
                // One office named: its report as the office prints it.
                if let office, office.lowercased() != "all", let report = budget.reports.first {
                    emit(report.rendered(as: output.format))
                } else {
                    emit(budget.rendered(as: output.format))
                }
                return
            }
            emit(try source.ledgerOptions.read { try $0.budgetReport(asOf: day, fund: fund) }.rendered(as: output.format))
        }
    }

    struct Revise: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revise",
            abstract: "Move budget from one line to another: a revision of its own, never an edit.",
            discussion: """
                A revision on a written notice may change no heading by more than the fund's flexibility \
                limit, cumulatively since the original budget or the last addendum; beyond it the budget \
                report flags the revision and the spending above what the heading may reach without an \
                addendum. An addendum resets the baseline.
                A file holds the columns date,fund,from_line,to_line,amount,reason,authority,reference \
                (authority: notice or addendum) and is recorded whole or not at all.

                Examples:
                  arka budget revise --ledger books.arka --fund EU --from-budget-line 3.1 --to-budget-line 3.3 --amount 2000 \\
                      --date 2024-03-01 --reason "More IGA grants" --notice N-2024-02
                  arka budget revise --ledger books.arka --file revisions.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of revisions.", valueName: "file")) var file: String?
        @Option(name: .long, help: ArgumentHelp("The fund whose budget changes.", valueName: "code")) var fund: String?
        @Option(name: .customLong("from-budget-line"), help: ArgumentHelp("The budget line that gives.", valueName: "line")) var from: String?
        @Option(name: .customLong("to-budget-line"), help: ArgumentHelp("The budget line that receives.", valueName: "line")) var to: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The amount moved, in the budget's currency.", valueName: "amount")) var amount: String?
        @Option(name: .long, help: ArgumentHelp("The revision's date.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(name: .long, parsing: .unconditional, help: "Why the budget moves.") var reason: String?
        @Option(name: .long, help: ArgumentHelp("The written notice's reference.", valueName: "reference")) var notice: String?
        @Option(name: .long, help: ArgumentHelp("The contract addendum's reference.", valueName: "reference")) var addendum: String?

        func validate() throws {
            if file != nil {
                guard fund == nil, from == nil, to == nil, amount == nil, date == nil, reason == nil, notice == nil, addendum == nil else {
                    throw ValidationError(tr("Give either --file or the options of one revision, not both."))
                }
                return
            }
            guard fund != nil, from != nil, to != nil, amount != nil, date != nil, reason != nil else {
                throw ValidationError(tr("A revision needs --fund, --from-budget-line, --to-budget-line, --amount, --date and --reason (or --file)."))
            }
            guard (notice == nil) != (addendum == nil) else {
                throw ValidationError(tr("Name the revision's authority: --notice REF or --addendum REF."))
            }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            if let file {
                let count = try books.reviseBudget(file: file, signature: user.signature)
                say(Sentence.plural(count, "Recorded 1 budget revision from \(file).", "Recorded \(count) budget revisions from \(file)."))
                return
            }
            let currency = books.definition.budgetLines.first { $0.fund == fund && $0.line == from }?.amount.currency
                ?? books.baseCurrency
            let revision = BudgetRevision(
                date: try LedgerDate.parse(date!, field: "--date"), fund: fund!, fromLine: from!, toLine: to!,
                amount: try Money.parse(amount!, currency: currency, field: "--amount"), reason: reason!,
                authority: addendum == nil ? .notice : .addendum, reference: addendum ?? notice!)
            try books.reviseBudget(revision, signature: user.signature)
            say("Moved \(revision.amount) of \(revision.fund) from line \(revision.fromLine) to line \(revision.toLine) on \(revision.date) (\(revision.authority.rawValue) \(revision.reference)).")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add budget lines after init: a new fund's budget, or new lines of an addendum.",
            discussion: """
                The file has budget.csv's columns (fund,line,heading,description,amount,currency and \
                optionally unit,units,unit_rate). Each line is checked as init checks one: its fund \
                known, its heading one of the fund's template (Annex VI: 1 to 6, 8, 10, the line \
                numbered after it), its costing exact; it must be new (money moves between lines with \
                arka budget revise). The change is recorded with its date, reason, user and time.

                Example:
                  arka budget add --ledger books.arka --file addendum-2.csv --date 2024-05-01 --reason "Addendum 2, signed 2024-04-26"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of budget lines.", valueName: "file")) var file: String
        @Option(name: .long, help: ArgumentHelp("From when they hold.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why: the addendum or the agreement.", valueName: "text")) var reason: String

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            emit(try ledger.openForWriting(writing).addBudgetLines(file: file, date: day, reason: reason, signature: user.signature).rendered())
        }
    }
}
