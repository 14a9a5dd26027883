import ArgumentParser
import ArkaCore
import Foundation

/// Every text a command was given — its options and arguments, the option groups' (`--user`,
/// `--ledger`) and `ARKA_USER` — checked against ``TextLimit`` before the command runs, so that
/// no command stores a text longer than its kind holds.
///
/// ```swift
/// var command = try parseAsRoot()
/// try CommandTexts.check(command)   // --description of 2,001 characters: text-too-long
/// ```
enum CommandTexts {
    /// - Throws: ``ArkaError/Kind/textTooLong`` naming the option (`--description`) or argument.
    static func check(_ command: ParsableCommand) throws {
        try check(Mirror(reflecting: command))
        if let user = ProcessInfo.processInfo.environment["ARKA_USER"] {
            try TextLimit.check(user, field: "ARKA_USER", limit: .name)
        }
    }

    private static func check(_ mirror: Mirror) throws {
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
            case let group as OptionGroup<UserOptions>: try check(Mirror(reflecting: group.wrappedValue))
            case let group as OptionGroup<LedgerOptions>: try check(Mirror(reflecting: group.wrappedValue))
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
