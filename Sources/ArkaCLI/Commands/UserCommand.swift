import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaWeb
import Foundation

/// `arka user`: the people who sign in to a ledger's pages (`arka serve`), and their roles.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage who signs in to the ledger's pages, and their roles.",
        discussion: """
            Roles: admin (everything), officer (every write of the books), committee (calls, scores \
            and rankings; reads the books), clerk (the shop's sales, expenses and cash counts only), \
            viewer (reads and downloads, writes nothing: the auditor or the donor). Each change is \
            recorded in the ledger with who made it and when; passwords are kept as bcrypt hashes.
            """,
        subcommands: [Add.self, List.self, Password.self, Role.self, Disable.self, Enable.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a user with a role; the password is asked for, or read from standard input.",
            discussion: """
                Examples:
                  arka user add --ledger books.arka ermira --role officer
                  arka user add --ledger shop.arka drita --role clerk < drita-password.txt
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: ArgumentHelp("The user's login name.", valueName: "name")) var name: String
        @Option(name: .long, help: "admin, officer, committee, clerk or viewer.") var role: String

        func run() throws {
            let role = try UserRole.parse(role, field: "--role")
            let hash = try Passwords.hash(try PasswordInput.read(for: name), field: "password")
            let books = try ledger.openForWriting(writing)
            try books.addUser(name, role: role, passwordHash: hash, signature: user.signature)
            say("Added user \(name) as \(role.rawValue).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users, their roles and whether they may sign in.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            emit(try ledger.read { try $0.users() }.rendered(as: output.format))
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "password", abstract: "Give a user a new password.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: ArgumentHelp("The user's login name.", valueName: "name")) var name: String

        func run() throws {
            let books = try ledger.openForWriting(writing)
            guard try books.user(named: name) != nil else {
                throw ArkaError(.unknownUser, "the ledger has no user of this name; arka user list shows them", field: "name", value: name)
            }
            let hash = try Passwords.hash(try PasswordInput.read(for: name), field: "password")
            try books.setPassword(of: name, passwordHash: hash, signature: user.signature)
            say("Set a new password for \(name).")
        }
    }

    struct Role: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "role", abstract: "Give a user another role.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: ArgumentHelp("The user's login name.", valueName: "name")) var name: String
        @Option(name: .long, help: "admin, officer, committee, clerk or viewer.") var role: String

        func run() throws {
            let role = try UserRole.parse(role, field: "--role")
            try ledger.openForWriting(writing).setRole(of: name, to: role, signature: user.signature)
            say("User \(name) is now \(role.rawValue).")
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable", abstract: "Stop a user signing in; their sessions end at their next request.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: ArgumentHelp("The user's login name.", valueName: "name")) var name: String

        func run() throws {
            try ledger.openForWriting(writing).disableUser(name, signature: user.signature)
            say("Disabled user \(name).")
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: "Let a disabled user sign in again.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: ArgumentHelp("The user's login name.", valueName: "name")) var name: String

        func run() throws {
            try ledger.openForWriting(writing).enableUser(name, signature: user.signature)
            say("Enabled user \(name).")
        }
    }
}

/// A password typed at the terminal (twice, not shown) or read from standard input's first line.
enum PasswordInput {
    /// - Throws: ``ArkaError/Kind/missingValue`` when none is given; ``ArkaError/Kind/badText``
    ///   when the two typed differ.
    static func read(for name: String) throws -> String {
        if isatty(STDIN_FILENO) == 1 {
            let first = prompt(tr("Password for \(name): "))
            let second = prompt(tr("The same again: "))
            guard first == second else { throw ArkaError(.badText, "the two passwords typed differ", location: SourceLocation(field: "password")) }
            return first
        }
        guard let line = readLine(strippingNewline: true) else {
            throw ArkaError(.missingValue, "give the password on standard input, or type it at a terminal", location: SourceLocation(field: "password"))
        }
        return line
    }

    private static func prompt(_ text: String) -> String {
        guard let typed = getpass(text) else { return "" }
        return String(cString: typed)
    }
}
