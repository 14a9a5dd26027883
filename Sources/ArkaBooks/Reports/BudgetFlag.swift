import ArkaCore

extension BudgetReport {
    /// Something the donor's rules do not allow, or expense the budget does not place: what it
    /// is and its figures, so that a workbook can word it in its own language. ``description``
    /// is the sentence the command line prints.
    ///
    /// ```swift
    /// for flag in report.flagDetails {
    ///     if case let .spentBeyond(fund, line, _, _, beyond) = flag { print("\(fund) \(line): \(beyond) over") }
    /// }
    /// ```
    public enum Flag: Sendable, Equatable, CustomStringConvertible {
        /// A rule of the budget itself: a notice that needed an addendum, indirect costs or the
        /// contingency reserve above their ceilings.
        case budget(BudgetAssessment.Flag)
        /// Spending and open commitments on a line beyond its budget (the spending within it).
        case committedBeyond(fund: String, line: String, spentAndCommitted: Money, budget: Money, beyond: Money)
        /// Spending on a line beyond its budget.
        case spentBeyond(fund: String, line: String, spent: Money, budget: Money, beyond: Money)
        /// Expense on a fund without a budget line (`line` nil), or on a line its budget does not have.
        case offBudget(fund: String, line: String?, amount: Money)
        /// Spending on a heading above what it may reach without the addendum a notice needed;
        /// `givers` are the headings that gave it money beyond the limit.
        case aboveCeiling(fund: String, heading: String, above: Money, spent: Money, ceiling: BudgetAssessment.Ceiling)
        /// Expense booked without a fund, on a budget line or none.
        case withoutFund(line: String?, amount: Money)
        /// Expense booked on a fund the ledger does not have.
        case unknownFund(fund: String, amount: Money)
        /// Exchange losses and conversion rounding on a fund: ineligible, kept off its lines.
        case ineligible(fund: String, amount: Money)
        /// Exchange losses and conversion rounding without a fund (`fund` nil) or on a fund the
        /// ledger does not have.
        case ineligibleOutsideFunds(fund: String?, amount: Money)

        /// The flag in one sentence, as the command line says it.
        public var description: String { sentence.description }

        /// The flag in one sentence, in any language.
        public var sentence: Sentence {
            switch self {
            case .budget(let flag):
                return flag.sentence
            case let .committedBeyond(fund, line, both, budget, beyond):
                return "line \(line) of \(fund) is committed beyond its budget: \(both) spent and committed of \(budget), \(beyond) beyond it"
            case let .spentBeyond(fund, line, spent, budget, beyond):
                return "line \(line) of \(fund) is spent beyond its budget: \(spent) of \(budget), \(beyond) beyond it"
            case let .offBudget(fund, line, amount):
                if let line { return "\(amount) of expense on \(fund) is booked on line \(line), which its budget does not have" }
                return "\(amount) of expense on \(fund) is booked without a budget line"
            case let .aboveCeiling(fund, heading, above, spent, ceiling):
                let said: Sentence = "\(above) spent on heading \(heading) of \(fund) is ineligible: \(spent) spent, above the \(ceiling.amount) it may reach without the addendum revision \(ceiling.reference) of \(ceiling.since) needed"
                guard !ceiling.givers.isEmpty else { return said }
                let givers = ceiling.givers.joined(separator: ", ")
                return Sentence.plural(ceiling.givers.count, "\(said) (money heading \(givers) gave beyond the limit)", "\(said) (money headings \(givers) gave beyond the limit)")
            case let .withoutFund(line, amount):
                if let line { return "\(amount) of expense is booked without a fund on line \(line)" }
                return "\(amount) of expense is booked without a fund"
            case let .unknownFund(fund, amount):
                return "\(amount) of expense is booked on \(fund), which is not a fund of the ledger"
            case let .ineligible(fund, amount):
                return "\(amount) of exchange losses and conversion rounding on \(fund) is ineligible and kept off its budget lines"
            case let .ineligibleOutsideFunds(fund, amount):
                if let fund { return "\(amount) of exchange losses and conversion rounding is booked on \(fund), which is not a fund of the ledger" }
                return "\(amount) of exchange losses and conversion rounding is booked without a fund"
            }
        }

        /// The flag as a ``Phrase`` for a workbook's wording: its key (one of ``phraseKeys``)
        /// and its values (amounts as `1234.50 EUR`, percents as `33.33 %`).
        public var phrase: Phrase {
            func percent(_ value: DecimalText?) -> String { value.map { "\($0.text) %" } ?? "–" }
            switch self {
            case let .budget(.needsAddendum(fund, heading, date, reference, change, limit)):
                return Phrase(
                    "flag.needs_addendum",
                    ["fund": fund, "heading": heading, "date": date.description, "reference": reference, "percent": percent(change), "limit": "\(limit) %"])
            case let .budget(.indirectAboveLimit(fund, indirect, direct, share, limit, allowed, above)):
                return Phrase(
                    "flag.indirect_above_limit",
                    ["fund": fund, "amount": indirect.description, "direct": direct.description, "percent": percent(share), "limit": "\(limit) %",
                     "allowed": allowed.description, "above": above.description])
            case let .budget(.contingencyAboveLimit(fund, contingency, direct, share, limit, allowed, above)):
                return Phrase(
                    "flag.contingency_above_limit",
                    ["fund": fund, "amount": contingency.description, "direct": direct.description, "percent": percent(share), "limit": "\(limit) %",
                     "allowed": allowed.description, "above": above.description])
            case let .committedBeyond(fund, line, both, budget, beyond):
                return Phrase(
                    "flag.committed_beyond", ["fund": fund, "line": line, "amount": both.description, "budget": budget.description, "beyond": beyond.description])
            case let .spentBeyond(fund, line, spent, budget, beyond):
                return Phrase(
                    "flag.spent_beyond", ["fund": fund, "line": line, "amount": spent.description, "budget": budget.description, "beyond": beyond.description])
            case let .offBudget(fund, nil, amount):
                return Phrase("flag.without_line", ["fund": fund, "amount": amount.description])
            case let .offBudget(fund, line?, amount):
                return Phrase("flag.off_budget_line", ["fund": fund, "line": line, "amount": amount.description])
            case let .aboveCeiling(fund, heading, above, spent, ceiling):
                var values = [
                    "fund": fund, "heading": heading, "above": above.description, "amount": spent.description, "ceiling": ceiling.amount.description,
                    "reference": ceiling.reference, "date": ceiling.since.description,
                ]
                guard !ceiling.givers.isEmpty else { return Phrase("flag.above_ceiling", values) }
                values["headings"] = ceiling.givers.joined(separator: ", ")
                return Phrase("flag.above_ceiling_given", values)
            case let .withoutFund(nil, amount):
                return Phrase("flag.without_fund", ["amount": amount.description])
            case let .withoutFund(line?, amount):
                return Phrase("flag.without_fund_line", ["line": line, "amount": amount.description])
            case let .unknownFund(fund, amount):
                return Phrase("flag.unknown_fund", ["fund": fund, "amount": amount.description])
            case let .ineligible(fund, amount):
                return Phrase("flag.ineligible", ["fund": fund, "amount": amount.description])
            case let .ineligibleOutsideFunds(nil, amount):
                return Phrase("flag.ineligible_without_fund", ["amount": amount.description])
            case let .ineligibleOutsideFunds(fund?, amount):
                return Phrase("flag.ineligible_unknown_fund", ["fund": fund, "amount": amount.description])
            }
        }

        /// Every key a flag's ``phrase`` may have: a workbook template words each.
        public static let phraseKeys = [
            "flag.needs_addendum", "flag.indirect_above_limit", "flag.contingency_above_limit", "flag.committed_beyond", "flag.spent_beyond",
            "flag.without_line", "flag.off_budget_line", "flag.above_ceiling", "flag.above_ceiling_given", "flag.without_fund",
            "flag.without_fund_line", "flag.unknown_fund", "flag.ineligible", "flag.ineligible_without_fund", "flag.ineligible_unknown_fund",
        ]

        /// The fund the flag is about, if any.
        public var fund: String? {
            switch self {
            case .budget(let flag):
                switch flag {
                case .needsAddendum(let fund, _, _, _, _, _), .indirectAboveLimit(let fund, _, _, _, _, _, _), .contingencyAboveLimit(let fund, _, _, _, _, _, _):
                    return fund
                }
            case .committedBeyond(let fund, _, _, _, _), .spentBeyond(let fund, _, _, _, _), .offBudget(let fund, _, _), .aboveCeiling(let fund, _, _, _, _),
                .unknownFund(let fund, _), .ineligible(let fund, _):
                return fund
            case .withoutFund: return nil
            case .ineligibleOutsideFunds(let fund, _): return fund
            }
        }

        /// The budget line the flag is about, if it is about one line of the budget.
        public var line: String? {
            switch self {
            case .committedBeyond(_, let line, _, _, _), .spentBeyond(_, let line, _, _, _): return line
            default: return nil
            }
        }

        /// Whether the flag says a heading of `fund` needed an addendum it does not have.
        public func needsAddendum(heading: String, of fund: String) -> Bool {
            if case let .budget(.needsAddendum(flagged, flaggedHeading, _, _, _, _)) = self { return flagged == fund && flaggedHeading == heading }
            return false
        }
    }
}
