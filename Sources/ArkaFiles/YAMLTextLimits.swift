import ArkaCore
import Foundation
import Yams

extension YAMLNode {
    /// Reads a YAML file's bytes under the text rule (``TextLimit``): the file is UTF-8 with no
    /// control character but tabs and line breaks (``TextLimit/decodeFile(_:file:)``), then
    /// every key and value is checked against its own field's rule (``checkTexts(limits:)``).
    /// Text that is not YAML is returned for the reader that parses it, which says why.
    ///
    /// ```swift
    /// let text = try YAMLNode.readText(data, file: "ledger.yaml")
    /// let settings = try LedgerSettings.parse(yaml: text, file: "ledger.yaml")
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` naming the file, line and key (for bytes, the key on
    ///   the line); ``ArkaError/Kind/textTooLong``.
    public static func readText(_ data: Data, file: String, limits: [String: TextLimit] = [:]) throws -> String {
        let text: String
        do {
            text = try TextLimit.decodeFile(data, file: file)
        } catch var error as ArkaError {
            if error.location.field == nil, let line = error.location.line {
                error.location.field = key(onLine: line, of: data)
            }
            throw error
        }
        guard let root = try? Yams.compose(yaml: text) else { return text }
        try YAMLNode(node: root, path: "", file: file, kind: .badText).checkTexts(limits: limits)
        return text
    }

    /// `name` for the line `  name: "Çerdhja"` (and `- name: …`): the key a line sets, when it
    /// sets one, for messages about the line's bytes.
    static func key(onLine line: Int, of data: Data) -> String? {
        guard let text = data.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst(line - 1).first,
            let colon = text.firstIndex(of: UInt8(ascii: ":"))
        else { return nil }
        var key = String(decoding: text[..<colon], as: UTF8.self).trimmingSpaces
        if key.hasPrefix("- ") { key = String(key.dropFirst(2)).trimmingSpaces }
        guard !key.isEmpty, key.count <= TextLimit.code.characters,
            key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" })
        else { return nil }
        return key
    }

    /// Composes YAML text into nodes. A text that is not YAML is refused with the parser's
    /// problem and the line it is on, never quoting the text: a line of megabytes is not echoed.
    ///
    /// ```swift
    /// let root = try YAMLNode.compose(yaml: text, file: "iga.yaml", kind: .badGrid)
    /// ```
    /// - Throws: an ``ArkaError`` of `kind` ("not valid YAML: …") naming the file and line.
    public static func compose(yaml text: String, file: String, kind: ArkaError.Kind) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            func refuse(_ context: YamlError.Context?, _ problem: String, line: Int?) -> ArkaError {
                let during = context.map { " (\($0.text))" } ?? ""
                return ArkaError(kind, "not valid YAML: \(problem)\(during)", location: SourceLocation(file: file, line: line))
            }
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                throw refuse(context, problem, line: mark.line)
            case .reader(let problem, let offset, _, _):
                let line = offset.map { offset in text.utf8.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
                throw refuse(nil, problem, line: line)
            case .duplicatedKeysInMapping(_, let context):
                throw refuse(nil, "a key appears twice", line: context.mark.line)
            default:
                throw refuse(nil, String(describing: error), line: nil)
            }
        } catch {
            throw ArkaError(kind, "not valid YAML: \(error)", location: SourceLocation(file: file))
        }
    }

    /// Refuses a key or value of the file that breaks the text rule for its key
    /// (``TextLimit/check(_:field:limit:)`` with ``TextLimit/forField(_:)``, or `limits` where a
    /// file's key means something else; a key is held to a code): every text a user puts in a
    /// YAML file, checked where it is read before anything is stored. A value the file writes
    /// with an escape (`"\0"`, `"\u0007"`) is checked as the text it stands for.
    ///
    /// ```swift
    /// try YAMLNode(node: root, path: "", file: "iga.yaml", kind: .badGrid).checkTexts(limits: ["call": .name])
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` or ``ArkaError/Kind/textTooLong`` naming the file,
    ///   line and dotted key.
    public func checkTexts(limits: [String: TextLimit] = [:]) throws {
        try check(node, path: path, key: path, limits: limits)
    }

    private func check(_ node: Node, path: String, key: String, limits: [String: TextLimit]) throws {
        /// The error placed on the node's line and dotted key.
        func placed(_ at: Node, field: String, _ body: () throws -> Void) throws {
            do {
                try body()
            } catch let error as ArkaError {
                var located = error.at(file: file, line: at.mark?.line)
                located.location.field = field
                throw located
            }
        }
        switch node {
        case .scalar(let scalar):
            try placed(node, field: path) { try TextLimit.check(scalar.string, field: key, limit: limits[key]) }
        case .mapping(let mapping):
            for (keyNode, value) in mapping {
                let name = keyNode.string ?? ""
                let child = path.isEmpty ? name : "\(path).\(name)"
                try placed(keyNode, field: child) { try TextLimit.check(name, field: "key", limit: .code) }
                try check(value, path: child, key: name, limits: limits)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                try check(item, path: "\(path)[\(index + 1)]", key: key, limits: limits)
            }
        case .alias:
            break
        }
    }
}
