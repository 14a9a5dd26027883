import ArkaCore
import Foundation

/// The file an export is about to write, checked before anything is written: an export may
/// create a new file or replace an earlier export of the same kind, never anything else. A ledger,
/// the CSV being posted, a template, a device node or a symbolic link named by mistake as the
/// output is refused and left exactly as it was.
///
/// ```swift
/// try OutputFile.checkReplaceable("books.journal", kind: .journal)   // a new file, or an earlier journal
/// try OutputFile.checkReplaceable("books.arka", kind: .workbook)     // throws: the ledger is not a workbook
/// ```
public enum OutputFile {
    /// What an export writes, told by the first bytes of the file.
    public enum Kind: Sendable {
        /// An .xlsx workbook: a ZIP archive (`PK\u{3}\u{4}`) that ends with ``workbookMark``.
        case workbook
        /// A journal written by `arka export journal` (`; Arka journal`).
        case journal
        /// A ledger digest written by `arka digest` (`# Arka ledger digest`).
        case digest
        /// A centre's digest written by `arka central digest` (`# Arka centre digest`).
        case centreDigest

        /// The first line of a centre's digest.
        public static let centreDigestFirstLine = "# Arka centre digest"

        var signature: [UInt8] {
            switch self {
            case .workbook: return [0x50, 0x4B, 0x03, 0x04]
            case .journal: return Array("; Arka journal".utf8)
            case .digest: return Array(LedgerDigest.firstLine.utf8)
            case .centreDigest: return Array(Self.centreDigestFirstLine.utf8)
            }
        }

        var name: String {
            switch self {
            case .workbook: return "a workbook"
            case .journal: return "a journal exported by arka"
            case .digest: return "a digest written by arka"
            case .centreDigest: return "a centre's digest written by arka"
            }
        }
    }

    /// Checks that writing an export of `kind` at `path` destroys nothing: the path names no
    /// file yet, or a regular file that is an earlier export of the same kind (an empty file
    /// too). The file's folder must exist.
    /// - Throws: ``ArkaError/Kind/io`` naming `--output` and the path: for a symbolic link, a
    ///   folder, a device or other special file, a file holding anything else (a ledger, a CSV,
    ///   a template), or a missing folder.
    ///
    /// With `followingLink` (the command's `--force`), a symbolic link to a regular file is
    /// followed: the file it points to is checked, and is what the export replaces.
    /// - Returns: the path to write: `path`, or the file a followed link points to.
    @discardableResult
    public static func checkReplaceable(_ path: String, kind: Kind, followingLink: Bool = false) throws -> String {
        if followingLink, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            let resolved = target.hasPrefix("/") ? target : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
            var status = stat()
            guard stat(resolved, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
                throw ArkaError(.io, "the output is a symbolic link to something that is not a regular file; --force follows only a link to a file", field: "--output", value: path)
            }
            return try checkReplaceable(resolved, kind: kind)
        }
        func refuse(_ reason: String) -> ArkaError {
            ArkaError(.io, "\(reason); the export writes only a new file or replaces \(kind.name)", field: "--output", value: path)
        }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else { throw refuse("cannot look at the output: \(String(cString: strerror(errno)))") }
            let folder = (path as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ArkaError(.io, "the folder of the output file does not exist", field: "--output", value: path)
            }
            return path
        }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: throw refuse("the output is a symbolic link; name the file itself, or give --force to replace the file it points to")
        case S_IFDIR: throw refuse("the output is a folder")
        case S_IFREG: break
        default: throw refuse("the output is a device or another special file")
        }
        // SQLite's side files hold a ledger's latest writes, even while they are empty.
        for suffix in sqliteSideFiles where path.hasSuffix(suffix) && FileManager.default.fileExists(atPath: String(path.dropLast(suffix.count))) {
            throw refuse("the output is the \(suffix) file SQLite keeps beside \(String(path.dropLast(suffix.count)))")
        }
        guard status.st_size > 0 else { return path }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw refuse("the output cannot be read to check what it holds") }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: kind.signature.count)) ?? Data())
        guard head == kind.signature else { throw refuse("the output holds something else (a ledger, a CSV file or a template?)") }
        if kind == .workbook, !hasWorkbookMark(handle, size: UInt64(status.st_size)) {
            throw refuse("the output is a ZIP archive or workbook that arka did not write")
        }
        return path
    }

    /// The files SQLite keeps beside a database, named by the database's name and these suffixes.
    static let sqliteSideFiles = ["-wal", "-shm", "-journal"]

    // MARK: - The workbook mark

    /// The comment every workbook Arka writes carries in its ZIP archive's end record, which tells
    /// an earlier export from any other .xlsx or ZIP file. Spreadsheet programs ignore it.
    public static let workbookMark = Array("Arka workbook".utf8)

    /// The ZIP archive's end record: its signature, and its size before the comment.
    private static let endRecordSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    private static let endRecordSize = 22

    /// Writes ``workbookMark`` as the comment of the ZIP archive at `path`, which must end with an
    /// end record holding no comment (as libxlsxwriter writes it).
    ///
    /// ```swift
    /// try OutputFile.markWorkbook(at: "staging.xlsx")
    /// ```
    /// - Throws: ``ArkaError/Kind/io`` when the file cannot be read or written, or does not end
    ///   as a ZIP archive with no comment does.
    public static func markWorkbook(at path: String) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw ArkaError(.io, "cannot open the workbook to mark it as arka's", location: SourceLocation(file: path))
        }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            guard size >= UInt64(endRecordSize) else { throw ArkaError(.io, "the workbook is too short to be a ZIP archive", location: SourceLocation(file: path)) }
            try handle.seek(toOffset: size - UInt64(endRecordSize))
            let end = [UInt8](try handle.read(upToCount: endRecordSize) ?? Data())
            guard end.count == endRecordSize, Array(end.prefix(4)) == endRecordSignature, end[20] == 0, end[21] == 0 else {
                throw ArkaError(.io, "the workbook does not end with a ZIP archive's end record", location: SourceLocation(file: path))
            }
            try handle.seek(toOffset: size - 2)
            let length = UInt16(workbookMark.count)
            try handle.write(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8)] + workbookMark)
        } catch let error as ArkaError {
            throw error
        } catch {
            throw ArkaError(.io, "cannot mark the workbook as arka's: \(error.localizedDescription)", location: SourceLocation(file: path))
        }
    }

    /// Whether the ZIP archive `handle` reads ends with an end record whose comment is ``workbookMark``.
    static func hasWorkbookMark(_ handle: FileHandle, size: UInt64) -> Bool {
        let length = endRecordSize + workbookMark.count
        guard size >= UInt64(length), (try? handle.seek(toOffset: size - UInt64(length))) != nil,
            let tail = try? handle.read(upToCount: length), tail.count == length
        else { return false }
        let bytes = [UInt8](tail)
        let count = Int(bytes[20]) | Int(bytes[21]) << 8
        return Array(bytes.prefix(4)) == endRecordSignature && count == workbookMark.count && Array(bytes.suffix(workbookMark.count)) == workbookMark
    }
}
