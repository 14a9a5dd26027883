/// The five kinds of account in double-entry books.
public enum AccountType: String, Sendable, CaseIterable, Codable {
    case asset, liability, equity, income, expense

    /// Reads `asset`, `Asset` or `ASSET`.
    /// - Throws: ``ArkaError/Kind/badChart`` for any other word.
    public static func parse(_ text: String) throws -> AccountType {
        guard let type = AccountType(rawValue: text.lowercased()) else {
            throw ArkaError(
                .badChart, "an account type is one of asset, liability, equity, income, expense",
                field: "type", value: text)
        }
        return type
    }
}

/// An account of the chart: a code that postings name, its names and its place in the tree.
///
/// ```swift
/// let bank = Account(code: "5121", name: "Bank EUR", nameAlbanian: "Banka EUR", type: .asset, parent: "512")
/// ```
public struct Account: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var nameAlbanian: String?
    public var type: AccountType
    public var parent: String?

    public init(code: String, name: String, nameAlbanian: String? = nil, type: AccountType, parent: String? = nil) {
        self.code = code
        self.name = name
        self.nameAlbanian = nameAlbanian
        self.type = type
        self.parent = parent
    }
}

/// A source of money and its restrictions: EU, ADH, GFFO, the municipality, own funds.
public struct Fund: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var isRestricted: Bool

    public init(code: String, name: String, isRestricted: Bool) {
        self.code = code
        self.name = name
        self.isRestricted = isRestricted
    }
}

/// A donor budget line ("3.3" under heading 3) and its budgeted amount for one fund.
public struct BudgetLine: Sendable, Hashable {
    public var fund: String
    public var line: String
    public var heading: String
    public var description: String
    public var amount: Money

    public init(fund: String, line: String, heading: String, description: String, amount: Money) {
        self.fund = fund
        self.line = line
        self.heading = heading
        self.description = description
        self.amount = amount
    }
}
