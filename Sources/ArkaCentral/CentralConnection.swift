import ArkaCore
import Logging
import PostgresNIO

/// One connection to the centre, for one command: opened, used, closed. Every failure of the
/// server or of the network becomes an ``ArkaError`` with the server's own sentence.
///
/// ```swift
/// let centre = try await CentralConnection.open(try CentralAddress.parse(url))
/// defer { Task { await centre.close() } }
/// let rows = try await centre.rows("SELECT code FROM arka.office ORDER BY code")
/// ```
public final class CentralConnection: Sendable {
    let connection: PostgresConnection
    let address: CentralAddress
    static let logger = Logger(label: "arka.central")

    private init(connection: PostgresConnection, address: CentralAddress) {
        self.connection = connection
        self.address = address
    }

    /// Connects to the centre at `address`.
    /// - Throws: ``ArkaError/Kind/io`` naming the centre when it cannot be reached or refuses.
    public static func open(_ address: CentralAddress) async throws -> CentralConnection {
        do {
            let connection = try await PostgresConnection.connect(configuration: address.configuration, id: 1, logger: logger)
            return CentralConnection(connection: connection, address: address)
        } catch {
            let said = Self.said(error)
            // A server where no centre was made has no application role.
            if said.hasPrefix("role \"\(address.user)\" does not exist"), address.user == CentralSchema.appRole {
                throw ArkaError(
                    .io, "cannot reach the centre: \(said): no centre was made on this server yet; make one with arka central init, as the database's owner",
                    field: address.option, value: address.shown)
            }
            throw ArkaError(.io, "cannot reach the centre: \(said)", field: address.option, value: address.shown)
        }
    }

    /// Closes the connection; an open transaction is rolled back by the server.
    public func close() async {
        try? await connection.close()
    }

    /// Runs `query` and returns its rows.
    /// - Throws: ``ArkaError/Kind/io`` with the server's sentence.
    @discardableResult
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        do {
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(query, logger: Self.logger) { rows.append(row) }
            return rows
        } catch let error as ArkaError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws (or
    /// when the connection is lost: the server keeps nothing of a transaction not committed).
    /// - Throws: what `body` throws, or ``ArkaError/Kind/io`` with the server's sentence.
    func transaction<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await rows("BEGIN")
        do {
            let result = try await body()
            try await rows("COMMIT")
            return result
        } catch {
            _ = try? await rows("ROLLBACK")
            throw error
        }
    }

    /// The error of a query, as a sentence of the centre's.
    func failure(_ error: any Error) -> ArkaError {
        ArkaError(.io, "the centre refused: \(Self.said(error))", field: address.option, value: address.shown)
    }

    /// What the server (or the network) said.
    static func said(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            // The network's own reason (no such socket, connection refused), not the error's name.
            if let underlying = error.underlying { return said(underlying) }
            return String(describing: error.code)
        }
        // The system's own words for a socket that is not there, a connection refused.
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        return String(describing: error)
    }
}
