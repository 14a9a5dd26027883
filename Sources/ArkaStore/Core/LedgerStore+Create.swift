import ArkaCore
import Foundation
import GRDB

extension LedgerStore {
    /// Creates a ledger file at `path`, filled by `build`: the ledger appears there whole, or
    /// nothing does.
    ///
    /// The file is built beside `path` under a hidden name, then given its name in one step
    /// that refuses to replace a file, so an interrupted `arka init` never leaves half a ledger,
    /// and two at once never overwrite each other. An interrupting signal removes the hidden file
    /// (``StagingFiles``), and the leftovers of a process killed outright are removed first. While it is built nothing of it is a ledger
    /// yet, so SQLite does not sync each step to disk: the finished file is synced once.
    ///
    /// ```swift
    /// let store = try LedgerStore.create(at: "books.arka") { store in
    ///     try store.transaction { try $0.saveDefinition(definition) }
    /// }
    /// ```
    /// - Throws: ``ArkaError/Kind/ledgerExists`` when a file is already at `path`,
    ///   ``ArkaError/Kind/io`` when it cannot be created; what `build` throws.
    public static func create(at path: String, _ build: (LedgerStore) throws -> Void = { _ in }) throws -> LedgerStore {
        try create(at: path, pageSize: defaultPageSize, build)
    }

    /// Builds the ledger ``create(at:_:)`` would, every write of `build` checked, under its hidden
    /// name, then removes it (`arka init --check`): nothing is left at `path` or beside it.
    ///
    /// ```swift
    /// try LedgerStore.check(at: "books.arka") { store in
    ///     try store.transaction { try $0.saveDefinition(definition) }
    /// }
    /// ```
    /// - Throws: what ``create(at:_:)`` throws.
    public static func check(at path: String, _ build: (LedgerStore) throws -> Void) throws {
        try stage(at: path, pageSize: defaultPageSize, build) { _ in }
    }

    /// The same with pages of `pageSize` bytes (a power of two from 512 to 65,536): tests make
    /// ledgers as older versions of arka did.
    static func create(at path: String, pageSize: Int, _ build: (LedgerStore) throws -> Void = { _ in }) throws -> LedgerStore {
        try stage(at: path, pageSize: pageSize, build) { staging in
            try syncFile(atPath: staging)
            StagingFiles.holdIfTesting(staging)
            try publish(staging, as: path)
        }
        return try open(at: path)
    }

    /// Builds a ledger for `path` under a hidden name beside it and hands the finished file to
    /// `finish` (which publishes it, or not); the hidden file is removed unless `finish` gave it
    /// its name.
    private static func stage(
        at path: String, pageSize: Int, _ build: (LedgerStore) throws -> Void, finish: (_ staging: String) throws -> Void
    ) throws {
        let location = SourceLocation(file: path)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw ArkaError(.ledgerExists, "a file is already there; arka init never overwrites a ledger", location: location)
        }
        // Leftovers of an init that was killed outright (SIGKILL, a power cut) go first.
        StagingFiles.removeStale(in: (path as NSString).deletingLastPathComponent)
        let staging = StagingFiles.path(for: path, kind: .ledger)
        let files = [staging] + StagingFiles.sqliteCompanions.map { staging + $0 }
        func removeStaging() {
            for file in files { unlink(file) }
        }
        // An interrupting signal removes them (``StagingFiles/installInterruptHandlers()``).
        let token = StagingFiles.track(files)
        defer { StagingFiles.release(token) }
        removeStaging()
        do {
            let queue = try DatabaseQueue(path: staging, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = OFF")
                // The page size and the id go into the file's header before WAL mode begins: a WAL
                // file cannot change the page size, and a WAL write would reach the header only at
                // the next checkpoint, while opening reads the header first.
                try db.execute(sql: "PRAGMA page_size = \(pageSize)")
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try LedgerMigrator.migrator.migrate(queue)
            try build(LedgerStore(path: path, queue: queue))
            // Closing copies the WAL into the file and removes it: the file alone is the ledger.
            try queue.close()
            try finish(staging)
        } catch {
            removeStaging()
            if let error = error as? DatabaseError {
                throw creationFailure(error, path: path)
            }
            throw error
        }
        // Published, the hidden name is gone; checked only, it goes now.
        removeStaging()
    }

    /// Why a ledger cannot be made at `path`, in one sentence saying what to do.
    private static func creationFailure(_ error: DatabaseError, path: String) -> ArkaError {
        let location = SourceLocation(file: path)
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: FileAccess.folder(of: path), isDirectory: &isFolder) || !isFolder.boolValue {
            return ArkaError(.io, "cannot create the ledger: \(advice(ENOENT))", location: location)
        }
        switch FileAccess.folderProblem(path) {
        case .readOnlyMedium: return ArkaError(.readOnly, "cannot create the ledger: \(advice(EROFS))", location: location)
        case .readOnlyFolder, .readOnlyFile: return ArkaError(.readOnly, "cannot create the ledger: \(advice(EACCES))", location: location)
        case nil: break
        }
        let failure = failure(error, path: path, wait: LedgerWait(), access: .write)
        return ArkaError(failure.kind, "cannot create the ledger: \(failure.sentence)", location: location)
    }

    /// What a new file is, for the sentences that refuse or fail to write it.
    struct NewFile {
        /// `create the ledger`: what failed, after "cannot".
        var making: Sentence
        /// Why a file already there is kept.
        var kept: Sentence

        static let ledger = NewFile(making: "create the ledger", kept: "a file is already there; arka init never overwrites a ledger")
        static let backup = NewFile(making: "write the backup", kept: "a file is already there; arka backup never overwrites a file: name a new one")
    }

    /// Gives the built file its name, refusing to replace a file that appeared meanwhile, and
    /// syncs the folder so that the name lasts.
    static func publish(_ staging: String, as path: String, _ file: NewFile = .ledger) throws {
        let location = SourceLocation(file: path)
        if link(staging, path) != 0 {
            let linkError = errno
            guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK].contains(linkError) else {
                if linkError == EEXIST {
                    throw ArkaError(.ledgerExists, file.kept, location: location)
                }
                throw ArkaError(.io, "cannot \(file.making): \(advice(linkError))", location: location)
            }
            // A file system without hard links: a rename, after one more look.
            guard !FileManager.default.fileExists(atPath: path) else {
                throw ArkaError(.ledgerExists, file.kept, location: location)
            }
            guard rename(staging, path) == 0 else {
                throw ArkaError(.io, "cannot \(file.making): \(advice(errno))", location: location)
            }
        } else {
            unlink(staging)
        }
        try? syncFile(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    /// Flushes a file's (or a folder's) contents to the disk.
    static func syncFile(atPath path: String, _ file: NewFile = .ledger) throws {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ArkaError(.io, "cannot \(file.making): \(advice(errno))", location: SourceLocation(file: path))
        }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw ArkaError(.io, "cannot \(file.making): \(advice(errno))", location: SourceLocation(file: path))
        }
    }
}
