import ArkaCore
import CSQLiteSettings
import Foundation
import GRDB

/// One ledger file: a SQLite database in WAL mode that holds one entity's books.
///
/// Opening checks that the file is an Arka ledger before anything is written to it, so a
/// wrong `--ledger` path never alters someone else's database.
///
/// ```swift
/// let store = try LedgerStore.create(at: "books.arka")
/// let same = try LedgerStore.open(at: "books.arka")
/// ```
public final class LedgerStore: @unchecked Sendable {
    /// `ARKA` in the SQLite header's application_id field.
    static let applicationID: Int32 = 0x4152_4B41

    /// The page size of a new ledger file, in bytes. SQLite writes the WAL a page a system call:
    /// with SQLite's 4 KiB pages, posting 100,000 entries made some 11,000 such calls and took
    /// 13 % longer. Pages larger than 16 KiB measured no faster, and every small commit writes
    /// whole pages. A ledger keeps the page size it was created with; older ledgers have 4 KiB.
    static let defaultPageSize = 16_384

    public let path: String
    let queue: DatabaseQueue

    init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens an existing ledger, running any migration it lacks.
    /// - Throws: ``ArkaError/Kind/notALedger`` when the file is missing, not SQLite, or not an
    ///   Arka ledger; ``ArkaError/Kind/io`` when it cannot be read.
    public static func open(at path: String) throws -> LedgerStore {
        try checkIsLedger(path)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = LedgerMigrator.migrator
            let superseded = try queue.read { try migrator.hasBeenSuperseded($0) }
            if superseded {
                throw ArkaError(.notALedger, "the ledger was written by a newer arka; upgrade arka to open it", location: SourceLocation(file: path))
            }
            try migrator.migrate(queue)
            return LedgerStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw ArkaError(.io, "cannot open the ledger: \(error.message ?? error.description)", location: SourceLocation(file: path))
        }
    }

    /// SQLite's process-wide settings, made once, before the first connection opens (later,
    /// SQLite refuses them and nothing changes).
    private static let processSettings: Void = {
        _ = arka_sqlite_disable_memory_statistics()
    }()

    static var configuration: Configuration {
        _ = processSettings
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.label = "arka"
        configuration.prepareDatabase { db in
            // A big sort (a listing of a million postings by budget line) may use a helper thread:
            // the thread that waits for the sort's first row is idle otherwise.
            try db.execute(sql: "PRAGMA threads = 2")
            // The record log keeps a stored file by its SHA-256 (see ``RecordLog``).
            RecordLog.addFunctions(to: db)
        }
        return configuration
    }

    /// Reads the 100-byte SQLite header: the magic string and the application id at offset 68.
    private static func checkIsLedger(_ path: String) throws {
        let location = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArkaError(.notALedger, "no ledger there; create one with arka init", location: location)
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw ArkaError(.notALedger, "cannot read it as a ledger file", location: location)
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count == 100, Array(header[0..<16]) == magic else {
            throw ArkaError(.notALedger, "not an arka ledger (not a SQLite database)", location: location)
        }
        let id = header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
        guard id == applicationID else {
            throw ArkaError(.notALedger, "not an arka ledger (a SQLite database of another program)", location: location)
        }
    }

    /// Runs `body` in one write transaction: everything it writes commits together, or, when it
    /// throws, nothing does. The rows it records beside the journal are sealed into the record
    /// log's chain before the commit (``RecordLog/seal(_:)``).
    /// - Throws: what `body` throws; ``ArkaError/Kind/brokenJournal`` when the ledger holds
    ///   records another program wrote (``RecordLog/checkSealed(_:)``); ``ArkaError/Kind/io``
    ///   for a database failure.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try mapDatabaseErrors {
            try queue.write { db in
                try RecordLog.checkSealed(db)
                let result = try body(db)
                try RecordLog.seal(db)
                return result
            }
        }
    }

    /// Runs `body` with a consistent read-only view of the ledger.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mapDatabaseErrors { try queue.read(body) }
    }

    /// Runs `body`; a database failure becomes an ``ArkaError``, and an overflow that names no
    /// file names the ledger's.
    private func mapDatabaseErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ArkaError where error.kind == .overflow && error.location.file == nil {
            throw error.at(file: path, line: nil)
        } catch let error as DatabaseError {
            if error.message?.contains("integer overflow") == true {
                throw ArkaError(.overflow, "a total is too large to hold exactly", location: SourceLocation(file: path))
            }
            throw ArkaError(.io, "the ledger database failed: \(error.message ?? error.description)", location: SourceLocation(file: path))
        }
    }
}
