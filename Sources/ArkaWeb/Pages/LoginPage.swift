import ArkaBooks
import ArkaCore
import Foundation
import Hummingbird
import HummingbirdBcrypt

/// Signing in and out. The sign-in form carries a token of its own (a cookie and the same
/// value in the form) against forged sign-ins; a wrong password is answered slower and slower
/// (``LoginThrottle``), and says no more than that the name or the password is wrong.
extension WebFace {
    private struct LoginModel {
        var action, csrf, next: String
        var user: String?
        var error: String?
        var userLabel, passwordLabel, signIn: String
    }

    /// `GET /NAME/login`.
    func loginPage(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = Self.language(of: request)
        guard let served = ledger(context.parameters.get("ledger")) else {
            return refusalPage(Refusal(status: .notFound, sentence: "No ledger is served at this address."), language: language)
        }
        let next = Self.localPath(request.uri.queryParameters.get("next"), fallback: "/" + served.name)
        return loginForm(served, language: language, next: next, user: nil, error: nil, status: .ok)
    }

    private func loginForm(_ served: ServedLedger, language: Language, next: String, user: String?, error: Sentence?, status: HTTPResponse.Status) -> Response {
        let token = Sessions.newToken()
        let body = Language.speaking(language) {
            Self.render(
                "login",
                LoginModel(
                    action: "/\(served.name)/login", csrf: token, next: next, user: user, error: error.map { tr($0) }, userLabel: tr("User name"),
                    passwordLabel: tr("Password"), signIn: tr("Sign in")))
        }
        var response = page(title: "Sign in", body: body, language: language, served: served, status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, maxAge: 3600, path: "/\(served.name)/login", secure: secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    /// `POST /NAME/login`: checks the form's token, waits as the throttle says, then the password.
    func login(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = Self.language(of: request)
        guard let served = ledger(context.parameters.get("ledger")) else {
            return refusalPage(Refusal(status: .notFound, sentence: "No ledger is served at this address."), language: language)
        }
        let form = try await Self.form(request)
        guard let sent = form["csrf"], let expected = request.cookies[Self.loginCookie]?.value, constantTimeEqual(sent, expected) else {
            return refusalPage(
                Refusal(status: .forbidden, sentence: "The form's security token is missing or stale: open the page again and send it once more."),
                language: language, served: served)
        }
        guard (try? form.checkTexts()) != nil else {
            return loginForm(served, language: language, next: "/" + served.name, user: nil, error: "The user name or the password is wrong.", status: .unauthorized)
        }
        let next = Self.localPath(form["next"], fallback: "/" + served.name)
        let name = form["user"] ?? ""
        let password = form.fields.first { $0.name == "password" }?.value ?? ""
        let throttleKey = "\(served.name)/\(name.lowercased())"
        let wait = throttle.attempt(throttleKey)
        if wait > 0 { try await Task.sleep(for: .seconds(wait)) }
        let user = try await served.user(named: name)
        // bcrypt runs even for an unknown name, so that the answer's time tells nothing.
        let hash = user?.passwordHash ?? Self.unknownUserHash
        let matches = try await ServedLedger.run { Passwords.verify(password, hash: hash) }
        guard let user, matches, !user.isDisabled else {
            return loginForm(served, language: language, next: next, user: name, error: "The user name or the password is wrong.", status: .unauthorized)
        }
        throttle.succeeded(throttleKey)
        let token = sessions.start(Session(ledger: served.name, user: user.name, role: user.role, csrf: Sessions.newToken(), lastSeen: Date()))
        var response = Response.redirect(to: next)
        response.setCookie(sessionCookie(served, token))
        response.setCookie(Cookie(name: Self.loginCookie, value: "", maxAge: 0, path: "/\(served.name)/login", secure: secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    /// A hash checked when the name is unknown, made once with the cost of every other.
    static let unknownUserHash = Bcrypt.hash(Sessions.newToken(), cost: Passwords.cost)

    /// `POST /NAME/logout`.
    func logout(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        return try await visit(request, context, area: .shop, form: form, signedOut: true) { visit in
            sessions.end(visit.token)
            var response = Response.redirect(to: visit.base + "/login")
            response.setCookie(sessionCookie(visit.served, "", maxAge: 0))
            return response
        }
    }
}
