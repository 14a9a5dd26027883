import ArkaCore
import ArkaRules
import Crypto
import Foundation

/// What a scoring run rests on, so that it can be reproduced: each file's SHA-256 and the
/// version of arka that scored it.
public struct ScoringStamp: Sendable, Equatable {
    public var gridFile: String
    public var gridSHA256: String
    public var applicationsFile: String
    public var applicationsSHA256: String
    public var evaluationsFile: String?
    public var evaluationsSHA256: String?
    public var arkaVersion: String

    /// The version written on every scoring run.
    public static let arkaVersion = "0.2.0"
}

/// A call's grid, applications and evaluations read from their files and hashed.
///
/// ```swift
/// let input = try ScoringInput.load(grid: "templates/scoring/iga.yaml", applications: "applications-iga.csv", evaluations: nil)
/// let outcome = try input.score()
/// ```
public struct ScoringInput: Sendable {
    public var grid: ScoringGrid
    public var applications: [Application]
    public var evaluations: [Evaluation]
    public var stamp: ScoringStamp
    /// The grid file's text, kept when a run is stored in a ledger.
    public var gridText: String

    /// Reads and checks the three files.
    /// - Throws: ``ArkaError`` naming the file, line, field and value of the first problem.
    public static func load(grid gridPath: String, applications applicationsPath: String, evaluations evaluationsPath: String?) throws -> ScoringInput {
        let gridData = try readFile(gridPath)
        guard let gridText = String(data: gridData, encoding: .utf8) else {
            throw ArkaError(.badGrid, "the grid is not UTF-8 text", location: SourceLocation(file: gridPath))
        }
        let grid = try ScoringGrid.parse(yaml: gridText, file: gridPath)

        let applicationsData = try readFile(applicationsPath)
        var applications: [Application] = []
        try readRows(applicationsPath) { header in
            try ApplicationReader(grid: grid, columns: header)
        } row: { reader, cells, line in
            applications.append(try reader.read(cells, line: line))
        }
        var evaluations: [Evaluation] = []
        var evaluationsHash: String?
        if let evaluationsPath {
            evaluationsHash = sha256(try readFile(evaluationsPath))
            try readRows(evaluationsPath) { header in
                try EvaluationReader(grid: grid, columns: header)
            } row: { reader, cells, line in
                evaluations.append(try reader.read(cells, line: line))
            }
        }
        return ScoringInput(
            grid: grid, applications: applications, evaluations: evaluations,
            stamp: ScoringStamp(
                gridFile: gridPath, gridSHA256: sha256(gridData), applicationsFile: applicationsPath,
                applicationsSHA256: sha256(applicationsData), evaluationsFile: evaluationsPath, evaluationsSHA256: evaluationsHash,
                arkaVersion: ScoringStamp.arkaVersion),
            gridText: gridText)
    }

    /// Scores the applications.
    /// - Throws: ``ArkaError`` for a repeated application or evaluation, placed in its file.
    public func score() throws -> ScoringOutcome {
        do {
            return try Scoring.run(grid: grid, applications: applications, evaluations: evaluations)
        } catch let error as ArkaError {
            let file = error.location.field == "evaluator" || error.kind == .badEvaluation ? stamp.evaluationsFile : stamp.applicationsFile
            throw error.at(file: file, line: nil)
        }
    }

    static func readFile(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArkaError(.io, "cannot read the file", location: SourceLocation(file: path))
        }
        return data
    }

    /// Reads a CSV file's header, then each row with the reader made from it; errors carry the file and line.
    static func readRows<Reader>(
        _ path: String, header makeReader: ([String]) throws -> Reader, row: (Reader, [String], Int) throws -> Void
    ) throws {
        let csv = try CSVRecordReader(path: path)
        guard let header = try csv.next() else {
            throw ArkaError(.missingColumn, "the file is empty; its first line names the columns", location: SourceLocation(file: path, line: 1))
        }
        let reader: Reader
        do {
            reader = try makeReader(header.fields.map { $0.trimmingSpaces })
        } catch let error as ArkaError {
            throw error.at(file: path, line: header.line)
        }
        while let record = try csv.next() {
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }
            do {
                try row(reader, record.fields, record.line)
            } catch let error as ArkaError {
                throw error.at(file: path, line: record.line)
            }
        }
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

/// Stable pseudonyms for applicants: the same applicant, under the same key, always gets the
/// same `AP-` id, and the id does not reveal who it is without the key.
///
/// ```swift
/// let pseudonyms = Pseudonyms(key: ledgerSecret)
/// pseudonyms.pseudonym(for: "J45612345K")   // "AP-3f9a1c07e2"
/// ```
public struct Pseudonyms: Sendable {
    private let key: Data

    public init(key: String) {
        self.key = Data(key.utf8)
    }

    public func pseudonym(for applicant: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(applicant.utf8), using: SymmetricKey(data: key))
        return "AP-" + code.prefix(5).map { String(format: "%02x", $0) }.joined()
    }
}
