import ArgumentParser
import ArkaBooks
import ArkaCentral
import ArkaCore

/// `arka central digest`: the heads of the offices' chains at the centre, to keep elsewhere.
struct CentralDigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print or write the centre's digest: each office's entry count and head hash, to keep away from it.",
        discussion: """
            Keep it where neither the offices nor the centre's administrators can change it; \
            arka central verify --digest FILE then proves that the centre still holds everything it saw.

            Example:
              arka central digest --database postgres://arka_app@db.example/programme --output centre-2026-12.digest
            """)

    @OptionGroup var centre: CentralOptions

    @Option(name: .long, help: ArgumentHelp("Only this office (default: every office).", valueName: "code"))
    var office: String?

    @Option(name: .long, help: ArgumentHelp("Write the digest to this file (standard output when omitted or -).", valueName: "path"))
    var output: String?

    func run() throws {
        let office = self.office
        let digest = try centre.withCentre { try await CentralDigest.take(from: $0, office: office, at: Signature.now().timestamp) }
        let sink = try TextSink(path: output, kind: .centreDigest)
        try sink.write(digest.text)
        try sink.finish()
    }
}
