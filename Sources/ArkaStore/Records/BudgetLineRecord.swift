import ArkaCore
import GRDB

/// A row of the `budget_line` table: a donor budget line of one fund with its amount.
struct BudgetLineRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "budget_line"

    enum Columns {
        static let fund = Column(CodingKeys.fund)
        static let line = Column(CodingKeys.line)
    }

    var fund: String
    var line: String
    var heading: String
    var description: String
    var amount: Int64
    var currency: String

    init(_ budgetLine: BudgetLine) {
        fund = budgetLine.fund
        line = budgetLine.line
        heading = budgetLine.heading
        description = budgetLine.description
        amount = budgetLine.amount.minorUnits
        currency = budgetLine.amount.currency.code
    }

    func budgetLine() throws -> BudgetLine {
        BudgetLine(
            fund: fund, line: line, heading: heading, description: description,
            amount: Money(minorUnits: amount, currency: try Currency(code: currency)))
    }
}
