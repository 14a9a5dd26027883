import ArgumentParser
import ArkaCentral
import ArkaCore
import Foundation

/// Where a report reads its books: one ledger (`--ledger PATH` or `ARKA_LEDGER`), or the
/// programme's centre (`--database URL`, or `--office` with `ARKA_DATABASE_URL`), one office or
/// all of them side by side.
struct ReportSourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file.", discussion: "Defaults to $ARKA_LEDGER.", valueName: "path"))
    var ledger: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the programme's centre instead: postgres://USER@HOST/DATABASE.", discussion: "With --office alone, $ARKA_DATABASE_URL.",
            valueName: "url"))
    var database: String?

    @Option(
        name: .long,
        help: ArgumentHelp("At the centre: one office's code, or all of them side by side and in total (the default, where a report can).", valueName: "code"))
    var office: String?

    /// Whether the report reads the centre.
    var readsCentre: Bool { database != nil || office != nil }

    /// The centre's address, when the report reads it.
    var centre: CentralAddress? {
        get throws { readsCentre ? try CentralOptions.address(given: database, option: "--database") : nil }
    }

    /// The ledger's options, when the report reads one ledger.
    var ledgerOptions: LedgerOptions {
        var options = LedgerOptions()
        options.ledger = ledger
        return options
    }

    mutating func validate() throws {
        if readsCentre {
            guard ledger == nil else {
                if database == nil { throw ValidationError(tr("--office reads the programme's centre: give --ledger without --office, or --database with it.")) }
                throw ValidationError(tr("Give --ledger or --database, not both."))
            }
            _ = try centre
        } else {
            _ = try ledgerOptions.path
        }
    }
}
