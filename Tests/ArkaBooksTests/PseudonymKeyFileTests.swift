import ArkaBooks
import ArkaCore
import Dispatch
import Foundation
import Testing

@Suite("The committee's pseudonym key file")
struct PseudonymKeyFileTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-keyfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a new key is 256 bits from the secure generator, as 64 hexadecimal digits, and never the same")
    func newKeys() {
        let keys = (0..<200).map { _ in PseudonymKey.newSecret() }
        #expect(Set(keys).count == keys.count)
        for key in keys { #expect(key.utf8.count == 64 && key.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(key)") }
        // Every digit turns up in every place over 200 keys: no place is stuck, as an unpadded
        // number's leading digits would be.
        for place in 0..<64 {
            let digits = Set(keys.map { Array($0)[place] })
            #expect(digits.count > 8, "place \(place): \(digits.sorted())")
        }
    }

    @Test("two first uses at once agree on one key, and the file holds it whole")
    func concurrentFirstUse() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/arka/pseudonym.key").path
        nonisolated(unsafe) var results = [Result<PseudonymKey, Error>](repeating: .failure(CancellationError()), count: 8)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let result = Result { try PseudonymKey.load(path) }
            lock.withLock { results[index] = result }
        }
        let keys = try results.map { try $0.get() }
        #expect(Set(keys.map(\.secret)).count == 1)
        #expect(keys.filter { $0.madeFile != nil }.count <= 8)
        #expect(try PseudonymKey.read(path) == keys[0].secret)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["pseudonym.key"], "no staging file is left: \(leftovers)")
    }

    @Test("ARKA_PSEUDONYM_KEY gives the key itself; --key-file comes first; a key file holds 64 hexadecimal digits")
    func order() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["ARKA_PSEUDONYM_KEY": "shared between the committee's computers", "HOME": folder.path]
        #expect(try PseudonymKey.resolve(keyFile: nil, environment: environment).secret == "shared between the committee's computers")
        let file = folder.appendingPathComponent("committee.key").path
        let made = try PseudonymKey.resolve(keyFile: file, environment: environment)
        #expect(made.madeFile == file && made.file == file)
        let reused = try PseudonymKey.resolve(keyFile: file, environment: environment)
        #expect(reused.secret == made.secret && reused.file == file && reused.madeFile == nil)
        let home = try PseudonymKey.resolve(keyFile: nil, environment: ["HOME": folder.path])
        #expect(home.madeFile == folder.path + "/.config/arka/pseudonym.key")

        for bad in ["", "abc", String(repeating: "g", count: 64), String(repeating: "a", count: 63), "call: Thirrja\ncurrency: ALL\n"] {
            let path = folder.appendingPathComponent("bad.key").path
            try Data(bad.utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: ArkaError.self) { try PseudonymKey.read(path) }
            do {
                _ = try PseudonymKey.read(path)
            } catch let error as ArkaError {
                #expect(error.kind == .badSetting)
                #expect(error.description == "\(path), line 1: this is not a pseudonym key file: a key file holds 64 hexadecimal digits on one line")
            }
        }
        let upper = folder.appendingPathComponent("upper.key").path
        try Data((String(repeating: "AB", count: 32) + "\r\n").utf8).write(to: URL(fileURLWithPath: upper))
        #expect(try PseudonymKey.read(upper) == String(repeating: "ab", count: 32))
        #expect(throws: ArkaError.self) { try PseudonymKey.resolve(keyFile: nil, environment: [:]) }
    }
}
