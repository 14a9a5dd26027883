/// The problems a run finds in its files, to be reported together: an office fixing its files
/// sees every problem of a run at once, not one a run.
///
/// The first ``reportedLimit`` are kept, the rest counted. They are reported file by file, in
/// the order the files were read, and by line within a file.
///
/// ```swift
/// var problems = ProblemList()
/// for row in rows {
///     do { try check(row) } catch let error as ArkaError { problems.record(row.locate(error)) }
/// }
/// try problems.throwIfAny()   // ArkaErrorList: "funds.csv:3: ...", "budget.csv:7: ..."
/// ```
public struct ProblemList: Sendable {
    /// The most problems one run reports; the rest are counted.
    public static let reportedLimit = 20

    public private(set) var errors: [ArkaError] = []
    public private(set) var count = 0
    /// The files in the order their problems are reported, when it is not the order they were
    /// met in: a definition's files in the order its README lists them.
    public var fileOrder: [String] = []

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// Keeps `error` (the first ``reportedLimit``) and counts it.
    public mutating func record(_ error: ArkaError) {
        count += 1
        if errors.count < Self.reportedLimit { errors.append(error) }
    }

    /// Records what `body` throws and returns nil in its place: the run goes on to find more.
    /// An error of the system (a file that cannot be read) is recorded as ``ArkaError/Kind/io``.
    ///
    /// ```swift
    /// let settings = problems.collect { try LedgerSettings.parse(yaml: text, file: path) } ?? LedgerSettings()
    /// ```
    public mutating func collect<Value>(_ body: () throws -> Value) -> Value? {
        do {
            return try body()
        } catch let error as ArkaError {
            record(error)
        } catch let list as ArkaErrorList {
            for error in list.errors { record(error) }
            count += list.total - list.errors.count
        } catch {
            record(ArkaError(.io, "\(error)"))
        }
        return nil
    }

    /// Joins the problems another part of the run found (the reading thread's, say): the first
    /// ``reportedLimit`` of both, in the order they are reported, and all of them counted.
    ///
    /// ```swift
    /// var written = ProblemList()
    /// written.merge(reading.problems)
    /// try written.throwIfAny()
    /// ```
    public mutating func merge(_ other: ProblemList) {
        errors = Array(ordered(errors + other.errors).prefix(Self.reportedLimit))
        count += other.count
    }

    /// - Throws: ``ArkaErrorList`` when any problem was recorded: file by file (those of
    ///   ``fileOrder`` first, then in the order first met), by line within a file.
    public func throwIfAny() throws {
        guard count > 0 else { return }
        throw ArkaErrorList(ordered(errors), total: count)
    }

    /// `errors` file by file (those of ``fileOrder`` first, then in the order first met), by line
    /// within a file, in the order met within a line.
    private func ordered(_ errors: [ArkaError]) -> [ArkaError] {
        var fileOrder: [String: Int] = [:]
        for file in self.fileOrder where fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
        for error in errors where fileOrder[error.location.file ?? ""] == nil {
            fileOrder[error.location.file ?? ""] = fileOrder.count
        }
        return errors.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            let (fx, fy) = (fileOrder[x.file ?? ""] ?? 0, fileOrder[y.file ?? ""] ?? 0)
            if fx != fy { return fx < fy }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
