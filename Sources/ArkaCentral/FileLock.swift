import ArkaCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a file, held from its making until ``release()`` (or `deinit`): two
/// commands that bring the same replica up to date take turns.
///
/// ```swift
/// let lock = try FileLock("/var/cache/arka/FIER.arka.lock")
/// defer { lock.release() }
/// ```
final class FileLock {
    private var descriptor: Int32

    /// Opens (or makes) the file and waits for its lock.
    /// - Throws: ``ArkaError/Kind/io`` when the file cannot be opened or locked.
    init(_ path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ArkaError(.io, "cannot open the lock file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                descriptor = -1
                throw ArkaError(.io, "cannot lock the file: \(reason)", location: SourceLocation(file: path))
            }
        }
    }

    /// Releases the lock (closing the file releases it).
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
