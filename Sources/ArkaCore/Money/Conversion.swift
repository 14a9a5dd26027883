/// Converting foreign amounts to the base currency: the one place where Arka rounds money.
///
/// Conversions, shares and VAT round half away from zero; a percentage limit
/// (``percent(_:of:)``) rounds toward zero, so that what a limit allows is never overstated.
///
/// `base = amount / rate`, computed exactly in 128-bit integers, then rounded once, half away
/// from zero, to the base currency's minor unit. Every converted figure in the ledger comes
/// from ``Conversion/toBase(_:rate:base:)``.
///
/// ```swift
/// let lek = try Money.parse("10184", currency: .lek)
/// let euro = try Conversion.toBase(lek, rate: try ExchangeRate.parse("101.84"), base: .euro)
/// // 100.00 EUR
/// ```
public enum Conversion {
    /// - Throws: ``ArkaError/Kind/overflow`` when the result does not fit in 64 bits.
    public static func toBase(_ amount: Money, rate: ExchangeRate, base: Currency) throws -> Money {
        // amount.minor / 10^e_c / (m / 10^s) * 10^e_b  =  minor * 10^(e_b + s) / (m * 10^e_c)
        let numerator = Int128(amount.minorUnits) * power(base.exponent + rate.scale)
        let denominator = Int128(rate.mantissa) * power(amount.currency.exponent)
        let rounded = roundHalfAwayFromZero(numerator, denominator)
        guard let units = Int64(exactly: rounded) else {
            throw ArkaError(.overflow, "\(amount) converted at \(rate) is too large to hold exactly")
        }
        return Money(minorUnits: units, currency: base)
    }

    /// Converts an amount at a rate given as an exact fraction, `rateNumerator / rateDenominator`
    /// units of the amount's currency per unit of `target`: how an average of several rates is
    /// applied without rounding the average first.
    ///
    /// ```swift
    /// // 10,184 lek at the average of 101.84 and 106.95, that is 208.79 / 2
    /// let euro = try Conversion.convert(lek, rateNumerator: 20879, rateDenominator: 200, to: .euro)  // 97.55 EUR
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` when the result does not fit in 64 bits.
    public static func convert(_ amount: Money, rateNumerator: Int128, rateDenominator: Int128, to target: Currency) throws -> Money {
        precondition(rateNumerator > 0 && rateDenominator > 0, "a rate is positive")
        // minor / 10^e_c / (n / d) * 10^e_t  =  minor * d * 10^e_t / (n * 10^e_c)
        let (product, overflow1) = Int128(amount.minorUnits).multipliedReportingOverflow(by: rateDenominator)
        let (scaled, overflow2) = product.multipliedReportingOverflow(by: power(target.exponent))
        let (denominator, overflow3) = rateNumerator.multipliedReportingOverflow(by: power(amount.currency.exponent))
        guard !overflow1, !overflow2, !overflow3, let units = Int64(exactly: roundHalfAwayFromZero(scaled, denominator)) else {
            throw ArkaError(.overflow, "\(amount) converted to \(target.code) is too large to hold exactly")
        }
        return Money(minorUnits: units, currency: target)
    }

    /// A unit price times a quantity, rounded once to the price's minor unit: a sale line's amount.
    ///
    /// ```swift
    /// let cake = try Money.parse("1200", currency: .lek)
    /// let amount = try Conversion.extend(cake, by: try Quantity.parse("1.25"))   // 1500 ALL
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` when the result does not fit in 64 bits.
    public static func extend(_ unitPrice: Money, by quantity: Quantity) throws -> Money {
        let (product, overflow) = Int128(unitPrice.minorUnits).multipliedReportingOverflow(by: Int128(quantity.value.digits))
        guard !overflow, let units = Int64(exactly: roundHalfAwayFromZero(product, power(quantity.value.scale))) else {
            throw ArkaError(.overflow, "\(quantity) × \(unitPrice) is too large to hold exactly")
        }
        return Money(minorUnits: units, currency: unitPrice.currency)
    }

    /// The VAT inside a price that includes it: `gross × rate / (100 + rate)`, rounded once; the
    /// net amount is the rest, so net and VAT always add up to the gross.
    ///
    /// ```swift
    /// let vat = try Conversion.includedVAT(in: try Money.parse("120", currency: .lek), percent: try DecimalText.parse("20", field: "vat_rate"))
    /// // 20 ALL
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` when the result does not fit in 64 bits.
    public static func includedVAT(in gross: Money, percent: DecimalText) throws -> Money {
        // gross * (r / 10^s) / (100 + r / 10^s) = gross * r / (100 * 10^s + r)
        let rate = Int128(percent.digits)
        let denominator = 100 * power(percent.scale) + rate
        let (numerator, overflow) = Int128(gross.minorUnits).multipliedReportingOverflow(by: rate)
        guard !overflow, denominator > 0, let units = Int64(exactly: roundHalfAwayFromZero(numerator, denominator)) else {
            throw ArkaError(.overflow, "the VAT in \(gross) is too large to hold exactly")
        }
        return Money(minorUnits: units, currency: gross.currency)
    }

    /// An amount times `numerator / denominator`, rounded once: a share, an average, a break-even.
    ///
    /// ```swift
    /// let average = try Conversion.scale(threeMonths, by: 1, over: 3)
    /// ```
    /// With `toDisplayUnit` the result is rounded to the unit people write (whole lek) instead of
    /// the stored minor unit: for estimates, where qindarka would claim a precision there is not.
    /// - Throws: ``ArkaError/Kind/overflow`` when the result does not fit in 64 bits.
    public static func scale(_ amount: Money, by numerator: Int64, over denominator: Int64, toDisplayUnit: Bool = false) throws -> Money {
        precondition(denominator != 0, "scaling divides by a number other than zero")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let unit = toDisplayUnit ? power(amount.currency.exponent - amount.currency.displayExponent) : 1
        let (product, overflow) = Int128(amount.minorUnits).multipliedReportingOverflow(by: Int128(numerator) * sign)
        guard !overflow, let units = Int64(exactly: roundHalfAwayFromZero(product, Int128(denominator) * sign * unit) * unit) else {
            throw ArkaError(.overflow, "\(amount) scaled by \(numerator)/\(denominator) is too large to hold exactly")
        }
        return Money(minorUnits: units, currency: amount.currency)
    }

    /// An amount times the ratio of two amounts of one currency, `numerator / (denominator ×
    /// count)`, rounded once: fixed costs × sales ÷ (gross margin × months) is a break-even.
    ///
    /// ```swift
    /// let breakEven = try Conversion.scale(fixedCosts, by: sales, over: margin, times: 3, toDisplayUnit: true)
    /// ```
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when numerator and denominator differ in
    ///   currency, ``ArkaError/Kind/overflow`` when a product or the result does not fit.
    public static func scale(_ amount: Money, by numerator: Money, over denominator: Money, times count: Int64 = 1, toDisplayUnit: Bool = false) throws -> Money {
        guard numerator.currency == denominator.currency else {
            throw ArkaError(
                .currencyMismatch, "cannot divide \(numerator.currency.code) by \(denominator.currency.code) without a rate",
                field: "currency", value: denominator.currency.code)
        }
        let (over, overflow) = denominator.minorUnits.multipliedReportingOverflow(by: count)
        guard !overflow else {
            throw ArkaError(.overflow, "\(denominator) times \(count) is too large to hold exactly")
        }
        return try scale(amount, by: numerator.minorUnits, over: over, toDisplayUnit: toDisplayUnit)
    }

    /// `percent` % of an amount, rounded toward zero to its minor unit: the most a percentage
    /// limit lets an amount move, never overstated. It is the rounding that agrees with the exact
    /// test of a limit: a change of this many minor units is within `percent` %, one more is not
    /// (25 % of 10,000.03 EUR is 2,500.00 EUR, as 2,500.01 is more than 2,500.0075).
    ///
    /// ```swift
    /// let allowed = try Conversion.percent(25, of: try Money.parse("6000.00", currency: .euro))   // 1500.00 EUR
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` when the result does not fit in 64 bits.
    public static func percent(_ percent: Int, of amount: Money) throws -> Money {
        let (product, overflow) = Int128(amount.minorUnits).multipliedReportingOverflow(by: Int128(percent))
        // Integer division truncates toward zero.
        guard !overflow, let units = Int64(exactly: product / 100) else {
            throw ArkaError(.overflow, "\(percent) % of \(amount) is too large to hold exactly")
        }
        return Money(minorUnits: units, currency: amount.currency)
    }

    /// `numerator / denominator` as a decimal with `decimals` places, rounded once; nil when the
    /// denominator is zero. For ratios shown to people (months of cash left).
    public static func ratio(_ numerator: Int64, _ denominator: Int64, decimals: Int) -> DecimalText? {
        guard denominator != 0 else { return nil }
        let sign: Int128 = denominator < 0 ? -1 : 1
        let value = roundHalfAwayFromZero(Int128(numerator) * power(decimals) * sign, Int128(denominator) * sign)
        return DecimalText(digits: Int64(clamping: value), scale: decimals)
    }

    /// `numerator / denominator` rounded half away from zero; `denominator` is positive.
    static func roundHalfAwayFromZero(_ numerator: Int128, _ denominator: Int128) -> Int128 {
        precondition(denominator > 0, "rounding divides by a positive number")
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= denominator.magnitude {
            return numerator < 0 ? quotient - 1 : quotient + 1
        }
        return quotient
    }

    private static func power(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
