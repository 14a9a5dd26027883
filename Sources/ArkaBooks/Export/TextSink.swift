import ArkaCore
import Foundation

/// Where a long text output goes, in pieces: standard output, or a file that appears whole.
///
/// A file is written under a temporary name beside it and renamed into place by ``finish()``,
/// so a failure half-way never leaves a half-written file at the output path.
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

    /// A sink to a file (`nil` or `-` for standard output) that replaces only an earlier file of
    /// `kind` (``OutputFile/checkReplaceable(_:kind:)``).
    /// - Throws: ``ArkaError/Kind/io`` when the file cannot be created or holds something else.
    public init(path: String?, kind: OutputFile.Kind = .journal) throws {
        guard let path, path != "-" else {
            handle = .standardOutput
            finalPath = nil
            temporaryPath = nil
            return
        }
        try OutputFile.checkReplaceable(path, kind: kind)
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ArkaError(.io, "cannot write the file: \(FileProblem.advice(errno))", location: SourceLocation(file: path))
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        finalPath = path
        temporaryPath = temporary
    }

    deinit {
        if !finished, let temporaryPath {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
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
