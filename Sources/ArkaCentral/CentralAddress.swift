import ArkaCore
import Foundation
import PostgresNIO

/// Where the programme's centre is: a PostgreSQL database, named as libpq names one.
///
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` reaches a server over TCP (without TLS: the
/// centre is reached on its own network or through a tunnel); `postgres://USER@/DATABASE?host=/DIR`
/// reaches one on the Unix socket in the folder `DIR`, as `psql` does.
///
/// ```swift
/// let centre = try CentralAddress.parse("postgres://arka_app@/programme?host=/run/postgresql")
/// centre.database   // "programme"
/// ```
public struct CentralAddress: Sendable, Equatable {
    public var user: String
    public var password: String?
    /// The server's host over TCP; nil for a Unix socket.
    public var host: String?
    /// The folder of the server's Unix socket; nil over TCP.
    public var socketFolder: String?
    public var port: Int
    public var database: String
    /// The option or variable the address was given with, which errors name.
    public var option = "--database"

    /// The environment variable that names the centre when `--database` is not given.
    public static let environmentVariable = "ARKA_DATABASE_URL"

    /// Reads an address.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming what is missing or not understood.
    public static func parse(_ text: String, field: String = "--database") throws -> CentralAddress {
        func notAnAddress(_ why: Sentence) -> ArkaError {
            ArkaError(.badSetting, why, field: field, value: Self.withoutPassword(text))
        }
        guard let parts = URLComponents(string: text), let scheme = parts.scheme, ["postgres", "postgresql"].contains(scheme) else {
            throw notAnAddress("a centre is named as postgres://USER@HOST/DATABASE, or postgres://USER@/DATABASE?host=/SOCKET/FOLDER")
        }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw notAnAddress("the address names no database: end it with /DATABASE") }
        let user = parts.user ?? ProcessInfo.processInfo.environment["USER"] ?? ""
        guard !user.isEmpty else { throw notAnAddress("the address names no user: begin it with postgres://USER@") }
        let socket = parts.queryItems?.first { $0.name == "host" }?.value
        let host = parts.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding ?? $0 }
        if let socket {
            guard socket.hasPrefix("/"), host == nil else { throw notAnAddress("host= names the folder of the server's socket, from /, without a host before the path") }
        } else if host == nil {
            throw notAnAddress("the address names no host: postgres://USER@HOST/DATABASE, or ?host=/SOCKET/FOLDER for a socket")
        }
        let port = parts.port ?? 5432
        guard (1...65535).contains(port) else { throw notAnAddress("the port is not one from 1 to 65535") }
        return CentralAddress(
            user: user.removingPercentEncoding ?? user, password: parts.password.map { $0.removingPercentEncoding ?? $0 }, host: host,
            socketFolder: socket, port: port, database: database, option: field)
    }

    /// The address as it may be shown: without its password.
    public var shown: String {
        var text = "postgres://\(user)@\(host.map { $0 + (port == 5432 ? "" : ":\(port)") } ?? "")/\(database)"
        if let socketFolder { text += "?host=\(socketFolder)" }
        return text
    }

    /// `text` with its password, if any, replaced by `***`.
    static func withoutPassword(_ text: String) -> String {
        guard var parts = URLComponents(string: text), parts.password != nil else { return text }
        parts.password = "***"
        return parts.string ?? text
    }

    /// The connection's settings for PostgresNIO.
    var configuration: PostgresConnection.Configuration {
        if let socketFolder {
            return PostgresConnection.Configuration(
                unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        }
        return PostgresConnection.Configuration(host: host ?? "localhost", port: port, username: user, password: password, database: database, tls: .disable)
    }
}
