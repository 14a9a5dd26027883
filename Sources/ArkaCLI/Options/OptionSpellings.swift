import ArkaCore
import Foundation

/// One name for one concept across every command: the spellings an earlier release took, and
/// the one that replaces each. An old spelling keeps working for one more release, with a
/// warning on standard error; help shows only the new one.
///
/// The concepts: a budget line is `--budget-line` (with `--from-budget-line` and
/// `--to-budget-line` for a revision between two lines); the account money is paid from is
/// `--paid-from`; the last day of a report's period is `--to` (with `--from`, its first day).
///
/// ```swift
/// var arguments = ["balance", "--as-of", "2024-12-31"]
/// try OptionSpellings.rewrite(&arguments) { print($0) }
/// // arguments == ["balance", "--to", "2024-12-31"]; "--as-of is now --to; …" was told
/// ```
enum OptionSpellings {
    struct Renaming {
        /// The command the spelling belongs to (its first words), or empty for every command.
        var command: [String]
        var old: String
        var new: String
    }

    static let renamings: [Renaming] = [
        Renaming(command: ["balance"], old: "--as-of", new: "--to"),
        Renaming(command: ["funds"], old: "--as-of", new: "--to"),
        Renaming(command: ["budget"], old: "--as-of", new: "--to"),
        Renaming(command: ["stock"], old: "--as-of", new: "--to"),
        Renaming(command: ["grant", "register"], old: "--as-of", new: "--to"),
        Renaming(command: ["expense", "add"], old: "--line", new: "--budget-line"),
        Renaming(command: ["stock", "purchase"], old: "--line", new: "--budget-line"),
        Renaming(command: ["budget", "revise"], old: "--from", new: "--from-budget-line"),
        Renaming(command: ["budget", "revise"], old: "--to", new: "--to-budget-line"),
        Renaming(command: ["grant", "disburse"], old: "--from-account", new: "--paid-from"),
        Renaming(command: ["equipment", "purchase"], old: "--credit-account", new: "--paid-from"),
    ]

    /// Replaces each old spelling among `arguments` (after the command's words, before `--`)
    /// by its new one, telling `warn` once per spelling.
    /// - Throws: ``ArkaError`` `.badSetting` when both spellings of one option are given: which
    ///   value is meant cannot be told.
    static func rewrite(_ arguments: inout [String], warn: (String) -> Void) throws {
        let command = Array(arguments.prefix { !$0.hasPrefix("-") })
        let given = Set(arguments.prefix { $0 != "--" }.map { String($0.split(separator: "=", maxSplits: 1).first ?? "") })
        for renaming in renamings where command.starts(with: renaming.command) && given.contains(renaming.old) && given.contains(renaming.new) {
            throw ArkaError(.badSetting, "give \(renaming.new) or its old spelling \(renaming.old), not both", field: renaming.old, value: "")
        }
        var told: Set<String> = []
        var index = command.count
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if let renaming = renamings.first(where: { $0.old == name && command.starts(with: $0.command) }) {
                arguments[index] = renaming.new + argument.dropFirst(name.count)
                if told.insert(name).inserted {
                    warn(tr("warning: \(name) is now \(renaming.new); the old spelling keeps working until the next release"))
                }
            }
            index += 1
        }
    }
}
