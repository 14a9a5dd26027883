import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore

/// `arka recipient`: the grant recipients added after `init`.
struct RecipientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recipient", abstract: "Add grant recipients after init, on the record.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add grant recipients from a date, with a reason.",
            discussion: """
                One recipient from the options, or many from --file (recipients.csv's columns: \\
                code,name,kind[,tax_id][,village][,legal_entity]). kind is farm, small-business or \\
                social-business. The change is recorded with its date, reason, user and time, and \\
                verify covers it.

                Examples:
                  arka recipient add --ledger books.arka --code R-064 --name "Ferma Hoxha" --kind farm \\
                      --village Greshicë --legal-entity no --date 2024-03-01 --reason "Second IGA call"
                  arka recipient add --ledger books.arka --file recipients-2.csv --date 2024-03-01 --reason "Second IGA call"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of recipients.", valueName: "file")) var file: String?
        @Option(name: .long, help: ArgumentHelp("The recipient's code.", valueName: "code")) var code: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Its name.", valueName: "text")) var name: String?
        @Option(name: .long, help: ArgumentHelp("farm, small-business or social-business.", valueName: "kind")) var kind: String?
        @Option(name: .long, help: ArgumentHelp("Its NIPT or personal number.", valueName: "id")) var taxID: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Its village.", valueName: "text")) var village: String?
        @Option(name: .long, help: ArgumentHelp("yes for a company, cooperative or association; no for a natural person.", valueName: "yes|no"))
        var legalEntity: String?
        @Option(name: .long, help: ArgumentHelp("From when it holds.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why the recipient is added.", valueName: "text")) var reason: String

        func validate() throws {
            if file != nil, [code, name, kind, taxID, village, legalEntity].contains(where: { $0 != nil }) {
                throw ValidationError(tr("Give --file, or one recipient with --code, --name and --kind, not both."))
            }
            if file == nil, code == nil || name == nil || kind == nil {
                throw ValidationError(tr("Name the recipient with --code, --name and --kind, or give --file."))
            }
        }

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            let books = try ledger.openForWriting(writing)
            let changes: [DefinitionChange]
            if let file {
                changes = try books.addRecipients(file: file, date: day, reason: reason, signature: user.signature)
            } else if let code, let name, let kind {
                let recipient = try LedgerDefinition.recipient(code: code, name: name, kind: kind, taxID: taxID, village: village, legalEntity: legalEntity)
                changes = try books.addRecipients([recipient], date: day, reason: reason, signature: user.signature)
            } else {
                return
            }
            emit(changes.rendered())
        }
    }
}
