import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import HTTPTypes
import Hummingbird

/// A signed-in request to one ledger: who, in which language, on which ledger.
struct Visit: Sendable {
    let served: ServedLedger
    let session: Session
    /// The session's token (its cookie's value).
    let token: String
    let language: Language
    /// The request's path and query, to come back to.
    let path: String
    /// Whether the ledger's users see the programme's centre (``WebFace/Centre``).
    var showsCentre = false

    /// The ledger's path: `/NAME`.
    var base: String { "/" + served.name }
    var role: UserRole { session.role }
}

/// A refusal answered with a page: its status and its sentence.
struct Refusal: Error {
    var status: HTTPResponse.Status
    var sentence: Sentence
}

extension WebFace {
    /// The name of the session cookie of a ledger.
    static func sessionCookie(_ ledger: String) -> String { "arka_session_\(ledger.replacingOccurrences(of: "-", with: "_"))" }
    /// The cookie that remembers the language chosen.
    static let languageCookie = "arka_lang"
    /// The cookie that carries the sign-in form's token before a session exists.
    static let loginCookie = "arka_login"

    /// Runs `body` for a signed-in user of the request's ledger whose role may use `area`; for a
    /// form (`POST`), after its CSRF token is checked. Answers a page of refusal otherwise: 404
    /// for a ledger not served, the sign-in page (or 403 for a form) without a session, 403 for
    /// a role without the right or a form without its token. Nothing is read or written then.
    func visit(
        _ request: Request, _ context: BasicRequestContext, area: Area, form: WebForm? = nil, signedOut: Bool = false,
        _ body: (Visit) async throws -> Response
    ) async throws -> Response {
        let language = Self.language(of: request)
        guard let served = ledger(context.parameters.get("ledger")) else {
            return refusalPage(Refusal(status: .notFound, sentence: "No ledger is served at this address."), language: language)
        }
        let cookie = request.cookies[Self.sessionCookie(served.name)]?.value
        guard let token = cookie, let session = sessions.session(token, ledger: served.name) else {
            if request.method == .get {
                return Response.redirect(to: "/\(served.name)/login?next=" + Self.queryEscaped(request.uri.description))
            }
            return refusalPage(Refusal(status: .forbidden, sentence: "Sign in first: this form was sent without a session."), language: language, served: served)
        }
        var visit = Visit(served: served, session: session, token: token, language: language, path: request.uri.description)
        visit.showsCentre = centre?.ledger == served.name
        // A user disabled, or given another role, since signing in.
        let user = try await served.user(named: session.user)
        guard let user, !user.isDisabled, user.role == session.role else {
            sessions.end(token)
            return refusalPage(Refusal(status: .forbidden, sentence: "Your session has ended: sign in again."), language: language, served: served)
        }
        guard signedOut || Access.allows(session.role, area) else {
            return refusalPage(
                Refusal(status: .forbidden, sentence: "Your role, \(session.role.rawValue), does not open this page or send this form."),
                language: language, served: served, visit: visit)
        }
        if request.method == .post {
            guard let sent = form?["csrf"], constantTimeEqual(sent, session.csrf) else {
                return refusalPage(
                    Refusal(status: .forbidden, sentence: "The form's security token is missing or stale: open the page again and send it once more."),
                    language: language, served: served, visit: visit)
            }
        }
        // An address's query is held to the text rule as a form is: no control character reaches
        // a page, a filter or a report.
        if let query = request.uri.query, !query.isEmpty {
            do {
                try WebForm(encoded: query).checkTexts()
            } catch let error as ArkaError {
                return refusalPage(Refusal(status: .badRequest, sentence: error.sentence), language: language, served: served, visit: visit)
            }
        }
        do {
            return try await body(visit)
        } catch let refusal as Refusal {
            return refusalPage(refusal, language: language, served: served, visit: visit)
        }
    }

    /// The body of a form sent, read up to 1 MB.
    static func form(_ request: Request) async throws -> WebForm {
        var body = try await request.body.collect(upTo: 1 << 20)
        return WebForm(encoded: body.readString(length: body.readableBytes) ?? "")
    }

    /// The idempotency key of a form sent, as a ``RequestKey`` of the visit's user.
    /// - Throws: ``Refusal`` (400) when the form carries none.
    static func requestKey(_ form: WebForm, _ visit: Visit) throws -> RequestKey {
        guard let key = form["key"] else {
            throw Refusal(status: .badRequest, sentence: "The form carries no request key: open the page again and send it once more.")
        }
        guard RequestKey.isWellFormed(key) else {
            throw Refusal(
                status: .badRequest,
                sentence: "The form's request key is not one this server gives (16 to 64 letters, digits, - or _): open the page again and send it once more.")
        }
        return RequestKey(key: key, user: visit.session.user, at: Signature.now(user: visit.session.user).timestamp)
    }

    /// A fresh idempotency key for a form.
    static func newKey() -> String { UUID().uuidString.lowercased() }

    /// The language of a request: the one chosen (its cookie), else the browser's first that
    /// Arka speaks, else English.
    static func language(of request: Request) -> Language {
        if let chosen = request.cookies[languageCookie]?.value, let language = Language(code: chosen) { return language }
        let accepted = request.headers[.acceptLanguage] ?? ""
        for tag in accepted.split(separator: ",") {
            if let language = Language(code: tag.trimmingCharacters(in: .whitespaces)) { return language }
        }
        return .en
    }

    /// `text` escaped for a query's value.
    static func queryEscaped(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A path of this server to come back to: starts with one `/`, else the ledger's home.
    static func localPath(_ text: String?, fallback: String) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), text.count < 2000,
            text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
        else { return fallback }
        return text
    }

    /// `GET /language?to=sq&back=/path`: remembers the language for a year and goes back.
    func chooseLanguage(_ request: Request) -> Response {
        let query = request.uri.queryParameters
        let language = query.get("to").flatMap { Language(code: $0) } ?? .en
        var response = Response.redirect(to: Self.localPath(query.get("back"), fallback: "/"))
        response.setCookie(
            Cookie(
                name: Self.languageCookie, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", secure: secureCookies, httpOnly: true,
                sameSite: .lax))
        return response
    }

    /// A session's cookie: HttpOnly, SameSite=Strict, Secure behind TLS, for the ledger's path.
    func sessionCookie(_ served: ServedLedger, _ token: String, maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: Self.sessionCookie(served.name), value: token, maxAge: maxAge, path: "/" + served.name, secure: secureCookies, httpOnly: true,
            sameSite: .strict)
    }
}
