import ArkaRules
import Foundation

/// JSON as every report but the scoring's writes it: an `Encodable` value through one
/// `JSONEncoder`, pretty-printed with keys sorted, property names in snake case
/// (`budgetLine` → `budget_line`; a dictionary's keys, codes, stay as they are), amounts as
/// decimal strings. The large scoring output streams through ``JSONBytes`` instead.
///
/// ```swift
/// struct Shape: Encodable { var asOf: String; @JSONNull var fund: String? }
/// JSONText.render(Shape(asOf: "2024-12-31", fund: nil))   // {\n  "as_of" : "2024-12-31",\n  "fund" : null\n}\n
/// ```
enum JSONText {
    /// The value's JSON and a line break; `null` for a value JSON cannot hold (none of Arka's: no
    /// report has a floating-point number).
    static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(value) else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A list of objects, one per row, keyed by the header: the JSON of a CSV table.
    static func objects(_ header: [String], _ rows: [[String]]) -> String {
        render(rows.map { Dictionary(zip(header, $0), uniquingKeysWith: { first, _ in first }) })
    }
}

/// An optional property written as `null` when absent (a synthesized `Encodable` leaves an absent
/// optional out): the reports' JSON always has every key.
@propertyWrapper
struct JSONNull<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

/// A key named at run time, for an object whose keys a list gives (a report's columns). Written
/// as given: already in snake case, it passes the encoder's key strategy unchanged.
struct JSONKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init(stringLiteral name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// JSON built as bytes, for the one output too large to hold whole or to encode value by value,
/// the scoring's (``ScoringOutcome/render(as:stamp:identity:to:)``): strings escaped as
/// JSON requires, points written as decimal strings.
struct JSONBytes {
    var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes, leaving this one empty (no copy: a lane's buffer moves between threads).
    mutating func taken() -> JSONBytes {
        defer { bytes = [] }
        return self
    }

    /// Text written as it is: JSON punctuation and keys.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A whole number's digits.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    mutating func optional(integer value: Int?) {
        if let value { integer(value) } else { raw("null") }
    }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    mutating func string(_ text: String) {
        var text = text
        let plain = text.withUTF8 { utf8 in
            // Most strings need no escaping: copied whole.
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            bytes.append(0x22)
            bytes.append(contentsOf: utf8)
            bytes.append(0x22)
            return true
        }
        if plain { return }
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20: bytes.append(contentsOf: String(format: "\\u%04x", byte).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Strings separated by `, `, without the brackets.
    mutating func list(_ texts: [String]) {
        for (index, text) in texts.enumerated() {
            if index > 0 { raw(", ") }
            string(text)
        }
    }

    /// Points as a quoted decimal: `"12.5"`, `"12"`, `"-0.25"`.
    mutating func points(_ value: Points) {
        bytes.append(0x22)
        decimal(value)
        bytes.append(0x22)
    }

    /// Points as ``Points/description`` writes them: `12.5`, `12`, `-0.25`.
    mutating func decimal(_ value: Points) {
        var hundredths = value.hundredths
        if hundredths < 0 {
            bytes.append(0x2D)
            hundredths = -hundredths
        }
        integer(Int(hundredths / 100))
        let cents = Int(hundredths % 100)
        if cents != 0 {
            bytes.append(0x2E)
            bytes.append(0x30 + UInt8(cents / 10))
            if cents % 10 != 0 { bytes.append(0x30 + UInt8(cents % 10)) }
        }
    }

    /// A field's value as a JSON string (`"6"`, `"true"`, `"farm"`), or null when empty.
    mutating func value(_ value: FieldValue) {
        switch value {
        case .empty: raw("null")
        case .text(let text): string(text)
        case .integer(let number):
            bytes.append(0x22)
            integer(Int(number))
            bytes.append(0x22)
        case .boolean(let flag): raw(flag ? "\"true\"" : "\"false\"")
        case .number, .date: string(value.description)
        }
    }

    /// Text written as it is, unquoted.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
