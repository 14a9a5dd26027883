import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import ArkaWeb

/// The books the route tests serve: the project's and the shop's, built once from the shipped
/// definitions into a folder of their own, with a user of every role.
enum WebBooks {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The passwords of the test users: the role's name and `-pass-1`.
    static func password(_ role: UserRole) -> String { "\(role.rawValue)-pass-1" }

    struct Folder: Sendable {
        let project: String
        let shop: String
    }

    /// A fresh copy of the books, for a test that writes.
    static func copy() throws -> Folder {
        let built = try shared.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-web-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let project = folder + "/project.arka"
        let shop = folder + "/shop.arka"
        try Ledger.open(at: built.project, access: .read).backup(to: project)
        try Ledger.open(at: built.shop, access: .read).backup(to: shop)
        return Folder(project: project, shop: shop)
    }

    private static let shared: Result<Folder, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-web-books-\(UUID().uuidString)").path
        let signature = Signature(user: "builder", timestamp: "2025-01-31T10:00:00Z")
        let project = try DemoBooks.build(from: repository.appendingPathComponent("ledgers/mallakaster").path, into: folder, signature: signature)
        let shop = try BusinessDemo.build(from: repository.appendingPathComponent("ledgers/social-business").path, into: folder, signature: signature)
        for role in UserRole.allCases {
            let hash = try Passwords.hash(password(role))
            try project.ledger.addUser(role.rawValue, role: role, passwordHash: hash, signature: signature)
            try shop.ledger.addUser(role.rawValue, role: role, passwordHash: hash, signature: signature)
        }
        return Folder(project: project.ledger.path, shop: shop.ledger.path)
    }
}

/// A browser for the route tests: keeps the cookies the server sets, and reads forms' fields.
final class TestBrowser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    struct Page {
        var status: HTTPResponse.Status
        var location: String?
        var body: String

        /// The value of the first field named `name` in the page's forms.
        func field(_ name: String) -> String? {
            guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = body[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }

        /// The page's text without its tags, its style and its repeated spaces.
        var text: String {
            var text = body
            if let style = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(style.lowerBound..<end.upperBound) }
            text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            text = text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            return text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        }
    }

    func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, body: nil)
    }

    func post(_ path: String, _ fields: [(String, String)]) async throws -> Page {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        return try await send(path, method: .post, body: body)
    }

    /// Signs in to `ledger` as the user of `role`.
    func signIn(_ ledger: String, as role: UserRole, password: String? = nil) async throws -> Page {
        let form = try await get("/\(ledger)/login")
        return try await post("/\(ledger)/login", [("csrf", form.field("csrf") ?? ""), ("user", role.rawValue), ("password", password ?? WebBooks.password(role)), ("next", "/\(ledger)")])
    }

    private func send(_ path: String, method: HTTPRequest.Method, body: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for cookie in response.headers[values: .setCookie] {
            let pair = cookie.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || cookie.contains("Max-Age=0") { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = String(pair[1]) }
        }
        return Page(status: response.status, location: response.headers[.location], body: String(buffer: response.body))
    }
}
