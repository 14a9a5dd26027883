import ArkaCore
import ArkaStore
import Foundation

/// The social business's demo: the bakery's first year built from `ledgers/social-business/`.
///
/// ```swift
/// let demo = try BusinessDemo.build(from: "ledgers/social-business", into: "demo", signature: .now())
/// print(demo.summary)
/// ```
public enum BusinessDemo {
    public struct Result {
        public var ledger: Ledger
        public var summary: String
    }

    /// The folder of the business's demo books: beside the project's (`ledgers/social-business`),
    /// else the one shipped with `arka` (``ShippedFiles``).
    public static func locateDefinition(besides projectFolder: String?) -> String? {
        if let projectFolder {
            let sibling = ((projectFolder as NSString).deletingLastPathComponent as NSString).appendingPathComponent("social-business")
            if FileManager.default.fileExists(atPath: (sibling as NSString).appendingPathComponent("business.yaml")) { return sibling }
        }
        return ShippedFiles.find("ledgers/social-business", holding: "business.yaml")
    }

    /// Builds `DIR/social-business.arka` (replacing the demo's own earlier file) the way the
    /// bakery keeps its books: the members' capital and cash deposits (`transactions.csv`), the
    /// grant's tranches, the year's expenses, the drinks bought for stock (`stock-purchases.csv`),
    /// the sales, the cash counts, the year-end stock count (`stock-counts.csv`), the two half-year bank
    /// statements (they overlap), the matching and what a person resolves by hand
    /// (`bank-resolutions.csv`), and the closing of the months; then verifies the chain.
    /// - Throws: any ``ArkaError`` of those steps.
    public static func build(from folder: String, into directory: String, signature: Signature) throws -> Result {
        func source(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: source(name)) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ArkaError(.io, "cannot create the demo folder", location: SourceLocation(file: directory))
        }
        let path = (directory as NSString).appendingPathComponent("social-business.arka")
        let definition = try LedgerDefinition.load(from: folder, baseCurrency: nil)
        try DemoOutputs.replaceLedger(path, named: definition.settings.name)
        let ledger = try Ledger.create(at: path, from: definition)
        let code = ledger.baseCurrency.code
        var lines = ["Built \(path) from \(folder)."]
        if exists("transactions.csv") {
            let posted = try ledger.post(file: source("transactions.csv"), signature: signature)
            lines.append("Posted \(posted.entries) entries of capital and cash deposits.")
        }
        if exists("grant-tranches.csv") {
            let received = try ledger.receiveGrant(file: source("grant-tranches.csv"), signature: signature)
            let total = try Money.sum(received.compactMap { $0.entry.postings.first?.amount }, currency: ledger.baseCurrency)
            lines.append("Received \(received.count) tranches of the start-up grant: \(total.tableText) \(code).")
        }
        if exists("expenses.csv") {
            let (count, total, _) = try ledger.importExpenses(file: source("expenses.csv"), signature: signature)
            lines.append("Recorded \(count) expenses: \(total.tableText) \(code).")
        }
        if exists("stock-purchases.csv") {
            let bought = try ledger.importPurchases(file: source("stock-purchases.csv"), signature: signature)
            lines.append("Bought goods for stock \(bought.purchases) times (\(bought.lines) lines): \(bought.paid.tableText) \(code).")
        }
        if exists("sales.csv") {
            let sales = try ledger.importSales(file: source("sales.csv"), signature: signature)
            lines.append("Imported \(sales.sales) sales (\(sales.items) lines): \(try sales.total(in: ledger.baseCurrency).tableText) \(code).")
        }
        if exists("cash-counts.csv") {
            for count in try ledger.countCash(file: source("cash-counts.csv"), signature: signature) {
                let amount = try count.difference.magnitude()
                lines.append("Cash count \(count.date): counted \(count.counted.tableText), books \(count.expected.tableText), \(count.verdict)\(amount.isZero ? "" : " by \(amount.tableText)").")
            }
        }
        if exists("stock-counts.csv") {
            for result in try ledger.countStock(file: source("stock-counts.csv"), signature: signature) {
                let count = result.count
                let quantity = BusinessIndicators.quantityText(abs(count.differenceThousandths))
                lines.append(
                    "Stock count \(count.date) of \(count.product): counted \(BusinessIndicators.quantityText(count.countedThousandths)), books \(BusinessIndicators.quantityText(count.expectedThousandths)), \(count.verdict)\(count.differenceThousandths == 0 ? "" : " \(quantity)").")
            }
        }
        let statements = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("statement-") && $0.hasSuffix(".csv") }.sorted()
        for statement in statements {
            let report = try ledger.importStatement(file: source(statement), signature: signature)
            lines.append("Statement \(statement): \(report.added) lines added, \(report.alreadyImported) already imported and skipped.")
        }
        if !statements.isEmpty {
            let matched = try ledger.matchStatement(signature: signature)
            lines.append("Matched \(matched.matched.count) statement lines by the rule; \(matched.ambiguous.count) ambiguous, \(matched.unmatchedLines.count) not in the books.")
        }
        if exists("bank-resolutions.csv") {
            let count = try resolve(source("bank-resolutions.csv"), in: ledger, signature: signature)
            lines.append("Resolved \(count) statement lines by hand (bank-resolutions.csv).")
        }
        if exists("closed-periods.csv") {
            let closed = try ledger.closePeriods(file: source("closed-periods.csv"), signature: signature)
            if let first = closed.first, let last = closed.last { lines.append("Closed \(closed.count) months, \(first) to \(last).") }
        }
        let verification = try ledger.verify()
        guard verification.passes else {
            throw ArkaError(.brokenJournal, "the business's demo ledger does not verify: \(verification.rendered(as: .text))")
        }
        lines.append("Verified: \(verification.entries) entries, head #\(verification.head.sequence) \(verification.head.hash).")
        lines += verification.registers.map { "Reconciled: \($0.register), \($0.registerTotal.tableText) \($0.registerTotal.currency.code) = \($0.control)." }
        return Result(ledger: ledger, summary: lines.joined(separator: "\n") + "\n")
    }

    /// Applies a person's decisions on statement lines (`date,description,entry,account,note`):
    /// match the line of that date and description to `entry`, or post it against `account`.
    static func resolve(_ file: String, in ledger: Ledger, signature: Signature) throws -> Int {
        let table = try CSVTable(path: file, required: ["date", "description"], optional: ["entry", "account", "note"])
        var open = try ledger.statementLines().filter { $0.matchedEntry == nil }
        var count = 0
        while let row = try table.next() {
            do {
                let date = try LedgerDate.parse(try row.required("date"))
                let description = try row.required("description")
                guard let index = open.firstIndex(where: { $0.line.date == date && $0.line.description == description }) else {
                    throw ArkaError(.badMatch, "no unmatched statement line of \(date) with this description", field: "description", value: description)
                }
                let line = open.remove(at: index)
                if let entry = row.value("entry") {
                    try ledger.matchLine(line.id, to: entry, signature: signature)
                } else if let account = row.value("account") {
                    try ledger.postLine(line.id, against: account, description: row.value("note"), signature: signature)
                } else {
                    throw ArkaError(.missingValue, "a resolution names the entry to match or the account to post against", field: "entry", value: "")
                }
                count += 1
            } catch let error as ArkaError {
                throw row.locate(error)
            }
        }
        return count
    }
}
