import ArgumentParser
import ArkaBooks
import ArkaCore
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

    func open() throws -> Ledger { try Ledger.open(at: try path) }

    mutating func validate() throws {
        _ = try path
    }
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
