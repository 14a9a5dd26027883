/// A currency as ISO 4217 defines it: its code and how many decimals its minor unit has.
///
/// `exponent` is what the ledger stores; `displayExponent` is what people write. The Albanian
/// lek has two decimals in ISO 4217 (qindarka) but none in use, so ALL stores 2 and shows 0.
///
/// ```swift
/// let lek = try Currency(code: "ALL")   // exponent 2, displayExponent 0
/// ```
public struct Currency: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let code: String
    public let exponent: Int
    public let displayExponent: Int

    /// Looks the code up in the ISO 4217 table.
    /// - Throws: ``ArkaError/Kind/unknownCurrency`` when the code is not an active ISO 4217 code.
    public init(code: String) throws {
        guard let exponent = ISO4217.exponents[code] else {
            throw ArkaError(
                .unknownCurrency, "not an ISO 4217 currency code (write it like EUR or ALL)",
                field: "currency", value: code)
        }
        self.code = code
        self.exponent = exponent
        self.displayExponent = ISO4217.displayExponents[code] ?? exponent
    }

    private init(knownCode code: String, exponent: Int, displayExponent: Int) {
        self.code = code
        self.exponent = exponent
        self.displayExponent = displayExponent
    }

    /// The euro, the EU's reporting currency.
    public static let euro = Currency(knownCode: "EUR", exponent: 2, displayExponent: 2)
    /// The Albanian lek: two decimals stored, none shown.
    public static let lek = Currency(knownCode: "ALL", exponent: 2, displayExponent: 0)

    public var description: String { code }

    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }
}
