import ArkaBooks
import ArkaCentral
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird
import Logging
import Mustache

/// The web face of one or more ledgers (`arka serve`): server-rendered pages that work without
/// JavaScript on a phone and on a desktop, in English and Albanian, over the same engine and the
/// same reports as the command line. Each ledger is served under `/NAME/`, with its own users
/// (kept in it), sessions and rights.
///
/// ```swift
/// let face = try WebFace(ledgers: [.init(name: "project", path: "demo/mallakaster.arka")])
/// try await face.run(host: "127.0.0.1", port: 8080)
/// ```
public final class WebFace: Sendable {
    /// A ledger to serve and the name of its path.
    public struct Served: Sendable {
        public var name: String
        public var path: String

        public init(name: String, path: String) {
            self.name = name
            self.path = path
        }

        /// The name a ledger file gives its path: the file's name without its extension, in
        /// lower case, each run of other characters than letters and digits a dash.
        ///
        /// ```swift
        /// WebFace.Served.name(forFile: "demo/Social Business.arka")   // "social-business"
        /// ```
        public static func name(forFile path: String) -> String {
            let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
            var name = ""
            for character in base {
                if character.isASCII && (character.isLetter || character.isNumber) {
                    name.append(character)
                } else if !name.isEmpty && name.last != "-" {
                    name.append("-")
                }
            }
            while name.hasSuffix("-") { name.removeLast() }
            return name.isEmpty ? "ledger" : name
        }
    }

    let ledgers: [ServedLedger]
    let sessions = Sessions()
    let throttle = LoginThrottle()
    /// Whether cookies are marked Secure: the server is reached over TLS (behind a proxy).
    let secureCookies: Bool

    /// Opens the ledgers to serve.
    /// - Throws: ``ArkaError/Kind/duplicate`` for two ledgers of one name,
    ///   ``ArkaError/Kind/badText`` for a name that is not letters, digits and dashes, or what
    ///   opening a ledger throws.
    /// The programme's centre, shown read-only to the users of one served ledger (the central
    /// office's): its consolidated trial balance at `/NAME/centre`.
    public struct Centre: Sendable {
        /// The served ledger whose users see the centre.
        public var ledger: String
        public var address: CentralAddress
        /// Where the offices' books are made again for the budget (``CentralReplica``).
        public var replicas: String

        /// - Parameter replicas: the folder of the offices' replicas; by default the reader's
        ///   (``CentralReplica/defaultFolder(for:)``).
        public init(ledger: String, address: CentralAddress, replicas: String? = nil) {
            self.ledger = ledger
            self.address = address
            self.replicas = replicas ?? CentralReplica.defaultFolder(for: address)
        }
    }

    /// The centre, when the server shows one.
    let centre: Centre?

    public init(ledgers served: [Served], secureCookies: Bool = false, centre: Centre? = nil) throws {
        var names = Set<String>()
        var opened: [ServedLedger] = []
        for ledger in served {
            guard !ledger.name.isEmpty, ledger.name.count <= 40, ledger.name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }),
                !Self.reservedNames.contains(ledger.name)
            else {
                throw ArkaError(.badText, "a ledger's name in the addresses is lower-case letters, digits and dashes, and not language or static", field: "--ledger", value: ledger.name)
            }
            guard names.insert(ledger.name).inserted else {
                throw ArkaError(.duplicate, "two ledgers are served under the same name; name them NAME=PATH", field: "--ledger", value: ledger.name)
            }
            opened.append(try ServedLedger(name: ledger.name, path: ledger.path))
        }
        self.ledgers = opened
        self.secureCookies = secureCookies
        if let centre, !names.contains(centre.ledger) {
            throw ArkaError(.badSetting, "the centre is shown to the users of a ledger served here: name one of them", field: "--centre", value: centre.ledger)
        }
        self.centre = centre
    }

    /// Paths of the server's own, which no ledger may take.
    static let reservedNames: Set<String> = ["language", "static"]

    func ledger(_ name: String?) -> ServedLedger? {
        ledgers.first { $0.name == name }
    }

    /// Runs the server until it is stopped (SIGINT or SIGTERM).
    /// - Throws: when the address cannot be listened on.
    public func run(host: String, port: Int, onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        for ledger in ledgers { ledger.startCheckpoints() }
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "arka"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? port) },
            logger: {
                var logger = Logger(label: "arka.serve")
                logger.logLevel = .warning
                return logger
            }())
        try await app.runService()
    }

    /// `GET /NAME`: the first page the role opens: the dashboard, else the shop.
    func home(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .shop, signedOut: true) { visit in
            if Access.allows(visit.role, .books) { return Response.redirect(to: visit.base + "/dashboard") }
            if visit.served.isBusiness, Access.allows(visit.role, .shop) { return Response.redirect(to: visit.base + "/shop") }
            throw Refusal(status: .forbidden, sentence: "Your role, \(visit.role.rawValue), opens no page of these books.")
        }
    }

    /// The routes of every page and form.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.get("/") { request, _ in self.ledgerList(request) }
        router.get("/language") { request, _ in self.chooseLanguage(request) }
        router.get(":ledger") { request, context in try await self.home(request, context) }
        router.get(":ledger/login") { request, context in try await self.loginPage(request, context) }
        router.post(":ledger/login") { request, context in try await self.login(request, context) }
        router.post(":ledger/logout") { request, context in try await self.logout(request, context) }
        router.get(":ledger/dashboard") { request, context in try await self.dashboard(request, context) }
        router.get(":ledger/statements") { request, context in try await self.statements(request, context) }
        router.get(":ledger/centre") { request, context in try await self.centrePage(request, context) }
        router.get(":ledger/register") { request, context in try await self.register(request, context) }
        router.get(":ledger/entry/:entry") { request, context in try await self.entry(request, context) }
        router.post(":ledger/entry/:entry/reverse") { request, context in try await self.reverse(request, context) }
        router.get(":ledger/grants") { request, context in try await self.grants(request, context) }
        router.get(":ledger/workbooks") { request, context in try await self.workbooks(request, context) }
        router.get(":ledger/workbooks/download") { request, context in try await self.downloadWorkbook(request, context) }
        router.get(":ledger/shop") { request, context in try await self.shop(request, context) }
        router.post(":ledger/shop/sale") { request, context in try await self.sale(request, context) }
        router.post(":ledger/shop/count") { request, context in try await self.cashCount(request, context) }
        router.post(":ledger/shop/expense") { request, context in try await self.expense(request, context) }
        router.get(":ledger/shop/month") { request, context in try await self.month(request, context) }
        return router
    }
}
