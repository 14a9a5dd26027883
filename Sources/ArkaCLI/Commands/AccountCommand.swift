import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore

struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Add accounts to the chart, or close one to new postings, on the record.",
        subcommands: [Add.self, Close.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add accounts to the chart from a date, with a reason.",
            discussion: """
                One account from the options, or many from --file (accounts.csv's columns: \\
                code,name,type[,parent][,name_sq]). Every problem is reported in one run, as init \\
                reports the chart's. An account with postings cannot take accounts below it. The \\
                change is recorded with its date, reason, user and time, and verify covers it.

                Examples:
                  arka account add --ledger books.arka --code 6330 --name Software --type expense --parent 6300 \\
                      --date 2024-02-01 --reason "Licences in addendum 2"
                  arka account add --ledger books.arka --file new-accounts.csv --date 2024-02-01 --reason "Addendum 2"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of accounts.", valueName: "file")) var file: String?
        @Option(name: .long, help: ArgumentHelp("The account's code.", valueName: "code")) var code: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Its name.", valueName: "text")) var name: String?
        @Option(name: .long, help: ArgumentHelp("asset, liability, equity, income or expense.", valueName: "type")) var type: String?
        @Option(name: .long, help: ArgumentHelp("The account it sits below.", valueName: "code")) var parent: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Its name in Albanian.", valueName: "text")) var nameSq: String?
        @Option(name: .long, help: ArgumentHelp("From when it holds.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why the chart changes.", valueName: "text")) var reason: String

        func validate() throws {
            if file != nil, [code, name, type, parent, nameSq].contains(where: { $0 != nil }) {
                throw ValidationError(tr("Give --file, or one account with --code, --name and --type, not both."))
            }
            if file == nil, code == nil || name == nil || type == nil {
                throw ValidationError(tr("Name the account with --code, --name and --type (and --parent), or give --file."))
            }
        }

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            let books = try ledger.openForWriting(writing)
            let changes: [DefinitionChange]
            if let file {
                changes = try books.addAccounts(file: file, date: day, reason: reason, signature: user.signature)
            } else if let code, let name, let type {
                let account = Account(code: code, name: name, nameAlbanian: nameSq, type: try AccountType.parse(type), parent: parent)
                changes = try books.addAccounts([account], date: day, reason: reason, signature: user.signature)
            } else {
                return
            }
            emit(changes.rendered())
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close an account, and the accounts below it, to postings from a date.",
            discussion: """
                The account stays in the chart with what was posted to it; from --date on it takes \\
                no posting. It must hold nothing on the day before (move the balance first) and have \\
                no posting dated on or after --date.

                Example:
                  arka account close --ledger books.arka 5123 --date 2024-07-01 --reason "The bank closed the account"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: ArgumentHelp("The account's code.", valueName: "code")) var code: String
        @Option(name: .long, help: ArgumentHelp("The first day it takes no posting.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why it is closed.", valueName: "text")) var reason: String

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            emit(try ledger.openForWriting(writing).closeAccount(code, date: day, reason: reason, signature: user.signature).rendered())
        }
    }
}

struct FundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fund",
        abstract: "Add funds to the books, on the record.",
        subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add funds from a date, with a reason.",
            discussion: """
                One fund from the options, or many from --file (funds.csv's columns: \\
                code,name,restricted[,template][,flexibility_limit][,indirect_limit][,contingency_limit][,conversion][,reports]). \\
                The change is recorded with its date, reason, user and time, and verify covers it.

                Examples:
                  arka fund add --ledger books.arka --code SIDA --name "Sida co-financing" --restricted true \\
                      --template budget-vs-actual --date 2024-03-01 --reason "Agreement signed"
                  arka fund add --ledger books.arka --file new-funds.csv --date 2024-03-01 --reason "Two new donors"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of funds.", valueName: "file")) var file: String?
        @Option(name: .long, help: ArgumentHelp("The fund's code.", valueName: "code")) var code: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Its name.", valueName: "text")) var name: String?
        @Option(name: .long, help: ArgumentHelp("true for a donor's restricted money, false for the entity's own.", valueName: "true|false"))
        var restricted: String?
        @Option(name: .long, help: ArgumentHelp("The donor's report template (default budget-vs-actual).", valueName: "template")) var template: String?
        @Option(name: .long, help: ArgumentHelp("From when it holds.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why the fund is added.", valueName: "text")) var reason: String

        func validate() throws {
            if file != nil, [code, name, restricted, template].contains(where: { $0 != nil }) {
                throw ValidationError(tr("Give --file, or one fund with --code, --name and --restricted, not both."))
            }
            if file == nil, code == nil || name == nil || restricted == nil {
                throw ValidationError(tr("Name the fund with --code, --name and --restricted, or give --file."))
            }
        }

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            let books = try ledger.openForWriting(writing)
            let changes: [DefinitionChange]
            if let file {
                changes = try books.addFunds(file: file, date: day, reason: reason, signature: user.signature)
            } else if let code, let name, let restricted {
                let fund = try LedgerDefinition.fund(code: code, name: name, restricted: restricted, template: template)
                changes = try books.addFunds([fund], date: day, reason: reason, signature: user.signature)
            } else {
                return
            }
            emit(changes.rendered())
        }
    }
}

struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List the changes of the books' structure since init: what, from when, why, who.",
        discussion: """
            Example:
              arka changes --ledger books.arka
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        emit(try ledger.read { try $0.definitionChanges() }.rendered(as: output.format))
    }
}
