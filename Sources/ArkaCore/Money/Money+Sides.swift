/// The questions reports ask of an amount without leaving ``Money``: its sign, its debit or
/// credit side, its share of another amount, and its nearest binary number for a spreadsheet cell.
///
/// ```swift
/// let amount = try Money.parse("-150.50", currency: .euro)
/// amount.isNegative                  // true
/// amount.debitSide                   // 0.00 EUR
/// try amount.creditSide()            // 150.50 EUR
/// try amount.percent(of: try Money.parse("301.00", currency: .euro))   // -50.00
/// ```
extension Money {
    /// Whether the amount is more than zero: a debit, money in, something left.
    public var isPositive: Bool { minorUnits > 0 }

    /// Whether the amount is less than zero: a credit, money out, a shortage.
    public var isNegative: Bool { minorUnits < 0 }

    /// The amount's size (its absolute value) as an exact decimal of its currency's units, what
    /// an amount range compares: 150.50 for -150.50 EUR. Nil for the smallest 64-bit amount, whose
    /// size does not fit.
    public var size: DecimalText? {
        minorUnits == .min ? nil : DecimalText(digits: minorUnits < 0 ? -minorUnits : minorUnits, scale: currency.exponent)
    }

    /// The amount when it is a debit (more than zero), else zero: a debit column's figure.
    public var debitSide: Money { minorUnits > 0 ? self : .zero(currency) }

    /// The size of the amount when it is a credit (less than zero), else zero: a credit column's figure.
    /// - Throws: ``ArkaError/Kind/overflow`` for the smallest 64-bit amount, whose size does not fit.
    public func creditSide() throws -> Money { minorUnits < 0 ? try negated() : .zero(currency) }

    /// Whether this amount comes before `other` in a list ordered by amount: by currency code
    /// first, then by amount. For sorting a report's rows, never for a limit: a limit compares
    /// amounts of one currency with ``isLess(than:)`` or ``exceeds(_:)``, which refuse two.
    ///
    /// ```swift
    /// lines.sorted { $1.takings.sortsBefore($0.takings) }   // largest first
    /// ```
    public func sortsBefore(_ other: Money) -> Bool {
        currency != other.currency ? currency < other.currency : minorUnits < other.minorUnits
    }

    /// This amount as a percent of `whole`, rounded half away from zero to two decimals; nil when
    /// `whole` is zero (a share of nothing is not a number).
    ///
    /// ```swift
    /// try spent.percent(of: budget)   // 87.46 for 2,186.50 of 2,500.00 EUR
    /// ```
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies differ.
    public func percent(of whole: Money) throws -> DecimalText? {
        guard currency == whole.currency else {
            throw ArkaError(
                .currencyMismatch, "cannot take \(currency.code) as a share of \(whole.currency.code) without a rate",
                field: "currency", value: whole.currency.code)
        }
        return BudgetAssessment.percent(minorUnits, of: whole.minorUnits)
    }

    /// This amount divided by `other` as a decimal with `decimals` places, rounded once; nil when
    /// `other` is zero. For ratios shown to people (months of cash left).
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies differ.
    public func ratio(to other: Money, decimals: Int) throws -> DecimalText? {
        guard currency == other.currency else {
            throw ArkaError(
                .currencyMismatch, "cannot divide \(currency.code) by \(other.currency.code) without a rate",
                field: "currency", value: other.currency.code)
        }
        return Conversion.ratio(minorUnits, other.minorUnits, decimals: decimals)
    }

    /// The same number of minor units in another currency of as many decimals: an amount already
    /// converted elsewhere (a budget set in the reporting currency), never a conversion.
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies' decimals differ.
    public func restated(in other: Currency) throws -> Money {
        guard other.exponent == currency.exponent else {
            throw ArkaError(
                .currencyMismatch, "\(currency.code) and \(other.code) have different decimals; restating needs a rate",
                field: "currency", value: other.code)
        }
        return Money(minorUnits: minorUnits, currency: other)
    }

    /// The amount as the nearest binary floating-point number, and whether it has a fraction of
    /// its major unit: what a spreadsheet cell or a chart holds. Never for arithmetic: sums stay
    /// in minor units.
    ///
    /// ```swift
    /// try Money.parse("123.45", currency: .euro).approximateValue   // (123.45, true)
    /// ```
    public var approximateValue: (value: Double, hasFraction: Bool) {
        DecimalText(digits: minorUnits, scale: currency.exponent).approximateValue
    }

    /// Whether this amount is more than `percent` % of `whole`, exactly (neither side rounded):
    /// a heading above its share of the direct costs. False when `whole` is not positive.
    ///
    /// ```swift
    /// try indirect.isMore(thanPercent: DecimalText(digits: 7, scale: 0), of: direct)
    /// ```
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies differ.
    public func isMore(thanPercent percent: DecimalText, of whole: Money) throws -> Bool {
        guard currency == whole.currency else {
            throw ArkaError(
                .currencyMismatch, "cannot take \(currency.code) as a share of \(whole.currency.code) without a rate",
                field: "currency", value: whole.currency.code)
        }
        guard whole.minorUnits > 0 else { return false }
        var scale: Int128 = 100
        for _ in 0..<max(0, percent.scale) { scale *= 10 }
        return Int128(minorUnits) * scale > Int128(percent.digits) * Int128(whole.minorUnits)
    }

    /// This amount's share of `whole` as the nearest binary floating-point number: a percent
    /// cell of a spreadsheet, which shows it rounded. Nil when `whole` is zero or of another
    /// currency. Never for arithmetic: an exact share is ``percent(of:)``.
    public func approximateShare(of whole: Money) -> Double? {
        guard currency == whole.currency, whole.minorUnits != 0 else { return nil }
        return Double(minorUnits) / Double(whole.minorUnits)
    }

    /// The amount as its count of minor units in decimal digits: how a ledger's setting stores
    /// an amount (`500000` for 5,000.00 EUR), kept as older ledgers wrote it.
    public var storedUnits: String { String(minorUnits) }

    /// The amount a setting stored as its count of minor units; nil when the text is not a
    /// whole number that fits in 64 bits.
    public init?(storedUnits text: String, currency: Currency) {
        guard let units = Int64(text) else { return nil }
        self.init(minorUnits: units, currency: currency)
    }
}
