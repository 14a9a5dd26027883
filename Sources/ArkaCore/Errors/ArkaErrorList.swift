/// Several rejections found in one input, reported together; nothing of that input was written.
///
/// ```swift
/// throw ArkaErrorList([first, second], total: 2)
/// ```
public struct ArkaErrorList: Error, Sendable, CustomStringConvertible {
    public var errors: [ArkaError]
    /// How many errors were found; more than `errors.count` when the list was cut short.
    public var total: Int

    public init(_ errors: [ArkaError], total: Int? = nil) {
        self.errors = errors
        self.total = total ?? errors.count
    }

    public var description: String {
        var lines = errors.map(\.description)
        if total > errors.count { lines.append(tr("... and \(total - errors.count) more")) }
        return lines.joined(separator: "\n")
    }
}
