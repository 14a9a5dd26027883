/// An exact exchange rate: how many units of a currency make one unit of the base currency.
///
/// This is the convention of `rates.csv` and of the EU's InforEuro: with a EUR ledger, the lek
/// rate 101.84 means 1 EUR = 101.84 ALL. Rates are exact decimals, never `Double`.
///
/// ```swift
/// let rate = try ExchangeRate.parse("101.84")
/// ```
public struct ExchangeRate: Sendable, Hashable, CustomStringConvertible {
    /// The rate is `mantissa / 10^scale`, normalized (no trailing fractional zeros).
    public let mantissa: Int64
    public let scale: Int

    /// The most decimals a rate may have; InforEuro publishes 4, central banks up to 6.
    public static let maximumDecimals = 10

    /// - Throws: ``ArkaError/Kind/badRate`` for text that is not a positive decimal with at most
    ///   ``maximumDecimals`` decimals.
    public static func parse(_ text: String, field: String = "rate") throws -> ExchangeRate {
        let number: DecimalText
        do {
            number = try DecimalText.parse(text, field: field)
        } catch let error as ArkaError {
            throw ArkaError(.badRate, "a rate is a positive decimal number, like 101.84", location: error.location)
        }
        let normalized = number.normalized
        guard normalized.digits > 0 else {
            throw ArkaError(.badRate, "a rate must be greater than zero", field: field, value: text)
        }
        guard normalized.scale <= maximumDecimals else {
            throw ArkaError(.badRate, "a rate takes at most \(maximumDecimals) decimals", field: field, value: text)
        }
        return ExchangeRate(mantissa: normalized.digits, scale: normalized.scale)
    }

    private init(mantissa: Int64, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }

    /// The rate as written in files and hashes: `101.84`.
    public var description: String { DecimalText.format(mantissa, scale: scale) }
}
