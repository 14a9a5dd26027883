import ArgumentParser
import ArkaBooks
import ArkaCore
import Foundation

struct Bank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Import bank statements and match their lines to the books.", subcommands: [Import.self, Match.self, Lines.self, Withdraw.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a bank statement (CSV date,description,amount,balance).",
            discussion: """
                Amounts are positive for money in. Each line's balance must follow from the line before; \
                a line already imported (same date, description, amount and balance) is not added again, \
                so a statement imported twice, or one that overlaps the last, adds nothing twice. The \
                statement's closing balance is set against the books'.

                A bank's own export is read through its import profile (--profile bank-bkt, \
                bank-raiffeisen): separator, decimal comma, day-first dates, Albanian column names, \
                debit and credit columns, newest-first lines.

                Examples:
                  arka bank import --ledger sb.arka statement-2024-06.csv
                  arka bank import --ledger sb.arka --profile bank-bkt bkt-qershor-2024.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("The bank account (default: the business profile's bank).", valueName: "code")) var account: String?
        @OptionGroup var profile: ProfileOptions
        @Argument(help: ArgumentHelp("The statement file.", valueName: "file")) var file: String

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let report = try books.importStatement(file: file, account: account, profile: try profile.resolved(ledger: ledger), signature: user.signature)
            emit(report.rendered(currency: books.baseCurrency))
        }
    }

    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "match",
            abstract: "Match statement lines to entries: by the rule, or one line as you say.",
            discussion: """
                Without options, matches every unmatched line by the rule and lists what is left: the \
                ambiguous lines with their candidate entries, the lines the books lack, and the entries \
                the statement lacks.

                Examples:
                  arka bank match --ledger sb.arka
                  arka bank match --ledger sb.arka --line 14 --entry P-20240305-002
                  arka bank match --ledger sb.arka --line 31 --post 6270 --description "Bank fee, June"
                  arka bank match --ledger sb.arka --undo 14
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The statement line to match (its number in arka bank lines).", valueName: "n")) var line: Int64?
        @Option(name: .long, help: ArgumentHelp("The entry the line is matched to.", valueName: "id")) var entry: String?
        @Option(name: .long, help: ArgumentHelp("Post the line against this account and match it.", valueName: "code")) var post: String?
        @Option(name: .long, parsing: .unconditional, help: "The posted entry's description (default: the statement's).") var description: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Undo the match of this statement line.", valueName: "n")) var undo: Int64?
        @Option(name: .long, help: ArgumentHelp("The bank account (default: the profile's bank).", valueName: "code")) var account: String?
        @OptionGroup var afterCount: AfterCountOptions

        func validate() throws {
            if line != nil && (entry == nil) == (post == nil) {
                throw ValidationError(tr("--line takes either --entry ID or --post ACCOUNT."))
            }
            if line == nil && (entry != nil || post != nil) { throw ValidationError(tr("--entry and --post go with --line N.")) }
            if undo != nil && line != nil { throw ValidationError(tr("--undo stands alone.")) }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            if let undo {
                let entry = try books.unmatchLine(undo, signature: user.signature)
                say("Statement line \(undo) is no longer matched to \(entry).")
            } else if let line, let entry {
                try books.matchLine(line, to: entry, account: account, signature: user.signature)
                say("Matched statement line \(line) to \(entry).")
            } else if let line, let post {
                let stored = try books.postLine(line, against: post, description: description, account: account, counted: afterCount.counted, signature: user.signature)
                say("Posted \(stored.entry.id) for statement line \(line) against \(post), and matched them.")
            } else {
                emit(try books.matchStatement(account: account, signature: user.signature).rendered(currency: books.baseCurrency))
            }
        }
    }

    struct Lines: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lines", abstract: "List the statement lines and what they are matched to.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions
        @Flag(name: .long, help: "Only the lines not matched yet.") var unmatched = false
        @Option(name: .long, help: ArgumentHelp("The bank account (default: the profile's bank).", valueName: "code")) var account: String?

        func run() throws {
            let lines = try ledger.read { try $0.statementLines(account: account) }.filter { !unmatched || $0.matchedEntry == nil }
            if unmatched, lines.isEmpty, output.format == .text { return say("No unmatched lines: every statement line is matched to an entry.") }
            emit(lines.rendered(as: output.format))
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a bank statement import while none of its lines is matched.",
            discussion: """
                The import's lines (arka batches numbers it) no longer count in bank lines, matching or \
                reconciliation; nothing is removed, and the withdrawal is recorded with its date, reason, \
                user and time. Importing the same lines again brings them back. A matched line is unmatched \
                first (arka bank match --undo N); a later statement that continues from the lines is \
                withdrawn first.

                Example:
                  arka bank withdraw --ledger sb.arka --batch 4 --date 2024-02-01 --reason "Raiffeisen statement imported to the BKT account"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The statement import's number (arka batches).", valueName: "n")) var batch: String
        @Option(name: .long, help: ArgumentHelp("The day of the withdrawal.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why the statement is withdrawn.", valueName: "text")) var reason: String

        func run() throws {
            guard let number = Int64(batch), number > 0 else {
                throw ArkaError(.badQuantity, "a batch is the number an import printed (1, 2, ...)", field: "--batch", value: batch)
            }
            guard let day = try parseDate(date, option: "date") else { return }
            let books = try ledger.openForWriting(writing)
            let report = try books.withdrawStatement(batch: number, date: day, reason: reason, signature: user.signature)
            say(
                Sentence.plural(
                    report.lines, "Withdrew statement import #\(number) (\(report.batch.file)): 1 line of account \(report.account) no longer counts.",
                    "Withdrew statement import #\(number) (\(report.batch.file)): \(report.lines) lines of account \(report.account) no longer count."))
        }
    }
}
