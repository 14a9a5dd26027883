import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

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
            throw ValidationError("Name the ledger file with --ledger PATH or ARKA_LEDGER.")
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
    /// command writing to it.
    func openForWriting(_ wait: WaitOptions) throws -> Ledger {
        try Ledger.open(at: try path, access: .write, wait: wait.ledgerWait)
    }

    mutating func validate() throws {
        _ = try path
    }
}

/// `--wait SECONDS`: how long a command that writes waits for another arka command writing to
/// the same ledger (SQLite lets one write at a time).
struct WaitOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "How long to wait for another arka command writing to the ledger (default: 30; 0 gives up at once).", valueName: "seconds"))
    var wait: Double?

    var ledgerWait: LedgerWait {
        LedgerWait(seconds: wait ?? LedgerWait.defaultSeconds, longerWait: "--wait SECONDS", notice: printNotice)
    }

    func validate() throws {
        if let wait, !(wait >= 0 && wait <= 86_400) {
            throw ValidationError("--wait takes a number of seconds from 0 to 86400.")
        }
    }
}

/// Prints a note on standard error: what the command is waiting for.
@Sendable func printNotice(_ text: String) {
    FileHandle.standardError.write(Data("note: \(text)\n".utf8))
}

/// `--format text|csv|json`.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text (a table), csv or json.")
    var format: OutputFormat = .text
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
