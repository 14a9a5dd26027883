import ArkaCore
import Foundation

/// The files Arka ships beside its executable: the workbook templates (`templates/workbooks`),
/// the scoring grids' guide (`templates/scoring`) and the demo books with their calls' grids (`ledgers/mallakaster`,
/// `ledgers/social-business`).
///
/// They are looked for from the running `arka`, never from the working folder, so that an
/// installed `arka` finds the files of its own version wherever it is run:
/// 1. the installed share folder, `<exe>/../share/arka/RELATIVE` (`make install` puts them
///    there: `/usr/local/bin/arka` finds `/usr/local/share/arka/templates/workbooks`);
/// 2. `RELATIVE` in the executable's folder and each folder above it (a checkout's
///    `.build/debug/arka` finds the checkout's `templates/workbooks`).
///
/// The executable is taken as the kernel names it (`/proc/self/exe`, symbolic links resolved),
/// then as it was called, when that differs.
///
/// ```swift
/// let templates = try ShippedFiles.folder("templates/workbooks", holding: "transactions.yaml",
///                                         what: "the workbook templates", option: "--templates DIR")
/// ```
public enum ShippedFiles {
    /// Where the installed files go under a prefix: `PREFIX/share/arka`.
    public static let shareFolder = "share/arka"

    /// The folder `relative` holding `marker`, from the running executable; nil when there is none.
    public static func find(_ relative: String, holding marker: String) -> String? {
        find(relative, holding: marker, executables: runningExecutables())
    }

    /// The folder `relative` holding `marker`, from the running executable.
    /// - Parameters:
    ///   - what: what the folder holds, for the message ("the workbook templates").
    ///   - option: how to name a folder instead ("--templates DIR").
    /// - Throws: ``ArkaError/Kind/io`` naming every place looked in when there is none.
    public static func folder(_ relative: String, holding marker: String, what: String, option: String) throws -> String {
        let executables = runningExecutables()
        if let found = find(relative, holding: marker, executables: executables) { return found }
        throw ArkaError(
            .io, "cannot find \(what) (\(relative) holding \(marker)); looked in \(placesLooked(relative, executables: executables)); pass \(option)")
    }

    /// The candidate folders for `relative` from each executable, in the order they are tried.
    ///
    /// ```swift
    /// ShippedFiles.candidates("templates/scoring", executables: [URL(fileURLWithPath: "/opt/arka/bin/arka")])
    /// // /opt/arka/share/arka/templates/scoring, /opt/arka/bin/templates/scoring, /opt/arka/templates/scoring,
    /// // /opt/templates/scoring, /templates/scoring
    /// ```
    public static func candidates(_ relative: String, executables: [URL]) -> [URL] {
        var list: [URL] = []
        for executable in executables {
            let folder = executable.deletingLastPathComponent().standardizedFileURL
            list.append(folder.deletingLastPathComponent().appendingPathComponent(shareFolder).appendingPathComponent(relative))
            var current = folder
            while true {
                list.append(current.appendingPathComponent(relative))
                let parent = current.deletingLastPathComponent()
                if parent.path == current.path { break }
                current = parent
            }
        }
        var seen = Set<String>()
        return list.filter { seen.insert($0.path).inserted }
    }

    static func find(_ relative: String, holding marker: String, executables: [URL]) -> String? {
        candidates(relative, executables: executables)
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(marker).path) }?.path
    }

    /// The running `arka`: as the kernel names it (`Bundle.main` reads `/proc/self/exe`), then
    /// as it was called (a symbolic link in a `bin` folder), when that differs.
    static func runningExecutables() -> [URL] {
        var list: [URL] = []
        if let url = Bundle.main.executableURL { list.append(url.resolvingSymlinksInPath()) }
        if let called = CommandLine.arguments.first, called.contains("/") {
            let url = URL(fileURLWithPath: called)
            if !list.contains(where: { $0.path == url.standardizedFileURL.path }) { list.append(url.standardizedFileURL) }
        }
        return list
    }

    /// "/opt/arka/share/arka/templates/workbooks, and templates/workbooks in /opt/arka/bin and
    /// each folder above it".
    static func placesLooked(_ relative: String, executables: [URL]) -> String {
        guard !executables.isEmpty else { return "nowhere (the running executable is unknown)" }
        return executables.map { executable in
            let folder = executable.deletingLastPathComponent().standardizedFileURL
            let share = folder.deletingLastPathComponent().appendingPathComponent(shareFolder).appendingPathComponent(relative).path
            return "\(share), and \(relative) in \(folder.path) and each folder above it"
        }.joined(separator: "; ")
    }
}
