import ArkaCore
import Foundation
import GRDB
import Synchronization

extension LedgerStore {
    /// What a command does with a ledger: read it, or write to it as well.
    ///
    /// A ledger opened for reading is opened read-only: SQLite refuses any write, and the books
    /// can be read where they cannot be written. In a folder that takes files, SQLite shares the
    /// ledger with the commands writing to it through the `-wal` and `-shm` files beside it (it
    /// may leave them there, empty of changes; the ledger file alone holds the books). In a
    /// read-only folder, on a read-only medium or on a full disk, where those files cannot be
    /// made, the file is read as it stands (SQLite's `immutable`), which is safe because nothing
    /// can write to it there either.
    ///
    /// A ledger opened to check a write (`--check`) is opened as for writing, and every write
    /// runs with all its checks, its hashes and its seal, then is rolled back: the command shows
    /// what it would write, and the file is left exactly as it was.
    public enum Access: Sendable, Equatable {
        case read
        case write
        case check
    }

    /// Opens the ledger for writing: refused in one sentence when the file, its folder or the
    /// medium it is on cannot be written; checks that its tables are Arka's before migrating.
    static func openForWriting(_ path: String, wait: LedgerWait, access: Access = .write) throws -> LedgerStore {
        if let problem = FileAccess.writeProblem(path) {
            throw ArkaError(.readOnly, "this command writes to the ledger, but \(problem.sentence)", location: SourceLocation(file: path))
        }
        let queue = try connect(path, mode: .readWrite, wait: wait)
        do {
            switch try LedgerIdentity.check(queue, path: path) {
            case .current: break
            case .needsMigration: try LedgerMigrator.migrator.migrate(queue)
            }
        } catch {
            try? queue.close()
            throw error
        }
        return LedgerStore(path: path, queue: queue, access: access, wait: wait)
    }

    /// Opens the ledger read-only. A ledger an older arka made is migrated first, through a
    /// connection for writing, when it can be written; otherwise it is refused in one sentence.
    static func openForReading(_ path: String, wait: LedgerWait) throws -> LedgerStore {
        var queue = try connectForReading(path, wait: wait)
        do {
            if try LedgerIdentity.check(queue, path: path) == .needsMigration {
                try queue.close()
                if let problem = FileAccess.writeProblem(path) {
                    throw ArkaError(
                        .readOnly,
                        "the ledger was made by an older arka and must be upgraded once before it can be read, which needs write access, but \(problem.sentence)",
                        location: SourceLocation(file: path))
                }
                try openForWriting(path, wait: wait).queue.close()
                queue = try connectForReading(path, wait: wait)
                guard try LedgerIdentity.check(queue, path: path) == .current else {
                    throw ArkaError(.io, "the ledger could not be upgraded; run the command again", location: SourceLocation(file: path))
                }
            }
        } catch {
            try? queue.close()
            throw error
        }
        return LedgerStore(path: path, queue: queue, access: .read, wait: wait)
    }

    /// How a connection opens the file.
    enum OpenMode {
        /// Reading and writing, sharing the file through its `-wal` and `-shm` files.
        case readWrite
        /// Reading only, sharing the file with the commands writing to it.
        case readOnly
        /// Reading the file as it stands, without its `-wal` and `-shm` files: for a folder or
        /// medium where they cannot be made, and so where no one writes.
        case immutable
    }

    /// A read-only connection: shared with writers where the folder takes SQLite's `-wal` and
    /// `-shm` files; the file as it stands where it cannot (a read-only folder or medium, a full
    /// disk), unless changes wait in a `-wal` file, which only a shared connection reads.
    static func connectForReading(_ path: String, wait: LedgerWait) throws -> DatabaseQueue {
        let folderTakesFiles = FileAccess.folderProblem(path) == nil
        let pendingChanges = FileAccess.size(of: path + "-wal") > 0
        if !folderTakesFiles && !pendingChanges {
            return try connect(path, mode: .immutable, wait: wait)
        }
        do {
            return try connect(path, mode: .readOnly, wait: wait)
        } catch let error as DatabaseError where [.SQLITE_IOERR, .SQLITE_FULL, .SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            // The -shm file cannot be made or sized: the folder is read-only, or the disk full.
            guard pendingChanges else { return try connect(path, mode: .immutable, wait: wait) }
            let why =
                FileAccess.diskIsFull(path)
                ? "the disk holding it is full" : FileAccess.folderProblem(path) == .readOnlyMedium ? "it is on a read-only medium" : "its folder is read-only"
            throw ArkaError(
                .readOnly,
                "the ledger has changes in its -wal file that SQLite can read only beside a -shm file it makes, and \(why); copy the ledger with its -wal file to a folder you can write to, and read it there",
                location: SourceLocation(file: path))
        }
    }

    /// A connection to the file in `mode`, its first read made (opening errors show here), with
    /// the ledger's settings and the busy wait.
    static func connect(_ path: String, mode: OpenMode, wait: LedgerWait) throws -> DatabaseQueue {
        var configuration = Self.configuration
        configuration.readonly = mode != .readWrite
        configuration.busyMode = .callback(wait.busyHandler(path: path))
        let location = mode == .immutable ? immutableURI(path) : path
        let queue = try DatabaseQueue(path: location, configuration: configuration)
        do {
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
        } catch {
            try? queue.close()
            throw error
        }
        return queue
    }

    /// `file:/path/to/books.arka?immutable=1`, the path made absolute and its `%`, `?` and `#` escaped.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var escaped = ""
        for scalar in absolute.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "file:\(escaped)?immutable=1"
    }

    /// Runs an opening step; a database failure becomes one sentence naming the ledger.
    static func mapOpeningErrors<T>(path: String, wait: LedgerWait, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw failure(error, path: path, wait: wait, access: nil)
        }
    }

    /// A number that changes whenever another connection commits to the ledger: two equal
    /// values read by this store bracket no commit, so what was read between them is one state.
    ///
    /// ```swift
    /// let before = try store.dataVersion()
    /// // … another store begins reading …
    /// let same = try store.dataVersion() == before
    /// ```
    /// - Throws: an ``ArkaError`` for a database failure.
    public func dataVersion() throws -> Int64 {
        try read { try Int64.fetchOne($0.cachedStatement(sql: "PRAGMA data_version")) ?? 0 }
    }

    /// Runs `body` inside one read transaction: every ``read(_:)``, ``view(_:)`` and report made
    /// in it, on this thread, reads the same state of the ledger, whatever commits meanwhile.
    /// Nested snapshots share the outer one.
    ///
    /// ```swift
    /// let (head, count) = try store.snapshot { (try store.view { try $0.head() }, try store.view { try $0.entryCount() }) }
    /// ```
    /// - Throws: what `body` throws, or an ``ArkaError`` for a database failure.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try read { db in
            // The transaction's state is fixed at its first read: now.
            _ = try Int64.fetchOne(db, sql: "PRAGMA data_version")
            return try body()
        }
    }

    /// Whether this thread is inside a read or write transaction of this store (a snapshot).
    public var isInTransaction: Bool {
        queue.unsafeReentrantRead { $0.isInsideTransaction }
    }

    /// `body` in a read-only transaction of its own, or in the one already open: a snapshot's,
    /// read-only already, or a write's, whose reads are part of the write. Inside a write, the
    /// connection is not made read-only for the read: `PRAGMA query_only`, as every pragma that
    /// sets a flag, expires every statement the connection has prepared, and a write that reads
    /// a dozen times then compiled each of its statements again (most of a sale's time in the
    /// web face, measured).
    static func readConsistently<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        if db.isInsideTransaction { return try body(db) }
        return try db.readOnly {
            try db.beginTransaction(.deferred)
            do {
                let value = try body(db)
                try db.commit()
                return value
            } catch {
                try? db.rollback()
                throw error
            }
        }
    }
}

/// How long a command waits for another arka command writing to the same ledger, and what it
/// says while it waits.
///
/// SQLite lets one command write to a ledger at a time; readers never wait for writers. A
/// second writer waits up to `seconds`, then gives up with ``ArkaError/Kind/ledgerBusy``.
///
/// ```swift
/// let wait = LedgerWait(seconds: 30, longerWait: "--wait SECONDS") { note in print(note) }
/// ```
public struct LedgerWait: Sendable {
    /// The wait of a command that does not say: 30 seconds.
    public static let defaultSeconds: Double = 30

    /// How long to wait for another command's write, in seconds; 0 gives up at once.
    public var seconds: Double
    /// How to ask for a longer wait (`--wait SECONDS`), named in the message when it runs out.
    public var longerWait: String?
    /// Called once, with one sentence, when a wait goes on for longer than half a second.
    public var notice: (@Sendable (String) -> Void)?

    /// A wait of `seconds` (never below 0).
    public init(seconds: Double = LedgerWait.defaultSeconds, longerWait: String? = nil, notice: (@Sendable (String) -> Void)? = nil) {
        self.seconds = max(0, seconds)
        self.longerWait = longerWait
        self.notice = notice
    }

    /// `30 s`, `1.5 s`.
    var shown: String {
        seconds == seconds.rounded() && seconds < 1e9 ? "\(Int(seconds)) s" : "\(seconds) s"
    }

    /// SQLite's busy handler: sleeps a little and tries again until `seconds` have passed.
    func busyHandler(path: String) -> Database.BusyCallback {
        let state = BusyState()
        let seconds = self.seconds
        let notice = self.notice
        let text = path + ": " + tr("another arka command is writing to this ledger; waiting up to \(shown) for it to finish")
        return { tries in
            let now = DispatchTime.now().uptimeNanoseconds
            let start = state.started(at: now, fresh: tries == 0)
            let waited = Double(now - start) / 1e9
            guard waited < seconds else { return false }
            if waited >= 0.5, state.tell() { notice?(text) }
            let pause = min(0.05, max(0.001, Double(tries) * 0.005), seconds - waited)
            usleep(useconds_t(pause * 1e6))
            return true
        }
    }
}

/// When the current wait began, and whether it was told.
private final class BusyState: Sendable {
    private let state = Mutex<(start: UInt64, told: Bool)>((0, false))

    func started(at now: UInt64, fresh: Bool) -> UInt64 {
        state.withLock { state in
            if fresh || state.start == 0 { state.start = now }
            return state.start
        }
    }

    /// True the first time only.
    func tell() -> Bool {
        state.withLock { state in
            defer { state.told = true }
            return !state.told
        }
    }
}

/// What the file system allows of a ledger's file and folder.
enum FileAccess {
    /// Why a ledger cannot be written where it is, as the end of a sentence.
    enum Problem: Equatable {
        case readOnlyMedium
        case readOnlyFolder
        case readOnlyFile

        var sentence: Sentence {
            switch self {
            case .readOnlyMedium: return "the ledger is on a read-only medium; copy it to a folder you can write to"
            case .readOnlyFolder: return "the ledger's folder is read-only; give write access to the folder, or copy the ledger to one you can write to"
            case .readOnlyFile: return "the ledger file is read-only; give write access to it, or copy it to a folder you can write to"
            }
        }
    }

    /// The folder that holds `path`.
    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    /// Why the ledger's folder takes no new file (SQLite's `-wal` and `-shm`), or nil.
    static func folderProblem(_ path: String) -> Problem? {
        let folder = folder(of: path)
        var info = statvfs()
        if statvfs(folder, &info) == 0, info.f_flag & UInt(ST_RDONLY) != 0 { return .readOnlyMedium }
        if access(folder, W_OK) != 0, [EACCES, EPERM, EROFS].contains(errno) { return .readOnlyFolder }
        return nil
    }

    /// Why the ledger cannot be written, or nil when it can.
    static func writeProblem(_ path: String) -> Problem? {
        if let problem = folderProblem(path) { return problem }
        if access(path, W_OK) != 0, [EACCES, EPERM, EROFS].contains(errno) { return .readOnlyFile }
        return nil
    }

    /// Whether the disk holding `path` has less room left than SQLite needs beside a ledger.
    static func diskIsFull(_ path: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder(of: path), &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 256 * 1024
    }

    /// The size of a file in bytes; 0 when there is none.
    static func size(of path: String) -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Int64(info.st_size)
    }
}
