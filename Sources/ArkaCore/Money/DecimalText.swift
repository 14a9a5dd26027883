/// A decimal number read exactly from text: `digits / 10^scale`, with its sign in `digits`.
///
/// Foundation's `Decimal(string:)` reads "12abc" as 12 and "1,5" as 1; Arka never lets a parser
/// guess what a user meant, so amounts and rates are read here, strictly: an optional sign,
/// digits, and optionally a point followed by digits. Nothing else.
///
/// ```swift
/// let d = try DecimalText.parse("-1234.50", field: "amount")   // digits -123450, scale 2
/// ```
public struct DecimalText: Sendable, Hashable {
    public let digits: Int64
    public let scale: Int

    /// - Throws: ``ArkaError/Kind/badAmount`` for anything but `[+-]digits[.digits]`,
    ///   ``ArkaError/Kind/overflow`` when the number does not fit 18 significant digits.
    public static func parse(_ text: String, field: String) throws -> DecimalText {
        // Amounts are read for every posting: read a native string's bytes where they lie.
        if let parsed = try text.utf8.withContiguousStorageIfAvailable({ try parse($0, text: text, field: field) }) {
            return parsed
        }
        return try parse(Array(text.utf8), text: text, field: field)
    }

    private static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes, text: String, field: String) throws -> DecimalText {
        var utf8 = bytes[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        var value: Int64 = 0
        var scale = 0
        var seenPoint = false
        var digitsBeforePoint = 0
        var digitsAfterPoint = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                if o1 || o2 {
                    throw ArkaError(.overflow, "the number is too large to hold exactly", field: field, value: text)
                }
                value = sum
                if seenPoint { scale += 1; digitsAfterPoint += 1 } else { digitsBeforePoint += 1 }
            case UInt8(ascii: ".") where !seenPoint:
                seenPoint = true
            default:
                throw ArkaError(
                    .badAmount, "not a number: write digits with an optional sign and a decimal point, like 1234.50",
                    field: field, value: text)
            }
        }
        if digitsBeforePoint == 0 || (seenPoint && digitsAfterPoint == 0) {
            throw ArkaError(
                .badAmount, "not a number: write digits with an optional sign and a decimal point, like 1234.50",
                field: field, value: text)
        }
        return DecimalText(digits: negative ? -value : value, scale: scale)
    }

    public init(digits: Int64, scale: Int) {
        self.digits = digits
        self.scale = scale
    }

    /// The same number with trailing fractional zeros removed: 101.8400 becomes 101.84.
    public var normalized: DecimalText {
        var digits = self.digits
        var scale = self.scale
        while scale > 0 && digits % 10 == 0 {
            digits /= 10
            scale -= 1
        }
        return DecimalText(digits: digits, scale: scale)
    }

    /// The number written with exactly `scale` decimals: `-1234.50`.
    public var text: String { Self.format(digits, scale: scale) }

    /// The number as the nearest binary floating-point number (the digits divided by the power
    /// of ten once, which gives the double a spreadsheet reads from the typed decimal), and
    /// whether it has a fraction, known exactly from the digits. For cells and charts only.
    ///
    /// ```swift
    /// DecimalText(digits: 15050, scale: 2).approximateValue   // (150.5, true)
    /// ```
    public var approximateValue: (value: Double, hasFraction: Bool) {
        var power = 1.0
        for _ in 0..<max(0, scale) { power *= 10 }
        // 10^scale in whole units; 10^18 is the most an Int64 holds.
        var unit: Int64 = 1
        for _ in 0..<min(max(0, scale), 18) { unit *= 10 }
        return (Double(digits) / power, digits % unit != 0)
    }

    /// Writes `units / 10^scale` with exactly `scale` decimals, `-` for negatives, no grouping.
    public static func format(_ units: Int64, scale: Int) -> String {
        let magnitude = units.magnitude
        var text = String(magnitude)
        if scale > 0 {
            if text.count <= scale {
                text = String(repeating: "0", count: scale - text.count + 1) + text
            }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
        }
        return units < 0 ? "-" + text : text
    }
}
