import ArgumentParser
import ArkaCentral
import ArkaCore

/// `arka central init`: makes the centre's schema, or brings it up to date.
struct CentralInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the centre's tables, guards and application role, or bring them up to date.",
        discussion: """
            Run it as the database's owner (who may create a role); it can be run again at any \
            time, and puts back a guard that was dropped. The offices then sync as arka_app.

            Example:
              arka central init --database postgres://owner@/programme?host=/run/postgresql
            """)

    @OptionGroup var centre: CentralOptions

    func run() throws {
        let ran = try centre.withCentre { try await CentralSchema.migrate($0) }
        for name in ran { say("Migrated the centre: \(name).") }
        say("The centre at \(try centre.address.shown) is ready; offices send their books with arka sync as \(CentralSchema.appRole).")
    }
}
