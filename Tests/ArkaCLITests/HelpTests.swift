import Foundation
import Testing

/// Every command's `--help`, pinned by a file under `Help/`, and every example in it checked
/// against the options of the command it names: a help text with a broken example does not ship.
///
/// `ARKA_UPDATE_GOLDEN=1` rewrites the files; read their diff before committing it.
@Suite("arka --help")
struct HelpTests {
    static let folder = GoldenTests.repository.appendingPathComponent("Tests/ArkaCLITests/Help")

    /// Runs `arka ARGS --help` at a fixed width and returns what it prints.
    static func help(_ path: [String], arka: URL) throws -> String {
        let process = Process()
        process.executableURL = arka
        process.arguments = path + ["--help"]
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The subcommands a help text lists, by name.
    static func subcommands(in help: String) -> [String] {
        var names: [String] = []
        var inSection = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("SUBCOMMANDS:") {
                inSection = true
                continue
            }
            guard inSection else { continue }
            if line.isEmpty || !line.hasPrefix(" ") { break }
            // "  name (default)   abstract": a name sits two spaces in; wrapped abstracts sit deeper.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { continue }
            names.append(String(name))
        }
        return names
    }

    /// The command paths under `path`, depth first: `[]`, `["balance"]`, `["budget"]`, `["budget", "report"]`, …
    static func commands(under path: [String], arka: URL, into found: inout [(path: [String], help: String)]) throws {
        let text = try help(path, arka: arka)
        found.append((path, text))
        for name in subcommands(in: text) where name != "help" {
            try commands(under: path + [name], arka: arka, into: &found)
        }
    }

    @Test("every command's help is as pinned, and every example in it uses only options its command has")
    func pinned() throws {
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        var found: [(path: [String], help: String)] = []
        try Self.commands(under: [], arka: arka, into: &found)
        #expect(found.count > 25, "the commands were found: \(found.map(\.path))")
        let helps = Dictionary(found.map { ($0.path.joined(separator: " "), $0.help) }, uniquingKeysWith: { first, _ in first })
        let update = ProcessInfo.processInfo.environment["ARKA_UPDATE_GOLDEN"] != nil
        if update { try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true) }
        var expectedFiles: Set<String> = []
        for (path, text) in found {
            let file = (["arka"] + path).joined(separator: "-") + ".txt"
            expectedFiles.insert(file)
            let url = Self.folder.appendingPathComponent(file)
            if update {
                try Data(text.utf8).write(to: url)
            } else {
                let pinned = try? String(contentsOf: url, encoding: .utf8)
                #expect(pinned == text, "\(file) differs from `arka \(path.joined(separator: " ")) --help`; rerun with ARKA_UPDATE_GOLDEN=1 and read the diff")
            }
            // Each example pastes as it prints: a command line that goes on to the next line ends
            // with ` \`, and a line after an example that does not is not the rest of it.
            var examples: [String] = []
            var open: (text: String, indent: Int, continues: Bool)?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let indent = line.prefix { $0 == " " }.count
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if let current = open, current.continues {
                    open = (current.text + " " + trimmed.replacingOccurrences(of: " \\", with: "").trimmingCharacters(in: .whitespaces), current.indent, trimmed.hasSuffix(" \\"))
                    continue
                }
                if let current = open {
                    examples.append(current.text)
                    open = nil
                    // The next line is blank, prose, or another command (arka's, or a peer tool's).
                    let first = trimmed.split(separator: " ").first.map(String.init) ?? ""
                    let command = ["arka", "cat", "hledger", "ledger", "bean-check", "sqlite3"].contains(first) || first.contains("=")
                    #expect(
                        trimmed.isEmpty || indent < current.indent || command || trimmed.hasPrefix("#") || trimmed.hasPrefix("$"),
                        "`arka \(path.joined(separator: " ")) --help`: the example before `\(trimmed)` wraps; end its line with \\ or shorten it")
                }
                if trimmed.hasPrefix("arka ") && indent > 0 {
                    open = (trimmed.hasSuffix(" \\") ? String(trimmed.dropLast(2)) : trimmed, indent, trimmed.hasSuffix(" \\"))
                }
            }
            if let current = open { examples.append(current.text) }
            // Each example: the command it names exists, and each of its options is one of that command's.
            for line in examples {
                let words = line.split(separator: " ").map(String.init)
                // An example starts `arka` then a command or an option; a sentence that wraps to a
                // line starting with the word "arka" is not one.
                guard words.first == "arka", words.count > 1, words[1].hasPrefix("-") || helps[words[1]] != nil else { continue }
                var command: [String] = []
                for word in words.dropFirst() {
                    guard !word.hasPrefix("-"), helps[(command + [word]).joined(separator: " ")] != nil else { break }
                    command.append(word)
                }
                // A command with a default subcommand takes that subcommand's options.
                var own = helps[command.joined(separator: " ")] ?? ""
                if let line = own.split(separator: "\n").first(where: { $0.hasPrefix("  ") && $0.contains(" (default)") }),
                    let name = line.split(separator: " ").first, let defaultHelp = helps[(command + [String(name)]).joined(separator: " ")]
                {
                    own += defaultHelp
                }
                for word in words where word.hasPrefix("--") {
                    let option = String(word.prefix { $0 != "=" })
                    #expect(
                        own.contains(option + " ") || own.contains(option + "\n") || own.contains(option + ","),
                        "the example `\(line.trimmingCharacters(in: .whitespaces))` in `arka \(path.joined(separator: " ")) --help` uses \(option), which `arka \(command.joined(separator: " "))` does not have")
                }
            }
        }
        if !update {
            let files = Set(((try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []).filter { $0.hasSuffix(".txt") })
            #expect(files == expectedFiles, "help files without a command: \(files.subtracting(expectedFiles).sorted())")
        }
    }
}
