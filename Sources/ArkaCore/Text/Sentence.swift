import Synchronization

/// A language Arka speaks to its users in: every message, report heading and error sentence.
///
/// The command line takes it from `--lang`, `ARKA_LANG` or the locale (``Language/fromEnvironment(_:)``)
/// and sets ``Language/current`` once, before anything is printed.
///
/// ```swift
/// Language.current = .sq
/// print(Sentence("no account \("9999") in the chart of accounts"))
/// // nuk ka llogari 9999 në planin kontabël
/// ```
public enum Language: String, Sendable, CaseIterable {
    /// English.
    case en
    /// Albanian (shqip).
    case sq

    private static let chosen = Atomic<UInt8>(0)

    /// The language one task asked for (a web page's reader), over the process's.
    @TaskLocal private static var asked: Language?

    /// The language of the messages: the one the running task asked for with
    /// ``speaking(_:_:)``, else the process's; English until the command line chooses.
    public static var current: Language {
        get { asked ?? (chosen.load(ordering: .relaxed) == 1 ? .sq : .en) }
        set { chosen.store(newValue == .sq ? 1 : 0, ordering: .relaxed) }
    }

    /// Runs `body` speaking `language`: every ``tr(_:)`` and report made in it, on this task,
    /// speaks it, whatever the process's language. A server answers each reader in theirs.
    ///
    /// ```swift
    /// let page = Language.speaking(.sq) { tr("Trial balance") }   // "Bilanci i verifikimit"
    /// ```
    /// - Throws: what `body` throws.
    public static func speaking<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        try $asked.withValue(language, operation: body)
    }

    /// The language a code names: `en`, `sq`, or a locale such as `sq_AL.UTF-8` or `en-GB`;
    /// nil for a language Arka does not speak.
    public init?(code: String) {
        let lead = code.prefix { $0.isLetter }.lowercased()
        switch lead {
        case "en": self = .en
        case "sq": self = .sq
        default: return nil
        }
    }

    /// The language the environment asks for: `ARKA_LANG` first, then the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them); English when none names a
    /// language Arka speaks.
    ///
    /// - Throws: ``ArkaError`` `.badSetting` when `ARKA_LANG` is set to a language Arka does not speak.
    public static func fromEnvironment(_ environment: [String: String]) throws -> Language {
        if let asked = environment["ARKA_LANG"], !asked.isEmpty {
            guard let language = Language(code: asked) else { throw unknown(asked, field: "ARKA_LANG") }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) ?? .en
        }
        return .en
    }

    /// The refusal of a language code Arka does not speak, naming where it was given.
    public static func unknown(_ code: String, field: String) -> ArkaError {
        ArkaError(.badSetting, "the language is en (English) or sq (Albanian)", field: field, value: code)
    }
}

/// A sentence shown to a user, kept as its English template and the values put into it, so
/// that it can be said in any ``Language``.
///
/// Written as a string literal, interpolations and all; the template is the literal with each
/// interpolation numbered `{1}`, `{2}`, ..., and is the key of the sentence in the catalogue
/// (``Catalogue``). A value interpolated is shown as it is (codes, amounts, dates, file names);
/// a ``Sentence`` interpolated is said in the same language as the one around it.
///
/// ```swift
/// let sentence: Sentence = "no account \(code) in the chart of accounts"
/// sentence.template    // "no account {1} in the chart of accounts"
/// sentence.text(in: .sq)
/// ```
public struct Sentence: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// What is put into a template's place: a value shown as it is, or a sentence said in the language.
    public indirect enum Argument: Sendable, Hashable {
        case value(String)
        case sentence(Sentence)
    }

    /// The English text with its places numbered `{1}`, `{2}`, ...; the key in the catalogue.
    public let template: String
    public let arguments: [Argument]

    public init(template: String, arguments: [Argument]) {
        self.template = template
        self.arguments = arguments
    }

    /// A text that is not said in any language of Arka's own (a library's message, a
    /// user's words): shown as it is, in every language.
    public init(verbatim text: String) {
        self.init(template: "{1}", arguments: [.value(text)])
    }

    public init(stringLiteral value: String) {
        self.init(template: value, arguments: [])
    }

    public init(stringInterpolation: Interpolation) {
        self.init(template: stringInterpolation.template, arguments: stringInterpolation.arguments)
    }

    /// Builds a template as the literal is read: its text, then `{n}` for each value.
    public struct Interpolation: StringInterpolationProtocol {
        var template = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 4 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { template += literal }

        public mutating func appendInterpolation(_ sentence: Sentence) { append(.sentence(sentence)) }

        public mutating func appendInterpolation(_ value: some CustomStringConvertible) { append(.value(value.description)) }

        public mutating func appendInterpolation(_ value: String) { append(.value(value)) }

        public mutating func appendInterpolation(_ value: Substring) { append(.value(String(value))) }

        public mutating func appendInterpolation<T>(_ value: T) { append(.value(String(describing: value))) }

        /// An optional is never put in a sentence as `Optional(…)`: unwrap it, or say what its
        /// absence means, first.
        @available(*, unavailable, message: "unwrap the optional before putting it in a sentence")
        public mutating func appendInterpolation<T>(_ value: T?) { append(.value(String(describing: value))) }

        private mutating func append(_ argument: Argument) {
            arguments.append(argument)
            template += "{\(arguments.count)}"
        }
    }

    /// The sentence said in `language`: its template from the catalogue (English when the
    /// catalogue has none), each place filled with its value.
    public func text(in language: Language) -> String {
        let said = language == .en ? template : (Catalogue.translation(of: template, in: language) ?? template)
        guard !arguments.isEmpty else { return said }
        return Self.fill(said, with: arguments.map { argument in
            switch argument {
            case .value(let text): return text
            case .sentence(let sentence): return sentence.text(in: language)
            }
        })
    }

    /// `one` for a count of 1, `many` otherwise: the noun after a number, in either language.
    ///
    /// ```swift
    /// "\(count) \(Sentence.plural(count, "entry", "entries"))"
    /// ```
    public static func plural(_ count: some BinaryInteger, _ one: Sentence, _ many: Sentence) -> Sentence {
        count == 1 ? one : many
    }

    /// Sentences said one after the other with `separator` between them, in one language.
    public static func joined(_ parts: [Sentence], between separator: Sentence) -> Sentence {
        var template = ""
        var arguments: [Argument] = []
        for (index, part) in parts.enumerated() {
            if index > 0 {
                arguments.append(.sentence(separator))
                template += "{\(arguments.count)}"
            }
            arguments.append(.sentence(part))
            template += "{\(arguments.count)}"
        }
        return Sentence(template: template, arguments: arguments)
    }

    /// The sentence in English, whatever the process's language: for logs kept in files and for tests.
    public var english: String { text(in: .en) }

    /// The sentence in ``Language/current``.
    public var description: String { text(in: .current) }

    /// Puts `values[n - 1]` in each place `{n}` of `template`; a brace that does not open a
    /// place of a value given is kept as it is.
    package static func fill(_ template: String, with values: [String]) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + values.reduce(0) { $0 + $1.utf8.count })
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let number = Int(rest[afterOpen..<close]), number >= 1, number <= values.count {
                out += values[number - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }
}

/// The text of `sentence` in the process's language (``Language/current``): the one call
/// through which every message, heading and notice that is not an error is said.
///
/// ```swift
/// out += tr("Posted \(count) entries from \(file).")
/// ```
public func tr(_ sentence: Sentence) -> String {
    sentence.text(in: .current)
}
