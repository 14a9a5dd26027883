import ArkaCore
import Foundation
import GRDB

extension LedgerStore {
    /// A SQLite failure as one sentence naming the ledger and what to do: SQLite's own messages
    /// ("database is locked", "disk I/O error") never reach the user alone.
    ///
    /// ```swift
    /// throw LedgerStore.failure(error, path: "books.arka", wait: LedgerWait(), access: .write)
    /// ```
    /// - Parameter access: what the ledger was opened for; nil while it is being opened.
    static func failure(_ error: DatabaseError, path: String, wait: LedgerWait, access: Access?) -> ArkaError {
        let location = SourceLocation(file: path)
        let diskFull: Sentence = "the disk holding the ledger is full; nothing was written: free some space and run the command again"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            let reason: Sentence =
                switch (wait.seconds > 0, wait.longerWait) {
                case (true, let longer?):
                    "another arka command is writing to this ledger, still after waiting \(wait.shown); run this command again once it has finished, or wait longer with \(longer)"
                case (true, nil):
                    "another arka command is writing to this ledger, still after waiting \(wait.shown); run this command again once it has finished"
                case (false, let longer?):
                    "another arka command is writing to this ledger; run this command again once it has finished, or wait longer with \(longer)"
                case (false, nil):
                    "another arka command is writing to this ledger; run this command again once it has finished"
                }
            return ArkaError(.ledgerBusy, reason, location: location)
        case .SQLITE_READONLY:
            if access == .read {
                return ArkaError(
                    .readOnly, "arka tried to write to this ledger while reading it, and nothing was written; please report this fault of arka",
                    location: location)
            }
            if let problem = FileAccess.writeProblem(path) {
                return ArkaError(.readOnly, "this command writes to the ledger, but \(problem.sentence)", location: location)
            }
            return ArkaError(
                .readOnly,
                "SQLite cannot write to the ledger or to the -wal and -shm files beside it; give write access to them and to their folder",
                location: location)
        case .SQLITE_FULL:
            return ArkaError(.io, diskFull, location: location)
        case .SQLITE_IOERR, .SQLITE_CANTOPEN:
            if FileAccess.diskIsFull(path) { return ArkaError(.io, diskFull, location: location) }
            if access != .read, let problem = FileAccess.writeProblem(path) {
                return ArkaError(.readOnly, "this command writes to the ledger, but \(problem.sentence)", location: location)
            }
            if error.resultCode == .SQLITE_CANTOPEN {
                return ArkaError(
                    .io, "SQLite cannot open the ledger, or the -wal and -shm files beside it; check that you may read and write them and their folder",
                    location: location)
            }
            return ArkaError(
                .io, "the disk or file system failed while arka read or wrote the ledger; check the disk, then run the command again", location: location)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return ArkaError(.io, "the ledger file is damaged (SQLite finds it malformed); restore it from a copy", location: location)
        case .SQLITE_NOMEM:
            return ArkaError(.io, "the computer ran out of memory while arka used the ledger; close other programs and run the command again", location: location)
        case .SQLITE_PERM, .SQLITE_AUTH:
            return ArkaError(.io, "the file system denied access to the ledger; check the permissions of the ledger and its folder", location: location)
        case .SQLITE_TOOBIG:
            return ArkaError(.io, "a value is too large for the ledger to hold; nothing was written: shorten it", location: location)
        case .SQLITE_CONSTRAINT:
            return ArkaError(
                .io, "the ledger refused a change that breaks one of its rules (\(sqliteMessage(error))); nothing was written", location: location)
        default:
            return ArkaError(
                .io, "the ledger cannot be read as arka reads it (\(sqliteMessage(error))); run arka verify on it, or restore it from a copy",
                location: location)
        }
    }

    /// SQLite's message, without the SQL statement GRDB adds to it.
    private static func sqliteMessage(_ error: DatabaseError) -> String {
        error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
    }

    /// A file-system failure (`errno`) as the end of a sentence saying what to do (``FileProblem``).
    static func advice(_ code: Int32) -> Sentence { FileProblem.advice(code) }
}
