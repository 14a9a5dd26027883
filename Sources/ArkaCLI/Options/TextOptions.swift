import ArgumentParser
import ArkaCore
import Foundation

/// Every text a command was given — its options and arguments, those of every option group
/// (`--user`, `--ledger`, `--account`, `--from`…), and the environment variables that stand for
/// options (`ARKA_USER`, and `USER` when it signs a write; `ARKA_LEDGER` is checked where
/// ``LedgerOptions`` reads it) — checked against the text rule
/// (``TextLimit``) before the command runs, so that no command stores a control character, a
/// line break in a one-line value or a text longer than its kind holds.
///
/// ```swift
/// var command = try parseAsRoot()
/// try CommandTexts.check(command)   // --description of 2,001 characters: text-too-long
/// ```
enum CommandTexts {
    /// - Throws: ``ArkaError/Kind/badText`` or ``ArkaError/Kind/textTooLong`` naming the option
    ///   (`--description`), argument or environment variable.
    static func check(_ command: ParsableCommand) throws {
        var signs = false
        try check(Mirror(reflecting: command), signs: &signs)
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["ARKA_USER"] {
            try TextLimit.check(user, field: "ARKA_USER", limit: .name)
        } else if signs, let user = environment["USER"] {
            // A write with neither --user nor ARKA_USER is signed with the login name.
            try TextLimit.check(user, field: "USER", limit: .name)
        }
    }

    /// The environment variables a command reads as texts: checked as bytes before any is read.
    static let environmentTexts = ["ARKA_LEDGER", "ARKA_USER", "ARKA_PSEUDONYM_KEY", "USER"]

    /// Every argument and every environment variable of ``environmentTexts`` checked as the bytes
    /// the program was given, before anything decodes them: Swift reads an argument that is not
    /// UTF-8 with replacement characters (`Fatur\u{FFFD}`), which no later check can tell from text
    /// typed that way.
    ///
    /// ```swift
    /// try CommandTexts.checkBytes()   // --reason $'Fatur\xeb': bad-text, field --reason, "Fatur\x{EB}"
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` naming the option (or the argument's place, or the
    ///   environment variable) and showing the value with each stray byte as `\x{EB}`.
    static func checkBytes(
        arguments: [[UInt8]] = (1..<Int(CommandLine.argc)).map { bytes(CommandLine.unsafeArgv[$0]) },
        environment: (String) -> [UInt8]? = { name in getenv(name).map { bytes(UnsafePointer($0)) } }
    ) throws {
        for (index, argument) in arguments.enumerated() where !isUTF8(argument) {
            // `--reason=VALUE` or `--reason VALUE` name the option; a bare argument its place.
            let equals = argument.firstIndex(of: UInt8(ascii: "="))
            let field: String
            var value = argument[...]
            if argument.starts(with: Array("--".utf8)), let equals, isUTF8(Array(argument[..<equals])) {
                field = String(decoding: argument[..<equals], as: UTF8.self)
                value = argument[(equals + 1)...]
            } else if index > 0, arguments[index - 1].starts(with: Array("-".utf8)), isUTF8(arguments[index - 1]), !arguments[index - 1].contains(UInt8(ascii: "=")) {
                field = String(decoding: arguments[index - 1], as: UTF8.self)
            } else {
                field = "argument \(index + 1)"
            }
            throw ArkaError(.badText, "not UTF-8 text; save or type it as UTF-8", field: field, value: TextLimit.shown(bytes: value))
        }
        for name in environmentTexts {
            guard let value = environment(name), !isUTF8(value) else { continue }
            throw ArkaError(.badText, "not UTF-8 text; set it as UTF-8", field: name, value: TextLimit.shown(bytes: value))
        }
    }

    private static func bytes(_ text: UnsafePointer<CChar>?) -> [UInt8] {
        guard let text else { return [] }
        return Array(UnsafeBufferPointer(start: text, count: strlen(text))).map { UInt8(bitPattern: $0) }
    }

    private static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// Every raw argument the parser quotes in a message is shown as ``TextLimit/shown(_:)``
    /// shows a value: a refused value of megabytes, or one holding escape sequences, is never
    /// echoed whole.
    ///
    /// ```swift
    /// CommandTexts.shownArguments(in: "Error: The value 'xxxx…' is invalid for '--by <by>'")
    /// ```
    static func shownArguments(in message: String, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String {
        var message = message
        var values: [String] = []
        for argument in arguments {
            values.append(argument)
            // `--by=VALUE`: the parser quotes the value alone.
            if argument.hasPrefix("-"), let equals = argument.firstIndex(of: "=") {
                values.append(String(argument[argument.index(after: equals)...]))
            }
        }
        for value in values.sorted(by: { $0.utf8.count > $1.utf8.count }) where TextLimit.shown(value) != value && message.contains(value) {
            message = message.replacingOccurrences(of: value, with: TextLimit.shown(value))
        }
        return message
    }

    /// Checks the options of a command or group; `signs` is set when it signs with the login name.
    private static func check(_ mirror: Mirror, signs: inout Bool) throws {
        for child in mirror.children {
            guard let label = child.label, label.hasPrefix("_") else { continue }
            let name = String(label.dropFirst())
            let option = "--" + kebab(name)
            switch child.value {
            case let value as Option<String>: try TextLimit.check(value.wrappedValue, field: option, limit: TextLimit.forField(name))
            case let value as Option<String?>: try value.wrappedValue.map { try TextLimit.check($0, field: option, limit: TextLimit.forField(name)) }
            case let value as Option<[String]>: for text in value.wrappedValue { try TextLimit.check(text, field: option, limit: TextLimit.forField(name)) }
            case let value as Argument<String>: try TextLimit.check(value.wrappedValue, field: name, limit: TextLimit.forField(name))
            case let value as Argument<String?>: try value.wrappedValue.map { try TextLimit.check($0, field: name, limit: TextLimit.forField(name)) }
            case let value as Argument<[String]>: for text in value.wrappedValue { try TextLimit.check(text, field: name, limit: TextLimit.forField(name)) }
            case let group as OptionGroup<UserOptions>:
                if group.wrappedValue.user == nil { signs = true }
                try check(Mirror(reflecting: group.wrappedValue), signs: &signs)
            case let group as any OptionGroupValue: try check(Mirror(reflecting: group.options), signs: &signs)
            default: break
            }
        }
    }

    /// `budgetLine` → `budget-line`: an option's name as ArgumentParser spells it.
    static func kebab(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                result += "-" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// An option group of any kind, for ``CommandTexts`` to read every option of every group.
protocol OptionGroupValue {
    /// The group's parsed options.
    var options: Any { get }
}

extension OptionGroup: OptionGroupValue {
    var options: Any { wrappedValue }
}
