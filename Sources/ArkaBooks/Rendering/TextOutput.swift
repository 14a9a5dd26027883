import Foundation

/// Where a long report is written as it is made, so that it never has to sit in memory whole.
///
/// ```swift
/// let out = StandardOutput()
/// out.write("hello\n")
/// out.flush()
/// ```
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    /// Writes UTF-8 text given as bytes, as long outputs build it.
    func write(utf8 bytes: [UInt8])
}

extension TextOutput {
    public func write(utf8 bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

/// Standard output, written in blocks of a megabyte.
public final class StandardOutput: TextOutput {
    private var buffer: [UInt8] = []
    private let handle: FileHandle

    public init(handle: FileHandle = .standardOutput) {
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    public func write(utf8 bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// A string that collects what is written: for tests and short reports.
public final class StringOutput: TextOutput {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
}
