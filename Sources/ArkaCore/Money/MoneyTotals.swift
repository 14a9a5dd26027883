/// Checked sums of amounts of one currency, one per key: a report's column per fund, per budget
/// line, per recipient.
///
/// Every addition is checked (an overflow names what no longer fits) and refuses an amount of
/// another currency; a key never added reads as zero.
///
/// ```swift
/// var expense = MoneyTotals<String>(currency: .euro)
/// try expense.add(try Money.parse("150.00", currency: .euro), to: "EU", what: "the expense of EU")
/// expense["EU"]    // 150.00 EUR
/// expense["ADH"]   // 0.00 EUR
/// ```
public struct MoneyTotals<Key: Hashable & Sendable>: Sendable, Equatable {
    /// The currency every sum is in.
    public let currency: Currency
    private var sums: [Key: Money] = [:]

    public init(currency: Currency) {
        self.currency = currency
    }

    /// Adds `amount` to the sum of `key`.
    /// - Throws: ``ArkaError/Kind/currencyMismatch`` for an amount of another currency,
    ///   ``ArkaError/Kind/overflow`` naming `what` when the sum does not fit in 64 bits.
    public mutating func add(_ amount: Money, to key: Key, what: @autoclosure () -> String) throws {
        let sum = sums[key] ?? .zero(currency)
        sums[key] = try Checked.named(what()) { try sum.adding(amount) }
    }

    /// The sum of `key`; zero when nothing was added to it.
    public subscript(key: Key) -> Money { sums[key] ?? .zero(currency) }

    /// The keys something was added to, in no order.
    public var keys: Dictionary<Key, Money>.Keys { sums.keys }

    /// Every key something was added to, with its sum.
    public var sumsByKey: [Key: Money] { sums }

    /// Whether nothing was added.
    public var isEmpty: Bool { sums.isEmpty }

    /// The sum of every key's sum.
    /// - Throws: ``ArkaError/Kind/overflow`` when it does not fit in 64 bits.
    public func total() throws -> Money { try Money.sum(sums.values, currency: currency) }
}
