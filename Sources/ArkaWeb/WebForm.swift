import ArkaCore
import Foundation

/// The fields of a form sent as `application/x-www-form-urlencoded`, or of an address's query.
///
/// ```swift
/// let form = WebForm(encoded: "item=BUKE&qty.BUKE=2&note=buk%C3%AB+e+ngroht%C3%AB")
/// form["note"]   // "bukë e ngrohtë"
/// ```
struct WebForm: Sendable {
    /// The fields in the order sent; a name may come more than once.
    private(set) var fields: [(name: String, value: String)]

    init(encoded: String) {
        // Foundation reads the percent escapes; a form writes a space as "+".
        let items = URLComponents(string: "?" + encoded.replacingOccurrences(of: "+", with: "%20"))?.queryItems ?? []
        fields = items.map { ($0.name, $0.value ?? "") }
    }

    /// The first value of `name`, trimmed; nil when absent or empty.
    subscript(_ name: String) -> String? {
        guard let value = fields.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Checks every field but the password against the text rule (``TextLimit``), as the command
    /// line checks its options: no control character, no line break in a one-line field, no
    /// text longer than its kind holds. A quantity field (`qty.CODE`) is held to a quantity's rule.
    /// - Throws: ``ArkaError/Kind/badText`` or ``ArkaError/Kind/textTooLong`` naming the field.
    func checkTexts() throws {
        for field in fields where field.name != "password" {
            try TextLimit.check(field.name, field: "field name", limit: .code)
            try TextLimit.check(field.value, field: field.name.hasPrefix("qty.") ? "quantity" : field.name)
        }
    }

    /// The fields whose names start with `prefix`, by the rest of their names.
    func withPrefix(_ prefix: String) -> [(name: String, value: String)] {
        fields.compactMap { $0.name.hasPrefix(prefix) ? (String($0.name.dropFirst(prefix.count)), $0.value) : nil }
    }
}
