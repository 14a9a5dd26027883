import ArkaCore
import CSQLiteSettings
import Foundation
import GRDB
import Synchronization

/// One ledger file: a SQLite database in WAL mode that holds one entity's books.
///
/// Opening checks that the file is an Arka ledger before anything is written to it, so a
/// wrong `--ledger` path never alters someone else's database.
///
/// ```swift
/// let store = try LedgerStore.create(at: "books.arka")
/// let same = try LedgerStore.open(at: "books.arka")
/// ```
public final class LedgerStore: Sendable {
    /// `ARKA` in the SQLite header's application_id field.
    static let applicationID: Int32 = 0x4152_4B41

    /// The page size of a new ledger file, in bytes. SQLite writes the WAL a page a system call:
    /// with SQLite's 4 KiB pages, posting 100,000 entries made some 11,000 such calls and took
    /// 13 % longer. Pages larger than 16 KiB measured no faster, and every small commit writes
    /// whole pages. A ledger keeps the page size it was created with; older ledgers have 4 KiB.
    static let defaultPageSize = 16_384

    public let path: String
    let queue: DatabaseQueue
    /// Whether the ledger is open for reading only (``open(at:access:wait:)``).
    public let access: Access
    /// How long a write waits for another command writing to the ledger.
    public let wait: LedgerWait
    /// The request the next write transaction answers (``answering(_:_:)``).
    let pendingRequest = Mutex<RequestKey?>(nil)
    /// The state of the file (this connection's `PRAGMA data_version`) a write of this store
    /// checked (``RecordLog/checkBeforeWrite(_:)``) and then left: while no other connection has
    /// committed since, the file is as this store's own writes made it, and a long-lived writer
    /// (the web face's) need not check it again.
    let checkedVersion = Mutex<Int64?>(nil)
    /// The ledger's totals as this store's last appending transaction left them
    /// (``KnownTotals``).
    let knownTotals = Mutex<KnownTotals?>(nil)

    init(path: String, queue: DatabaseQueue, access: Access = .write, wait: LedgerWait = LedgerWait()) {
        self.path = path
        self.queue = queue
        self.access = access
        self.wait = wait
    }

    /// Opens an existing ledger. For writing, it runs any migration the ledger lacks; for
    /// reading, the file is opened read-only, and works in a read-only folder, on a read-only
    /// medium or a full disk (``Access``).
    ///
    /// ```swift
    /// let books = try LedgerStore.open(at: "books.arka", access: .read)
    /// ```
    /// - Throws: ``ArkaError/Kind/notALedger`` when the file is missing, not SQLite, or not an
    ///   Arka ledger (checked before anything is written to it); ``ArkaError/Kind/readOnly``
    ///   when writing needs an access the file lacks; ``ArkaError/Kind/ledgerBusy`` after
    ///   waiting `wait` for another writer; ``ArkaError/Kind/io`` when it cannot be read.
    public static func open(at path: String, access: Access = .write, wait: LedgerWait = LedgerWait()) throws -> LedgerStore {
        try checkIsLedger(path)
        return try mapOpeningErrors(path: path, wait: wait) {
            switch access {
            case .write, .check: return try openForWriting(path, wait: wait, access: access)
            case .read: return try openForReading(path, wait: wait)
            }
        }
    }

    /// SQLite's process-wide settings, made once, before the first connection opens (later,
    /// SQLite refuses them and nothing changes).
    private static let processSettings: Void = {
        _ = arka_sqlite_disable_memory_statistics()
        _ = arka_sqlite_statement_journal_in_memory(statementJournalBytes)
    }()

    /// How large a statement's journal grows in memory before SQLite writes it to a temporary
    /// file (64 KiB by default): a statement that fires the record log's trigger journals a few
    /// pages, and an import runs one such statement a row.
    static let statementJournalBytes: Int32 = 8 * 1024 * 1024

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
        // Read through SQLite's file layer (set up first, as the connections are): a plain close
        // would drop the locks of this process's other connections to the ledger.
        _ = processSettings
        var header = [UInt8](repeating: 0, count: 100)
        let code = ResultCode(rawValue: isDirectory.boolValue ? ResultCode.SQLITE_CANTOPEN.rawValue : arka_sqlite_read_header(path, &header, 100))
        guard code == .SQLITE_OK || code == .SQLITE_IOERR_SHORT_READ else {
            throw ArkaError(.notALedger, "cannot read it as a ledger file", location: location)
        }
        let magic = Array("SQLite format 3\0".utf8)
        guard code == .SQLITE_OK, Array(header[0..<16]) == magic else {
            throw ArkaError(.notALedger, "not an arka ledger (not a SQLite database)", location: location)
        }
        let id = header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
        guard id == applicationID else {
            throw ArkaError(.notALedger, "not an arka ledger (a SQLite database of another program)", location: location)
        }
    }

    /// Runs `body` in one write transaction: everything it writes commits together, or, when it
    /// throws, nothing does. The rows it records beside the journal are sealed into the record
    /// log's chain before the commit (``RecordLog/seal(_:)``). A store opened to check
    /// (``Access/check``) runs all of it, seal included, and rolls it back: it returns what the
    /// write would have returned, and the ledger is as it was.
    /// - Throws: what `body` throws; ``ArkaError/Kind/brokenJournal`` when another program changed
    ///   the ledger (``RecordLog/checkBeforeWrite(_:)``); ``ArkaError/Kind/io``
    ///   for a database failure.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try mapDatabaseErrors {
            if Self.writingTogether == ObjectIdentifier(self) {
                return try queue.unsafeReentrantWrite { db in try writeInSavepoint(db, body) }
            }
            // Inside a snapshot, a write would wait for itself: refused instead.
            if isInTransaction {
                throw ArkaError(
                    .io, "arka tried to write to the ledger while reading it, and nothing was written; please report this fault of arka",
                    location: SourceLocation(file: path))
            }
            var checked: T?
            do {
                return try queue.write { db in
                    try checkUnchanged(db)
                    let result = try body(db)
                    try RecordLog.seal(db)
                    guard access != .check else {
                        checked = result
                        throw CheckedWrite()
                    }
                    return result
                }
            } catch is CheckedWrite {
                guard let checked else { throw CheckedWrite() }
                return checked
            }
        }
    }

    /// Refuses to write to a ledger another program changed (``RecordLog/checkBeforeWrite(_:)``),
    /// unless no other connection has committed since this store last checked it.
    /// - Throws: ``ArkaError/Kind/brokenJournal``, or a database error.
    func checkUnchanged(_ db: Database) throws {
        // SQLite moves a connection's data version when another connection commits, never for
        // its own commits.
        let version = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version"))
        if version == nil || checkedVersion.withLock({ $0 }) != version {
            checkedVersion.withLock { $0 = nil }
            try RecordLog.checkBeforeWrite(db)
            checkedVersion.withLock { $0 = version }
        }
    }

    /// Thrown out of a checked write to roll it back (``Access/check``); never seen outside.
    private struct CheckedWrite: Error {}

    /// Runs `body` with a consistent read-only view of the ledger: one read transaction, or,
    /// inside ``snapshot(_:)`` (or a write), the one already open, so that every read of a
    /// report sees the same state.
    /// - Throws: what `body` throws, or an ``ArkaError`` for a database failure.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mapDatabaseErrors { try queue.unsafeReentrantRead { db in try Self.readConsistently(db, body) } }
    }

    /// Runs `body`; a database failure becomes an ``ArkaError``, and an overflow that names no
    /// file names the ledger's.
    func mapDatabaseErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ArkaError where error.kind == .overflow && error.location.file == nil {
            throw error.at(file: path, line: nil)
        } catch let error as DatabaseError {
            if error.message?.contains("integer overflow") == true {
                throw ArkaError(.overflow, "a total is too large to hold exactly", location: SourceLocation(file: path))
            }
            throw Self.failure(error, path: path, wait: wait, access: access)
        }
    }
}
