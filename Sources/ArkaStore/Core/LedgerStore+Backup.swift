import ArkaCore
import Foundation
import GRDB

extension LedgerStore {
    /// Copies the ledger to a new file with SQLite's online backup: one consistent state of the
    /// books, taken while other commands may go on writing (they write to the WAL; the copy reads
    /// one snapshot). The copy is written beside `destination` under a hidden name, handed to
    /// `check` (which opens and verifies it), synced, and only then given its name, refusing to
    /// replace a file: a failed or interrupted backup leaves nothing.
    ///
    /// ```swift
    /// try store.backup(to: "books-2026-12-06.arka") { copy in
    ///     _ = try Ledger.verify(at: copy)
    /// }
    /// ```
    /// - Parameter check: called with the hidden copy's path before it is published; what it
    ///   throws stops the backup.
    /// - Throws: ``ArkaError/Kind/ledgerExists`` when a file is at `destination`;
    ///   ``ArkaError/Kind/io`` when it cannot be written (its folder missing or read-only, a full
    ///   disk); what `check` throws.
    public func backup(to destination: String, check: (_ copy: String) throws -> Void) throws {
        let location = SourceLocation(file: destination)
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw ArkaError(.ledgerExists, NewFile.backup.kept, location: location)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: FileAccess.folder(of: destination), isDirectory: &isFolder), isFolder.boolValue else {
            throw ArkaError(.io, "cannot write the backup: \(Self.advice(ENOENT))", location: location)
        }
        switch FileAccess.folderProblem(destination) {
        case .readOnlyMedium: throw ArkaError(.readOnly, "cannot write the backup: \(Self.advice(EROFS))", location: location)
        case .readOnlyFolder, .readOnlyFile: throw ArkaError(.readOnly, "cannot write the backup: \(Self.advice(EACCES))", location: location)
        case nil: break
        }
        StagingFiles.removeStale(in: FileAccess.folder(of: destination))
        let staging = StagingFiles.path(for: destination, kind: .ledger)
        let files = [staging] + StagingFiles.sqliteCompanions.map { staging + $0 }
        func removeStaging() {
            for file in files { unlink(file) }
        }
        let token = StagingFiles.track(files)
        defer {
            removeStaging()
            StagingFiles.release(token)
        }
        removeStaging()
        do {
            let copy = try DatabaseQueue(path: staging, configuration: Self.configuration)
            try queue.backup(to: copy)
            // Closing leaves the copy whole in its one file, as a new ledger is.
            try copy.close()
        } catch let error as DatabaseError {
            let failure = Self.failure(error, path: destination, wait: wait, access: .write)
            throw ArkaError(failure.kind, "cannot write the backup: \(failure.sentence)", location: location)
        }
        try check(staging)
        try Self.syncFile(atPath: staging, .backup)
        try Self.publish(staging, as: destination, .backup)
    }
}
