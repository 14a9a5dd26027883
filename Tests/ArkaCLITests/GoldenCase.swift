import Foundation

/// A command-line test stated in one file, in the manner of hledger's shell tests:
///
/// ```
/// # What the case shows.
/// >>> requires sqlite3
/// === postings.csv
/// entry,date,description,account,amount,currency
/// ...
/// $ arka post --ledger books.arka postings.csv
/// >>> status 1
/// >>> stderr
/// error: postings.csv, line 3, ...
/// ```
///
/// `=== NAME` starts a file written into the case's folder before anything runs; `$` a command
/// run by `/bin/sh` in that folder, with the built `arka` first on the PATH; after it, `>>>
/// status N` (0 when absent), `>>> stdout` and `>>> stderr` blocks hold what it must print
/// (nothing, when absent). The folder also holds the repository's `ledgers/` and `templates/`, and the shared
/// `fixtures/`.
struct GoldenCase {
    struct Step {
        var command: String
        var status: Int32 = 0
        var stdout = ""
        var stderr = ""
    }

    var name: String
    var preamble: [String] = []
    var files: [(name: String, text: String)] = []
    var requires: [String] = []
    var steps: [Step] = []

    init(name: String, text: String) {
        self.name = name
        enum Block { case none, file, stdout, stderr }
        var block = Block.none
        var buffer: [String] = []
        func close() {
            let text = buffer.isEmpty ? "" : buffer.joined(separator: "\n") + "\n"
            switch block {
            case .file: files[files.count - 1].text = text
            case .stdout: steps[steps.count - 1].stdout = text
            case .stderr: steps[steps.count - 1].stderr = text
            case .none: break
            }
            buffer = []
            block = .none
        }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if line.hasPrefix("=== ") {
                close()
                files.append((String(line.dropFirst(4)), ""))
                block = .file
            } else if line.hasPrefix("$ ") {
                close()
                steps.append(Step(command: String(line.dropFirst(2))))
            } else if line.hasPrefix(">>> requires ") {
                close()
                requires += line.dropFirst(13).split(separator: " ").map(String.init)
            } else if line.hasPrefix(">>> status ") {
                close()
                steps[steps.count - 1].status = Int32(line.dropFirst(11)) ?? -1
            } else if line == ">>> stdout" {
                close()
                block = .stdout
            } else if line == ">>> stderr" {
                close()
                block = .stderr
            } else if block != .none {
                buffer.append(line)
            } else if steps.isEmpty && files.isEmpty {
                preamble.append(line)
            }
        }
        close()
    }

    /// The case written back with `steps` as their expectations: how `ARKA_UPDATE_GOLDEN=1`
    /// rewrites a case on purpose.
    func text(with steps: [Step]) -> String {
        var out = preamble.map { $0 + "\n" }.joined()
        if !requires.isEmpty { out += ">>> requires \(requires.joined(separator: " "))\n" }
        for file in files { out += "=== \(file.name)\n\(file.text)" }
        for step in steps {
            out += "$ \(step.command)\n"
            if step.status != 0 { out += ">>> status \(step.status)\n" }
            if !step.stdout.isEmpty { out += ">>> stdout\n\(step.stdout)" }
            if !step.stderr.isEmpty { out += ">>> stderr\n\(step.stderr)" }
        }
        return out
    }
}
