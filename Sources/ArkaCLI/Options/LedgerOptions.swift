import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Synchronization

/// `--ledger PATH`, or the `ARKA_LEDGER` environment variable (held to the text rule for a
/// path, ``TextLimit/path``, when it is used).
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file.", discussion: "Defaults to $ARKA_LEDGER.", valueName: "path"))
    var ledger: String?

    var path: String {
        get throws {
            if let ledger { return ledger }
            if let path = ProcessInfo.processInfo.environment["ARKA_LEDGER"], !path.isEmpty {
                try TextLimit.check(path, field: "ARKA_LEDGER", limit: .path)
                return path
            }
            throw ValidationError(tr("Name the ledger file with --ledger PATH or ARKA_LEDGER."))
        }
    }

    /// Opens the ledger read-only and runs `body` with it in one snapshot: everything the
    /// command reads is one state of the ledger, and it reads where the ledger cannot be written.
    func read<T>(_ body: (Ledger) throws -> T) throws -> T {
        let books = try Ledger.open(at: try path, access: .read, wait: LedgerWait(notice: printNotice))
        return try books.snapshot { try body(books) }
    }

    /// Opens the ledger read-only, for a command that manages its snapshots itself (an export).
    func openForReading() throws -> Ledger {
        try Ledger.open(at: try path, access: .read, wait: LedgerWait(notice: printNotice))
    }

    /// Opens the ledger for a command that writes to it, waiting as `--wait` says for another
    /// command writing to it; with `--check`, every write is checked and rolled back.
    func openForWriting(_ options: WriteOptions) throws -> Ledger {
        let books = try Ledger.open(at: try path, access: options.access, wait: options.ledgerWait)
        books.allowsFutureDates = options.future
        if options.check { WriteOptions.checkedOnly.store(true, ordering: .relaxed) }
        return books
    }

    mutating func validate() throws {
        _ = try path
    }
}

/// The options of every command that writes to a ledger: `--wait SECONDS`, how long it waits
/// for another arka command writing to the same ledger (SQLite lets one write at a time);
/// `--check`, which runs every check of the write, prints what would be written, and writes
/// nothing; `--future`, which lets a write be dated after today.
struct WriteOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "How long to wait for another arka command writing to the ledger (default: 30; 0 gives up at once).", valueName: "seconds"))
    var wait: Double?

    @Flag(name: .long, help: "Run every check and show what would be written, but write nothing.")
    var check = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Allow dates after today (or long after the action's end).",
            discussion: "Without it, such a date is refused as surely a typo."))
    var future = false

    /// Whether any command of this process ran with `--check`: `arka` then ends its output with
    /// the sentence that nothing was written (``checkedSentence``).
    static let checkedOnly = Atomic<Bool>(false)

    /// The note a command run with `--check` ends with, on standard error.
    static let checkedSentence: Sentence = "checked only: nothing was written (--check)"

    /// How the ledger is opened: to write, or to check (every write rolled back).
    var access: LedgerStore.Access { check ? .check : .write }

    var ledgerWait: LedgerWait {
        LedgerWait(seconds: wait ?? LedgerWait.defaultSeconds, longerWait: "--wait SECONDS", notice: printNotice)
    }

    func validate() throws {
        if let wait, !(wait >= 0 && wait <= 86_400) {
            throw ValidationError(tr("--wait takes a number of seconds from 0 to 86400."))
        }
    }
}

/// Prints a note on standard error: what the command is waiting for.
@Sendable func printNotice(_ text: String) {
    FileHandle.standardError.write(Data((tr("note: \(text)") + "\n").utf8))
}

/// `--format text|csv|json`, and `--wide`: text tables show every text whole instead of fitting
/// 100 characters.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text (a table), csv or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Show every text of a table whole (by default a table fits 100 characters, long texts cut with …).")
    var wide = false

    /// Reading the command line sets the tables' width once, for every report the command prints.
    mutating func validate() throws {
        TableWidth.set(wide ? nil : 100)
    }
}

/// `--user NAME`: who is writing, stamped on every entry.
struct UserOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who posts, recorded on each entry.", discussion: "Defaults to $ARKA_USER, then the login name.", valueName: "name"))
    var user: String?

    var signature: Signature { Signature.now(user: user) }
}

extension OutputFormat: ExpressibleByArgument {}

/// Reads a `YYYY-MM-DD` option.
func parseDate(_ text: String?, option: String) throws -> LedgerDate? {
    guard let text else { return nil }
    return try LedgerDate.parse(text, field: "--" + option)
}

/// Prints text to standard output as it is.
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// `--after-count`: the write is a correction after a cash count of the till it moves.
struct AfterCountOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Mark the write as a correction after the cash count it changes.",
            discussion: "Without it, a write dated on or before the last cash count of the till it moves is refused."))
    var afterCount = false

    var counted: CountedCash { afterCount ? .correctAfterCount : .keep }
}

/// `--account CODE --from DAY --to DAY`: an account and the accounts below it, over a period.
struct AccountPeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An account code: it and the accounts below it.", valueName: "code")) var account: String?
    @Option(name: .long, help: ArgumentHelp("First day, inclusive.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(name: .long, help: ArgumentHelp("Last day, inclusive.", valueName: "YYYY-MM-DD")) var to: String?

    /// The first day, parsed. - Throws: ``ArkaError/Kind/badDate`` naming `--from`.
    var fromDate: LedgerDate? { get throws { try parseDate(from, option: "from") } }
    /// The last day, parsed. - Throws: ``ArkaError/Kind/badDate`` naming `--to`.
    var toDate: LedgerDate? { get throws { try parseDate(to, option: "to") } }
}

/// `--document`, `--counterparty`, `--fund`, `--budget-line`, `--min-amount`, `--max-amount`,
/// `--text`: which postings `arka register` and `arka find` keep (``PostingFilter``).
struct PostingFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A document reference, or part of one (invoice:F-114, F-114).", valueName: "text")) var document: String?
    @Option(name: .long, help: ArgumentHelp("A counterparty, or part of its name.", valueName: "text")) var counterparty: String?
    @Option(name: .long, help: ArgumentHelp("A fund's code.", valueName: "code")) var fund: String?
    @Option(name: .long, help: ArgumentHelp("A budget line's code.", valueName: "code")) var budgetLine: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The smallest amount kept, by size, in the posting's currency.", valueName: "amount"))
    var minAmount: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The largest amount kept, by size.", valueName: "amount")) var maxAmount: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Text in the entry's id, description, counterparty, documents or memo.", valueName: "text"))
    var text: String?

    var filter: PostingFilter {
        var filter = PostingFilter()
        filter.document = document
        filter.counterparty = counterparty
        filter.fund = fund
        filter.budgetLine = budgetLine
        filter.minimum = minAmount
        filter.maximum = maxAmount
        filter.text = text
        return filter
    }
}

/// `--profile NAME`: the import profile a file from a bank or a spreadsheet is read through
/// (``ImportProfile``): a YAML file, or NAME.yaml in a `profiles` folder beside the ledger, or
/// one Arka ships.
struct ProfileOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the file through an import profile (separator, decimal comma, day-first dates, column names).",
            discussion: "A profile file, NAME.yaml in a profiles folder beside the ledger, or one shipped: excel-sq, excel-sq-1250, bank-bkt, bank-raiffeisen.",
            valueName: "name"))
    var profile: String?

    /// The profile named, found beside `ledger` or among the shipped ones.
    /// - Throws: ``ArkaError/Kind/io`` when there is none of that name.
    func resolved(ledger: LedgerOptions) throws -> ImportProfile? {
        try profile.map { try ImportProfile.named($0, besideLedger: try ledger.path) }
    }
}

/// Prints one sentence of arka's own on standard output, in the language chosen
/// (``Language/current``), and ends the line.
func say(_ sentence: Sentence) {
    emit(tr(sentence) + "\n")
}
