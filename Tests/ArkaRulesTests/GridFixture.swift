import ArkaCore
import ArkaRules

/// A small grid stated inline, with every kind of gate and criterion, and helpers to read
/// applications and evaluations from CSV-like text.
enum GridFixture {
    static let grid = """
        call: Test call
        call_date: 2023-04-14
        currency: EUR
        envelope: "5000.00"
        per_recipient:
          minimum: "1000.00"
          maximum: "3000.00"
        allocation: next-that-fits
        evaluators:
          minimum: 2
          discrepancy_limit: 4
        minimum_total: 10
        fields:
          id: {type: text}
          name: {type: text, personal: true}
          birth_date: {type: date, personal: true}
          municipality: {type: category, values: [Mallakastër, other]}
          funded: {type: boolean}
          household: {type: integer}
          income: {type: number, optional: true}
          requested: {type: number}
          submitted: {type: date}
        roles:
          id: id
          name: name
          amount: requested
        gates:
          resident:
            field: municipality
            in: [Mallakastër]
          adult:
            field: birth_date
            age_at_least: 18
          not_funded:
            field: funded
            is: false
          amount:
            field: requested
            within_limits: true
        criteria:
          household:
            field: household
            ranges:
              - {from: 1, to: 2, points: 1}
              - {from: 3, to: 4, points: 3}
              - {from: 5, points: 5}
          poor:
            field: income
            ranges:
              - {from: 0, below: 100.50, points: 5}
              - {from: 100.50, below: 200, points: 2}
          youth:
            field: birth_date
            age_ranges:
              - {from: 15, to: 29, points: 5}
          place:
            field: municipality
            points: {Mallakastër: 1}
          plan:
            evaluated: {from: 1, to: 5}
            weight: 2
            minimum: 2
        tie_breaks:
          - criterion: plan
          - field: submitted
            order: ascending
        """

    static func parse(_ text: String = grid) throws -> ScoringGrid {
        try ScoringGrid.parse(yaml: text, file: "grid.yaml")
    }

    static let header = "id,name,birth_date,municipality,funded,household,income,requested,submitted"

    /// Applications from lines under ``header``.
    static func applications(_ grid: ScoringGrid, _ lines: [String]) throws -> [Application] {
        let reader = try ApplicationReader(grid: grid, columns: header.split(separator: ",").map(String.init))
        return try lines.enumerated().map { index, line in
            try reader.read(line.split(separator: ",", omittingEmptySubsequences: false).map(String.init), line: index + 2)
        }
    }

    static func evaluations(_ grid: ScoringGrid, _ lines: [String]) throws -> [Evaluation] {
        let reader = try EvaluationReader(grid: grid, columns: ["application", "evaluator", "conflict", "plan"])
        return try lines.enumerated().map { index, line in
            try reader.read(line.split(separator: ",", omittingEmptySubsequences: false).map(String.init), line: index + 2)
        }
    }

    /// Two agreeing evaluators giving `plan` to each application.
    static func agreeing(_ plan: [String: Int]) -> [String] {
        plan.sorted { $0.key < $1.key }.flatMap { ["\($0.key),A,no,\($0.value)", "\($0.key),B,no,\($0.value)"] }
    }
}

/// The error a body throws, if it is an ``ArkaError``.
func arkaError(_ body: () throws -> Void) -> ArkaError? {
    do {
        try body()
    } catch let error as ArkaError {
        return error
    } catch {
        return nil
    }
    return nil
}
