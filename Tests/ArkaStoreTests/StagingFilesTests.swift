import Foundation
import Testing

@testable import ArkaStore

/// The hidden files Arka writes before renaming them into place, told apart from any other
/// file by name, process and first bytes: only the leftovers of a process that no longer
/// exists, holding what Arka writes, are removed.
@Suite("Staging files")
struct StagingFilesTests {
    @Test("a staging file's name gives its process and kind; any other name gives nothing")
    func names() {
        #expect(StagingFiles.parse(".books.arka.creating-4711")! == (4711, .ledger))
        #expect(StagingFiles.parse(".books.arka.creating-4711-wal")! == (4711, nil))
        #expect(StagingFiles.parse(".books.arka.creating-4711-shm")! == (4711, nil))
        #expect(StagingFiles.parse(".books.arka.creating-4711-journal")! == (4711, nil))
        #expect(StagingFiles.parse(".libri.journal.4711.tmp")! == (4711, .text))
        #expect(StagingFiles.parse(".raporti 2024.xlsx.4711.partial")! == (4711, .workbook))
        for other in [
            "books.arka", ".books.arka", ".creating-4711", ".books.arka.creating-", ".books.arka.creating-47x1", ".4711.tmp",
            ".notes.tmp", ".books.journal.-5.tmp", ".books.journal.4711.tmp-wal", ".books.arka.creating-0",
        ] {
            #expect(StagingFiles.parse(other) == nil, "\(other)")
        }
    }

    @Test("a staging path lies beside its file and names this process")
    func paths() {
        let pid = getpid()
        #expect(StagingFiles.path(for: "books.arka", kind: .ledger) == "./.books.arka.creating-\(pid)")
        #expect(StagingFiles.path(for: "out/libri.journal", kind: .text) == "out/.libri.journal.\(pid).tmp")
        #expect(StagingFiles.path(for: "/tmp/a/tb.xlsx", kind: .workbook) == "/tmp/a/.tb.xlsx.\(pid).partial")
    }

    @Test("only the leftovers of processes that no longer exist, holding what Arka writes, are removed")
    func stale() throws {
        let folder = try temporaryFolder("staging")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [String: String] = [
            ".books.arka.creating-99999999": "SQLite format 3\u{0}and the rest",
            ".books.arka.creating-99999999-wal": "anything",
            ".books.journal.99999999.tmp": "; Arka journal of Libri\n",
            ".tb.xlsx.99999999.partial": "",
            ".notes.txt.99999999.tmp": "Shënime",
            ".other.arka.creating-99999999": "not a ledger",
            ".books.arka.creating-1": "",
            ".books.arka.creating-\(getpid())": "",
            "books.arka": "",
        ]
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let removed = StagingFiles.removeStale(in: folder.path)
        #expect(
            removed == [".books.arka.creating-99999999", ".books.arka.creating-99999999-wal", ".books.journal.99999999.tmp", ".tb.xlsx.99999999.partial"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".books.arka.creating-1", ".books.arka.creating-\(getpid())", ".notes.txt.99999999.tmp", ".other.arka.creating-99999999", "books.arka",
            ].sorted())
    }
}
