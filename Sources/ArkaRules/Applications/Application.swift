import ArkaCore

/// One application to a call, its fields read and typed by the call's grid.
///
/// ```swift
/// let reader = try ApplicationReader(grid: grid, columns: header)
/// let application = try reader.read(cells, line: 2)
/// application.value(of: "household_size")   // .integer(6)
/// ```
public struct Application: Sendable {
    /// The application's number.
    public var id: String
    /// The line of the file it was read from, for messages.
    public var line: Int
    /// The values, in the order of the grid's fields.
    public var values: [FieldValue]
    /// The amount requested, in the grid's currency.
    public var amount: Money
    /// The applicant's stable identity (the applicant role's value, else the number).
    public var applicantKey: String
    /// The applicant's name, when the grid names a name field.
    public var name: String?
}

/// Reads applications from rows of cells under a header, typing each cell by the grid.
/// Columns the grid does not name are ignored; a column it names is required unless its field
/// is optional.
public struct ApplicationReader: Sendable {
    public let grid: ScoringGrid
    /// For each grid field, the column index it is read from (nil: an optional field without a column).
    private let columnOfField: [Int?]
    private let idIndex: Int
    private let amountIndex: Int
    private let applicantIndex: Int?
    private let nameIndex: Int?

    /// - Throws: ``ArkaError/Kind/missingColumn`` naming a field the header lacks.
    public init(grid: ScoringGrid, columns: [String]) throws {
        self.grid = grid
        var indexes: [Int?] = []
        for field in grid.fields {
            let index = columns.firstIndex(of: field.name)
            if index == nil && !field.isOptional {
                throw ArkaError(
                    .missingColumn, "the applications have no column \(field.name), which the grid's fields need", field: field.name, value: nil)
            }
            indexes.append(index)
        }
        columnOfField = indexes
        func position(_ name: String) -> Int { grid.fields.firstIndex { $0.name == name }! }
        idIndex = position(grid.roles.id)
        amountIndex = position(grid.roles.amount)
        applicantIndex = grid.roles.applicant.map(position)
        nameIndex = grid.roles.name.map(position)
    }

    /// - Throws: ``ArkaError`` naming the field and value of a cell that does not read, or
    ///   ``ArkaError/Kind/missingValue`` for an empty cell of a required field.
    public func read(_ cells: [String], line: Int) throws -> Application {
        var values: [FieldValue] = []
        values.reserveCapacity(grid.fields.count)
        for (index, field) in grid.fields.enumerated() {
            guard let column = columnOfField[index] else {
                values.append(.empty)
                continue
            }
            let text = column < cells.count ? cells[column] : ""
            let value = try field.read(text, column: field.name)
            if value == .empty && !field.isOptional {
                throw ArkaError(.missingValue, "\(field.name) is needed", field: field.name, value: "")
            }
            values.append(value)
        }
        let id = values[idIndex].description
        guard case .number(let units) = values[amountIndex] else {
            throw ArkaError(.missingValue, "the amount requested is needed", field: grid.roles.amount, value: "")
        }
        // Numbers carry four decimals; money carries its currency's.
        let divisor = Int64(pow10(FieldValue.numberScale - grid.currency.exponent))
        guard units % divisor == 0 else {
            throw ArkaError(
                .badAmount, "\(grid.currency.code) amounts take at most \(grid.currency.exponent) decimals", field: grid.roles.amount,
                value: values[amountIndex].description)
        }
        return Application(
            id: id, line: line, values: values,
            amount: try Money.exactly(DecimalText(digits: units, scale: FieldValue.numberScale), currency: grid.currency, field: grid.roles.amount),
            applicantKey: applicantIndex.map { values[$0].description } ?? id, name: nameIndex.map { values[$0].description })
    }

    private func pow10(_ exponent: Int) -> Int {
        var result = 1
        for _ in 0..<max(exponent, 0) { result *= 10 }
        return result
    }
}

extension Application {
    /// The value of a field by name, `.empty` for a field the grid does not have.
    public func value(of field: String, in grid: ScoringGrid) -> FieldValue {
        guard let index = grid.fields.firstIndex(where: { $0.name == field }) else { return .empty }
        return values[index]
    }
}

/// One evaluator's scores for one application, or their declaration of a conflict of interest.
/// An evaluator named `consensus` records the committee's consensus, which replaces the average.
public struct Evaluation: Sendable {
    public static let consensus = "consensus"

    public var application: String
    public var evaluator: String
    public var conflict: Bool
    /// The position of the file it was read from among the evaluation files scored as one (0 for
    /// the first: a call's first evaluations, then each evaluator's added later), by which
    /// ``Scoring/run(grid:applications:evaluations:evaluationFiles:held:)`` names the file in
    /// messages. Stored beside `conflict`, where it takes no room of its own.
    public var fileIndex: Int32 = 0
    /// The scores, in the order of the grid's evaluated criteria (``ScoringGrid/evaluatedCriteria``);
    /// none for a declared conflict. An array rather than a dictionary: a call has hundreds of
    /// thousands of evaluations.
    public var scores: [Points]
    public var line: Int

    public var isConsensus: Bool { evaluator.lowercased() == Self.consensus }

    /// The score given to the evaluated criterion at `position` in the grid's evaluated criteria,
    /// zero when none was given.
    public func score(at position: Int) -> Points { position < scores.count ? scores[position] : .zero }
}

/// Reads evaluations (`application,evaluator[,conflict][,<criterion>…][,comment]`) against a grid.
public struct EvaluationReader: Sendable {
    public let grid: ScoringGrid
    private let applicationIndex: Int
    private let evaluatorIndex: Int
    private let conflictIndex: Int?
    private let criterionIndexes: [(Criterion, Int)]

    /// The columns an evaluations file needs for this grid.
    public static func columns(for grid: ScoringGrid) -> [String] {
        ["application", "evaluator", "conflict"] + grid.evaluatedCriteria.map(\.key)
    }

    /// - Throws: ``ArkaError/Kind/missingColumn`` naming a column the header lacks.
    public init(grid: ScoringGrid, columns: [String]) throws {
        self.grid = grid
        func required(_ name: String) throws -> Int {
            guard let index = columns.firstIndex(of: name) else {
                throw ArkaError(
                    .missingColumn, "the evaluations need the columns \(Self.columns(for: grid).joined(separator: ","))", field: name, value: nil)
            }
            return index
        }
        applicationIndex = try required("application")
        evaluatorIndex = try required("evaluator")
        conflictIndex = columns.firstIndex(of: "conflict")
        criterionIndexes = try grid.evaluatedCriteria.map { ($0, try required($0.key)) }
    }

    /// - Throws: ``ArkaError/Kind/badEvaluation`` for a score off the criterion's scale, a missing
    ///   score, or a consensus record declaring a conflict; ``ArkaError/Kind/conflictOfInterest``
    ///   for scores given despite a declared conflict of interest.
    public func read(_ cells: [String], line: Int) throws -> Evaluation {
        func cell(_ index: Int) -> String { index < cells.count ? cells[index].trimmingSpaces : "" }
        let application = cell(applicationIndex)
        let evaluator = cell(evaluatorIndex)
        guard !application.isEmpty else { throw ArkaError(.missingValue, "an evaluation names its application", field: "application", value: "") }
        guard !evaluator.isEmpty else { throw ArkaError(.missingValue, "an evaluation names its evaluator", field: "evaluator", value: "") }
        var conflict = false
        if let conflictIndex {
            switch cell(conflictIndex).lowercased() {
            case "", "no", "false", "0", "n", "jo": conflict = false
            case "yes", "true", "1", "y", "po": conflict = true
            default: throw ArkaError(.badEvaluation, "conflict is yes or no", field: "conflict", value: cell(conflictIndex))
            }
        }
        // Checked before the scores, so that a consensus record declaring a conflict is refused
        // for that, not for the scores it gives.
        if conflict && evaluator.lowercased() == Evaluation.consensus {
            throw ArkaError(.badEvaluation, "a consensus record cannot declare a conflict", field: "conflict", value: cell(conflictIndex ?? 0))
        }
        var scores: [Points] = []
        scores.reserveCapacity(criterionIndexes.count)
        for (criterion, index) in criterionIndexes {
            let text = cell(index)
            if conflict {
                guard text.isEmpty else {
                    throw ArkaError(
                        .conflictOfInterest,
                        "\(evaluator) declared a conflict of interest with application \(application) and cannot score it",
                        field: criterion.key, value: text)
                }
                continue
            }
            guard case .evaluated(let scale) = criterion.rule else { continue }
            guard !text.isEmpty else {
                throw ArkaError(.missingValue, "\(evaluator) gives \(criterion.key) a score from \(scale.lowerBound) to \(scale.upperBound)", field: criterion.key, value: "")
            }
            guard let score = Int(text), scale.contains(score) else {
                throw ArkaError(
                    .badEvaluation, "\(criterion.key) is scored with a whole number from \(scale.lowerBound) to \(scale.upperBound)",
                    field: criterion.key, value: text)
            }
            scores.append(Points(whole: score))
        }
        return Evaluation(application: application, evaluator: evaluator, conflict: conflict, scores: scores, line: line)
    }
}
