/// An exact amount of money: a whole number of minor units (cents, qindarka) of one currency.
///
/// Money is never a floating-point number. Sums are checked: an overflow is an error, never a
/// wrap-around.
///
/// ```swift
/// let price = try Money.parse("1234.50", currency: .euro)   // 123450 cents
/// let total = try price.adding(price)                        // 2469.00 EUR
/// ```
public struct Money: Sendable, Hashable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Reads an amount written with at most the currency's decimals.
    /// - Throws: ``ArkaError/Kind/badAmount`` for text that is not a number,
    ///   ``ArkaError/Kind/tooManyDecimals`` for more decimals than the currency has,
    ///   ``ArkaError/Kind/overflow`` when it does not fit.
    public static func parse(_ text: String, currency: Currency, field: String = "amount") throws -> Money {
        let number = try DecimalText.parse(text, field: field)
        guard number.scale <= currency.exponent else {
            if number.normalized.scale <= currency.exponent {
                return try parse(number.normalized, currency: currency, field: field, text: text)
            }
            throw ArkaError(
                .tooManyDecimals,
                "\(currency.code) amounts take at most \(currency.exponent) decimals",
                field: field, value: text)
        }
        return try parse(number, currency: currency, field: field, text: text)
    }

    private static func parse(_ number: DecimalText, currency: Currency, field: String, text: String) throws -> Money {
        var units = number.digits
        for _ in number.scale..<currency.exponent {
            let (next, overflow) = units.multipliedReportingOverflow(by: 10)
            if overflow {
                throw ArkaError(.overflow, "the amount is too large to hold exactly", field: field, value: text)
            }
            units = next
        }
        return Money(minorUnits: units, currency: currency)
    }

    /// The sum of two amounts of the same currency.
    /// - Throws: ``ArkaError/Kind/overflow`` when the sum does not fit in 64 bits.
    public func adding(_ other: Money) throws -> Money {
        precondition(currency == other.currency, "adding \(other.currency) to \(currency)")
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        if overflow {
            throw ArkaError(.overflow, "the sum of \(self) and \(other) is too large to hold exactly")
        }
        return Money(minorUnits: sum, currency: currency)
    }

    public var negated: Money { Money(minorUnits: -minorUnits, currency: currency) }
    public var isZero: Bool { minorUnits == 0 }

    /// The amount with all its stored decimals: `1234.50` (machine formats, journals).
    public var decimalText: String { DecimalText.format(minorUnits, scale: currency.exponent) }

    /// The amount as people write it: the display decimals when nothing is lost (`12500` lek),
    /// otherwise every stored decimal (`12500.50`). Never hides a qindarka.
    public var displayText: String {
        let drop = currency.exponent - currency.displayExponent
        var divisor: Int64 = 1
        for _ in 0..<drop { divisor *= 10 }
        if drop > 0 && minorUnits % divisor == 0 {
            return DecimalText.format(minorUnits / divisor, scale: currency.displayExponent)
        }
        return decimalText
    }

    public var description: String { "\(decimalText) \(currency.code)" }
}

extension Money {
    /// The amount for a table: thousands grouped with commas, the currency's display decimals.
    public var tableText: String {
        let text = displayText
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        grouped = whole + grouped
        if parts.count == 2 { grouped += "." + parts[1] }
        return (negative ? "-" : "") + grouped
    }
}

/// Checked sums of Int64 minor units, for totals built column by column.
public enum Checked {
    /// - Throws: ``ArkaError/Kind/overflow`` when the sum does not fit in 64 bits.
    public static func add(_ a: Int64, _ b: Int64, what: @autoclosure () -> String) throws -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw ArkaError(.overflow, "\(what()) is too large to hold exactly") }
        return sum
    }
}
