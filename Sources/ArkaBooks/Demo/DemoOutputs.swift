import ArkaCore
import ArkaStore
import Foundation

/// The files `arka demo` writes into its folder, checked before it writes any: the demo replaces
/// its own earlier files and nothing else. A ledger at a demo ledger's path is replaced only
/// when it is the demo's (an Arka ledger with the demo definition's name); a journal or workbook
/// only when it is an earlier export of that kind (``OutputFile``).
///
/// ```swift
/// try DemoOutputs.checkLedger("demo/mallakaster.arka", named: definition.settings.name)
/// try DemoOutputs.replaceLedger("demo/mallakaster.arka", named: definition.settings.name)
/// ```
public enum DemoOutputs {
    /// Checks that `path` names no file yet, or the demo's own earlier ledger, named `name`.
    /// - Throws: ``ArkaError/Kind/io`` naming the file when it is anything else (another
    ///   ledger, a file that is not a ledger, a folder), so that it is left as it is.
    public static func checkLedger(_ path: String, named name: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        let refusal = "the demo writes its ledger here, and replaces only the demo's own; give the demo another folder with --out"
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ArkaError(.io, "\(refusal) (this is not a regular file)", location: SourceLocation(file: path))
        }
        let found: String
        do {
            found = try Ledger.open(at: path, access: .read).settings.name
        } catch {
            throw ArkaError(.io, "\(refusal) (this file is not an arka ledger)", location: SourceLocation(file: path))
        }
        guard found == name else {
            throw ArkaError(.io, "\(refusal) (this ledger holds the books \"\(TextLimit.shown(found))\", not the demo's \"\(name)\")", location: SourceLocation(file: path))
        }
    }

    /// Checks every file the demo writes into `directory` before it writes any: the project's
    /// ledger and journal, the business's ledger (when there is a business definition), and
    /// the workbooks named by `workbooks` (file names, in `directory/workbooks`).
    /// - Throws: the first refusal of ``checkLedger(_:named:)`` or
    ///   ``OutputFile/checkReplaceable(_:kind:followingLink:)``.
    public static func check(into directory: String, projectFrom project: String, businessFrom business: String?, workbooks: [String]) throws {
        func output(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        guard FileManager.default.fileExists(atPath: directory) else { return }
        try checkLedger(output("mallakaster.arka"), named: try LedgerDefinition.load(from: project, baseCurrency: nil).settings.name)
        if let business {
            try checkLedger(output("social-business.arka"), named: try LedgerDefinition.load(from: business, baseCurrency: nil).settings.name)
        }
        try OutputFile.checkReplaceable(output("mallakaster.journal"), kind: .journal)
        let folder = output("workbooks")
        guard FileManager.default.fileExists(atPath: folder) else { return }
        for name in workbooks {
            try OutputFile.checkReplaceable((folder as NSString).appendingPathComponent(name), kind: .workbook)
        }
    }

    /// Removes the demo's own earlier ledger at `path`, with SQLite's files beside it, after
    /// ``checkLedger(_:named:)``.
    /// - Throws: what ``checkLedger(_:named:)`` throws; ``ArkaError/Kind/io`` when a file cannot be removed.
    public static func replaceLedger(_ path: String, named name: String) throws {
        try checkLedger(path, named: name)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.removeItem(atPath: path + suffix)
            } catch {
                throw ArkaError(.io, "cannot remove the demo's earlier ledger", location: SourceLocation(file: path + suffix))
            }
        }
    }
}
