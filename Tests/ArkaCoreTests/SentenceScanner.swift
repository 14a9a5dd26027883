import Foundation

/// Reads Arka's Swift sources and finds every sentence said to a user: each string literal the
/// code gives as a ``Sentence``, as its template (the literal with its interpolations numbered
/// `{1}`, `{2}`, ...), the key the catalogue translates.
///
/// A literal is a sentence where the code makes it one:
/// - the reason of an `ArkaError(kind, "...")`, the argument of `tr("...")` and of `Sentence("...")`;
/// - an argument given to a parameter declared `Sentence` (a function's, an enum case's, or a
///   stored property's through the memberwise initialiser);
/// - the value of a `let`/`var` declared `Sentence`, and what is later assigned to it in the file;
/// - what a function or property declared `-> Sentence` / `: Sentence {` returns;
/// - a column title of a `TextTable` (`("Debits", .right)`).
///
/// Literals nested in another call (`x.hasPrefix("a")`) inside such a place are not sentences.
struct SentenceScanner {
    struct Found: Hashable {
        var template: String
        var file: String
        var line: Int
    }

    enum Token: Equatable {
        case literal(template: String, line: Int, raw: Bool)
        case word(String, line: Int)
        case mark(Character, line: Int)

        var line: Int {
            switch self {
            case .literal(_, let line, _), .word(_, let line), .mark(_, let line): line
            }
        }
        var word: String? { if case .word(let word, _) = self { word } else { nil } }
        var mark: Character? { if case .mark(let mark, _) = self { mark } else { nil } }
    }

    /// A parameter that takes a sentence: its position and external label (`_` for none).
    struct Parameter: Hashable {
        var position: Int
        var label: String
    }

    // MARK: Tokens

    /// The tokens of Swift source text; the code inside an interpolation is given to `inner`.
    static func tokens(_ source: String, firstLine: Int = 1, inner: (String, Int) -> Void) -> [Token] {
        let chars = Array(source)
        var tokens: [Token] = []
        var index = 0
        var line = firstLine
        func peek(_ offset: Int) -> Character? { index + offset < chars.count ? chars[index + offset] : nil }
        while index < chars.count {
            let char = chars[index]
            if char == "\n" { line += 1; index += 1; continue }
            if char.isWhitespace { index += 1; continue }
            if char == "/" && peek(1) == "/" {
                while index < chars.count && chars[index] != "\n" { index += 1 }
                continue
            }
            if char == "/" && peek(1) == "*" {
                var depth = 0
                repeat {
                    if chars[index] == "\n" { line += 1 }
                    if chars[index] == "/" && peek(1) == "*" { depth += 1; index += 2; continue }
                    if chars[index] == "*" && peek(1) == "/" { depth -= 1; index += 2; continue }
                    index += 1
                } while depth > 0 && index < chars.count
                continue
            }
            if char == "#" || char == "\"" {
                var hashes = 0
                while index + hashes < chars.count && chars[index + hashes] == "#" { hashes += 1 }
                if index + hashes < chars.count && chars[index + hashes] == "\"" {
                    let start = line
                    index += hashes
                    let template = literal(chars, &index, &line, hashes: hashes, inner: inner)
                    tokens.append(.literal(template: template, line: start, raw: hashes > 0))
                    continue
                }
                if hashes > 0 {
                    index += hashes
                    tokens.append(.mark("#", line: line))
                    continue
                }
            }
            if char.isLetter || char == "_" || char.isNumber {
                var word = ""
                while index < chars.count && (chars[index].isLetter || chars[index].isNumber || chars[index] == "_") {
                    word.append(chars[index])
                    index += 1
                }
                tokens.append(.word(word, line: line))
                continue
            }
            tokens.append(.mark(char, line: line))
            index += 1
        }
        return tokens
    }

    /// Reads a literal from its opening quote; returns its template.
    private static func literal(_ chars: [Character], _ index: inout Int, _ line: inout Int, hashes: Int, inner: (String, Int) -> Void) -> String {
        let multiline = index + 2 < chars.count && chars[index + 1] == "\"" && chars[index + 2] == "\""
        index += multiline ? 3 : 1
        var text = ""
        var places = 0
        let closing = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
        func at(_ string: String) -> Bool {
            let s = Array(string)
            guard index + s.count <= chars.count else { return false }
            return Array(chars[index..<index + s.count]) == s
        }
        let escape = "\\" + String(repeating: "#", count: hashes)
        while index < chars.count {
            if at(closing) {
                index += closing.count
                break
            }
            if at(escape) {
                index += escape.count
                guard index < chars.count else { break }
                let next = chars[index]
                switch next {
                case "(":
                    var depth = 1
                    var code = ""
                    let startLine = line
                    index += 1
                    while index < chars.count {
                        let c = chars[index]
                        if c == "\"" {
                            // A literal inside the interpolation: copied whole.
                            let from = index
                            var innerLine = line
                            _ = literal(chars, &index, &innerLine, hashes: 0, inner: { _, _ in })
                            code += String(chars[from..<index])
                            line = innerLine
                            continue
                        }
                        if c == "(" { depth += 1 }
                        if c == ")" { depth -= 1; if depth == 0 { index += 1; break } }
                        if c == "\n" { line += 1 }
                        code.append(c)
                        index += 1
                    }
                    inner(code, startLine)
                    places += 1
                    text += "{\(places)}"
                case "n": text += "\n"; index += 1
                case "t": text += "\t"; index += 1
                case "0": text += "\0"; index += 1
                case "u":
                    index += 2
                    var hex = ""
                    while index < chars.count && chars[index] != "}" { hex.append(chars[index]); index += 1 }
                    index += 1
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
                case "\n":
                    // A line continuation in a multi-line literal.
                    line += 1
                    index += 1
                    while index < chars.count && (chars[index] == " " || chars[index] == "\t") { index += 1 }
                default: text.append(next); index += 1
                }
                continue
            }
            let c = chars[index]
            if c == "\n" {
                line += 1
                text.append(c)
                index += 1
                while multiline && index < chars.count && (chars[index] == " " || chars[index] == "\t") { index += 1 }
                continue
            }
            text.append(c)
            index += 1
        }
        if multiline {
            if text.hasPrefix("\n") { text.removeFirst() }
            if text.hasSuffix("\n") { text.removeLast() }
        }
        return text
    }

    // MARK: Finding sentences

    var found: [Found] = []
    /// Functions, enum cases and types, by name, with the parameters that take a sentence.
    var takers: [String: Set<Parameter>] = [:]
    var takersByFile: [String: [String: Set<Parameter>]] = [:]

    /// Scans every `.swift` file under `root`.
    static func scan(root: URL) throws -> SentenceScanner {
        var files: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((url.path.replacingOccurrences(of: root.path + "/", with: ""), try String(contentsOf: url, encoding: .utf8)))
        }
        var scanner = SentenceScanner()
        var streams: [(String, [Token])] = []
        for (name, text) in files.sorted(by: { $0.0 < $1.0 }) {
            var inner: [(String, Int)] = []
            let tokens = tokens(text, inner: { inner.append(($0, $1)) })
            streams.append((name, tokens))
            var pending = inner
            while let (code, line) = pending.popLast() {
                streams.append((name, Self.tokens(code, firstLine: line, inner: { pending.append(($0, $1)) })))
            }
        }
        for (name, tokens) in streams { scanner.discoverTakers(tokens, file: name) }
        for (name, tokens) in streams { scanner.findSentences(tokens, file: name) }
        return scanner
    }

    /// Records the declarations of parameters and stored properties typed `Sentence`.
    mutating func discoverTakers(_ tokens: [Token], file: String) {
        var index = 0
        while index < tokens.count {
            let word = tokens[index].word
            if (word == "func" || word == "case" || word == "init"), index + 1 < tokens.count {
                let nameIndex = word == "init" ? index : index + 1
                guard let name = word == "init" ? enclosingType(tokens, before: index) : tokens[nameIndex].word else { index += 1; continue }
                var open = nameIndex + 1
                if open < tokens.count, tokens[open].mark == "<" { open = Self.skip(tokens, from: open, open: "<", close: ">") }
                guard open < tokens.count, tokens[open].mark == "(" else { index += 1; continue }
                let arguments = Self.arguments(tokens, open: open)
                var parameters = Set<Parameter>()
                for (position, argument) in arguments.list.enumerated() where Self.isSentenceType(argument.tokens) {
                    let words = argument.tokens.prefix { $0.mark != ":" }.compactMap(\.word)
                    // `what: Sentence` reads as a labelled argument; `_ reason: Sentence` as two words.
                    let label = argument.label ?? (word == "case" ? "_" : (words.first ?? "_"))
                    parameters.insert(Parameter(position: position, label: label))
                }
                if !parameters.isEmpty {
                    takers[name, default: []].formUnion(parameters)
                    takersByFile[file, default: [:]][name, default: []].formUnion(parameters)
                }
                index = arguments.end
                continue
            }
            // A stored property typed Sentence: a label of its type's memberwise initialiser.
            if word == "var" || word == "let", index + 3 < tokens.count, let name = tokens[index + 1].word, tokens[index + 2].mark == ":",
               tokens[index + 3].word == "Sentence", !(index + 4 < tokens.count && (tokens[index + 4].mark == "{" || tokens[index + 4].mark == "=")),
               let type = enclosingType(tokens, before: index) {
                takers[type, default: []].insert(Parameter(position: -1, label: name))
            }
            index += 1
        }
    }

    mutating func findSentences(_ tokens: [Token], file: String) {
        var sentenceNames: Set<String> = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // A column title of a TextTable: ("Debits", .right)
            if case .literal(let template, let line, false) = token, index > 0, tokens[index - 1].mark == "(", index + 4 < tokens.count,
               tokens[index + 1].mark == ",", tokens[index + 2].mark == ".", ["left", "right"].contains(tokens[index + 3].word ?? ""),
               tokens[index + 4].mark == ")" {
                add(template, file: file, line: line)
            }
            guard let word = token.word else { index += 1; continue }
            let previousIsDot = index > 0 && tokens[index - 1].mark == "."
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            // Declarations: let reason: Sentence = ...; var x: Sentence { ... }; -> Sentence { ... }
            if (word == "let" || word == "var"), index + 3 < tokens.count, let name = tokens[index + 1].word, tokens[index + 2].mark == ":",
               tokens[index + 3].word == "Sentence" {
                sentenceNames.insert(name)
                var after = index + 4
                if after < tokens.count, tokens[after].mark == "?" { after += 1 }
                if after < tokens.count, tokens[after].mark == "=" { collectExpression(tokens, from: after + 1, file: file) }
                if after < tokens.count, tokens[after].mark == "{" { collectBody(tokens, open: after, file: file) }
                index = after
                continue
            }
            if word == "Sentence", index > 1, tokens[index - 1].mark == ">", tokens[index - 2].mark == "-" {
                var after = index + 1
                if after < tokens.count, tokens[after].mark == "?" { after += 1 }
                if after < tokens.count, tokens[after].mark == "{" { collectBody(tokens, open: after, file: file) }
                index = after
                continue
            }
            if sentenceNames.contains(word), !previousIsDot, next?.mark == "=", index + 2 < tokens.count, tokens[index + 2].mark != "=" {
                collectExpression(tokens, from: index + 2, file: file)
                index += 2
                continue
            }
            guard next?.mark == "(" else { index += 1; continue }
            let arguments = Self.arguments(tokens, open: index + 1)
            if word == "ArkaError" && !previousIsDot, arguments.list.count >= 2 {
                collectDirect(arguments.list[1].tokens, file: file)
            } else if (word == "tr" || word == "Sentence") && !previousIsDot, let first = arguments.list.first, first.label == nil {
                collectDirect(first.tokens, file: file)
            } else if let parameters = takersByFile[file]?[word] ?? takers[word] {
                for (position, argument) in arguments.list.enumerated()
                where parameters.contains(where: { $0.label == (argument.label ?? "_") && ($0.label != "_" || $0.position == position) }) {
                    collectDirect(argument.tokens, file: file)
                }
            }
            index += 2
        }
    }

    // MARK: Pieces

    private mutating func add(_ template: String, file: String, line: Int) {
        guard template.contains(where: \.isLetter) else { return }
        found.append(Found(template: template, file: file, line: line))
    }

    /// The literals of an expression not nested in a call or a subscript; a closure's literal
    /// (`asOf.map { "as of \($0)" } ?? "all entries"`) is the expression's value.
    private mutating func collectDirect(_ tokens: ArraySlice<Token>, file: String) {
        var depth = 0
        for token in tokens {
            switch token {
            case .mark("(", _), .mark("[", _): depth += 1
            case .mark(")", _), .mark("]", _): depth -= 1
            case .literal(let template, let line, false) where depth == 0: add(template, file: file, line: line)
            default: break
            }
        }
    }

    /// An expression after `=`: to the end of its line, or the blocks of a `switch` or `if`.
    private mutating func collectExpression(_ tokens: [Token], from start: Int, file: String) {
        guard start < tokens.count else { return }
        if tokens[start].word == "switch" || tokens[start].word == "if" {
            var index = start
            while index < tokens.count, tokens[index].mark != "{" { index += 1 }
            guard index < tokens.count else { return }
            collectBody(tokens, open: index, file: file)
            // else { ... } blocks of an if expression
            var after = Self.skip(tokens, from: index, open: "{", close: "}")
            while after + 1 < tokens.count, tokens[after].word == "else" {
                var open = after + 1
                while open < tokens.count, tokens[open].mark != "{" { open += 1 }
                guard open < tokens.count else { return }
                collectBody(tokens, open: open, file: file)
                after = Self.skip(tokens, from: open, open: "{", close: "}")
            }
            return
        }
        var end = start
        var depth = 0
        let line = tokens[start].line
        while end < tokens.count {
            let token = tokens[end]
            if token.mark == "(" || token.mark == "[" || token.mark == "{" { depth += 1 }
            if token.mark == ")" || token.mark == "]" || token.mark == "}" { depth -= 1; if depth < 0 { break } }
            if depth == 0, token.line > line, end > start {
                let previous = tokens[end - 1]
                let continues = token.mark == "?" || token.mark == ":" || previous.mark == "?" || previous.mark == ":" || previous.mark == "="
                if !continues { break }
            }
            end += 1
        }
        collectDirect(tokens[start..<end], file: file)
    }

    /// The literals of a body in braces that are not nested in a call: what it returns.
    private mutating func collectBody(_ tokens: [Token], open: Int, file: String) {
        let end = Self.skip(tokens, from: open, open: "{", close: "}")
        var depth = 0
        var index = open + 1
        while index < end - 1 {
            let token = tokens[index]
            switch token {
            case .mark("(", _), .mark("[", _): depth += 1
            case .mark(")", _), .mark("]", _): depth -= 1
            case .literal(let template, let line, false) where depth == 0:
                // Not a value compared or matched: `x == "a"`, `case "a":`
                let before = index > 0 ? tokens[index - 1] : nil
                let compared = before?.mark == "=" && index > 1 && tokens[index - 2].mark == "="
                let matched = before?.word == "case" || (before?.mark == "," && tokens[index + 1].mark == ":")
                if !compared && !matched { add(template, file: file, line: line) }
            default: break
            }
            index += 1
        }
    }

    struct Argument {
        var label: String?
        var tokens: ArraySlice<Token>
    }

    /// The arguments of a call or a parameter list opening at `open`, and the index after its `)`.
    static func arguments(_ tokens: [Token], open: Int) -> (list: [Argument], end: Int) {
        var list: [Argument] = []
        var depth = 0
        var start = open + 1
        var index = open
        func close(_ end: Int) {
            let slice = tokens[start..<end]
            guard !slice.isEmpty else { return }
            var label: String?
            if slice.count > 2, let word = slice.first?.word, tokens[slice.startIndex + 1].mark == ":" { label = word }
            list.append(Argument(label: label, tokens: label == nil ? slice : slice.dropFirst(2)))
        }
        while index < tokens.count {
            switch tokens[index].mark {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth == 0 {
                    close(index)
                    return (list, index + 1)
                }
            case ",":
                if depth == 1 {
                    close(index)
                    start = index + 1
                }
            default: break
            }
            index += 1
        }
        return (list, index)
    }

    static func skip(_ tokens: [Token], from open: Int, open opening: Character, close closing: Character) -> Int {
        var depth = 0
        var index = open
        while index < tokens.count {
            if tokens[index].mark == opening { depth += 1 }
            if tokens[index].mark == closing { depth -= 1; if depth == 0 { return index + 1 } }
            index += 1
        }
        return index
    }

    /// A parameter's tokens say `name: Sentence` (or `Sentence?`), with or without a label.
    static func isSentenceType(_ tokens: ArraySlice<Token>) -> Bool {
        guard let colon = tokens.firstIndex(where: { $0.mark == ":" }) else {
            // An enum case's unnamed associated value: `case malformed(Sentence, line: Int)`
            return tokens.count == 1 && tokens.first?.word == "Sentence"
        }
        let type = tokens[(colon + 1)...]
        return type.first?.word == "Sentence" && (type.count == 1 || type.dropFirst().first?.mark == "?" || type.dropFirst().first?.mark == "=")
    }

    /// The name of the struct, class, enum or extension whose body holds the token at `index`.
    func enclosingType(_ tokens: [Token], before index: Int) -> String? {
        var depth = 0
        var position = index - 1
        while position >= 0 {
            if tokens[position].mark == "}" { depth += 1 }
            if tokens[position].mark == "{" {
                if depth == 0 {
                    var look = position - 1
                    while look >= 0, tokens[look].mark != "{" && tokens[look].mark != "}" && tokens[look].mark != ";" {
                        if let word = tokens[look].word, ["struct", "class", "enum", "extension", "actor"].contains(word), look + 1 < tokens.count {
                            return tokens[look + 1].word
                        }
                        look -= 1
                    }
                } else {
                    depth -= 1
                }
            }
            position -= 1
        }
        return nil
    }
}
