import ArgumentParser
import ArkaCentral
import ArkaCore
import Dispatch
import Foundation
import Synchronization

/// `--database URL`, or the `ARKA_DATABASE_URL` environment variable: the programme's centre.
struct CentralOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The centre: postgres://USER@HOST/DATABASE, or postgres://USER@/DATABASE?host=/SOCKET/FOLDER.",
            discussion: "Defaults to $ARKA_DATABASE_URL.", valueName: "url"))
    var database: String?

    /// The centre's address.
    var address: CentralAddress {
        get throws { try Self.address(given: database, option: "--database") }
    }

    /// The centre `given` with `option`, else the one `ARKA_DATABASE_URL` names.
    static func address(given: String?, option: String) throws -> CentralAddress {
        if let given { return try CentralAddress.parse(given, field: option) }
        if let url = ProcessInfo.processInfo.environment[CentralAddress.environmentVariable], !url.isEmpty {
            return try CentralAddress.parse(url, field: CentralAddress.environmentVariable)
        }
        throw ValidationError(tr("Name the centre with \(option) URL or ARKA_DATABASE_URL."))
    }

    mutating func validate() throws {
        _ = try address
    }

    /// Connects to the centre, runs `body` and closes the connection, waiting for all of it: the
    /// command line's commands are synchronous.
    func withCentre<T: Sendable>(_ body: @escaping @Sendable (CentralConnection) async throws -> T) throws -> T {
        try Self.withCentre(try address, body)
    }

    /// ``withCentre(_:)`` at `address`.
    static func withCentre<T: Sendable>(_ address: CentralAddress, _ body: @escaping @Sendable (CentralConnection) async throws -> T) throws -> T {
        // A centre that closes the connection is an error of the sync, not a signal that ends arka.
        signal(SIGPIPE, SIG_IGN)
        let outcome = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let result: Result<T, any Error>
            do {
                let centre = try await CentralConnection.open(address)
                do {
                    result = .success(try await body(centre))
                } catch {
                    result = .failure(error)
                }
                await centre.close()
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        guard let result = outcome.withLock({ $0 }) else { throw ArkaError(.io, "a piece of arka's work ended without its result; please report this fault of arka") }
        return try result.get()
    }
}
