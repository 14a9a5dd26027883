import Foundation

/// What breaks the text rule (``TextLimit``) at a place in a text's UTF-8 bytes.
public enum TextProblem: Sendable, Equatable {
    /// A control character other than the tab (U+0000 to U+001F, U+007F, U+0080 to U+009F).
    case control(Unicode.Scalar, byte: Int)
    /// A line break (LF, CR, U+2028, U+2029) in a text that is one line.
    case lineBreak(Unicode.Scalar, byte: Int)
    /// Bytes that are not UTF-8.
    case notUTF8(byte: Int)

    /// Where it is, in bytes from the start of the text.
    public var byte: Int {
        switch self {
        case .control(_, let byte), .lineBreak(_, let byte), .notUTF8(let byte): byte
        }
    }
}

extension TextLimit {
    /// Whether every byte is printable ASCII (U+0020 to U+007E): such a text passes the rule
    /// but for its length. A tight loop the compiler vectorises; the CSV reader runs it on each
    /// field it decodes.
    ///
    /// ```swift
    /// TextLimit.isPrintableASCII(Array("6310".utf8).withUnsafeBufferPointer { $0 })   // true
    /// ```
    @inlinable
    public static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var low: UInt8 = 0xFF
        var high: UInt8 = 0
        for byte in bytes {
            low = min(low, byte)
            high = max(high, byte)
        }
        return bytes.isEmpty || (low >= 0x20 && high <= 0x7E)
    }

    /// The first place where UTF-8 bytes break the rule, or nil: bytes that are not UTF-8, a
    /// control character other than the tab, or (unless `lineBreaks`) a line break.
    ///
    /// ```swift
    /// Array("a\u{0}".utf8).withUnsafeBufferPointer { TextLimit.firstProblem(in: $0, lineBreaks: true) }   // .control("\u{0}", byte: 1)
    /// ```
    public static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, lineBreaks: Bool) -> TextProblem? {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            // Printable ASCII, the common case: one comparison.
            if byte &- 0x20 < 0x5F {
                index += 1
                continue
            }
            if byte < 0x80 {
                switch byte {
                case 0x09: break
                case 0x0A, 0x0D: if !lineBreaks { return .lineBreak(Unicode.Scalar(byte), byte: index) }
                default: return .control(Unicode.Scalar(byte), byte: index)
                }
                index += 1
                continue
            }
            // A character of several bytes: its lead byte says how many and which second bytes are valid.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF4: length = 4; second = 0x80...0x8F
            case 0xF1...0xF3: length = 4
            default: return .notUTF8(byte: index)
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return .notUTF8(byte: index) }
            for next in stride(from: index + 2, to: index + length, by: 1) where bytes[next] & 0xC0 != 0x80 {
                return .notUTF8(byte: index)
            }
            if byte == 0xC2 && bytes[index + 1] < 0xA0 {
                // U+0080 to U+009F, the C1 controls (U+0085 among them, a line break of old).
                return .control(Unicode.Scalar(bytes[index + 1]), byte: index)
            }
            if byte == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) && !lineBreaks {
                return .lineBreak(bytes[index + 2] == 0xA8 ? "\u{2028}" : "\u{2029}", byte: index)
            }
            index += length
        }
        return nil
    }

    /// Where the first byte that is not part of a UTF-8 character is, or nil when all are;
    /// control characters are characters here.
    ///
    /// ```swift
    /// [0x61, 0x00, 0xFF].withUnsafeBufferPointer { TextLimit.firstInvalidUTF8(in: $0) }   // 2
    /// ```
    public static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        while offset < bytes.count {
            guard let problem = firstProblem(in: UnsafeBufferPointer(rebasing: bytes[offset...]), lineBreaks: true) else { return nil }
            switch problem {
            case .notUTF8(let byte): return offset + byte
            case .control(let scalar, let byte), .lineBreak(let scalar, let byte): offset += byte + (scalar.value < 0x80 ? 1 : 2)
            }
        }
        return nil
    }

    /// The error for a text refused by the rule, naming the field and the character.
    static func refusal(_ problem: TextProblem, in text: String, field: String, limit: TextLimit) -> ArkaError {
        let position = text.utf8.prefix(problem.byte).reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        let reason: Sentence
        switch problem {
        case .control(let scalar, _):
            reason = """
                the text holds the control character \(codePoint(scalar)) at character \(position); a text may hold tabs, \
                and line breaks in a description, memo, note or reason, but no other control character
                """
        case .lineBreak(_, _):
            reason = "\(limit.noun) is one line, but this one holds a line break at character \(position)"
        case .notUTF8:
            reason = "the text is not UTF-8; save the file as UTF-8"
        }
        return ArkaError(.badText, reason, field: field, value: shown(text))
    }

    /// `U+0000`: a character's code point as messages write it.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The most characters of a value an error message shows.
    public static let shownCharacters = 80

    /// A value as an error message shows it: at most 80 characters (``shownCharacters``), a
    /// longer one cut with `…`; tabs and line breaks written `\t`, `\n`, `\r`, other control
    /// characters and the line separators written `\u{0}` as in Swift, so that nothing a user
    /// typed can move the terminal's cursor or stretch a message to megabytes.
    ///
    /// ```swift
    /// TextLimit.shown("Zyra\u{0}e re")            // Zyra\u{0}e re
    /// TextLimit.shown(String(repeating: "x", count: 5_000_000)).count   // 80
    /// ```
    public static func shown(_ text: String) -> String {
        // Most values are short and plain: shown as they are.
        if text.utf8.count <= shownCharacters, !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            return text
        }
        var shown = ShownValue()
        for scalar in text.unicodeScalars where !shown.append(scalar) { break }
        return shown.text
    }

    /// Bytes that may not be UTF-8, shown as ``shown(_:)`` shows a text, each byte that is not
    /// part of a character written `\x{FF}`.
    ///
    /// ```swift
    /// TextLimit.shown(bytes: [0x78, 0xFF])   // x\x{FF}
    /// ```
    public static func shown(bytes: some Collection<UInt8>) -> String {
        // 80 characters are at most 320 bytes: the rest is never looked at.
        let start = Array(bytes.prefix(shownCharacters * 4 + 4))
        var shown = ShownValue()
        var index = 0
        while index < start.count {
            let end = start[index...].withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }.map { index + $0 } ?? start.count
            for scalar in String(decoding: start[index..<end], as: UTF8.self).unicodeScalars where !shown.append(scalar) {
                return shown.text
            }
            guard end < start.count else { break }
            // Bytes cut off by the prefix are not a fault of the file: shown as cut.
            if end + 4 > start.count && start.count < bytes.count { break }
            guard shown.append(escape: "\\x{\(String(start[end], radix: 16, uppercase: true))}") else { return shown.text }
            index = end + 1
        }
        return start.count < bytes.count ? shown.cut() : shown.text
    }

    /// How a scalar is written in a shown value, or nil when it is shown as it is.
    static func escaped(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: nil
        }
    }

    /// Reads a whole file's bytes as text under the rule for a file: UTF-8, and no control
    /// character other than tabs and line breaks (each of its texts is checked against its own
    /// field's rule once the file is parsed).
    ///
    /// ```swift
    /// let text = try TextLimit.decodeFile(data, file: "ledgers/mallakaster/ledger.yaml")
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` naming the file, the line, the line's start as its
    ///   value, and the byte or character refused.
    public static func decodeFile(_ data: Data, file: String) throws -> String {
        let bytes = [UInt8](data)
        let problem = bytes.withUnsafeBufferPointer { firstProblem(in: $0, lineBreaks: true) }
        guard let problem else { return String(decoding: bytes, as: UTF8.self) }
        let at = problem.byte
        let lineStart = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<at].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineEnd = bytes[at...].firstIndex(of: 0x0A) ?? bytes.count
        let lineBytes = bytes[lineStart..<lineEnd]
        let column = bytes[lineStart..<at].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        let reason: Sentence
        switch problem {
        case .notUTF8:
            reason = "the file is not UTF-8 text: the byte 0x\(String(bytes[at], radix: 16, uppercase: true)) at character \(column) of the line is not a character; save the file as UTF-8"
        case .control(let scalar, _), .lineBreak(let scalar, _):
            reason =
                "the line holds the control character \(codePoint(scalar)) at character \(column); a text may hold tabs and line breaks, but no other control character"
        }
        throw ArkaError(.badText, reason, location: SourceLocation(file: file, line: line, value: shown(bytes: lineBytes)))
    }
}

/// A value being written for an error message: escapes added, stopped at 80 characters.
struct ShownValue {
    private(set) var text = ""
    private var count = 0
    private var isCut = false

    /// Adds a scalar, escaped where ``TextLimit/escaped(_:)`` says; false once the value is full.
    mutating func append(_ scalar: Unicode.Scalar) -> Bool {
        if let escape = TextLimit.escaped(scalar) { return append(escape: escape) }
        guard fits(1) else { return false }
        text.unicodeScalars.append(scalar)
        count += 1
        return true
    }

    /// Adds an escape written as it is (`\x{FF}`); false once the value is full.
    mutating func append(escape: String) -> Bool {
        let length = escape.unicodeScalars.count
        guard fits(length) else { return false }
        text += escape
        count += length
        return true
    }

    /// The value so far, marked as cut.
    mutating func cut() -> String {
        if !isCut {
            text += "…"
            isCut = true
        }
        return text
    }

    /// Whether `length` more characters fit with room left for the `…` of a cut value; when
    /// not, the value is marked as cut.
    private mutating func fits(_ length: Int) -> Bool {
        guard !isCut else { return false }
        if count + length <= TextLimit.shownCharacters - 1 { return true }
        _ = cut()
        return false
    }
}
