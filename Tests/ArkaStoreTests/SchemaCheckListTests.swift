import Foundation
import GRDB
import Testing

@testable import ArkaStore

/// The CHECK constraints of a new ledger's schema, each with the rule that meets it before any
/// write, so that SQLite's own "CHECK constraint failed" never reaches a person. A new CHECK fails
/// this test until it is added here with its rule and a test of that rule's sentence
/// (`PlainRefusalTests` in ArkaBooksTests for the values a person or a file can give).
@Suite("Schema CHECK constraints")
struct SchemaCheckListTests {
    static let guarded: [String: String] = [
        "account: type IN ('asset','liability','equity','income','expense')": "AccountType parsed from accounts.csv",
        "budget_revision: amount > 0": "reviseBudget: a revision moves a positive amount",
        "budget_revision: authority IN ('notice', 'addendum')": "BudgetRevision.Authority, an enum",
        "equipment_item: amount > 0": "EquipmentItem.check: an item bought for handover costs more than zero",
        "fund: conversion IN ('period-average', 'expense-month', 'booking')": "Conversion rule parsed from funds.csv",
        "grant_agreement: amount > 0": "GrantRules: an agreement grants a positive amount",
        "grant_cancellation: kind IN ('cancelled', 'completed')": "Closure.Kind, an enum",
        "grant_consumption: amount > 0": "GrantRules.checkConsumption: the amount must be positive",
        "grant_consumption: kind IN ('disbursement', 'handover')": "written by the engine only",
        "grant_recipient: kind IN ('farm', 'small-business', 'social-business')": "GrantRecipient.Kind parsed from recipients.csv",
        "grant_recipient: legal_entity IN (0, 1)": "a Bool parsed from yes or no",
        "grant_scheme: kind IN ('in-kind', 'cash')": "GrantScheme.Kind parsed from schemes.csv",
        "product: price >= 0": "products.csv: a price cannot be negative",
        "product: unit_cost >= 0": "products.csv: a cost cannot be negative",
        "product_price: price >= 0": "changePrice: a price cannot be negative",
        "sale_item: quantity_thousandths > 0": "Quantity: greater than zero",
        "stock_count: counted_thousandths >= 0": "countStock: a counted quantity cannot be negative",
        "stock_movement: kind IN ('purchase', 'count')": "StockMovementKind, an enum",
        "stock_movement: quantity_thousandths <> 0": "Quantity, and a count's difference is posted only when not zero",
        "import_batch: (first_entry IS NULL) = (last_entry IS NULL) AND first_entry <= last_entry":
            "Ledger.writeBatch records a batch only when the head moved, from the first new entry to the head",
        "import_batch: (first_line IS NULL) = (last_line IS NULL) AND first_line <= last_line":
            "Ledger.importStatement records the least and the greatest id of the lines it added",
        "import_batch: kind IN ('post', 'sales', 'expenses', 'statement')": "ImportBatch.Kind's raw values",
        "definition_change: kind IN ('account-added', 'account-closed', 'fund-added', 'budget-line-added', 'scheme-added', 'recipient-added', 'product-added', 'price-changed')":
            "DefinitionChange.Kind's raw values",
        "user_change: change IN ('added', 'role', 'password', 'disabled', 'enabled')": "UserChange.Kind's raw values",
    ]

    /// Every `CHECK (...)` in the schema's SQL, as `table: condition`.
    static func checks(in db: Database) throws -> [String] {
        var found: [String] = []
        for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL") {
            let table: String = row[0]
            let sql: String = row[1]
            var rest = Substring(sql)
            while let start = rest.range(of: "CHECK (") {
                var depth = 1
                var index = start.upperBound
                while index < rest.endIndex, depth > 0 {
                    if rest[index] == "(" { depth += 1 }
                    if rest[index] == ")" { depth -= 1 }
                    index = rest.index(after: index)
                }
                found.append("\(table): \(rest[start.upperBound..<rest.index(before: index)])")
                rest = rest[index...]
            }
        }
        return found.sorted()
    }

    @Test("every CHECK of the schema is one whose rule is met before the write")
    func everyCheckIsGuarded() throws {
        let folder = try temporaryFolder("checks")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try LedgerStore.create(at: folder.appendingPathComponent("books.arka").path)
        let found = try store.read { try Self.checks(in: $0) }
        #expect(found == Self.guarded.keys.sorted())
    }
}
