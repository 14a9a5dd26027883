/// How many of a product a sale line holds: an exact positive decimal (12 loaves, 1.25 kg of cake).
///
/// ```swift
/// let loaves = try Quantity.parse("12")
/// let cake = try Quantity.parse("1.25")
/// ```
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The quantity, normalized (no trailing fractional zeros).
    public let value: DecimalText

    /// The most decimals a quantity may have (grams of a kilogram).
    public static let maximumDecimals = 3

    /// - Throws: ``ArkaError/Kind/badQuantity`` for text that is not a positive decimal with at
    ///   most three decimals.
    public static func parse(_ text: String, field: String = "quantity") throws -> Quantity {
        let number: DecimalText
        do {
            number = try DecimalText.parse(text, field: field)
        } catch let error as ArkaError {
            throw ArkaError(.badQuantity, "a quantity is a positive number, like 12 or 1.25", location: error.location)
        }
        let normalized = number.normalized
        guard normalized.digits > 0 else {
            throw ArkaError(.badQuantity, "a quantity must be greater than zero (a refund is its own entry)", field: field, value: text)
        }
        guard normalized.scale <= maximumDecimals else {
            throw ArkaError(.badQuantity, "a quantity takes at most \(maximumDecimals) decimals", field: field, value: text)
        }
        // The ledger keeps quantities in thousandths: a billion units is far beyond any sale.
        var thousandths = normalized.digits
        for _ in normalized.scale..<maximumDecimals { thousandths = thousandths.multipliedReportingOverflow(by: 10).partialValue }
        guard normalized.digits <= 1_000_000_000_000, thousandths <= 1_000_000_000_000 else {
            throw ArkaError(.badQuantity, "a quantity is at most 1000000000", field: field, value: text)
        }
        return Quantity(value: normalized)
    }

    private init(value: DecimalText) { self.value = value }

    /// The quantity as written in files: `12`, `1.25`.
    public var description: String { value.text }
}
