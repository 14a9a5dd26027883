import ArkaCore
import ArkaRules
import ArkaStore
import Foundation

/// Calls for applications kept in the ledger: the grid and the applications as received, the
/// evaluations as they come, scoring runs recorded with their hashes, and awards turned into
/// grant agreements with their commitments.
extension Ledger {
    /// What an award run did.
    public struct AwardRun: Sendable {
        public var run: StoredScoringRun
        public var outcome: ScoringOutcome
        public var stamp: ScoringStamp
        /// The agreements this run made, with the application each came from.
        public var agreements: [(application: String, agreement: GrantAgreement)]
    }

    /// Stores a call's grid and applications (and evaluations, when given), checked by scoring
    /// them once; nothing is stored when they do not score.
    ///
    /// ```swift
    /// let count = try ledger.importCall(code: "IGA-2023", grid: "iga.yaml", applications: "applications-iga.csv", evaluations: nil, signature: .now())
    /// ```
    /// - Throws: ``ArkaError`` naming the file, line and field of the first problem;
    ///   ``ArkaError/Kind/duplicate`` when the ledger has a call with this code.
    @discardableResult
    public func importCall(code: String, grid: String, applications: String, evaluations: String?, signature: Signature) throws -> Int {
        guard !code.trimmingSpaces.isEmpty else {
            throw ArkaError(.missingValue, "a call needs its code", field: "--call", value: "")
        }
        let files = (
            grid: (grid, try ScoringInput.readFile(grid)), applications: (applications, try ScoringInput.readFile(applications)),
            evaluations: try evaluations.map { [($0, try ScoringInput.readFile($0))] } ?? []
        )
        try ScoringInput.checkTexts(grid: files.grid, tables: [files.applications] + files.evaluations)
        let input = try ScoringInput(grid: files.grid, applications: files.applications, evaluations: files.evaluations)
        _ = try input.score()
        try store.transaction { transaction in
            try transaction.addCall(
                StoredCall(
                    code: code, name: input.grid.call, grid: files.grid.1, gridFile: grid, applications: files.applications.1,
                    applicationsFile: applications, evaluations: files.evaluations.map { (file: $0.0, data: $0.1) }),
                by: signature.user, at: signature.timestamp)
            try transaction.addSettingIfMissing(Self.pseudonymKeySetting, Self.newPseudonymKey())
        }
        return input.applications.count
    }

    /// Adds a file of evaluations to a call (another evaluator, a consensus record), checked
    /// against the call's grid and applications.
    /// - Throws: ``ArkaError/Kind/unknownCall`` for an unknown call, or the file's first problem.
    @discardableResult
    public func addEvaluations(call code: String, file: String, signature: Signature) throws -> Int {
        let data = try ScoringInput.readFile(file)
        try ScoringInput.checkTexts(grid: nil, tables: [(file, data)])
        let before = try callInput(code)
        let after = try callInput(code, adding: (file, data))
        _ = try after.score()
        try store.transaction { try $0.addEvaluations(call: code, file: file, data: data, by: signature.user, at: signature.timestamp) }
        return after.evaluations.count - before.evaluations.count
    }

    /// The calls stored in the ledger, by code, with their names.
    /// - Throws: a database error.
    public func grantCalls() throws -> [(code: String, name: String)] {
        try store.view { try $0.grantCalls() }
    }

    /// A stored call's grid: the file it was read from and the SHA-256 of its text (as a
    /// scoring run's stamp gives it), without reading the applications.
    /// - Throws: ``ArkaError/Kind/unknownCall`` when the ledger has no such call.
    public func callGrid(_ code: String) throws -> (file: String, sha256: String) {
        guard let call = try store.view({ try $0.grantCall(code) }) else {
            throw ArkaError(.unknownCall, "no such call in the ledger", field: "--call", value: code)
        }
        return (call.gridFile, ScoringInput.sha256(call.grid))
    }

    /// A stored call, read back and ready to score.
    /// - Throws: ``ArkaError/Kind/unknownCall`` when the ledger has no such call.
    public func callInput(_ code: String, adding extra: (String, Data)? = nil) throws -> ScoringInput {
        guard let call = try store.view({ try $0.grantCall(code) }) else {
            let known = try store.view { try $0.grantCalls() }.map(\.code)
            throw ArkaError(
                .unknownCall, "no such call in the ledger\(known.isEmpty ? "" : "; its calls are \(known.joined(separator: ", "))")",
                field: "--call", value: code)
        }
        if let office = try centreOffice() {
            throw ArkaError(
                .heldAtOffice,
                "the applications of call \(code) stay at office \(office): the centre holds their SHA-256 only; the call is scored there",
                field: "--call", value: code)
        }
        var evaluations = call.evaluations.map { ($0.file, $0.data) }
        if let extra { evaluations.append(extra) }
        return try ScoringInput(grid: (call.gridFile, call.grid), applications: (call.applicationsFile, call.applications), evaluations: evaluations)
    }

    /// The ledger's pseudonyms: keyed with a secret the ledger keeps, made when it was created
    /// (or `ARKA_PSEUDONYM_KEY` then), so that they are stable in the ledger and reveal nobody
    /// to whoever lacks the ledger. A ledger made before it kept one gets its key now.
    /// - Throws: a database error.
    public func pseudonyms() throws -> Pseudonyms {
        if let key = try store.view({ try $0.setting(Self.pseudonymKeySetting) }) { return Pseudonyms(key: key) }
        guard access != .read else {
            throw ArkaError(
                .readOnly,
                "the ledger keeps no pseudonym key yet, and one cannot be added where it is; run any arka command that writes to it where it can be written, then export again",
                location: SourceLocation(file: path))
        }
        let made = Self.newPseudonymKey()
        try store.transaction { try $0.addSettingIfMissing(Self.pseudonymKeySetting, made) }
        return Pseudonyms(key: try store.view { try $0.setting(Self.pseudonymKeySetting) } ?? made)
    }

    /// The office whose books these are as the centre holds them (``replicaSetting``); nil for an
    /// office's own books.
    /// - Throws: a database error.
    public func centreOffice() throws -> String? {
        try store.view { try $0.setting(Self.replicaSetting) }
    }

    /// The setting that marks books made again from what an office sent the centre, by
    /// pseudonym (`ArkaCentral`'s replica): its value is the office's code.
    public static let replicaSetting = "centre.office"

    /// The name of the setting that holds the pseudonyms' key: the office's alone, never sent
    /// to the centre (with it, a list of personal ids would give each person's pseudonym).
    public static let pseudonymKeySetting = "pseudonym_key"

    /// Scores a stored call, records the run, and turns each new award into a grant agreement
    /// (and its applicant into a recipient, found by their identity or registered), all or none.
    /// Applications awarded by an earlier run keep their awards; what is left of the envelope, or
    /// freed by a cancelled agreement, goes down the ranking to the reserve list.
    ///
    /// ```swift
    /// let run = try ledger.award(call: "IGA-2023", date: try LedgerDate.parse("2023-10-16"), signature: .now())
    /// run.agreements.count   // 20
    /// ```
    /// - Throws: ``ArkaError`` when the grid names no scheme of the ledger, or an agreement breaks
    ///   the scheme's limits; nothing is recorded then.
    public func award(call code: String, date: LedgerDate, signature: Signature) throws -> AwardRun {
        let input = try callInput(code)
        let grid = input.grid
        guard let schemeCode = grid.scheme else {
            throw ArkaError(.unknownScheme, "the call's grid names no scheme for its agreements (the key scheme)", field: "scheme", value: grid.call)
        }
        let (schemes, _) = try grantSchemesAndRecipients()
        guard let scheme = schemes.first(where: { $0.code == schemeCode }) else {
            throw ArkaError(.unknownScheme, "the call's grid names a scheme the ledger does not have", field: "scheme", value: schemeCode)
        }
        guard scheme.capPerRecipient.currency == grid.currency else {
            throw ArkaError(
                .unknownCurrency, "the scheme \(schemeCode) is in \(scheme.capPerRecipient.currency.code) and the call in \(grid.currency.code)",
                field: "currency", value: grid.currency.code)
        }
        try context.lock.checkOpen(date, what: "the award")
        return try store.transaction { transaction in
            // What earlier awards still hold: the agreement's amount, or what it consumed once closed.
            let awards = try transaction.grantAwards(call: code)
            let positions = try transaction.grantPositions()
            var held: [String: Money] = [:]
            for award in awards {
                guard let position = positions.first(where: { $0.agreement.number == award.agreement }) else { continue }
                held[award.application] = position.counted
            }
            let outcome = try Scoring.run(
                grid: grid, applications: input.applications, evaluations: input.evaluations, evaluationFiles: input.evaluationFiles, held: held)
            let run = StoredScoringRun(
                sequence: 0, call: code, date: date.description, gridSHA256: input.stamp.gridSHA256,
                applicationsSHA256: input.stamp.applicationsSHA256, evaluationsSHA256: input.stamp.evaluationsSHA256,
                decisionsSHA256: outcome.decisionsSHA256, arkaVersion: input.stamp.arkaVersion, runBy: signature.user,
                runAt: signature.timestamp)
            let sequence = try transaction.addScoringRun(run)
            let awarded = Set(awards.map(\.application))
            var recipients = try transaction.grantRecipients()
            let prefix = grid.agreementPrefix ?? "\(code)-"
            var next = positions.filter { $0.agreement.number.hasPrefix(prefix) }.compactMap { Int($0.agreement.number.dropFirst(prefix.count)) }.max() ?? 0
            // New awards are numbered in the order of their application numbers.
            let fresh = outcome.results.filter { $0.decision == .award && !awarded.contains($0.application.id) }
                .sorted { $0.application.id < $1.application.id }
            var made: [(application: String, agreement: GrantAgreement)] = []
            // The positions the checks count, kept up to date as this run adds agreements.
            var existing = positions
            // An award always states its amount.
            for result in fresh {
                guard let amount = result.awarded else { continue }
                let recipient = try recipientCode(for: result.application, grid: grid, known: &recipients, transaction: transaction)
                next += 1
                let number = prefix + (next < 10 ? "0\(next)" : String(next))
                var conditions = "Awarded by scoring run #\(sequence) of call \(code) at rank \(result.rank.map(String.init) ?? "-")"
                if let stated = grid.conditions { conditions = "\(stated); \(conditions)" }
                let agreement = GrantAgreement(
                    number: number, recipient: recipient, scheme: schemeCode, amount: amount, date: date, conditions: conditions)
                do {
                    try GrantRules.checkNumberIsNew(agreement, existing: existing)
                    try GrantRules.checkApproval(agreement, scheme: scheme, existing: existing)
                } catch let error as ArkaError {
                    throw ArkaError(error.kind, "application \(result.application.id): \(error.sentence)", location: error.location)
                }
                try transaction.addAgreement(agreement, by: signature.user, at: signature.timestamp)
                existing.append(
                    GrantPosition(agreement: agreement, consumed: .zero(grid.currency)))
                try transaction.addAward(
                    StoredAward(call: code, application: result.application.id, agreement: number, run: sequence, rank: result.rank ?? 0))
                made.append((result.application.id, agreement))
            }
            var stored = run
            stored.sequence = sequence
            return AwardRun(run: stored, outcome: outcome, stamp: input.stamp, agreements: made)
        }
    }

    /// The recipient an awarded applicant is: the one with their identity as tax id, else a new
    /// one registered under the application's number.
    private func recipientCode(
        for application: Application, grid: ScoringGrid, known: inout [GrantRecipient], transaction: LedgerTransaction
    ) throws -> String {
        if let found = known.first(where: { $0.taxID == application.applicantKey }) { return found.code }
        let kind = grid.roles.kind.map { application.value(of: $0, in: grid).description }.flatMap(GrantRecipient.Kind.init(rawValue:))
        let village = grid.roles.village.map { application.value(of: $0, in: grid).description }.flatMap { $0.isEmpty ? nil : $0 }
        let recipient = GrantRecipient(
            code: application.id, name: application.name ?? application.id, kind: kind ?? .smallBusiness, taxID: application.applicantKey,
            village: village)
        try transaction.addRecipient(recipient)
        known.append(recipient)
        return recipient.code
    }

    /// `ARKA_PSEUDONYM_KEY` when set (to share pseudonyms between ledgers), else 256 bits from
    /// the system's secure generator (``PseudonymKey/newSecret()``).
    static func newPseudonymKey() -> String {
        if let key = ProcessInfo.processInfo.environment[PseudonymKey.environmentVariable], !key.isEmpty { return key }
        return PseudonymKey.newSecret()
    }
}
