/// The sentences of Arka in the languages other than English, keyed by their English template.
///
/// Each language's catalogue is plain text kept in Swift files beside this one (one
/// `Catalogue.albanian…` string a part), so that a translator edits text and nothing else.
/// An entry is two lines, the English template and its translation; places are numbered
/// `{1}`, `{2}`, ... as in ``Sentence/template`` and may move in the translation; a line
/// break in a sentence is written `\n`; blank lines and lines starting `#` are ignored:
///
/// ```
/// en: no account {1} in the chart of accounts
/// sq: nuk ka llogari {1} në planin kontabël
/// ```
///
/// A test reads every sentence in Arka's sources and checks that the catalogue says each one
/// in Albanian, and that the catalogue holds nothing the sources no longer say.
public enum Catalogue {
    /// The translation of `template` into `language`, or nil when the catalogue has none.
    public static func translation(of template: String, in language: Language) -> String? {
        switch language {
        case .en: return template
        case .sq: return albanian.entries[template]
        }
    }

    /// Every entry of a language's catalogue: English template to translation.
    public static func entries(of language: Language) -> [String: String] {
        switch language {
        case .en: return [:]
        case .sq: return albanian.entries
        }
    }

    /// Problems of a language's catalogue text: an entry without its pair, an English template
    /// given twice, a translation whose places are not those of its template.
    public static func problems(of language: Language) -> [String] {
        switch language {
        case .en: return []
        case .sq: return albanian.problems
        }
    }

    static let albanian = Parsed(albanianParts)

    /// A catalogue's text read into its entries, with what is wrong in it.
    struct Parsed: Sendable {
        var entries: [String: String] = [:]
        var problems: [String] = []

        init(_ parts: [String]) {
            for part in parts {
                var english: (text: String, line: Int)?
                for (index, line) in part.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let number = index + 1
                    if line.isEmpty || line.hasPrefix("#") { continue }
                    if line.hasPrefix("en: ") {
                        if let english { problems.append("line \(english.line): \"\(english.text)\" has no translation") }
                        english = (Self.unescaped(line.dropFirst(4)), number)
                    } else if line.hasPrefix("sq: ") {
                        guard let source = english else {
                            problems.append("line \(number): a translation without its English line")
                            continue
                        }
                        let translation = Self.unescaped(line.dropFirst(4))
                        if entries[source.text] != nil { problems.append("line \(source.line): \"\(source.text)\" is given twice") }
                        if Self.places(source.text) != Self.places(translation) {
                            problems.append("line \(number): the translation of \"\(source.text)\" does not have the places of its template")
                        }
                        entries[source.text] = translation
                        english = nil
                    } else {
                        problems.append("line \(number): neither en: nor sq: \"\(line)\"")
                    }
                }
                if let english { problems.append("line \(english.line): \"\(english.text)\" has no translation") }
            }
        }

        /// The places `{n}` of a template, sorted: a translation has each of them, once.
        static func places(_ template: String) -> [Int] {
            var found: [Int] = []
            var rest = template[...]
            while let open = rest.firstIndex(of: "{") {
                let after = rest.index(after: open)
                guard let close = rest[after...].firstIndex(of: "}") else { break }
                if let number = Int(rest[after..<close]) { found.append(number) }
                rest = rest[rest.index(after: close)...]
            }
            return found.sorted()
        }

        static func unescaped(_ text: Substring) -> String {
            guard text.contains("\\") else { return String(text) }
            var out = ""
            var escaping = false
            for character in text {
                if escaping {
                    out.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else {
                    out.append(character)
                }
            }
            return out
        }
    }
}
