import ArkaCore
import ArkaStore
import Foundation

extension Ledger {
    /// The columns of an expenses file, one expense a row.
    public static let expenseColumns = (
        required: ["date", "description", "supplier", "amount", "account", "paid_from"],
        optional: ["id", "nipt", "fund", "budget_line", "invoice", "nivf"]
    )

    /// Records a cost paid from the till or the bank, charged to its fund (and, for the grant, its
    /// business-plan line). Without an id the entry is numbered `P-YYYYMMDD-NNN`.
    /// - Throws: ``ArkaError`` for an unknown account, fund or line, a closed month, a taken id, ...
    @discardableResult
    public func record(_ expense: Expense, counted: CountedCash = .keep, signature: Signature) throws -> StoredEntry {
        let profile = try businessProfile()
        var expense = expense
        if expense.id.isEmpty { expense.id = try store.view { try nextID("P", on: expense.date, in: $0) } }
        try checkGrantSpending(expense, profile: profile)
        try checkNotStock(expense, profile: profile)
        return try postAll([try expense.entry(profile: profile)], counted: counted, signature: signature)[0]
    }

    /// Imports a file of expenses in one transaction: all of them, or none, with every bad row
    /// reported. Rows without an id are numbered `P-YYYYMMDD-NNN`.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    /// - Returns: how many expenses, their total, and the import batch they were posted as.
    public func importExpenses(
        file path: String, profile reading: ImportProfile? = nil, counted: CountedCash = .keep, signature: Signature
    ) throws -> (count: Int, total: Money, batch: Int64?) {
        let profile = try businessProfile()
        let table = try CSVTable(path: path, required: Self.expenseColumns.required, optional: Self.expenseColumns.optional, profile: reading)
        let file = table.reader.name
        var entries: [Entry] = []
        var total = Money.zero(baseCurrency)
        var numbers: [String: Int] = [:]
        let read = FileImport.rows(table) { row in
            let date = try LedgerDate.parse(try row.required("date"))
            var id = row.value("id") ?? ""
            if id.isEmpty {
                // Numbered in file order after the day's existing ones.
                let stem = "P-\(date.description.replacingOccurrences(of: "-", with: ""))-"
                let last = try numbers[stem]
                    ?? store.view { try $0.entryIDs(startingWith: stem).compactMap { Int($0.dropFirst(stem.count)) }.max() ?? 0 }
                numbers[stem] = last + 1
                id = stem + String(format: "%03d", last + 1)
            }
            let expense = Expense(
                id: id, date: date, description: try row.required("description"), supplier: try row.required("supplier"),
                taxID: row.value("nipt"), amount: try Money.parse(try row.required("amount"), currency: baseCurrency),
                account: try row.required("account"), paidFrom: try PaymentMethod.parse(try row.required("paid_from"), field: "paid_from"),
                fund: row.value("fund"), budgetLine: row.value("budget_line"), invoice: row.value("invoice"), nivf: row.value("nivf"),
                origin: SourceLocation(file: file, line: row.line))
            try checkGrantSpending(expense, profile: profile)
            try checkNotStock(expense, profile: profile)
            entries.append(try expense.entry(profile: profile))
            total = try total.adding(expense.amount)
        }
        let batch = try postBatch(.expenses, entries, counted: counted, file: file, signature: signature, problems: read.problems).batch
        return (entries.count, total, batch)
    }

    /// Goods for stock are bought with their quantities (``recordPurchase(_:counted:signature:)``):
    /// an expense on the stock account would add value the stock register cannot count.
    func checkNotStock(_ expense: Expense, profile: BusinessProfile) throws {
        guard let stock = profile.stock, definition.products.contains(where: \.tracksStock),
            context.chart.subtree(of: stock).contains(expense.account)
        else { return }
        throw ArkaError(
            .badSetting, "\(stock) holds goods counted by quantity; record a purchase of goods with arka stock purchase (product, quantity, amount)",
            location: SourceLocation(file: expense.origin?.file, line: expense.origin?.line, field: "account", value: expense.account))
    }

    /// Spending charged to the start-up grant names the business-plan line it uses.
    func checkGrantSpending(_ expense: Expense, profile: BusinessProfile) throws {
        if let grant = profile.grantFund, expense.fund == grant, expense.budgetLine == nil {
            throw ArkaError(
                .missingValue, "spending charged to the grant \(grant) names its business-plan line (budget_line)",
                location: SourceLocation(file: expense.origin?.file, line: expense.origin?.line, field: "budget_line", value: ""))
        }
    }
}
