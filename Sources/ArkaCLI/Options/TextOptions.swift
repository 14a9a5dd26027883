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
