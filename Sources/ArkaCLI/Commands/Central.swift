import ArgumentParser

/// `arka central`: the programme's centre on PostgreSQL.
struct Central: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "central",
        abstract: "Set up and check the programme's centre, where the offices send their books (PostgreSQL).",
        discussion: """
            Each office keeps working on its own ledger and sends its books to the centre with \
            arka sync when it can. The centre keeps what the offices sent as they sent it: its \
            application role (arka_app) may only read and insert, and triggers refuse every change, \
            to the tables' owner too.

            Examples:
              arka central init --database postgres://owner@db.example/programme
              arka sync --ledger fier.arka --office FIER --to postgres://arka_app@db.example/programme
              arka central digest --database postgres://arka_app@db.example/programme --output centre.digest
              arka central verify --database postgres://arka_app@db.example/programme --digest centre.digest
            """,
        subcommands: [CentralInit.self, CentralDigestCommand.self, CentralVerifyCommand.self])
}
