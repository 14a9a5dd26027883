import ArkaCore
import ArkaRules
import ArkaStore
import Foundation

/// How an export shows the natural persons the ledger knows: the applicants of its calls and
/// its recipients that are persons (``GrantRecipient/isNaturalPerson``), each by one pseudonym.
///
/// A person's pseudonym is ``Pseudonyms/pseudonym(for:)`` of their identity under the ledger's
/// key (``Ledger/pseudonyms()``): an applicant's personal id (the grid's `applicant` role), a
/// recipient's tax id, else its code. An awarded applicant becomes the recipient with their
/// personal id as tax id, so the scoring sheets, the register of third parties, the listings
/// and the journal show the same person by the same pseudonym.
///
/// Free texts (descriptions, counterparties, memos, documents, reasons, flags) have every known
/// name, personal id and recipient code of a person replaced by that person's pseudonym; a name
/// given with its code (`Ferma Hoxha (R-01)`, as the engine writes counterparties) becomes one
/// pseudonym. Names match whole words in any case, with or without their accents (`Kuçi`,
/// `KUCI`). A name two different people share becomes ``ambiguous``. The books keep the real
/// texts: only what is exported changes.
///
/// ```swift
/// let people = try ledger.pseudonymizer()
/// people.text("Handover of 2 items under IGA-2023-01 to Ferma Hoxha (R-01)")
/// // "Handover of 2 items under IGA-2023-01 to AP-1c871cfaea"
/// people.recipient("R-01")   // "AP-1c871cfaea"
/// people.recipient("SB-01")  // nil: a legal entity keeps its code and name
/// ```
public struct Pseudonymizer: Sendable {
    /// What stands for a name that several people share, where a text does not say which.
    public static let ambiguous = "AP-?"

    public let pseudonyms: Pseudonyms
    /// The pseudonym of each recipient who is a natural person, by code.
    private let recipients: [String: String]
    private let matcher: NameMatcher

    /// - Parameters:
    ///   - recipients: the ledger's recipients; those who are legal entities are left as they are.
    ///   - applicants: each applicant's identity and the texts that name them (name, personal id,
    ///     other personal text fields).
    public init(pseudonyms: Pseudonyms, recipients: [GrantRecipient], applicants: [(identity: String, names: [String])]) {
        self.pseudonyms = pseudonyms
        var people: [(identity: String, names: [String])] = applicants
        var codes: [String: String] = [:]
        for recipient in recipients where recipient.isNaturalPerson {
            let identity = Self.identity(of: recipient)
            codes[recipient.code] = pseudonyms.pseudonym(for: identity)
            var names = [recipient.code, recipient.name]
            if let taxID = recipient.taxID { names.append(taxID) }
            // "Ferma Hoxha (bees and honey)" is also written "Ferma Hoxha".
            if recipient.name.hasSuffix(")"), let open = recipient.name.range(of: " (", options: .backwards) {
                names.append(String(recipient.name[..<open.lowerBound]))
            }
            people.append((identity, names))
        }
        self.recipients = codes
        // A name is also written in its Albanian cases: "the greenhouse of Ilir Gjergjit".
        people = people.map { person in (person.identity, person.names + person.names.flatMap(Self.albanianCases)) }
        // Each text, as the matcher compares it, with the identities it names.
        var named: [[UInt32]: (text: String, identities: Set<String>)] = [:]
        for person in people {
            for name in person.names {
                guard let key = NameMatcher.folded(name) else { continue }
                named[key, default: (name, [])].identities.insert(person.identity)
            }
        }
        matcher = NameMatcher(
            terms: named.values.sorted { $0.text < $1.text }.map { entry in
                (entry.text, entry.identities.count == 1 ? pseudonyms.pseudonym(for: entry.identities.first!) : Self.ambiguous)
            },
            ambiguous: Self.ambiguous)
    }

    /// A person's name as Albanian writes it in its other cases, its last word inflected: the
    /// genitive and dative (`Gjergji` → `Gjergjit`, `Hoxha` → `Hoxhës`, `Ilir` → `Ilirit`), the
    /// accusative (`Gjergjin`, `Hoxhën`, `Ilirin`) and, for a name ending in a consonant, the
    /// definite form (`Iliri`). Only names of two words or more, all of letters: codes, ids and
    /// phone numbers are matched as written.
    ///
    /// ```swift
    /// Pseudonymizer.albanianCases("Marjeta Çela")   // ["Marjeta Çelës", "Marjeta Çelën"]
    /// ```
    static func albanianCases(_ name: String) -> [String] {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, words.allSatisfy({ $0.allSatisfy(\.isLetter) }), let last = words.last, last.count >= 3,
            let end = last.last
        else { return [] }
        let head = words.dropLast().joined(separator: " ") + " "
        let stem = String(last.dropLast())
        let word = String(last)
        let endings: [String]
        switch end.lowercased() {
        case "a", "ë": endings = [stem + "ës", stem + "ën"]
        case "e": endings = [word + "s", word + "n"]
        case "i", "u", "o": endings = [word + "t", word + "n"]
        default: endings = [word + "i", word + "it", word + "in"]
        }
        return endings.map { head + $0 }
    }

    /// The identity a recipient's pseudonym is made from: their tax id (an awarded applicant's
    /// personal id), else their code.
    public static func identity(of recipient: GrantRecipient) -> String {
        recipient.taxID.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? recipient.code
    }

    /// The pseudonymizer of books that hold persons by pseudonym already: an office's books as
    /// the centre holds them (``Ledger/replicaSetting``). A recipient who is a natural person is
    /// shown by their code, which is their pseudonym there; texts stay as they are (sent by
    /// pseudonym). What a pseudonymous export leaves out (the signatories of a handover) it
    /// leaves out here too.
    ///
    /// ```swift
    /// let people = Pseudonymizer(asSent: recipients, pseudonyms: key)
    /// people.recipient("AP-1c871cfaea")   // "AP-1c871cfaea"
    /// ```
    public init(asSent recipients: [GrantRecipient], pseudonyms: Pseudonyms) {
        self.pseudonyms = pseudonyms
        self.recipients = Dictionary(
            recipients.filter(\.isNaturalPerson).map { ($0.code, $0.code) }, uniquingKeysWith: { first, _ in first })
        matcher = NameMatcher(terms: [])
    }

    /// The pseudonym of a recipient who is a natural person; nil for a legal entity or an
    /// unknown code.
    public func recipient(_ code: String) -> String? { recipients[code] }

    /// An applicant's pseudonym, from their identity (``Application/applicantKey``).
    public func applicant(_ identity: String) -> String { pseudonyms.pseudonym(for: identity) }

    /// The text with every known name, personal id and recipient code of a person replaced by
    /// the person's pseudonym.
    public func text(_ text: String) -> String { matcher.replacing(in: text) ?? text }

    /// ``text(_:)`` of an optional text.
    public func text(_ text: String?) -> String? { text.map(self.text) }

    /// The text with its persons replaced, or nil when it names none (the text stands as it is).
    public func replacing(in text: String) -> String? { matcher.replacing(in: text) }

    /// ``replacing(in:)`` of a text given as UTF-8 bytes: a text that cannot name anyone, nearly
    /// every one, is only scanned, never copied.
    public func replacing(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard matcher.mayHoldTerm(utf8: bytes) else { return nil }
        return matcher.replacing(in: String(decoding: bytes, as: UTF8.self))
    }
}

extension Ledger {
    /// The ledger's pseudonymizer: its recipients who are persons and the applicants of its
    /// calls, under the ledger's key; of an office's books as the centre holds them,
    /// ``Pseudonymizer/init(asSent:pseudonyms:)``.
    /// - Throws: a database error, or ``ArkaError`` when a stored call no longer reads.
    public func pseudonymizer() throws -> Pseudonymizer {
        let recipients = try store.view { try $0.grantRecipients() }
        // Books the centre holds hold their persons by pseudonym already.
        if try centreOffice() != nil {
            return Pseudonymizer(asSent: recipients, pseudonyms: try pseudonyms())
        }
        var applicants: [(identity: String, names: [String])] = []
        for call in try store.view({ try $0.grantCalls() }) {
            let input = try callInput(call.code)
            let grid = input.grid
            // The personal text fields (name, personal id, phone…), except the application's number.
            let personal = grid.fields.indices.filter { index in
                let field = grid.fields[index]
                return field.isPersonal && field.kind == .text && field.name != grid.roles.id
            }
            for application in input.applications {
                var names: [String] = []
                if let name = application.name { names.append(name) }
                if application.applicantKey != application.id { names.append(application.applicantKey) }
                for index in personal where index < application.values.count {
                    if case .text(let value) = application.values[index] { names.append(value) }
                }
                applicants.append((application.applicantKey, names))
            }
        }
        return Pseudonymizer(pseudonyms: try pseudonyms(), recipients: recipients, applicants: applicants)
    }
}
