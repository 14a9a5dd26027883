import CStagingFiles
import Foundation

/// The files Arka writes under a hidden name beside their final path and renames into place when
/// whole, known to the signal handlers so that an interrupted command leaves none behind, and
/// known by name so that a later command can remove those of a process that no longer exists.
///
/// There are three kinds, each named after the file it becomes and the process that writes it:
///
/// | Kind | Name | Written by |
/// | --- | --- | --- |
/// | ``Kind/ledger`` | `.NAME.creating-PID` (with SQLite's `-wal`, `-shm`, `-journal` beside it) | `arka init`, `arka demo` |
/// | ``Kind/text`` | `.NAME.PID.tmp` | `arka export journal` |
/// | ``Kind/workbook`` | `.NAME.PID.partial` | `arka export xlsx` |
///
/// ```swift
/// let staging = StagingFiles.path(for: "books.journal", kind: .text)   // "./.books.journal.4711.tmp"
/// let token = StagingFiles.track([staging])
/// defer { StagingFiles.release(token) }
/// ```
public enum StagingFiles {
    /// What a staging file becomes.
    public enum Kind: CaseIterable, Sendable {
        /// A ledger being created: `.NAME.creating-PID`.
        case ledger
        /// A text export (the journal): `.NAME.PID.tmp`.
        case text
        /// A workbook: `.NAME.PID.partial`.
        case workbook
    }

    /// The files a ledger's staging file brings with it: SQLite's write-ahead log, its shared
    /// memory index and its rollback journal.
    public static let sqliteCompanions = ["-wal", "-shm", "-journal"]

    /// The environment variable that makes a command stop at its staging point until a signal
    /// ends it: the interruption tests set it to kill a command there, at a known moment.
    static let holdVariable = "ARKA_TEST_HOLD_AT_STAGING"

    /// The staging path of `path` for a file of `kind`, written by this process: in the same
    /// folder, so that the rename into place is one step on one file system.
    ///
    /// ```swift
    /// StagingFiles.path(for: "out/books.arka", kind: .ledger)   // "out/.books.arka.creating-4711"
    /// ```
    public static func path(for path: String, kind: Kind) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = (path as NSString).deletingLastPathComponent
        let name = url.lastPathComponent
        let pid = getpid()
        let staging: String
        switch kind {
        case .ledger: staging = ".\(name).creating-\(pid)"
        case .text: staging = ".\(name).\(pid).tmp"
        case .workbook: staging = ".\(name).\(pid).partial"
        }
        return (folder.isEmpty ? "." : folder) + "/" + staging
    }

    /// A listing of staging files with the signal handlers, undone by ``release(_:)``.
    public struct Token: Sendable {
        fileprivate var slots: [Int32]
    }

    /// Lists `paths` with the signal handlers (``installInterruptHandlers()``): an interrupting
    /// signal removes them before the process ends. A path is listed before its file is created
    /// and released after the file is renamed or removed.
    public static func track(_ paths: [String]) -> Token {
        let folder = FileManager.default.currentDirectoryPath
        return Token(
            slots: paths.map { path in
                let absolute = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
                return arka_staging_add(absolute)
            })
    }

    /// Takes the paths of `token` off the handlers' list; the files are left as they are.
    public static func release(_ token: Token) {
        for slot in token.slots { arka_staging_remove(slot) }
    }

    /// Installs the handlers of SIGINT, SIGTERM and SIGHUP: each removes the staging files listed
    /// at that moment, then ends the process by the same signal, so that a shell sees the
    /// conventional status (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). A signal ignored
    /// when the process started (a command run in the background by a shell) stays ignored.
    public static func installInterruptHandlers() {
        arka_staging_install_handlers()
    }

    /// The interruption tests' hook: with ``holdVariable`` set, says on standard error that the
    /// command holds its staging file and waits for the signal that ends it.
    public static func holdIfTesting(_ staging: String) {
        guard ProcessInfo.processInfo.environment[holdVariable] != nil else { return }
        FileHandle.standardError.write(Data("holding \(staging)\n".utf8))
        while true { pause() }
    }

    /// Removes the staging files in `folder` left by Arka processes that no longer exist (a
    /// process killed with SIGKILL, or a machine that stopped): a name of one of the ``Kind``s
    /// whose process id names no running process, and, for a text or workbook export, whose
    /// contents begin as that export does (or which is empty). Returns the names removed.
    ///
    /// ```swift
    /// StagingFiles.removeStale(in: "books")   // [".mallakaster.arka.creating-99999999"]
    /// ```
    @discardableResult
    public static func removeStale(in folder: String) -> [String] {
        let directory = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(".") {
            guard let (pid, kind) = parse(name), !isRunning(pid) else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid() else { continue }
            guard begins(path, size: Int64(status.st_size), as: kind) else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// The process id and kind of a staging file's name, or nil for any other name.
    static func parse(_ name: String) -> (pid: pid_t, kind: Kind?)? {
        // `.NAME.creating-PID`, maybe with a SQLite companion's suffix: kind nil for a companion.
        var stem = Substring(name)
        var companion = false
        for suffix in sqliteCompanions where stem.hasSuffix(suffix) {
            stem = stem.dropLast(suffix.count)
            companion = true
            break
        }
        if let marker = stem.range(of: ".creating-", options: .backwards), marker.lowerBound > stem.index(after: stem.startIndex),
            let pid = processID(stem[marker.upperBound...])
        {
            return (pid, companion ? nil : .ledger)
        }
        guard !companion else { return nil }
        // `.NAME.PID.tmp` and `.NAME.PID.partial`.
        for (ending, kind) in [(".tmp", Kind.text), (".partial", Kind.workbook)] where name.hasSuffix(ending) {
            let rest = name.dropLast(ending.count)
            guard let dot = rest.lastIndex(of: "."), dot > rest.index(after: rest.startIndex), let pid = processID(rest[rest.index(after: dot)...]) else {
                return nil
            }
            return (pid, kind)
        }
        return nil
    }

    private static func processID(_ text: Substring) -> pid_t? {
        guard !text.isEmpty, text.count <= 10, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(text), value > 0 else { return nil }
        return pid_t(exactly: value) ?? pid_t.max
    }

    /// Whether a process with this id exists: kill(pid, 0) fails with ESRCH only when none does.
    private static func isRunning(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Whether a staging file holds what its kind writes: an empty file, or one that begins with
    /// the kind's first bytes (a SQLite file for a ledger, the journal's heading, a zip archive).
    private static func begins(_ path: String, size: Int64, as kind: Kind?) -> Bool {
        guard size > 0, let kind else { return true }
        let signature: [UInt8]
        switch kind {
        case .ledger: signature = Array("SQLite format 3\u{0}".utf8)
        case .text: signature = Array("; Arka journal".utf8)
        case .workbook: signature = [0x50, 0x4B, 0x03, 0x04]
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: signature.count)) ?? Data()) == signature
    }
}
