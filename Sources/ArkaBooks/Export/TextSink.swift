import ArkaCore
import ArkaStore
import Foundation

/// Where a long text output goes, in pieces: standard output, or a file that appears whole.
///
/// A file is written under a temporary name beside it and renamed into place by ``finish()``,
/// so a failure half-way never leaves a half-written file at the output path; an interrupting
/// signal removes the temporary file (``StagingFiles``).
///
/// ```swift
/// let sink = try TextSink(path: "books.journal")
/// try sink.write("2023-01-15 ...\n")
/// try sink.finish()
/// ```
public final class TextSink {
    private let handle: FileHandle
    private let finalPath: String?
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var finished = false
    /// The temporary file's listing with the signal handlers.
    private var staging: StagingFiles.Token?

    /// A sink to a file (`nil` or `-` for standard output) that replaces only an earlier file of
    /// `kind` (``OutputFile/checkReplaceable(_:kind:)``).
    /// With `followingLink` (`--force`), a symbolic link to a regular file writes that file.
    /// - Throws: ``ArkaError/Kind/io`` when the file cannot be created or holds something else.
    public init(path: String?, kind: OutputFile.Kind = .journal, followingLink: Bool = false) throws {
        guard let requested = path, requested != "-" else {
            handle = .standardOutput
            finalPath = nil
            temporaryPath = nil
            return
        }
        let path = try OutputFile.checkReplaceable(requested, kind: kind, followingLink: followingLink)
        StagingFiles.removeStale(in: (path as NSString).deletingLastPathComponent)
        let temporary = StagingFiles.path(for: path, kind: .text)
        let token = StagingFiles.track([temporary])
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            StagingFiles.release(token)
            throw ArkaError(.io, "cannot write the file: \(FileProblem.advice(errno))", location: SourceLocation(file: path))
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        finalPath = path
        temporaryPath = temporary
        staging = token
    }

    deinit {
        if !finished, let temporaryPath {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
        if let staging { StagingFiles.release(staging) }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 64 * 1024 { try flush() }
    }

    private func flush() throws {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ArkaError(.io, "cannot write the file: \(FileProblem.advice(error))", location: SourceLocation(file: finalPath ?? "standard output"))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, moves it into place.
    public func finish() throws {
        try flush()
        finished = true
        guard let finalPath, let temporaryPath else { return }
        defer {
            if let staging { StagingFiles.release(staging) }
            staging = nil
        }
        StagingFiles.holdIfTesting(temporaryPath)
        do {
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw ArkaError(.io, "cannot finish the file: \(FileProblem.advice(error))", location: SourceLocation(file: finalPath))
        }
        // rename(2) replaces an earlier file in one step; Foundation's replaceItemAt fails on
        // Linux for a relative path whose file exists.
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = FileProblem.advice(errno)
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw ArkaError(.io, "cannot move the finished file into place: \(reason)", location: SourceLocation(file: finalPath))
        }
    }
}
