import Foundation
import Testing

/// Runs the built `arka` on the cases in `Cases/` and compares what it prints with what they say.
@Suite("arka on the command line")
struct GoldenTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let cases = repository.appendingPathComponent("Tests/ArkaCLITests/Cases")

    /// The cases, one folder per command (`post/`, `budget/`, …) and `errors/` for refusals, as
    /// paths under `Cases/` (`post/01-init-post-balance.case`); `fixtures/` holds shared books.
    static var caseNames: [String] {
        (FileManager.default.subpaths(atPath: cases.path) ?? [])
            .filter { $0.hasSuffix(".case") && !$0.hasPrefix("fixtures/") }.sorted()
    }

    /// The `arka` that `swift build` made for these tests.
    static var executable: URL? {
        let build = repository.appendingPathComponent(".build")
        let candidates = [build.appendingPathComponent("debug/arka")]
            + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? [])
            .map { build.appendingPathComponent($0).appendingPathComponent("debug/arka") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether the tests run under CI (`CI` set), where a missing peer tool is a failure:
    /// a cross-check never passes by being skipped there.
    static var underCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Records a missing peer tool: a failure under CI, a skip with its reason elsewhere.
    static func missingPeer(_ what: String) {
        if underCI {
            Issue.record("\(what) not installed, and CI is set: .ci/run installs the peer tools, so a missing one fails the test")
        } else {
            print("skipped: \(what) not installed (make test installs it; with CI set this fails)")
        }
    }

    static func available(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
    }

    @Test("prints what the case expects", arguments: caseNames)
    func golden(name: String) throws {
        let file = Self.cases.appendingPathComponent(name)
        let golden = GoldenCase(name: name, text: try String(contentsOf: file, encoding: .utf8))
        let missing = golden.requires.filter { !Self.available($0) }
        guard missing.isEmpty else {
            Self.missingPeer("\(name) needs \(missing.joined(separator: ", ")), which is")
            return
        }
        let arka = try #require(Self.executable, "build arka first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for shared in ["ledgers", "templates"] {
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent(shared), withDestinationURL: Self.repository.appendingPathComponent(shared))
        }
        try FileManager.default.copyItem(at: Self.cases.appendingPathComponent("fixtures"), to: folder.appendingPathComponent("fixtures"))
        for (fileName, text) in golden.files {
            let url = folder.appendingPathComponent(fileName)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        var actual: [GoldenCase.Step] = []
        for step in golden.steps {
            let result = try Self.run(step.command, in: folder, arka: arka)
            actual.append(result)
            if ProcessInfo.processInfo.environment["ARKA_UPDATE_GOLDEN"] == nil {
                #expect(result.status == step.status, "\(name): $ \(step.command)\n\(result.stderr)")
                #expect(result.stdout == step.stdout, "\(name): $ \(step.command)")
                #expect(result.stderr == step.stderr, "\(name): $ \(step.command)")
            }
        }
        if ProcessInfo.processInfo.environment["ARKA_UPDATE_GOLDEN"] != nil {
            try Data(golden.text(with: actual).utf8).write(to: file)
        }
    }

    static func run(_ command: String, in folder: URL, arka: URL) throws -> GoldenCase.Step {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = arka.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["SOURCE_DATE_EPOCH"] = "1738317600"  // 2025-01-31T10:00:00Z: stamped on every entry, after the demo books end
        environment["ARKA_USER"] = "finance-officer"
        environment["ARKA_PSEUDONYM_KEY"] = "golden-cases"  // pseudonyms the same from run to run
        environment["ARKA_LEDGER"] = nil
        environment["COLUMNS"] = "100"
        // English unless a case asks for Albanian (--lang sq, ARKA_LANG=sq, LANG=sq_AL.UTF-8).
        for name in ["ARKA_LANG", "LC_ALL", "LC_MESSAGES"] { environment[name] = nil }
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        // Outputs go to files, so a long output never blocks the child on a full pipe.
        let outURL = folder.appendingPathComponent(".stdout")
        let errURL = folder.appendingPathComponent(".stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stdout = try Data(contentsOf: outURL)
        let stderr = try Data(contentsOf: errURL)
        return GoldenCase.Step(
            command: command, status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
