import ArkaCore
import ArkaFiles
import ArkaRules
import ArkaStore
import Crypto
import Foundation
import Synchronization

/// What a scoring run rests on, so that it can be reproduced: each file's SHA-256 and the
/// version of arka that scored it.
public struct ScoringStamp: Sendable, Equatable {
    public var gridFile: String
    public var gridSHA256: String
    public var applicationsFile: String
    public var applicationsSHA256: String
    public var evaluationsFile: String?
    public var evaluationsSHA256: String?
    /// The version of arka that scored the run (``ArkaVersion/current`` for a run made now).
    public var arkaVersion: String
}

/// A call's grid, applications and evaluations read from their files and hashed.
///
/// ```swift
/// let input = try ScoringInput.load(grid: "ledgers/mallakaster/grid-iga.yaml", applications: "applications-iga.csv", evaluations: nil)
/// let outcome = try input.score()
/// ```
public struct ScoringInput: Sendable {
    public var grid: ScoringGrid
    public var applications: [Application]
    public var evaluations: [Evaluation]
    /// The names of the evaluation files, in the order read (``Evaluation/fileIndex``).
    public var evaluationFiles: [String]
    public var stamp: ScoringStamp
    /// The grid file's text, kept when a run is stored in a ledger.
    public var gridText: String

    /// Reads and checks the three files, their texts first (``checkTexts(grid:tables:)``).
    /// - Throws: ``ArkaError`` naming the file, line, field and value of the first problem.
    public static func load(grid gridPath: String, applications applicationsPath: String, evaluations evaluationsPath: String?) throws -> ScoringInput {
        let grid = (gridPath, try readFile(gridPath)), applications = (applicationsPath, try readFile(applicationsPath))
        let evaluations = try evaluationsPath.map { [($0, try readFile($0))] } ?? []
        try checkTexts(grid: grid, tables: [applications] + evaluations)
        return try ScoringInput(grid: grid, applications: applications, evaluations: evaluations)
    }

    /// Reads and checks a call from its files' contents, each with the name messages give it.
    /// Several evaluation files are read in order, as one; the stamp hashes them as one.
    /// - Throws: ``ArkaError`` naming the file, line, field and value of the first problem.
    public init(grid: (name: String, data: Data), applications: (name: String, data: Data), evaluations: [(name: String, data: Data)]) throws {
        guard let gridText = String(data: grid.data, encoding: .utf8) else {
            throw ArkaError(.badGrid, "the grid is not UTF-8 text", location: SourceLocation(file: grid.name))
        }
        let parsed = try ScoringGrid.parse(yaml: gridText, file: grid.name)
        // The applications and the evaluations are read at once, on two cores. The applications'
        // first problem is the one reported when both files have one, as when read in turn.
        let applicationList = Mutex<Result<[Application], Error>>(.success([]))
        let evaluationList = Mutex<Result<[Evaluation], Error>>(.success([]))
        DispatchQueue.concurrentPerform(iterations: 2) { file in
            if file == 0 {
                let read = Result { try Self.readApplications(applications, grid: parsed) }
                applicationList.withLock { $0 = read }
            } else {
                let read = Result { try Self.readEvaluations(evaluations, grid: parsed) }
                evaluationList.withLock { $0 = read }
            }
        }
        self.grid = parsed
        self.applications = try applicationList.withLock { $0 }.get()
        self.evaluations = try evaluationList.withLock { $0 }.get()
        evaluationFiles = evaluations.map(\.name)
        self.gridText = gridText
        stamp = ScoringStamp(
            gridFile: grid.name, gridSHA256: Self.sha256(grid.data), applicationsFile: applications.name,
            applicationsSHA256: Self.sha256(applications.data),
            evaluationsFile: evaluations.isEmpty ? nil : evaluations.map(\.name).joined(separator: " + "),
            evaluationsSHA256: evaluations.isEmpty ? nil : Self.sha256(evaluations.reduce(Data()) { $0 + $1.data }),
            arkaVersion: ArkaVersion.current)
    }

    /// Refuses a call's files when a text in them breaks the text rule for its field
    /// (``TextLimit``: UTF-8, no control character, line breaks only in a text that spans lines,
    /// the length limit): run on files a user gives, before they are scored or stored. Files a
    /// ledger already holds are read as they are, so that older books still score and export.
    ///
    /// ```swift
    /// try ScoringInput.checkTexts(grid: (path, data), tables: [(applicationsPath, applicationsData)])
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` or ``ArkaError/Kind/textTooLong`` naming the file,
    ///   line and field.
    public static func checkTexts(grid: (name: String, data: Data)?, tables: [(name: String, data: Data)]) throws {
        if let grid {
            // In a grid, `call` is the call's title, not its code.
            _ = try YAMLNode.readText(grid.data, file: grid.name, limits: ["call": .name])
        }
        for table in tables {
            let csv = CSVRecordReader(data: table.data, name: table.name)
            guard let header = try csv.next() else { continue }
            let names = header.fields.map { $0.trimmingSpaces.lowercased() }
            do {
                for name in names { try TextLimit.check(name, field: "header", limit: .code) }
            } catch let error as ArkaError {
                throw error.at(file: table.name, line: header.line)
            }
            csv.fieldNames = names
            while let record = try csv.next() {
                for (index, field) in record.fields.enumerated() {
                    let name = index < names.count ? names[index] : "column \(index + 1)"
                    do {
                        try TextLimit.check(field.trimmingSpaces, field: name)
                    } catch let error as ArkaError {
                        throw error.at(file: table.name, line: record.line)
                    }
                }
            }
        }
    }

    /// The applications of a file, typed by the grid.
    static func readApplications(_ file: (name: String, data: Data), grid: ScoringGrid) throws -> [Application] {
        var list: [Application] = []
        try readRows(CSVRecordReader(data: file.data, name: file.name)) { header in
            try ApplicationReader(grid: grid, columns: header)
        } row: { reader, cells, line in
            list.append(try reader.read(cells, line: line))
        }
        return list
    }

    /// Several evaluation files are read in order, as one; each evaluation keeps its file's position.
    static func readEvaluations(_ files: [(name: String, data: Data)], grid: ScoringGrid) throws -> [Evaluation] {
        var list: [Evaluation] = []
        for (index, file) in zip(Int32(0)..., files) {
            try readRows(CSVRecordReader(data: file.data, name: file.name)) { header in
                try EvaluationReader(grid: grid, columns: header)
            } row: { reader, cells, line in
                var evaluation = try reader.read(cells, line: line)
                evaluation.fileIndex = index
                list.append(evaluation)
            }
        }
        return list
    }

    /// Scores the applications.
    /// - Throws: ``ArkaError`` for a repeated application or evaluation, or an evaluator who
    ///   declares a conflict of interest with an application and scores it, placed in its file.
    public func score() throws -> ScoringOutcome {
        do {
            return try Scoring.run(grid: grid, applications: applications, evaluations: evaluations, evaluationFiles: evaluationFiles)
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
        _ csv: CSVRecordReader, header makeReader: ([String]) throws -> Reader, row: (Reader, [String], Int) throws -> Void
    ) throws {
        let path = csv.name
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

    static func sha256(_ data: Data) -> String { JournalHash.sha256(Array(data)) }
}

/// Stable pseudonyms for applicants: the same applicant, under the same key, always gets the
/// same `AP-` id, and the id does not reveal who it is without the key.
///
/// ```swift
/// let pseudonyms = Pseudonyms(key: ledgerSecret)
/// pseudonyms.pseudonym(for: "J45612345K")   // "AP-3f9a1c07e2"
/// ```
public struct Pseudonyms: Sendable {
    /// HMAC-SHA256 keyed once; each pseudonym starts from a copy (keying it for each of 100,000
    /// applicants took a sixth of a call's scoring time). Crypto's HMAC is not Sendable: the
    /// keyed one sits behind a lock, and only copies leave it.
    private final class Keyed: Sendable {
        let hmac: Mutex<HMAC<SHA256>>
        init(_ hmac: sending HMAC<SHA256>) { self.hmac = Mutex(hmac) }
    }

    private let keyed: Keyed

    public init(key: String) {
        keyed = Keyed(HMAC<SHA256>(key: SymmetricKey(data: Data(key.utf8))))
    }

    public func pseudonym(for applicant: String) -> String {
        var hmac = keyed.hmac.withLock { $0 }
        hmac.update(data: Array(applicant.utf8))
        return "AP-" + JournalHash.hex(hmac.finalize().prefix(5))
    }
}

