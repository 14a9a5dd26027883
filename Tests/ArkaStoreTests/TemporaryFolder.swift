import Foundation

/// A new, empty folder under the system's temporary folder, named for the suite that uses it.
///
/// ```swift
/// let folder = try temporaryFolder("tamper")   // …/arka-tamper-<UUID>
/// ```
func temporaryFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
