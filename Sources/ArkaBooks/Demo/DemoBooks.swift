import ArkaCore
import ArkaRules
import ArkaStore
import Foundation

/// The demo: the Mallakastër project's books built from the files in `ledgers/mallakaster/`.
///
/// ```swift
/// let demo = try DemoBooks.build(from: "ledgers/mallakaster", into: "demo", signature: .now())
/// print(demo.summary)
/// ```
public enum DemoBooks {
    public struct Result {
        public var ledger: Ledger
        public var summary: String
        /// The calls scored, with their outcome and stamp.
        public var calls: [(code: String, outcome: ScoringOutcome, stamp: ScoringStamp)]
    }

    /// The demo definition folder shipped with `arka` (``ShippedFiles``): `ledgers/mallakaster`
    /// in the installed share folder or in the checkout the executable was built in.
    /// - Throws: ``ArkaError/Kind/io`` naming where it looked when it is nowhere to be found.
    public static func locateDefinition() throws -> String {
        try ShippedFiles.folder("ledgers/mallakaster", holding: "accounts.csv", what: "the demo books", option: "--from DIR")
    }

    /// Builds `DIR/mallakaster.arka` (replacing the demo's own earlier files): creates it from the
    /// definition, posts `transactions.csv`, posts the corrections of `reversals.csv`, closes the
    /// months of `closed-periods.csv`, records `budget-revisions.csv`, stores and scores the calls
    /// (`applications-*.csv` against the calls' grids `grid-*.yaml`), awards the IGA call, approves `agreements.csv`,
    /// buys `purchases.csv`, hands over `handovers.csv`, pays `disbursements.csv`, exports `DIR/mallakaster.journal` and verifies the chain.
    /// - Throws: any ``ArkaError`` of those steps.
    public static func build(from definitionFolder: String, into directory: String, signature: Signature) throws -> Result {
        func source(_ name: String) -> String { (definitionFolder as NSString).appendingPathComponent(name) }
        func output(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ArkaError(.io, "cannot create the demo folder", location: SourceLocation(file: directory))
        }
        let ledgerPath = output("mallakaster.arka")
        let definition = try LedgerDefinition.load(from: definitionFolder, baseCurrency: nil)
        try OutputFile.checkReplaceable(output("mallakaster.journal"), kind: .journal)
        try DemoOutputs.replaceLedger(ledgerPath, named: definition.settings.name)
        let ledger = try Ledger.create(at: ledgerPath, from: definition)
        var lines = ["Built \(ledgerPath) from \(definitionFolder)."]
        let posted = try ledger.post(file: source("transactions.csv"), signature: signature)
        lines.append("Posted \(posted.entries) entries (\(posted.postings) postings), \(posted.firstDate.map(\.description) ?? "") to \(posted.lastDate.map(\.description) ?? "").")
        if FileManager.default.fileExists(atPath: source("reversals.csv")) {
            let table = try CSVTable(path: source("reversals.csv"), required: ["entry", "date", "reason"], optional: ["id"])
            while let row = try table.next() {
                do {
                    let reversal = try ledger.reverse(
                        entryID: try row.required("entry"), date: try LedgerDate.parse(try row.required("date")),
                        reason: try row.required("reason"), newID: row.value("id"), signature: signature)
                    lines.append("Reversed \(reversal.entry.reversal?.of ?? "") by \(reversal.entry.id): \(reversal.entry.reversal?.reason ?? "").")
                } catch let error as ArkaError {
                    throw row.locate(error)
                }
            }
        }
        if FileManager.default.fileExists(atPath: source("closed-periods.csv")) {
            let closed = try ledger.closePeriods(file: source("closed-periods.csv"), signature: signature)
            if let first = closed.first, let last = closed.last { lines.append("Closed \(closed.count) months, \(first) to \(last).") }
        }
        if FileManager.default.fileExists(atPath: source("budget-revisions.csv")) {
            let count = try ledger.reviseBudget(file: source("budget-revisions.csv"), signature: signature)
            lines.append("Recorded \(count) budget revisions.")
        }
        // The IGA call: its applications scored, the awards made agreements with their commitments.
        var calls: [(code: String, outcome: ScoringOutcome, stamp: ScoringStamp)] = []
        for (code, name, awardDate) in [("IGA-2023", "iga", "2023-10-16"), ("SB-2023", "social-business", nil)] {
            guard FileManager.default.fileExists(atPath: source("applications-\(name).csv")) else { continue }
            // A call's grid names the books' scheme: it lives with the books, beside its applications.
            let grid = source("grid-\(name).yaml")
            guard FileManager.default.fileExists(atPath: grid) else {
                throw ArkaError(
                    .io, "cannot find the scoring grid of call \(code) beside its applications",
                    location: SourceLocation(file: grid))
            }
            let evaluations = source("evaluations-\(name).csv")
            let count = try ledger.importCall(
                code: code, grid: grid, applications: source("applications-\(name).csv"),
                evaluations: FileManager.default.fileExists(atPath: evaluations) ? evaluations : nil, signature: signature)
            if let awardDate {
                let run = try ledger.award(call: code, date: try LedgerDate.parse(awardDate), signature: signature)
                lines.append(
                    "Scored call \(code) (\(count) applications) and awarded \(run.agreements.count) grant agreements, \(run.outcome.count(.reserve)) on the reserve list.")
                calls.append((code, run.outcome, run.stamp))
            } else {
                let input = try ledger.callInput(code)
                let outcome = try input.score()
                lines.append("Scored call \(code) (\(count) applications): \(outcome.count(.award)) places, \(outcome.count(.reserve)) on the reserve list.")
                calls.append((code, outcome, input.stamp))
            }
        }
        if FileManager.default.fileExists(atPath: source("agreements.csv")) {
            let count = try ledger.approveAgreements(file: source("agreements.csv"), signature: signature)
            lines.append("Approved \(count) grant agreement\(count == 1 ? "" : "s").")
        }
        if FileManager.default.fileExists(atPath: source("purchases.csv")) {
            let count = try ledger.purchaseEquipment(file: source("purchases.csv"), signature: signature)
            lines.append("Bought \(count) items of IGA equipment.")
        }
        if FileManager.default.fileExists(atPath: source("handovers.csv")) {
            let count = try ledger.handOver(file: source("handovers.csv"), afterEnd: false, signature: signature)
            lines.append("Handed over \(count) items to their recipients.")
        }
        if FileManager.default.fileExists(atPath: source("disbursements.csv")) {
            let count = try ledger.disburse(file: source("disbursements.csv"), signature: signature)
            lines.append("Paid \(count) grant tranche\(count == 1 ? "" : "s").")
        }
        if FileManager.default.fileExists(atPath: source("agreement-closures.csv")) {
            let count = try ledger.closeAgreements(file: source("agreement-closures.csv"), as: .completed, signature: signature)
            lines.append("Completed \(count) delivered agreement\(count == 1 ? "" : "s"), releasing what their deliveries did not use.")
        }
        try ledger.exportJournal(to: try TextSink(path: output("mallakaster.journal")), people: try ledger.pseudonymizer())
        lines.append("Exported \(output("mallakaster.journal")), persons by pseudonym (check it with: hledger -f \(output("mallakaster.journal")) balance).")
        let verification = try ledger.verify()
        guard verification.passes else {
            throw ArkaError(.brokenJournal, "the demo ledger does not verify: \(verification.rendered(as: .text))")
        }
        lines.append("Verified: \(verification.entries) entries, head #\(verification.head.sequence) \(verification.head.hash).")
        lines += verification.registers.map { "Reconciled: \($0.register), \($0.registerTotal.tableText) \($0.registerTotal.currency.code) = \($0.control)." }
        return Result(ledger: ledger, summary: lines.joined(separator: "\n") + "\n", calls: calls)
    }
}
