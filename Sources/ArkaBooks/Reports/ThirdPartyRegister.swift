import ArkaCore
import ArkaRules
import ArkaStore

/// The register of financial support to third parties (PRAG's "financial support to third
/// parties"): each agreement in date order with its recipient, the call, score and rank that
/// awarded it, the items or cash given, their value in the base currency and the running total
/// per recipient, which the scheme's cap per recipient bounds.
///
/// The third-parties workbook lays it out; `arka grant register` prints it.
///
/// ```swift
/// let register = try ledger.thirdPartyRegister(asOf: nil)
/// for row in register.rows { print(row.agreement.number, row.givenBase) }
/// ```
public struct ThirdPartyRegister: Sendable {
    /// The award that made an agreement, from the call's latest scoring run.
    public struct Award: Sendable {
        public var call: String
        public var score: Points?
        public var rank: Int
        /// The day of the scoring run that awarded it.
        public var date: String
    }

    public struct Row: Sendable {
        public var position: GrantPosition
        public var recipient: GrantRecipient?
        public var scheme: GrantScheme?
        public var award: Award?
        /// The items handed over under the agreement (none for a cash grant).
        public var items: [EquipmentRecord]
        /// What was given, in the base currency: the items' cost, else what the agreement consumed,
        /// at the rates its postings were booked at.
        public var givenBase: Money
        /// The recipient's support so far, in the base currency, this agreement included.
        public var runningTotal: Money

        public var agreement: GrantAgreement { position.agreement }
        /// The handover protocols of the items, sorted, without repeats.
        public var protocols: [String] { Array(Set(items.compactMap { $0.handover?.protocolNumber })).sorted() }
    }

    public var asOf: LedgerDate?
    public var base: Currency
    public var rows: [Row]
    /// The total given, in the base currency.
    public var totalGiven: Money
}

extension Ledger {
    /// The register of support to third parties on `asOf` (every entry when nil).
    ///
    /// An agreement in another currency than the base gives what its grant postings were booked
    /// at, each at its own rate.
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit; the scoring errors of a
    ///   stored call.
    public func thirdPartyRegister(asOf: LedgerDate?) throws -> ThirdPartyRegister {
        let base = baseCurrency
        let (schemes, recipients) = try grantSchemesAndRecipients()
        let (positions, equipment, calls, agreementEntries, grantPostings) = try store.view { view in
            let accounts = Set(schemes.map(\.expenseAccount))
            return (
                try view.grantPositions(asOf: asOf), try view.equipment(), try view.grantCalls(), try view.agreementEntryIDs(),
                accounts.isEmpty ? [] : try view.register(accounts: accounts, from: nil, to: asOf))
        }
        var postingsByEntry: [String: [PostingLine]] = [:]
        for row in grantPostings { postingsByEntry[row.entryID, default: []].append(row) }
        // Each awarded agreement's call, score and rank, from the call's latest run.
        var awards: [String: ThirdPartyRegister.Award] = [:]
        for call in calls {
            let (stored, runs) = try store.view { (try $0.grantAwards(call: call.code), try $0.scoringRuns(call: call.code)) }
            guard !stored.isEmpty else { continue }
            // The scores need the applications, which stay at the office: the centre's books show the rank alone.
            let outcome = try centreOffice() == nil ? try callInput(call.code).score() : nil
            for award in stored {
                let result = outcome?.results.first { $0.application.id == award.application }
                awards[award.agreement] = ThirdPartyRegister.Award(
                    call: call.code, score: result?.total, rank: award.rank, date: runs.first { $0.sequence == award.run }?.date ?? "")
            }
        }
        var running = MoneyTotals<String>(currency: base)
        var total = Money.zero(base)
        var rows: [ThirdPartyRegister.Row] = []
        for position in positions.sorted(by: { ($0.agreement.date, $0.agreement.number) < ($1.agreement.date, $1.agreement.number) }) {
            let agreement = position.agreement
            let items = equipment.filter { $0.handover?.agreement == agreement.number }
            let given: Money
            if !items.isEmpty {
                given = try Checked.named("the items of \(agreement.number)") { try Money.sum(items.map(\.baseCost), currency: base) }
            } else if position.consumed.currency == base {
                given = position.consumed
            } else {
                // In another currency: what its grant postings were booked at in the base currency.
                let scheme = schemes.first { $0.code == agreement.scheme }
                let booked = (agreementEntries[agreement.number] ?? []).flatMap { postingsByEntry[$0] ?? [] }.filter {
                    $0.account == scheme?.expenseAccount && $0.fund == scheme?.fund && $0.budgetLine == scheme?.budgetLine
                }
                given = try Checked.named("what agreement \(agreement.number) gave") { try Money.sum(booked.map(\.baseAmount), currency: base) }
            }
            try running.add(given, to: agreement.recipient, what: "the support to \(agreement.recipient)")
            let sum = running[agreement.recipient]
            total = try Checked.named("the support given") { try total.adding(given) }
            rows.append(
                ThirdPartyRegister.Row(
                    position: position, recipient: recipients.first { $0.code == agreement.recipient },
                    scheme: schemes.first { $0.code == agreement.scheme }, award: awards[agreement.number], items: items, givenBase: given,
                    runningTotal: sum))
        }
        return ThirdPartyRegister(asOf: asOf, base: base, rows: rows, totalGiven: total)
    }
}
