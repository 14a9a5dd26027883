import ArgumentParser
import ArkaCore
import ArkaBooks
import Foundation
import Synchronization

struct Post: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Post a CSV file of entries, all or nothing.",
        discussion: """
            Columns, in any order: entry,date,description,account,amount,currency and optionally \
            fund,budget_line,counterparty,document,memo,rate. Rows sharing an entry id, one after \
            another, form one entry. A positive amount is a debit, a negative one a credit. A foreign \
            posting with an empty rate takes the ledger's rate of its day or month. document holds \
            references separated by ';', like "invoice:F-114; nivf:<uuid>; payment-order:PO-7".

            Example:
              arka post --ledger books.arka january.csv
              cat january.csv | arka post --ledger books.arka -
              arka post --ledger books.arka --profile excel-sq janar.csv
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var writing: WriteOptions
    @OptionGroup var afterCount: AfterCountOptions
    @OptionGroup var profile: ProfileOptions
    @Argument(help: ArgumentHelp("The CSV file, or - for standard input.", valueName: "file")) var file: String

    func run() throws {
        let books = try ledger.openForWriting(writing)
        let progress = ProgressLine(label: file == "-" ? "standard input" : file)
        let summary = try books.post(file: file, profile: try profile.resolved(ledger: ledger), counted: afterCount.counted, signature: user.signature, progress: progress.update)
        progress.clear()
        emit(summary.rendered(as: output.format))
    }
}

/// A progress line on standard error while a long import runs on a terminal; silent otherwise.
/// Updated from the import's reading thread, cleared from the command's.
final class ProgressLine: Sendable {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private let state = Mutex<(lastShown: Date, shown: Bool)>((.distantPast, false))

    init(label: String) { self.label = label }

    func update(bytes: Int, rows: Int) {
        guard enabled else { return }
        let due = state.withLock { state -> Bool in
            guard Date().timeIntervalSince(state.lastShown) > 0.2 else { return false }
            state = (Date(), true)
            return true
        }
        guard due else { return }
        let tenths = bytes * 10 / 1_048_576
        FileHandle.standardError.write(Data(("\r" + tr("posting \(label): \(rows) rows, \(tenths / 10).\(tenths % 10) MiB read") + " ").utf8))
    }

    func clear() {
        if state.withLock({ $0.shown }) { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
