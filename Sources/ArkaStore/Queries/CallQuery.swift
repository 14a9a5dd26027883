import ArkaCore
import Foundation
import GRDB

/// A call as the ledger keeps it: the grid's text and the files as received.
public struct StoredCall: Sendable {
    public var code: String
    public var name: String
    public var grid: Data
    public var gridFile: String
    public var applications: Data
    public var applicationsFile: String
    /// The evaluation files, in the order they were added.
    public var evaluations: [(file: String, data: Data)]

    public init(
        code: String, name: String, grid: Data, gridFile: String, applications: Data, applicationsFile: String,
        evaluations: [(file: String, data: Data)]
    ) {
        self.code = code
        self.name = name
        self.grid = grid
        self.gridFile = gridFile
        self.applications = applications
        self.applicationsFile = applicationsFile
        self.evaluations = evaluations
    }
}

/// A scoring run as recorded: what it rested on and the fingerprint of its decisions.
public struct StoredScoringRun: Sendable, Equatable {
    public var sequence: Int64
    public var call: String
    public var date: String
    public var gridSHA256: String
    public var applicationsSHA256: String
    public var evaluationsSHA256: String?
    public var decisionsSHA256: String
    public var arkaVersion: String
    public var runBy: String
    public var runAt: String

    public init(
        sequence: Int64, call: String, date: String, gridSHA256: String, applicationsSHA256: String, evaluationsSHA256: String?,
        decisionsSHA256: String, arkaVersion: String, runBy: String, runAt: String
    ) {
        self.sequence = sequence
        self.call = call
        self.date = date
        self.gridSHA256 = gridSHA256
        self.applicationsSHA256 = applicationsSHA256
        self.evaluationsSHA256 = evaluationsSHA256
        self.decisionsSHA256 = decisionsSHA256
        self.arkaVersion = arkaVersion
        self.runBy = runBy
        self.runAt = runAt
    }
}

/// An application that became an agreement.
public struct StoredAward: Sendable, Equatable {
    public var call: String
    public var application: String
    public var agreement: String
    public var run: Int64
    public var rank: Int

    public init(call: String, application: String, agreement: String, run: Int64, rank: Int) {
        self.call = call
        self.application = application
        self.agreement = agreement
        self.run = run
        self.rank = rank
    }
}

extension LedgerView {
    /// The call with this code, or nil.
    public func grantCall(_ code: String) throws -> StoredCall? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT code, name, grid, grid_file, applications, applications_file FROM grant_call WHERE code = ?", arguments: [code])
        else { return nil }
        let evaluations = try Row.fetchAll(
            db, sql: "SELECT file, evaluations FROM grant_call_evaluations WHERE call = ? ORDER BY seq", arguments: [code]
        ).map { (file: $0[0] as String, data: $0[1] as Data) }
        return StoredCall(
            code: row[0], name: row[1], grid: Data((row[2] as String).utf8), gridFile: row[3], applications: row[4], applicationsFile: row[5],
            evaluations: evaluations)
    }

    /// The codes and names of every call, by code.
    public func grantCalls() throws -> [(code: String, name: String)] {
        try Row.fetchAll(db, sql: "SELECT code, name FROM grant_call ORDER BY code").map { ($0[0], $0[1]) }
    }

    /// A call's scoring runs, oldest first.
    public func scoringRuns(call: String) throws -> [StoredScoringRun] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT seq, call, date, grid_sha256, applications_sha256, evaluations_sha256, decisions_sha256, arka_version, run_by, run_at
                FROM scoring_run WHERE call = ? ORDER BY seq
                """, arguments: [call]
        ).map {
            StoredScoringRun(
                sequence: $0[0], call: $0[1], date: $0[2], gridSHA256: $0[3], applicationsSHA256: $0[4], evaluationsSHA256: $0[5],
                decisionsSHA256: $0[6], arkaVersion: $0[7], runBy: $0[8], runAt: $0[9])
        }
    }

    /// The applications of a call that became agreements.
    public func grantAwards(call: String) throws -> [StoredAward] {
        try Row.fetchAll(db, sql: "SELECT call, application, agreement, run, rank FROM grant_award WHERE call = ? ORDER BY run, rank", arguments: [call])
            .map { StoredAward(call: $0[0], application: $0[1], agreement: $0[2], run: $0[3], rank: $0[4]) }
    }

    /// A setting of the ledger, or nil.
    public func setting(_ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM ledger_setting WHERE key = ?", arguments: [key])
    }
}

extension LedgerTransaction {
    /// Stores a call's grid and applications.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the ledger has a call with this code.
    public func addCall(_ call: StoredCall, by user: String, at timestamp: String) throws {
        guard try grantCall(call.code) == nil else {
            throw ArkaError(.duplicate, "the ledger has a call with this code already; add evaluations to it with arka applications evaluate", field: "--call", value: call.code)
        }
        try db.execute(
            sql: """
                INSERT INTO grant_call (code, name, grid, grid_file, applications, applications_file, imported_by, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                call.code, call.name, String(decoding: call.grid, as: UTF8.self), call.gridFile, call.applications, call.applicationsFile,
                user, timestamp,
            ])
        for (file, data) in call.evaluations { try addEvaluations(call: call.code, file: file, data: data, by: user, at: timestamp) }
    }

    public func addEvaluations(call: String, file: String, data: Data, by user: String, at timestamp: String) throws {
        try db.execute(
            sql: "INSERT INTO grant_call_evaluations (call, evaluations, file, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [call, data, file, user, timestamp])
    }

    /// Records a scoring run and returns its sequence number.
    public func addScoringRun(_ run: StoredScoringRun) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO scoring_run (call, date, grid_sha256, applications_sha256, evaluations_sha256, decisions_sha256, arka_version, run_by, run_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.call, run.date, run.gridSHA256, run.applicationsSHA256, run.evaluationsSHA256, run.decisionsSHA256, run.arkaVersion,
                run.runBy, run.runAt,
            ])
        return db.lastInsertedRowID
    }

    public func addAward(_ award: StoredAward) throws {
        try db.execute(
            sql: "INSERT INTO grant_award (call, application, agreement, run, rank) VALUES (?, ?, ?, ?, ?)",
            arguments: [award.call, award.application, award.agreement, award.run, award.rank])
    }

    /// Adds a recipient of support.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the code is taken.
    public func addRecipient(_ recipient: GrantRecipient) throws {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM grant_recipient WHERE code = ?", arguments: [recipient.code]) == nil else {
            throw ArkaError(.duplicate, "the ledger has a recipient with this code already", field: "recipient", value: recipient.code)
        }
        try saveGrantDefinition(recipients: [recipient], schemes: [])
    }

    /// Sets a setting the ledger does not have yet; an existing one is kept.
    public func addSettingIfMissing(_ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO ledger_setting (key, value) VALUES (?, ?)", arguments: [key, value])
    }
}
