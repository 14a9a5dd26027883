import ArkaCore
import Foundation

/// Reads a CSV file record by record, as RFC 4180 writes it, without loading the file.
///
/// Quoted fields may hold commas, quotes (doubled) and new lines; a UTF-8 byte-order mark is
/// skipped; lines end in LF or CRLF. Unlike lenient readers, it rejects what it cannot read
/// exactly — a quote inside an unquoted field, text after a closing quote, a quote never
/// closed, bytes that are not UTF-8 — naming the file and line, because a misread amount in a
/// ledger is worse than a refused file. Each record carries the line it starts on.
///
/// ```swift
/// let reader = try CSVRecordReader(path: "postings.csv")
/// while let record = try reader.next() { print(record.line, record.fields) }
/// ```
public final class CSVRecordReader {
    /// One record and the line of the file it starts on (1 for the first line).
    public struct Record {
        public var fields: [String]
        public var line: Int
    }

    /// The name used in error messages: the path, or `standard input`.
    public let name: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var field: [UInt8] = []
    /// Bytes of the file read so far, for progress reporting.
    public private(set) var bytesRead = 0

    /// Opens a file, or standard input when `path` is `-`.
    /// - Throws: ``ArkaError/Kind/io`` when the file cannot be opened.
    public convenience init(path: String) throws {
        if path == "-" {
            self.init(handle: .standardInput, name: "standard input")
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else {
            throw ArkaError(.io, "cannot open the file", location: SourceLocation(file: path))
        }
        self.init(handle: handle, name: path)
    }

    public init(handle: FileHandle, name: String) {
        self.handle = handle
        self.name = name
    }

    deinit {
        if handle !== FileHandle.standardInput { try? handle.close() }
    }

    private func refill() throws -> Bool {
        if atEnd { return false }
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: 1 << 16)
        } catch {
            throw ArkaError(.io, "cannot read the file: \(error.localizedDescription)", location: SourceLocation(file: name))
        }
        guard let chunk, !chunk.isEmpty else {
            atEnd = true
            return false
        }
        let isFirst = bytesRead == 0
        bytesRead += chunk.count
        buffer = [UInt8](chunk)
        position = 0
        if isFirst && buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        return true
    }

    @inline(__always)
    private func nextByte() throws -> UInt8? {
        if position == buffer.count {
            guard try refill() else { return nil }
            if position == buffer.count { return try nextByte() }
        }
        let byte = buffer[position]
        position += 1
        return byte
    }

    @inline(__always)
    private func peekByte() throws -> UInt8? {
        if position == buffer.count {
            guard try refill() else { return nil }
            if position == buffer.count { return try peekByte() }
        }
        return buffer[position]
    }

    private func malformed(_ reason: String, line: Int) -> ArkaError {
        ArkaError(.malformedCSV, reason, location: SourceLocation(file: name, line: line))
    }

    private func finishField(into fields: inout [String], line: Int) throws {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw malformed("the text is not UTF-8; save the file as CSV UTF-8", line: line)
        }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    /// - Throws: ``ArkaError/Kind/malformedCSV`` naming the line, ``ArkaError/Kind/io``.
    public func next() throws -> Record? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        while true {
            guard let first = try peekByte() else { return nil }
            if first == lf || first == cr {
                _ = try nextByte()
                if first == cr, try peekByte() == lf { _ = try nextByte() }
                line += 1
                continue
            }
            break
        }
        let startLine = line
        var fields: [String] = []
        field.removeAll(keepingCapacity: true)
        while true {
            // At the start of a field.
            if try peekByte() == quote {
                _ = try nextByte()
                let quoteLine = line
                while true {
                    guard let byte = try nextByte() else {
                        throw malformed("a quoted field opened on line \(quoteLine) is never closed", line: quoteLine)
                    }
                    if byte == quote {
                        if try peekByte() == quote {
                            _ = try nextByte()
                            field.append(quote)
                        } else {
                            break
                        }
                    } else {
                        if byte == lf { line += 1 }
                        field.append(byte)
                    }
                }
                let after = try nextByte()
                switch after {
                case nil:
                    try finishField(into: &fields, line: startLine)
                    return Record(fields: fields, line: startLine)
                case comma?:
                    try finishField(into: &fields, line: startLine)
                    continue
                case lf?, cr?:
                    if after == cr, try peekByte() == lf { _ = try nextByte() }
                    try finishField(into: &fields, line: startLine)
                    line += 1
                    return Record(fields: fields, line: startLine)
                default:
                    throw malformed("text follows a closing quote; a quote inside a quoted field is written twice (\"\")", line: line)
                }
            }
            while true {
                guard let byte = try nextByte() else {
                    try finishField(into: &fields, line: startLine)
                    return Record(fields: fields, line: startLine)
                }
                if byte == comma {
                    try finishField(into: &fields, line: startLine)
                    break
                }
                if byte == lf || byte == cr {
                    if byte == cr, try peekByte() == lf { _ = try nextByte() }
                    try finishField(into: &fields, line: startLine)
                    line += 1
                    return Record(fields: fields, line: startLine)
                }
                if byte == quote {
                    throw malformed("a quote inside an unquoted field; quote the whole field and write the quote twice", line: line)
                }
                field.append(byte)
            }
        }
    }
}
