import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

/// The `arka` command: parses, calls the engine in ArkaBooks, prints.
///
/// Every option that takes an amount, a count or a line number, and every option of free text
/// (a reason, a description, a note), reads its value whatever it looks like
/// (`parsing: .unconditional`), so `--counted -5` means what `--counted=-5` does, `--reason "-2
/// broken"` is a reason, and the rule of the field, not the parser, answers the value.
///
/// Every command states its `commandName`: without it, ArgumentParser derives each name from the
/// type's description at every start, a lookup through all of the program's protocol
/// conformances that took a fifth of a short command's time.
@main
struct Arka: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arka",
        abstract: "Double-entry books for a donor-funded action and the social business it funds.",
        discussion: """
            Every write is checked and all-or-nothing; posted entries never change (corrections are \
            reversals); `arka verify` recomputes the journal's hash chain. The ledger is one SQLite \
            file, named by --ledger or ARKA_LEDGER.

            Messages, report headings and workbook labels are in English, or in Albanian with --lang sq \
            (before or after the command's name), ARKA_LANG=sq or an Albanian locale (LANG=sq_AL.UTF-8).

            Start with the demo:
              arka demo                      # builds demo/mallakaster.arka and prints its trial balance
              arka balance --ledger demo/mallakaster.arka --by fund
            """,
        version: ArkaVersion.current,
        subcommands: [
            Init.self, AccountCommand.self, FundCommand.self, RecipientCommand.self, SchemeCommand.self, ProductCommand.self, Changes.self, Post.self, Balance.self, Funds.self, Register.self, Find.self, Show.self, GeneralLedgerCommand.self, Reverse.self, Period.self, Verify.self, Digest.self, Backup.self, Batches.self, Export.self,
            Rates.self, Budget.self, Grant.self, Equipment.self, Score.self, Applications.self, Award.self,
            SaleCommand.self, Sales.self, ExpenseCommand.self, Stock.self, Cash.self, Bank.self, Report.self, Demo.self, Serve.self, UserCommand.self,
            Central.self, Sync.self,
        ])

    /// Runs the command; a rejected input prints one line per problem on standard error and exits 1.
    /// An interrupting signal (SIGINT, SIGTERM, SIGHUP) removes the files being written under a
    /// hidden name, and the command ends by that signal (a shell's status 130, 143, 129).
    static func main() {
        // A reader that stops early (`arka demo | head -1`) ends arka quietly, as any tool of the
        // shell, whatever the parent left: a parent that ignores SIGPIPE (a server on SwiftNIO, a
        // test runner) hands that on, and a write to the closed pipe then stopped arka with a
        // fault. The commands that talk over sockets (serve, the centre's) ignore it again.
        signal(SIGPIPE, SIG_DFL)
        StagingFiles.installInterruptHandlers()
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            Language.current = try LanguageChoice.take(from: &arguments, environment: ProcessInfo.processInfo.environment)
            try OptionSpellings.rewrite(&arguments) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
            try CommandTexts.checkBytes()
            var command = try parseAsRoot(arguments)
            try CommandTexts.check(command)
            try command.run()
            // On standard error, so that a checked command's CSV or JSON reads as the real one's.
            if WriteOptions.checkedOnly.load(ordering: .relaxed) { printNotice(tr(WriteOptions.checkedSentence)) }
        } catch let error as ArkaError {
            printError(error.description)
            Foundation.exit(1)
        } catch let error as ArkaErrorList {
            for line in error.description.split(separator: "\n") { printError(String(line)) }
            Foundation.exit(1)
        } catch let error as BrokenJournal {
            FileHandle.standardOutput.write(Data(error.report.utf8))
            Foundation.exit(1)
        } catch {
            exitShowing(error)
        }
    }

    /// Exits as ArgumentParser does for a parsing error, help or version, but with every value
    /// the message quotes shown as any refused value is (``CommandTexts/shownArguments(in:arguments:)``).
    static func exitShowing(_ error: Error) -> Never {
        let code = exitCode(for: error)
        let message = CommandTexts.shownArguments(in: fullMessage(for: error))
        if !message.isEmpty {
            let output = code == .success ? FileHandle.standardOutput : FileHandle.standardError
            output.write(Data((message + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((tr("error: \(text)") + "\n").utf8))
    }
}

/// `arka verify` found the journal broken: its report goes to standard output, the exit status is 1.
struct BrokenJournal: Error {
    var report: String
}
