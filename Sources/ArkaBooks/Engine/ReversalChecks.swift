import ArkaCore
import ArkaStore

/// The checks a reversal passes so that no register is left resting on an entry that no
/// longer stands, as small named functions in one list.
///
/// Registers are derived from the entries wherever they can be (an item whose handover is
/// reversed is in stock again, a reversed tranche no longer consumes its agreement), so most
/// reversals need no check. These are the ones that would leave two records claiming the same
/// thing; each refusal names the command that makes the correction properly.
///
/// ```swift
/// for check in ReversalChecks.all { try check.check("PUR-AF-311", links) }
/// ```
enum ReversalChecks {
    typealias Check = @Sendable (_ entry: String, _ links: RegisterLinks) throws -> Void

    static let all: [(name: String, check: Check)] = [
        ("purchaseNotHandedOver", checkPurchaseNotHandedOver),
        ("handoverNotReturned", checkHandoverNotReturned),
        ("returnNotHandedOverAgain", checkReturnNotHandedOverAgain),
    ]

    /// An item bought by the entry and handed over since is no longer in the stock the
    /// reversal would take it from.
    static func checkPurchaseNotHandedOver(_ entry: String, _ links: RegisterLinks) throws {
        for item in links.purchasedItems {
            if let handover = item.handedOverBy {
                throw ArkaError(
                    .badReversal,
                    "item \(item.tag) bought by \(entry) was handed over by \(handover): take it back first (`arka equipment return`), then reverse the purchase",
                    field: "entry", value: entry)
            }
        }
    }

    /// An item of the handover that was returned since is in stock already; the reversal would
    /// put it there twice.
    static func checkHandoverNotReturned(_ entry: String, _ links: RegisterLinks) throws {
        for item in links.handedOverItems {
            if let back = item.returnedBy {
                throw ArkaError(
                    .badReversal,
                    "item \(item.tag) of \(entry) was returned to stock by \(back): return the other items (`arka equipment return`) instead",
                    field: "entry", value: entry)
            }
        }
    }

    /// An item returned by the entry and handed over again since would be handed over twice.
    static func checkReturnNotHandedOverAgain(_ entry: String, _ links: RegisterLinks) throws {
        for item in links.returnedItems {
            if let again = item.handedOverAgainBy {
                throw ArkaError(
                    .badReversal,
                    "item \(item.tag) returned by \(entry) was handed over again by \(again): reverse that handover first",
                    field: "entry", value: entry)
            }
        }
    }
}
