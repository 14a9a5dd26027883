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
    var unit: String?
    var units: String?
    var unit_rate: Int64?

    init(_ budgetLine: BudgetLine) {
        fund = budgetLine.fund
        line = budgetLine.line
        heading = budgetLine.heading
        description = budgetLine.description
        amount = budgetLine.amount.minorUnits
        currency = budgetLine.amount.currency.code
        unit = budgetLine.unit
        units = budgetLine.units?.text
        unit_rate = budgetLine.unitRate?.minorUnits
    }

    func budgetLine() throws -> BudgetLine {
        let currency = try Currency(code: currency)
        return BudgetLine(
            fund: fund, line: line, heading: heading, description: description,
            amount: Money(minorUnits: amount, currency: currency), unit: unit,
            units: try units.map { try DecimalText.parse($0, field: "units") },
            unitRate: unit_rate.map { Money(minorUnits: $0, currency: currency) })
    }
}
