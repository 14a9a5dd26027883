import ArkaBooks
import Foundation
import Testing

/// `arka score` outside a ledger keys its pseudonyms with the committee's secret key file, never
/// with a published file: the pseudonyms of the demo's IGA call cannot be recomputed from its
/// grid and the applicants' personal ids, the key is random on each first use, and the key file
/// is made readable by its owner only.
@Suite("arka score's pseudonym key")
struct PseudonymKeyTests {
    static let demo = GoldenTests.repository.appendingPathComponent("ledgers/mallakaster")
    static var score: String {
        "arka score --grid '\(demo.path)/grid-iga.yaml' --applications '\(demo.path)/applications-iga.csv' "
            + "--evaluations '\(demo.path)/evaluations-iga.csv' --format csv"
    }

    /// A fresh folder outside the repository.
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Each application's number and personal id, from the demo's applications file.
    func personalIDs() throws -> [String: String] {
        let lines = try String(contentsOf: Self.demo.appendingPathComponent("applications-iga.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        let (id, personal) = (try #require(header.firstIndex(of: "id")), try #require(header.firstIndex(of: "personal_id")))
        return Dictionary(uniqueKeysWithValues: lines.dropFirst().map { ($0[id], $0[personal]) })
    }

    /// The applicant column of a ranking in CSV, by application number.
    func pseudonyms(_ csv: String) -> [String: String] {
        var shown: [String: String] = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 2 { shown[cells[1]] = cells[2] }
        }
        return shown
    }

    /// The SHA-256 of the demo call's files, as every run prints them.
    func stamp() throws -> ScoringStamp {
        try ScoringInput.load(
            grid: Self.demo.appendingPathComponent("grid-iga.yaml").path, applications: Self.demo.appendingPathComponent("applications-iga.csv").path,
            evaluations: Self.demo.appendingPathComponent("evaluations-iga.csv").path
        ).stamp
    }

    /// How many shown pseudonyms an attacker recomputes from the personal ids under `key`.
    func recomputed(_ shown: [String: String], key: String, ids: [String: String]) -> Int {
        let guess = Pseudonyms(key: key)
        return shown.filter { number, pseudonym in ids[number].map(guess.pseudonym(for:)) == pseudonym }.count
    }

    @Test("the key is made on first use, secret and random, and the pseudonyms cannot be recomputed from the grid")
    func firstUse() throws {
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let ids = try personalIDs()
        #expect(ids.count == 63)

        let first = try GoldenTests.run("env -u ARKA_PSEUDONYM_KEY XDG_CONFIG_HOME='\(work.path)/office' \(Self.score)", in: work, arka: arka)
        #expect(first.status == 0, "\(first.stderr)")
        let keyFile = work.appendingPathComponent("office/arka/pseudonym.key")
        #expect(first.stderr.contains("Made the committee's pseudonym key in \(keyFile.path)"), "the user is told where: \(first.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "readable by its owner only")
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: keyFile.deletingLastPathComponent().path)
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let key = try String(contentsOf: keyFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(key.count == 64 && key.allSatisfy(\.isHexDigit), "256 bits as 64 hexadecimal digits: \(key)")
        let shown = pseudonyms(first.stdout)
        #expect(shown.count == 63 && shown.values.allSatisfy { $0.hasPrefix("AP-") })

        // What an attacker holds: the published grid and ranking, and a list of personal ids. The
        // grid's SHA-256 keyed the pseudonyms before; no public file keys them now.
        let stamp = try stamp()
        let hashes = [stamp.gridSHA256, stamp.applicationsSHA256, try #require(stamp.evaluationsSHA256)]
        for (name, hash) in zip(["grid-iga.yaml", "applications-iga.csv", "evaluations-iga.csv"], hashes) {
            let file = Self.demo.appendingPathComponent(name)
            let candidates = [hash, try String(contentsOf: file, encoding: .utf8), file.path, name]
            for candidate in candidates { #expect(recomputed(shown, key: candidate, ids: ids) == 0, "keyed by \(name)") }
        }
        #expect(recomputed(shown, key: key, ids: ids) == 63, "the committee, with its key, finds each applicant")

        // The same key the next time, said nowhere; another office's first use makes another key.
        let again = try GoldenTests.run("env -u ARKA_PSEUDONYM_KEY XDG_CONFIG_HOME='\(work.path)/office' \(Self.score)", in: work, arka: arka)
        #expect(again.stdout == first.stdout)
        #expect(again.stderr == "")
        let other = try GoldenTests.run("env -u ARKA_PSEUDONYM_KEY HOME='\(work.path)/other' XDG_CONFIG_HOME= \(Self.score)", in: work, arka: arka)
        #expect(other.stderr.contains("\(work.path)/other/.config/arka/pseudonym.key"), "\(other.stderr)")
        let otherKey = try String(contentsOfFile: "\(work.path)/other/.config/arka/pseudonym.key", encoding: .utf8)
        #expect(otherKey.trimmingCharacters(in: .whitespacesAndNewlines) != key, "a random key on each first use")
        let otherShown = pseudonyms(other.stdout)
        #expect(otherShown.count == 63)
        #expect(otherShown.filter { shown[$0.key] == $0.value }.isEmpty, "no pseudonym is the same under another key")
    }

    @Test("a public file as the key is what made the pseudonyms recomputable")
    func gridAsKeyIsRecomputed() throws {
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let gridHash = try stamp().gridSHA256
        let run = try GoldenTests.run("ARKA_PSEUDONYM_KEY=\(gridHash) \(Self.score)", in: work, arka: arka)
        #expect(run.status == 0)
        #expect(recomputed(pseudonyms(run.stdout), key: gridHash, ids: try personalIDs()) == 63, "the attack, as it worked before")
    }

    @Test("--key-file names the committee's key file, made there on first use; a file that is no key file is refused")
    func keyFileOption() throws {
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let made = try GoldenTests.run("\(Self.score) --key-file committee.key", in: work, arka: arka)
        #expect(made.status == 0)
        #expect(made.stderr.contains("committee.key"))
        let key = try String(contentsOf: work.appendingPathComponent("committee.key"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        // --key-file comes before ARKA_PSEUDONYM_KEY (which the tests set).
        #expect(recomputed(pseudonyms(made.stdout), key: key, ids: try personalIDs()) == 63)
        let reused = try GoldenTests.run("\(Self.score) --key-file committee.key", in: work, arka: arka)
        #expect(reused.stdout == made.stdout && reused.stderr == "")

        let grid = try GoldenTests.run("\(Self.score) --key-file '\(Self.demo.path)/grid-iga.yaml'", in: work, arka: arka)
        #expect(grid.status != 0)
        #expect(grid.stdout == "")
        #expect(grid.stderr.contains("grid-iga.yaml, line 1: this is not a pseudonym key file"), "\(grid.stderr)")
        let folderKey = try GoldenTests.run("\(Self.score) --key-file .", in: work, arka: arka)
        #expect(folderKey.status != 0 && folderKey.stderr.contains("not a regular file"), "\(folderKey.stderr)")
        let nowhere = try GoldenTests.run("env -u ARKA_PSEUDONYM_KEY -u HOME -u XDG_CONFIG_HOME \(Self.score)", in: work, arka: arka)
        #expect(nowhere.status != 0 && nowhere.stderr.contains("--key-file"), "\(nowhere.stderr)")
        // With names, no key is needed, and none is made.
        let names = try GoldenTests.run("env -u ARKA_PSEUDONYM_KEY XDG_CONFIG_HOME='\(work.path)/names' \(Self.score) --names", in: work, arka: arka)
        #expect(names.status == 0 && names.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: "\(work.path)/names"))
    }
}
