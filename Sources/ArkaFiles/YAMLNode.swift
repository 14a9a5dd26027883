import ArkaCore
import Yams

/// A node of a YAML data file (a scoring grid, a workbook template) with its dotted path
/// (`criteria.youth.weight`), its file and the kind of error it raises, so every error names
/// where it is.
///
/// ```swift
/// let root = YAMLNode(node: try Yams.compose(yaml: text)!, path: "", file: "iga.yaml", kind: .badGrid)
/// let call = try root.entries(allowed: ["call", "fields"])["call"]?.scalar()
/// ```
public struct YAMLNode {
    public let node: Node
    public let path: String
    public let file: String
    /// The kind of every error this node raises (``ArkaError/Kind/badGrid``, ``ArkaError/Kind/badTemplate``).
    public let kind: ArkaError.Kind

    public init(node: Node, path: String, file: String, kind: ArkaError.Kind) {
        self.node = node
        self.path = path
        self.file = file
        self.kind = kind
    }

    public var line: Int? { node.mark.map { $0.line } }

    public func error(_ reason: Sentence, value: String? = nil) -> ArkaError {
        ArkaError(kind, reason, location: SourceLocation(file: file, line: line, field: path, value: value ?? node.string))
    }

    public func child(_ key: String, _ node: Node) -> YAMLNode {
        YAMLNode(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file, kind: kind)
    }

    /// A mapping's entries by key, refusing keys not in `allowed`.
    public func entries(allowed: [String]) throws -> [String: YAMLNode] {
        var lines: [String: Int?] = [:]
        return try entries(allowed: allowed, lines: &lines)
    }

    /// A mapping's entries by key, with the line of each key.
    public func entries(allowed: [String], lines: inout [String: Int?]) throws -> [String: YAMLNode] {
        var result: [String: YAMLNode] = [:]
        for entry in try entryList() {
            guard allowed.contains(entry.key) else {
                throw ArkaError(
                    kind, "unknown key; \(path.isEmpty ? "the file" : path) takes \(allowed.joined(separator: ", "))",
                    location: SourceLocation(file: file, line: entry.line, field: entry.path))
            }
            result[entry.key] = entry.node
            lines[entry.key] = entry.line
        }
        return result
    }

    /// A mapping's entries in file order, each with its key.
    public func entryList() throws -> [YAMLNode.Entry] {
        guard let mapping = node.mapping else { throw error("\(path) is a mapping of keys") }
        var seen: Set<String> = []
        return try mapping.map { key, value in
            guard let name = key.string, !name.isEmpty else { throw error("a key must be a plain name") }
            guard seen.insert(name).inserted else {
                throw ArkaError(kind, "the key appears twice", location: SourceLocation(file: file, line: key.mark?.line, field: child(name, value).path))
            }
            return Entry(key: name, node: child(name, value), keyLine: key.mark?.line)
        }
    }

    public struct Entry {
        public var key: String
        public var node: YAMLNode
        public var keyLine: Int?
        public var line: Int? { keyLine ?? node.line }
        public var path: String { node.path }
    }

    public func sequence() throws -> [YAMLNode] {
        guard let sequence = node.sequence else { throw error("\(path) is a list") }
        return sequence.enumerated().map { index, item in YAMLNode(node: item, path: "\(path)[\(index + 1)]", file: file, kind: kind) }
    }

    public func scalar() throws -> String {
        guard let text = node.scalar?.string else { throw error("\(path) takes a single value") }
        return text
    }

    public func parse<T>(_ convert: (String) throws -> T) throws -> T {
        let text = try scalar()
        do {
            return try convert(text)
        } catch let error as ArkaError {
            throw ArkaError(kind, error.sentence, location: SourceLocation(file: file, line: line, field: path, value: text))
        }
    }

    public func integer(in range: ClosedRange<Int>) throws -> Int {
        try parse { text in
            guard let value = Int(text), range.contains(value) else {
                throw ArkaError(kind, "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
    }

    public func boolean() throws -> Bool {
        try parse { text in
            switch text.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: throw ArkaError(kind, "true or false")
            }
        }
    }
}
