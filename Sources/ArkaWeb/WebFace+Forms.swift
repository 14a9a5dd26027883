import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird

/// The sentences of a refused form: each beside the field it concerns, when the form has that
/// field (the reason alone: the field says where), the others above the form (place and reason).
struct FormErrors: Sendable {
    var general: [String] = []
    var fields: [String: String] = [:]
    /// Whether the write was refused for changing a cash count already made: the form is shown
    /// again with the box that records it as a correction after the count (`after_count`).
    var countedCash = false

    init() {}

    /// The sentences of `error` for a form of `fields`, in `language`.
    init(_ error: any Error, fields known: Set<String>, language: Language) {
        let errors: [ArkaError]
        switch error {
        case let error as ArkaError: errors = [error]
        case let list as ArkaErrorList:
            errors = list.errors
            if list.total > list.errors.count { general.append(Sentence("... and \(list.total - list.errors.count) more").text(in: language)) }
        default:
            general.append(Sentence("the write failed: \(String(describing: error))").text(in: language))
            errors = []
        }
        for error in errors {
            if error.kind == .countedCash { countedCash = true }
            if let field = error.location.field, known.contains(field), fields[field] == nil, error.location.file == nil {
                fields[field] = error.sentence.text(in: language)
            } else {
                general.insert(error.text(in: language), at: 0)
            }
        }
    }

    /// The sentences that concern no field of the form, as one text.
    var summary: String? { general.isEmpty ? nil : general.joined(separator: " ") }
}

extension WebForm {
    /// How the write treats a cash count it changes: as a correction after the count when the
    /// form's box says so (``FormErrors/countedCash``), else refused.
    var counted: CountedCash { self["after_count"] == "1" ? .correctAfterCount : .keep }
}

/// What a form's write said, and the page to go to after it.
struct WriteOutcome: Sendable {
    var said: String
    var next: String
}

extension WebFace {
    /// A form that writes: the visit's checks (the role's right, the CSRF token), then its
    /// request key, then the write, alone, through the engine: the same checks, the same
    /// transaction, the same sentences as the command line. Done, the sentence waits for the next
    /// page, where the browser is sent (303). Sent again, nothing is written and the answer names
    /// the first write. Refused, `refused` shows the form again with the engine's sentences
    /// (422), and nothing was written.
    /// - Parameters:
    ///   - shop: whether the form is the shop's (404 on books that keep none).
    ///   - fields: the form's fields, beside which their errors are shown.
    func writeForm(
        _ request: Request, _ context: BasicRequestContext, form: WebForm, area: Area, shop: Bool, fields: Set<String>,
        refused: @escaping (Visit, FormErrors) async throws -> Response,
        _ write: @escaping @Sendable (Ledger, Visit) throws -> WriteOutcome
    ) async throws -> Response {
        try await visit(request, context, area: area, form: form) { visit in
            if shop, !visit.served.isBusiness { throw Refusal(status: .notFound, sentence: "These books keep no shop.") }
            let key = try Self.requestKey(form, visit)
            do {
                try form.checkTexts()
                let outcome = try await visit.served.write(visit.language, request: key) { ledger in try write(ledger, visit) }
                sessions.tell(visit.token, outcome.said)
                return Response.redirect(to: outcome.next)
            } catch let repeated as RepeatedRequest {
                return try await repeatedAnswer(repeated, visit, then: shop ? visit.base + "/shop" : nil)
            } catch let error where error is ArkaError || error is ArkaErrorList {
                return try await refused(visit, FormErrors(error, fields: fields, language: visit.language))
            }
        }
    }

    /// The answer to a form sent again: nothing was written this time; the first write's entries
    /// are named, and the page goes to `path`, else the first entry written.
    func repeatedAnswer(_ repeated: RepeatedRequest, _ visit: Visit, then path: String? = nil) async throws -> Response {
        let ids = try await visit.served.read(visit.language) { ledger in try repeated.sequences.map { try ledger.entryIDs(sequences: $0) } ?? [] }
        let list = ids.joined(separator: ", ")
        sessions.tell(
            visit.token,
            (ids.isEmpty
                ? Sentence("This form was sent before and recorded once, at \(repeated.answeredAt); nothing more was written.")
                : Sentence("This form was sent before and recorded once, at \(repeated.answeredAt), as \(list); nothing more was written.")).text(in: visit.language))
        return Response.redirect(to: path ?? (ids.first.map { visit.base + "/entry/" + Self.pathEscaped($0) } ?? visit.base))
    }
}
