import ArkaCore
import ArkaStore
import Foundation

/// What `arka register` and `arka find` keep of the postings: by document reference,
/// counterparty, fund, budget line, amount range and text. Empty, it keeps every posting.
///
/// Texts match without regard to case or accents, anywhere in the field (`--document F-114`
/// finds `invoice:F-114`, `--counterparty qiradhenes` finds `Qiradhënës`); an amount range compares the size of the posting's own amount, written in
/// its currency's units (`--min-amount 100` keeps 100.00 EUR and 100 ALL and more).
///
/// ```swift
/// var filter = PostingFilter()
/// filter.counterparty = "elektro"
/// filter.minimum = "1000"
/// try ledger.find(filter).count   // the entries with such a posting
/// ```
public struct PostingFilter: Sendable, Equatable {
    public var document: String?
    public var counterparty: String?
    public var fund: String?
    public var budgetLine: String?
    /// The smallest size of amount kept, as a decimal text.
    public var minimum: String?
    /// The largest size of amount kept, as a decimal text.
    public var maximum: String?
    /// Found in the entry's id, description, counterparty, documents, or the posting's memo.
    public var text: String?

    public init() {}

    /// Whether the filter keeps every posting.
    public var isEmpty: Bool { self == PostingFilter() }

    /// `document "F-114", fund EU, amount from 100`: the filter as a report's title says it.
    public var described: String {
        var parts: [Sentence] = []
        if let document { parts.append(Sentence("document \"\(document)\"")) }
        if let counterparty { parts.append(Sentence("counterparty \"\(counterparty)\"")) }
        if let fund { parts.append(Sentence("fund \(fund)")) }
        if let budgetLine { parts.append(Sentence("budget line \(budgetLine)")) }
        switch (minimum, maximum) {
        case (let low?, let high?): parts.append(Sentence("amount \(low) to \(high)"))
        case (let low?, nil): parts.append(Sentence("amount from \(low)"))
        case (nil, let high?): parts.append(Sentence("amount up to \(high)"))
        case (nil, nil): break
        }
        if let text { parts.append(Sentence("text \"\(text)\"")) }
        return parts.isEmpty ? tr("every posting") : parts.map(\.description).joined(separator: ", ")
    }

    /// The filter made ready to match: its texts folded, its bounds checked.
    /// - Throws: ``ArkaError/Kind/badAmount`` naming `--min-amount` or `--max-amount` for a bound
    ///   that is not a decimal number of 0 or more, or a minimum above the maximum.
    func matcher() throws -> Matcher {
        func bound(_ text: String?, _ option: String) throws -> DecimalText? {
            guard let text else { return nil }
            let number = try DecimalText.parse(text, field: option)
            guard number.digits >= 0 else {
                throw ArkaError(.badAmount, "an amount range compares sizes: give a bound of 0 or more", field: option, value: text)
            }
            return number
        }
        let low = try bound(minimum, "--min-amount")
        let high = try bound(maximum, "--max-amount")
        if let low, let high, Self.isLess(high, than: low) {
            throw ArkaError(.badAmount, "the smallest amount is above the largest (\(high.text))", field: "--min-amount", value: low.text)
        }
        return Matcher(
            document: document.map(Self.folded), counterparty: counterparty.map(Self.folded), fund: fund, budgetLine: budgetLine, minimum: low,
            maximum: high, text: text.map(Self.folded))
    }

    /// A text as the filter compares it: without case and accents (`Ë` as `e`, `Ç` as `c`).
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether `a` is less than `b`, two decimals of 0 or more of any scales; a number too large
    /// to scale is larger than any that scales.
    static func isLess(_ a: DecimalText, than b: DecimalText) -> Bool {
        func scaled(_ number: DecimalText, to scale: Int) -> Int64? {
            var digits = number.digits
            for _ in number.scale..<scale {
                let (product, overflow) = digits.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                digits = product
            }
            return digits
        }
        let scale = max(a.scale, b.scale)
        switch (scaled(a, to: scale), scaled(b, to: scale)) {
        case (let left?, let right?): return left < right
        case (.some, nil): return true
        default: return false
        }
    }

    /// A filter ready to test postings.
    struct Matcher {
        var document, counterparty, fund, budgetLine: String?
        var minimum, maximum: DecimalText?
        var text: String?

        /// Whether `posting` is kept.
        func keeps(_ posting: PostingLine) -> Bool {
            if let fund, posting.fund != fund { return false }
            if let budgetLine, posting.budgetLine != budgetLine { return false }
            if let counterparty, !(posting.counterparty.map(PostingFilter.folded)?.contains(counterparty) ?? false) { return false }
            if let document, !posting.documents.contains(where: { PostingFilter.folded("\($0.kind.rawValue):\($0.reference)").contains(document) }) {
                return false
            }
            if minimum != nil || maximum != nil {
                // The smallest 64-bit amount has no positive size: it is larger than any bound.
                let size = posting.amount.size ?? DecimalText(digits: .max, scale: 0)
                if let minimum, PostingFilter.isLess(size, than: minimum) { return false }
                if let maximum, PostingFilter.isLess(maximum, than: size) { return false }
            }
            if let text {
                let fields = [posting.entryID, posting.description, posting.counterparty ?? "", posting.memo ?? ""]
                    + posting.documents.map { "\($0.kind.rawValue):\($0.reference)" }
                if !fields.contains(where: { PostingFilter.folded($0).contains(text) }) { return false }
            }
            return true
        }
    }
}
