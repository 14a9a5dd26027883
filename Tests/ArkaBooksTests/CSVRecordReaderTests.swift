import ArkaBooks
import ArkaCore
import Foundation
import Testing

/// The CSV reader on its own: every field read as written, whether or not it repeats the field
/// above it (the reader then reuses the text above).
@Suite("CSV records")
struct CSVRecordReaderTests {
    func records(_ text: String) throws -> [[String]] {
        let reader = CSVRecordReader(data: Data(text.utf8), name: "t.csv")
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        return records
    }

    @Test("fields that repeat, nearly repeat or change length are each read as written")
    func repeatedFields() throws {
        let long = "Entry 7 supplier 303 – Zë"
        let text = """
            E1,2023-08-01,\(long),Expenses:Grants:IGA:L06,1.00
            E1,2023-08-01,\(long),Expenses:Grants:IGA:L07,1.00
            E1,2023-08-01,\(long)x,Expenses:Grants:IGA:L0,-2.00
            E2,2023-08-01,"\(long)",,-2.00,extra
            E2,2023-08-01,\(long),,
            E2

            """
        #expect(
            try records(text) == [
                ["E1", "2023-08-01", long, "Expenses:Grants:IGA:L06", "1.00"],
                ["E1", "2023-08-01", long, "Expenses:Grants:IGA:L07", "1.00"],
                ["E1", "2023-08-01", long + "x", "Expenses:Grants:IGA:L0", "-2.00"],
                ["E2", "2023-08-01", long, "", "-2.00", "extra"],
                ["E2", "2023-08-01", long, "", ""],
                ["E2"],
            ])
    }

    @Test("each field says whether it is printable ASCII, a field repeating the one above it too, so that only the others are looked at again")
    func printableFields() throws {
        let reader = CSVRecordReader(data: Data("E1,Zë,\"a\tb\",6310\nE1,Zë,\"a\tb\",63\u{7}0\nE1,Z,a b,6310\n".utf8), name: "t.csv")
        var flags: [[Bool]] = []
        while let record = try reader.next() { flags.append(record.fields.indices.map { record.isPrintableASCII(field: $0) }) }
        #expect(flags == [[true, false, false, true], [true, false, false, false], [true, true, true, true]])
    }

    @Test("bytes that are not UTF-8 are refused on every row, the same bytes above or not")
    func invalidRepeated() throws {
        var bytes = Array("a,b\n".utf8)
        bytes += [0x78, 0xFF, 0x2C, 0x62, 0x0A]  // x<FF>,b
        bytes += [0x78, 0xFF, 0x2C, 0x62, 0x0A]
        let reader = CSVRecordReader(data: Data(bytes), name: "t.csv")
        _ = try reader.next()
        #expect(throws: ArkaError.self) { _ = try reader.next() }
    }

    @Test("a character of several bytes cut by the end of a chunk read from a file is read whole, quoted or not")
    func charactersAcrossChunks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Rows of two- and four-byte characters, shifted by one byte per file, so that the
        // reader's 256 KiB chunks end inside a character in every way there is.
        for shift in 0..<4 {
            let rows = (0..<12_000).map { ["E\($0)", "Çelësi ë ç 🙂 \($0)", "\"shënim, ë\n\($0)\""] }
            let head = "id" + String(repeating: "x", count: shift)
            let text = head + "\n" + rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
            let path = folder.appendingPathComponent("rows-\(shift).csv").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let reader = try CSVRecordReader(path: path)
            #expect(try reader.next()?.fields == [head])
            var read: [[String]] = []
            while let record = try reader.next() { read.append(record.fields) }
            #expect(read == rows.map { [$0[0], $0[1], "shënim, ë\n\($0[0].dropFirst())"] })
        }
    }
}
