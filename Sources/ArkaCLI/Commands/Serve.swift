import ArgumentParser
import ArkaBooks
import ArkaCentral
import ArkaCore
import ArkaWeb
import Dispatch
import Foundation

/// `arka serve`: the web face of one or more ledgers.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve ledgers' pages to a browser: the office's statements and registers, the shop's till.",
        discussion: """
            Each --ledger is served under its own path: /NAME/, NAME being the file's name (or given \
            as NAME=PATH). The users who may sign in are kept in each ledger (arka user add). The \
            server listens on loopback unless --listen says otherwise; to reach it from other \
            machines, put it behind a proxy that speaks TLS and give --secure-cookies. With --centre \
            NAME=URL, the users of ledger NAME also see the programme's centre, read-only: the \
            offices' trial balances side by side and in total, at /NAME/centre.

            Examples:
              arka serve --ledger demo/mallakaster.arka --ledger shop=demo/social-business.arka
              arka serve --ledger books.arka --listen 127.0.0.1:8443 --secure-cookies
              arka serve --ledger hq=hq.arka --centre hq=postgres://arka_app@db.example/programme
            """)

    @Option(
        name: .customLong("ledger"),
        help: ArgumentHelp("A ledger to serve, as PATH or NAME=PATH (default: $ARKA_LEDGER).", valueName: "[name=]path"))
    var ledgers: [String] = []

    @Option(name: .long, help: ArgumentHelp("The address and port to listen on.", valueName: "host:port"))
    var listen: String = "127.0.0.1:8080"

    @Flag(name: .long, help: "Mark cookies Secure: the pages are reached over TLS (through a proxy).")
    var secureCookies = false

    @Option(
        name: .long,
        help: ArgumentHelp("Show the programme's centre to the users of ledger NAME, read-only.", valueName: "name=url"))
    var centre: String?

    func validate() throws {
        _ = try address()
        _ = try centreShown()
    }

    /// The centre of --centre NAME=URL, and the served ledger whose users see it.
    func centreShown() throws -> WebFace.Centre? {
        guard let centre else { return nil }
        guard let equals = centre.firstIndex(of: "="), !centre[..<equals].contains("/") else {
            throw ValidationError(tr("--centre takes NAME=URL: the served ledger whose users see the centre, and the centre's address."))
        }
        return WebFace.Centre(
            ledger: String(centre[..<equals]), address: try CentralAddress.parse(String(centre[centre.index(after: equals)...]), field: "--centre"))
    }

    /// The host and port of --listen.
    func address() throws -> (host: String, port: Int) {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port) else {
            throw ValidationError(tr("--listen takes HOST:PORT, like 127.0.0.1:8080."))
        }
        let host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard !host.isEmpty else { throw ValidationError(tr("--listen takes HOST:PORT, like 127.0.0.1:8080.")) }
        return (host, port)
    }

    /// The ledgers to serve, each named.
    func served() throws -> [WebFace.Served] {
        var given = ledgers
        if given.isEmpty, let path = ProcessInfo.processInfo.environment["ARKA_LEDGER"], !path.isEmpty { given = [path] }
        guard !given.isEmpty else { throw ValidationError(tr("Name the ledger file with --ledger PATH or ARKA_LEDGER.")) }
        return given.map { text in
            if let equals = text.firstIndex(of: "="), !text[..<equals].contains("/") {
                return WebFace.Served(name: String(text[..<equals]), path: String(text[text.index(after: equals)...]))
            }
            return WebFace.Served(name: WebFace.Served.name(forFile: text), path: text)
        }
    }

    func run() throws {
        // A browser that goes away mid-page is the server's to notice, not a signal that ends it.
        signal(SIGPIPE, SIG_IGN)
        let (host, port) = try address()
        let served = try served()
        let centre = try centreShown()
        let face = try WebFace(ledgers: served, secureCookies: secureCookies, centre: centre)
        if let centre {
            // A centre that cannot be read is said now, not first on its page; the books are served all the same.
            do {
                try CentralOptions.withCentre(centre.address) { try await CentralSchema.requireCurrent($0) }
            } catch let error as ArkaError {
                FileHandle.standardError.write(Data((tr("warning: the centre's page will not show it yet: \(error.description)") + "\n").utf8))
            }
        }
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            FileHandle.standardError.write(
                Data((tr("warning: listening on \(host), beyond this machine: put a proxy that speaks TLS in front, and give --secure-cookies") + "\n").utf8))
        }
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await face.run(host: host, port: port) { bound in
                    let shownHost = host.contains(":") ? "[\(host)]" : host
                    let list = served.map { "/\($0.name)/ (\($0.path))" }.joined(separator: ", ")
                    say("Serving \(list) at http://\(shownHost):\(bound)/; stop with Ctrl-C.")
                }
            } catch {
                failure.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            if error is ArkaError { throw error }
            let said = String(describing: error)
            throw ArkaError(
                .io,
                said.contains("Address already in use")
                    ? "cannot listen there: the address is in use (by another program, or another arka serve); choose another with --listen"
                    : "cannot listen there: \(said)",
                field: "--listen", value: listen)
        }
    }
}

/// The error the server stopped with, handed from its task to the command.
private final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? { lock.withLock { stored } }
    func set(_ error: Error) { lock.withLock { stored = error } }
}
