import ArkaCore
import Foundation
import PropertyBased
import Testing

/// The one text rule (``TextLimit``) on its own: what it refuses and says, what it passes, and
/// how a refused value is shown.
@Suite("The text rule")
struct TextRuleTests {
    func error(_ text: String, field: String, limit: TextLimit? = nil) -> ArkaError? {
        do {
            try TextLimit.check(text, field: field, limit: limit)
            return nil
        } catch {
            return error as? ArkaError
        }
    }

    @Test("a NUL, an escape and a C1 control are refused anywhere; the message names the character and shows it escaped")
    func controls() {
        #expect(
            error("Zyra\u{0} e re", field: "description")?.description
                == "field description \"Zyra\\u{0} e re\": the text holds the control character U+0000 at character 5; a text may hold tabs, and line breaks in a description, memo, note or reason, but no other control character"
        )
        #expect(error("6310\u{1B}[2J", field: "account")?.description.hasPrefix("field account \"6310\\u{1B}[2J\": the text holds the control character U+001B at character 5") == true)
        #expect(error("Fatura\u{85}", field: "invoice")?.reason.contains("U+0085 at character 7") == true)
        #expect(error("ë\u{7F}", field: "memo")?.reason.contains("U+007F at character 2") == true)
        for limit in TextLimit.allCases {
            #expect(error("a\u{0}", field: "x", limit: limit)?.kind == .badText, "\(limit)")
        }
    }

    @Test("line breaks: a description, memo, note, reason or condition may span lines; a code, name, reference, date, amount or path may not")
    func lineBreaks() {
        for field in ["description", "memo", "note", "reason", "conditions", "a column no one named"] {
            #expect(error("Rreshti 1\nRreshti 2\r\nRreshti 3\u{2028}", field: field) == nil, "\(field)")
        }
        for field in ["entry", "account", "date", "amount", "counterparty", "name", "invoice", "document", "--ledger", "--budget-line"] {
            #expect(error("Ana\nBeqiri", field: field)?.kind == .badText, "\(field)")
            #expect(error("Ana\rBeqiri", field: field)?.kind == .badText, "\(field)")
            #expect(error("Ana\u{2029}Beqiri", field: field)?.kind == .badText, "\(field)")
        }
        #expect(error("Ana\nBeqiri", field: "counterparty")?.description == "field counterparty \"Ana\\nBeqiri\": a name is one line, but this one holds a line break at character 4")
        #expect(TextLimit.text.allowsLineBreaks)
        #expect(TextLimit.allCases.filter(\.allowsLineBreaks) == [.text])
        // A tab is text in any field.
        #expect(error("Ana\tBeqiri", field: "counterparty") == nil)
    }

    @Test("a value of megabytes is shown at most 80 characters long, escaped, and the message stays short")
    func hugeValues() {
        let huge = String(repeating: "x", count: 5_000_000)
        #expect(TextLimit.shown(huge) == String(repeating: "x", count: 79) + "…")
        let place = SourceLocation(file: "postings.csv", line: 2, field: "header", value: huge + "\u{0}")
        #expect(place.description == "postings.csv, line 2, field header \"\(String(repeating: "x", count: 79))…\"")
        let error = error(huge, field: "description")
        #expect(error?.kind == .textTooLong)
        #expect((error?.description.utf8.count ?? .max) < 300)
        // One character of five million combining marks is still shown as 80 characters at most.
        let marks = "e" + String(repeating: "\u{308}", count: 5_000_000)
        #expect(TextLimit.shown(marks).unicodeScalars.count == 80)
        #expect(TextLimit.shown("a\u{0}b\tc\n\u{2028}") == "a\\u{0}b\\tc\\n\\u{2028}")
        #expect(TextLimit.shown("Zyra në Ballsh") == "Zyra në Ballsh")
        #expect(TextLimit.shown(bytes: [0x5A, 0xC3, 0xAB, 0xFF, 0x00]) == "Zë\\x{FF}\\u{0}")
        #expect(TextLimit.shown(bytes: Array(repeating: 0xFF, count: 5_000_000)).unicodeScalars.count <= 80)
    }

    @Test("a file that is not UTF-8, or holds a control character, is refused naming its line")
    func files() {
        func refusal(_ bytes: [UInt8]) -> ArkaError? {
            do {
                _ = try TextLimit.decodeFile(Data(bytes), file: "ledger.yaml")
                return nil
            } catch {
                return error as? ArkaError
            }
        }
        let invalid = refusal(Array("base_currency: EUR\nname: Libri ".utf8) + [0xFE] + Array(" i ri\n".utf8))
        #expect(
            invalid?.description
                == "ledger.yaml, line 2, value \"name: Libri \\x{FE} i ri\": the file is not UTF-8 text: the byte 0xFE at character 13 of the line is not a character; save the file as UTF-8"
        )
        #expect(refusal(Array("a: 1\nb: 2\nc: \u{0}\n".utf8))?.location.line == 3)
        // Overlong forms, surrogates, a cut character and bytes past U+10FFFF are not UTF-8.
        for bytes: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80]] {
            #expect(refusal(bytes)?.kind == .badText, "\(bytes)")
        }
        #expect(refusal(Array("emri: \"Çerdhja\"\r\n\tshënim: ë 🙂\n".utf8)) == nil)
    }

    /// Texts made of pieces the rule takes in any field: ASCII, Albanian letters, a combining
    /// mark, characters of three and four bytes, spaces and a tab.
    static let allowed = ["a", "Z", "7", " ", "\t", "-", "/", "ë", "Ç", "e\u{308}", "€", "–", "🙂", "IGA/2023/02", "\"", "\\", "ﬀ"]
    static let allowedText = Gen.int(in: 0..<allowed.count).array(of: 0...12).map { $0.map { allowed[$0] }.joined() }
    /// Every character the rule refuses in every field: the C0 controls but tab and line
    /// breaks, DEL and the C1 controls.
    static let forbidden = (0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) } + Array(0x7F...0x9F)
    /// The line breaks, refused in one-line fields only.
    static let breaks = ["\n", "\r", "\r\n", "\u{2028}", "\u{2029}"]

    @Test("for any text: one forbidden control character anywhere is refused in every kind of field, naming it; without it the text passes")
    func anyControl() async {
        await propertyCheck(
            count: 400, input: Self.allowedText, Self.allowedText, Gen.int(in: 0..<Self.forbidden.count), Gen.int(in: 0..<TextLimit.allCases.count)
        ) { before, after, which, kind in
            // A text longer than a code holds is tried as a longer kind.
            let limit = TextLimit.allCases[kind...].first { $0.characters > (before + after).unicodeScalars.count } ?? .text
            let control = Unicode.Scalar(UInt32(Self.forbidden[which]))!
            #expect(error(before + after, field: "x", limit: limit) == nil)
            let refused = error(before + String(control) + after, field: "x", limit: limit)
            #expect(refused?.kind == .badText)
            #expect(refused?.reason.contains(String(format: "U+%04X at character %d", control.value, before.unicodeScalars.count + 1)) == true)
            // The message shows no control character and stays short.
            #expect(refused.map { !$0.description.unicodeScalars.contains { $0.properties.generalCategory == .control } } == true)
            #expect((refused?.description.unicodeScalars.count ?? .max) < 400)
        }
    }

    @Test("for any text: a line break passes in a description and is refused in a code, name, reference or path")
    func anyLineBreak() async {
        await propertyCheck(count: 300, input: Self.allowedText, Self.allowedText, Gen.int(in: 0..<Self.breaks.count)) { before, after, which in
            let text = before + Self.breaks[which] + after
            #expect(error(text, field: "description") == nil)
            for limit in [TextLimit.code, .name, .reference, .path] {
                #expect(error(text, field: "x", limit: limit)?.kind == .badText, "\(limit)")
            }
        }
    }

    @Test("for any bytes: the rule's UTF-8 check agrees with Swift's, and a text is printable ASCII exactly when every byte is")
    func anyBytes() async {
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xBF, 0xC0, 0xC2, 0xC3, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA8]
        await propertyCheck(count: 500, input: Gen.int(in: 0..<interesting.count).array(of: 0...10)) { picks in
            let bytes = picks.map { interesting[$0] }
            let invalid = bytes.withUnsafeBufferPointer { TextLimit.firstInvalidUTF8(in: $0) }
            #expect((invalid == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if let invalid {
                #expect(String(validating: bytes[..<invalid], as: UTF8.self) != nil, "\(bytes)")
            }
            #expect(bytes.withUnsafeBufferPointer { TextLimit.isPrintableASCII($0) } == bytes.allSatisfy { (0x20...0x7E).contains($0) })
        }
    }
}
