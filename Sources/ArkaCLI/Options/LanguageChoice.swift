import ArkaCore

/// The language of arka's messages, chosen once before the command line is parsed, so that
/// even a parsing error is said in it.
///
/// `--lang CODE` (or `--lang=CODE`) may stand anywhere among the arguments and is taken out of
/// them before the command's own options are read; without it, `ARKA_LANG` and the locale
/// decide (``Language/fromEnvironment(_:)``).
///
/// ```swift
/// var arguments = ["balance", "--lang", "sq", "--ledger", "books.arka"]
/// try LanguageChoice.take(from: &arguments, environment: [:])   // .sq; arguments lose "--lang sq"
/// ```
enum LanguageChoice {
    /// - Throws: ``ArkaError`` `.badSetting` naming `--lang` (or `ARKA_LANG`) when the code is
    ///   not a language arka speaks, or `--lang` has no value.
    static func take(from arguments: inout [String], environment: [String: String]) throws -> Language {
        var chosen: Language?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang" {
                guard index + 1 < arguments.count else { throw Language.unknown("", field: "--lang") }
                chosen = try language(arguments[index + 1])
                arguments.removeSubrange(index...index + 1)
            } else if argument.hasPrefix("--lang=") {
                chosen = try language(String(argument.dropFirst("--lang=".count)))
                arguments.remove(at: index)
            } else {
                index += 1
            }
        }
        if let chosen { return chosen }
        return try Language.fromEnvironment(environment)
    }

    private static func language(_ code: String) throws -> Language {
        guard let language = Language(code: code), code.count <= 2 else { throw Language.unknown(code, field: "--lang") }
        return language
    }
}
