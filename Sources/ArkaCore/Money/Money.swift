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

    /// The amount of an exact decimal read elsewhere (a number field of an application, kept
    /// with four decimals): trailing zeros beyond the currency's decimals are dropped, any other
    /// digit there is refused.
    ///
    /// ```swift
    /// try Money.exactly(DecimalText(digits: 12_345_000, scale: 4), currency: .euro)   // 1234.50 EUR
    /// ```
    /// - Throws: ``ArkaError/Kind/tooManyDecimals`` for more decimals than the currency has,
    ///   ``ArkaError/Kind/overflow`` when it does not fit.
    public static func exactly(_ number: DecimalText, currency: Currency, field: String = "amount") throws -> Money {
        let exact = number.scale <= currency.exponent ? number : number.normalized
        guard exact.scale <= currency.exponent else {
            throw ArkaError(
                .tooManyDecimals, "\(currency.code) amounts take at most \(currency.exponent) decimals", field: field, value: number.text)
        }
        return try parse(exact, currency: currency, field: field, text: number.text)
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
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies differ,
    ///   ``ArkaError/Kind/overflow`` when the sum does not fit in 64 bits.
    public func adding(_ other: Money) throws -> Money {
        try checkSameCurrency(other, "add")
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        if overflow {
            throw ArkaError(.overflow, "the sum of \(self) and \(other) is too large to hold exactly")
        }
        return Money(minorUnits: sum, currency: currency)
    }

    /// This amount less another of the same currency.
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies differ,
    ///   ``ArkaError/Kind/overflow`` when the difference does not fit in 64 bits.
    public func subtracting(_ other: Money) throws -> Money {
        try checkSameCurrency(other, "subtract")
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        if overflow {
            throw ArkaError(.overflow, "\(self) less \(other) is too large to hold exactly")
        }
        return Money(minorUnits: difference, currency: currency)
    }

    /// The amount with the other sign: a debit's credit.
    /// - Throws: ``ArkaError/Kind/overflow`` for the smallest 64-bit amount
    ///   (-92233720368547758.08 EUR), whose opposite does not fit.
    public func negated() throws -> Money {
        let (opposite, overflow) = Int64(0).subtractingReportingOverflow(minorUnits)
        if overflow {
            throw ArkaError(.overflow, "the opposite of \(self) is too large to hold exactly", field: "amount", value: decimalText)
        }
        return Money(minorUnits: opposite, currency: currency)
    }

    /// The amount without its sign: a shortage's size.
    /// - Throws: ``ArkaError/Kind/overflow`` for the smallest 64-bit amount, whose size does not fit.
    public func magnitude() throws -> Money {
        minorUnits < 0 ? try negated() : self
    }

    /// The sum of `amounts`, all of `currency`; zero for none.
    ///
    /// ```swift
    /// let total = try Money.sum(lines.map(\.amount), currency: .euro)
    /// ```
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` for an amount of another currency,
    ///   ``ArkaError/Kind/overflow`` when a partial sum does not fit in 64 bits.
    public static func sum<Amounts: Sequence>(_ amounts: Amounts, currency: Currency) throws -> Money
    where Amounts.Element == Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    /// Whether this amount is less than another of the same currency.
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies differ: 5 EUR and
    ///   500 ALL have no order without a rate.
    public func isLess(than other: Money) throws -> Bool {
        try checkSameCurrency(other, "compare")
        return minorUnits < other.minorUnits
    }

    /// Whether this amount is more than another of the same currency: a limit is exceeded by
    /// one minor unit more, never by the limit itself.
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when the currencies differ.
    public func exceeds(_ other: Money) throws -> Bool {
        try checkSameCurrency(other, "compare")
        return minorUnits > other.minorUnits
    }

    /// - Throws: ``ArkaError/Kind/currencyMismatch`` when `other` is of another currency.
    private func checkSameCurrency(_ other: Money, _ operation: String) throws {
        guard currency != other.currency else { return }
        throw ArkaError(
            .currencyMismatch, "cannot \(operation) \(other.currency.code) and \(currency.code) amounts without a rate",
            field: "currency", value: other.currency.code)
    }

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
    public var tableText: String { tableText(allDecimals: false) }

    /// Whether the amount has a fraction the currency's display decimals do not show: 150.50
    /// lek has, 12,500 lek has not. A column of a table shows every stored decimal of its
    /// amounts in a currency when any of them has (``tableText(allDecimals:)``).
    public var hasHiddenDecimals: Bool {
        var divisor: Int64 = 1
        for _ in 0..<max(0, currency.exponent - currency.displayExponent) { divisor *= 10 }
        return minorUnits % divisor != 0
    }

    /// The amount for a table, thousands grouped with commas: every stored decimal when
    /// `allDecimals` (`12,500.00` in a column beside `150.50`), else the display decimals when
    /// nothing is lost (`12,500`).
    public func tableText(allDecimals: Bool) -> String {
        let text = allDecimals ? decimalText : displayText
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

/// Checked arithmetic on Int64 minor units, for totals built column by column. Each names what
/// it computes, so that an overflow says which total no longer fits.
public enum Checked {
    /// `a + b`.
    /// - Throws: ``ArkaError/Kind/overflow`` when the sum does not fit in 64 bits.
    public static func add(_ a: Int64, _ b: Int64, what: @autoclosure () -> String) throws -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw ArkaError(.overflow, "\(what()) is too large to hold exactly") }
        return sum
    }

    /// `a - b`.
    /// - Throws: ``ArkaError/Kind/overflow`` when the difference does not fit in 64 bits.
    public static func subtract(_ a: Int64, _ b: Int64, what: @autoclosure () -> String) throws -> Int64 {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw ArkaError(.overflow, "\(what()) is too large to hold exactly") }
        return difference
    }

    /// `-a`; the smallest Int64 has no opposite that fits.
    /// - Throws: ``ArkaError/Kind/overflow`` for `Int64.min`.
    public static func negate(_ a: Int64, what: @autoclosure () -> String) throws -> Int64 {
        try subtract(0, a, what: what())
    }

    /// The refusal of a posting of `amount` (as written, in a currency of `scale` decimals) that
    /// would take `total` ("the ledger's debits in EUR") past the most 64 bits hold:
    /// 92233720368547758.07 with two decimals.
    public static func refusal(amount: Int64, scale: Int, takes total: String) -> ArkaError {
        ArkaError(
            .overflow,
            "this posting would take \(total) past \(DecimalText.format(Int64.max, scale: scale)), the most a ledger holds exactly; nothing was posted",
            field: "amount", value: DecimalText.format(amount, scale: scale))
    }

    /// Runs `body`, a computation on ``Money``, and names `what` in the overflow it may throw,
    /// so that the refusal says which total no longer fits rather than which two amounts.
    ///
    /// ```swift
    /// let balance = try Checked.named("the balance of 5120") { try opening.adding(posting.amount) }
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` naming `what`, or any other error of `body` as it is.
    public static func named<Value>(_ what: @autoclosure () -> String, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as ArkaError where error.kind == .overflow {
            throw ArkaError(.overflow, "\(what()) is too large to hold exactly")
        }
    }

    /// The refusal of a posting of `amount` that would take `total` ("the ledger's debits in
    /// EUR") past the most 64 bits hold.
    public static func refusal(amount: Money, takes total: String) -> ArkaError {
        refusal(amount: amount.minorUnits, scale: amount.currency.exponent, takes: total)
    }

    /// The sum of `values`, zero for none.
    /// - Throws: ``ArkaError/Kind/overflow`` when a partial sum does not fit in 64 bits.
    public static func sum<Values: Sequence>(_ values: Values, what: @autoclosure () -> String) throws -> Int64
    where Values.Element == Int64 {
        var total: Int64 = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            if overflow { throw ArkaError(.overflow, "\(what()) is too large to hold exactly") }
            total = next
        }
        return total
    }
}
