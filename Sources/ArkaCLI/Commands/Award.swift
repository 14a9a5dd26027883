import ArgumentParser
import ArkaBooks
import ArkaCore

struct Award: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "award",
        abstract: "Score a stored call, record the run, and turn its awards into grant agreements.",
        discussion: """
            Each award becomes an agreement under the grid's scheme, numbered with the grid's \
            agreement_prefix in the order of the application numbers, with its commitment on the \
            scheme's budget line; an applicant becomes a recipient (found by the identity field, \
            else registered under the application number). The run is recorded with the SHA-256 of \
            the grid, the applications, the evaluations and the decisions. Awards of earlier runs \
            stand; money left or freed by a cancelled agreement goes down the reserve list.

            Example:
              arka award --ledger books.arka --call IGA-2023 --date 2023-10-16
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var writing: WriteOptions
    @Option(name: .long, help: ArgumentHelp("The call's code in the ledger.", valueName: "code")) var call: String
    @Option(name: .long, help: ArgumentHelp("The agreements' date.", valueName: "YYYY-MM-DD")) var date: String
    @Flag(name: .long, help: "Print applicants' names instead of pseudonyms.") var names = false
    @OptionGroup var format: FormatOptions

    func run() throws {
        let books = try ledger.openForWriting(writing)
        let day = try LedgerDate.parse(date, field: "--date")
        let run = try books.award(call: call, date: day, signature: user.signature)
        let identity: ApplicantIdentity = names ? .names : .pseudonyms(try books.pseudonyms())
        let out = StandardOutput()
        if format.format == .text {
            let currency = run.outcome.grid.currency
            let total = try Money.sum(run.agreements.map { try $0.agreement.amount.restated(in: currency) }, currency: currency)
            let new = Sentence.plural(run.agreements.count, "1 new agreement", "\(run.agreements.count) new agreements")
            let reserve = run.outcome.count(.reserve)
            if let first = run.agreements.first, let last = run.agreements.last {
                out.write(
                    tr("Scoring run #\(run.run.sequence) of call \(call): \(new), \(first.agreement.number) to \(last.agreement.number), \(total.tableText) \(currency.code) committed; \(reserve) on the reserve list.") + "\n\n")
            } else {
                out.write(tr("Scoring run #\(run.run.sequence) of call \(call): \(new); \(reserve) on the reserve list.") + "\n\n")
            }
        }
        run.outcome.render(as: format.format, stamp: run.stamp, identity: identity, to: out)
        out.flush()
    }
}
