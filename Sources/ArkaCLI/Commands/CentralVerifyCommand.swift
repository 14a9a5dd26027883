import ArgumentParser
import ArkaCentral
import ArkaCore

/// `arka central verify`: every office's chain recomputed in the centre, and the centre against
/// a digest kept elsewhere.
struct CentralVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every office's hash chain in the centre, and compare the centre with a digest kept elsewhere.",
        discussion: """
            Exits 0 when every link and hash holds and the centre holds what the digest saw; 1 \
            otherwise, naming each office and entry at fault.

            Example:
              arka central verify --database postgres://arka_app@db.example/programme --digest centre-2026-12.digest
            """)

    @OptionGroup var centre: CentralOptions

    @Option(name: .long, help: ArgumentHelp("A digest written by arka central digest.", valueName: "path"))
    var digest: String?

    func run() throws {
        let digest = try self.digest.map { try CentralDigest.read(file: $0) }
        let verification = try centre.withCentre { try await CentralVerification.verify($0, against: digest) }
        var report = verification.offices.map { tr("office \($0.code): \($0.head.sequence) entries, head \($0.head.hash)") + "\n" }.joined()
        report += verification.problems.map { $0 + "\n" }.joined()
        guard verification.passes else { throw BrokenJournal(report: report) }
        emit(report)
        say(digest == nil ? "Every office's chain holds." : "Every office's chain holds, and the centre holds everything the digest saw.")
    }
}
