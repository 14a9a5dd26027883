/// A sentence a report says, as the key of its wording and the values it names, so that a
/// workbook can word it in its template's language: the template's label `key` with each
/// `{name}` replaced by its value. The command line keeps its own English sentence.
///
/// ```swift
/// let phrase = Phrase("flag.spent_beyond", ["fund": "EU", "line": "3.3", "amount": "5200.00 EUR"])
/// phrase.worded("line {line} of {fund} is spent beyond its budget: {amount}")
/// // "line 3.3 of EU is spent beyond its budget: 5200.00 EUR"
/// ```
public struct Phrase: Sendable, Equatable {
    /// The wording's key: `flag.spent_beyond`, `reason.awarded`, `register.equipment_in_stock`.
    public var key: String
    /// The values its placeholders name.
    public var values: [String: String]

    public init(_ key: String, _ values: [String: String] = [:]) {
        self.key = key
        self.values = values
    }

    /// `pattern` with each `{name}` of a value replaced by it, in one pass: braces in a value,
    /// or around a name without a value, stay as they are.
    public func worded(_ pattern: String) -> String {
        guard pattern.contains("{") else { return pattern }
        var out = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] else {
                out.append("{")
                rest = rest[afterOpen...]
                continue
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
