import ArkaCore
import Yams

extension YAMLNode {
    /// Refuses a value of the file longer than its key takes (``TextLimit/forField(_:)``, or
    /// `limits` where a file's key means something else), and a key longer than a code: every
    /// text a user puts in a YAML file, checked where it is read before anything is stored.
    ///
    /// ```swift
    /// try YAMLNode(node: root, path: "", file: "iga.yaml", kind: .badGrid).checkTextLengths(limits: ["call": .name])
    /// ```
    /// - Throws: ``ArkaError/Kind/textTooLong`` naming the file, line and dotted key.
    public func checkTextLengths(limits: [String: TextLimit] = [:]) throws {
        try check(node, path: path, key: path, limits: limits)
    }

    /// Reads a YAML text and checks it as ``checkTextLengths(limits:)`` does; text that is not
    /// YAML is left to the reader that parses it, which says why.
    /// - Throws: ``ArkaError/Kind/textTooLong``.
    public static func checkTextLengths(yaml text: String, file: String, limits: [String: TextLimit] = [:]) throws {
        guard let root = try? Yams.compose(yaml: text) else { return }
        try YAMLNode(node: root, path: "", file: file, kind: .textTooLong).checkTextLengths(limits: limits)
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
