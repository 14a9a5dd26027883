import ArkaCollections
/// The accounts of a ledger, checked as a whole: unique codes, known parents of the same type,
/// no cycles.
///
/// ```swift
/// let chart = try ChartOfAccounts([bank, income])
/// chart.account("5121")?.name
/// ```
public struct ChartOfAccounts: Sendable {
    public private(set) var accounts: [Account]
    private var byCode: [String: Int]
    /// The codes again, for ``contains(_:)``: asked for each posting of an import.
    private var codes = CodeSet()
    /// The codes of the accounts that have accounts below them (headings), for ``isHeading(_:)``.
    private var headings = CodeSet()

    /// - Throws: ``ArkaError/Kind/badChart`` naming the first account that breaks a rule.
    public init(_ accounts: [Account]) throws {
        self.accounts = []
        self.byCode = [:]
        for account in accounts { try add(account) }
        try checkParents()
    }

    /// Adds one account; its parent must already be in the chart or come in the same batch.
    public mutating func add(_ account: Account) throws {
        guard !account.code.isEmpty else {
            throw ArkaError(.badChart, "an account needs a code", field: "code", value: "")
        }
        guard !account.code.contains(where: { $0.isWhitespace || $0 == ";" }) else {
            throw ArkaError(.badChart, "an account code has no spaces or semicolons", field: "code", value: account.code)
        }
        guard byCode[account.code] == nil else {
            throw ArkaError(.duplicate, "the account code appears twice in the chart", field: "code", value: account.code)
        }
        byCode[account.code] = accounts.count
        codes.insert(account.code)
        if let parent = account.parent { headings.insert(parent) }
        accounts.append(account)
    }

    private func checkParents() throws {
        for account in accounts {
            guard let parentCode = account.parent else { continue }
            guard let parent = self.account(parentCode) else {
                throw ArkaError(
                    .badChart, "account \(account.code) names a parent that is not in the chart",
                    field: "parent", value: parentCode)
            }
            guard parent.type == account.type else {
                throw ArkaError(
                    .badChart,
                    "account \(account.code) is \(account.type.rawValue) but its parent \(parent.code) is \(parent.type.rawValue)",
                    field: "parent", value: parentCode)
            }
            var seen: Set<String> = [account.code]
            var next: String? = account.parent
            while let code = next {
                guard seen.insert(code).inserted else {
                    throw ArkaError(.badChart, "account \(account.code) is its own ancestor", field: "parent", value: parentCode)
                }
                next = self.account(code)?.parent
            }
        }
    }

    public func account(_ code: String) -> Account? { byCode[code].map { accounts[$0] } }

    /// Whether the chart has an account with this code.
    public func contains(_ code: String) -> Bool { codes.contains(code) }

    /// Whether the account has accounts below it: a heading, which sums them and takes no
    /// posting of its own (``EntryRules``).
    public func isHeading(_ code: String) -> Bool { headings.contains(code) }

    /// The accounts right below `code`, in the chart's order.
    public func children(of code: String) -> [Account] { accounts.filter { $0.parent == code } }

    /// The code and the codes of every account below it.
    public func subtree(of code: String) -> Set<String> {
        var result: Set<String> = [code]
        var changed = true
        while changed {
            changed = false
            for account in accounts where !result.contains(account.code) {
                if let parent = account.parent, result.contains(parent) {
                    result.insert(account.code)
                    changed = true
                }
            }
        }
        return result
    }
}
