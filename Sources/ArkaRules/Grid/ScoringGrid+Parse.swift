import ArkaCore
import ArkaFiles
import Yams

extension ScoringGrid {
    /// The keys a grid file may hold at its top level.
    public static let topLevelKeys = [
        "call", "call_date", "currency", "envelope", "per_recipient", "allocation", "scheme", "agreement_prefix", "conditions", "evaluators",
        "minimum_total", "total_weight", "maximum_points", "fields", "roles", "gates", "criteria", "tie_breaks",
    ]

    /// Reads a grid file's text and validates it with ``GridChecks/all``.
    ///
    /// ```swift
    /// let grid = try ScoringGrid.parse(yaml: text, file: "iga.yaml")
    /// ```
    /// - Throws: ``ArkaError/Kind/badGrid`` naming the file, line and key: an unknown field, a value
    ///   of the wrong type, a criterion that can never score, overlapping or gapped ranges, weights
    ///   that do not add up.
    public static func parse(yaml text: String, file: String) throws -> ScoringGrid {
        let root = try YAMLNode.compose(yaml: text, file: file, kind: .badGrid)
        guard let root, root.mapping != nil else {
            throw ArkaError(.badGrid, "a grid is a YAML mapping of keys (call, fields, gates, criteria, …)", location: SourceLocation(file: file, line: 1))
        }
        var topLines: [String: Int?] = [:]
        let top = try YAMLNode(node: root, path: "", file: file, kind: .badGrid).entries(allowed: topLevelKeys, lines: &topLines)
        func required(_ key: String) throws -> YAMLNode {
            guard let node = top[key] else {
                throw ArkaError(.badGrid, "the grid needs \(key)", location: SourceLocation(file: file, line: 1, field: key))
            }
            return node
        }
        let currency = try required("currency").parse { try Currency(code: $0) }
        func money(_ node: YAMLNode) throws -> Money { try node.parse { try Money.parse($0, currency: currency, field: node.path) } }

        var limits: (Money?, Money?) = (nil, nil)
        if let perRecipient = top["per_recipient"] {
            let keys = try perRecipient.entries(allowed: ["minimum", "maximum"])
            limits = (try keys["minimum"].map(money), try keys["maximum"].map(money))
        }
        var minimumEvaluators = 2
        var discrepancy: Points?
        var combination = Combination.closestTwo
        var evaluatorTie = EvaluatorTie.lower
        var evaluatorLines: [String: Int?] = [:]
        if let evaluators = top["evaluators"] {
            let keys = try evaluators.entries(allowed: ["minimum", "discrepancy_limit", "combine", "on_tie"], lines: &evaluatorLines)
            if let minimum = keys["minimum"] { minimumEvaluators = try minimum.integer(in: 1...20) }
            discrepancy = try keys["discrepancy_limit"].map { node in try node.parse { try Points.parse($0, field: node.path) } }
            if let node = keys["combine"] { combination = try node.choice(of: Combination.self) }
            if let node = keys["on_tie"] { evaluatorTie = try node.choice(of: EvaluatorTie.self) }
        }

        let fields = try required("fields").entryList().map { try FieldSpec.parse($0) }
        var grid = ScoringGrid(
            call: try required("call").scalar(), callDate: try required("call_date").parse { try LedgerDate.parse($0, field: "call_date") },
            currency: currency, envelope: try money(try required("envelope")), minimumAward: limits.0, maximumAward: limits.1,
            allocation: try top["allocation"].map { node in
                try node.parse { text in
                    guard let rule = Allocation(rawValue: text) else {
                        throw ArkaError(.badGrid, "allocation is \(Allocation.allCases.map(\.rawValue).joined(separator: " or "))")
                    }
                    return rule
                }
            } ?? .nextThatFits,
            scheme: try top["scheme"]?.scalar(), agreementPrefix: try top["agreement_prefix"]?.scalar(),
            conditions: try top["conditions"]?.scalar(), minimumEvaluators: minimumEvaluators, discrepancyLimit: discrepancy,
            minimumTotal: try top["minimum_total"].map { node in try node.parse { try Points.parse($0, field: node.path) } },
            fields: fields, gates: [], criteria: [], tieBreaks: [],
            roles: Roles(id: "id", amount: "requested", applicant: nil, name: nil, kind: nil, village: nil))
        grid.combination = combination
        grid.evaluatorTie = evaluatorTie
        grid.keyLines = topLines.compactMapValues { $0 }
        for (key, line) in evaluatorLines { grid.keyLines["evaluators.\(key)"] = line }
        if let roles = top["roles"] {
            let keys = try roles.entries(allowed: ["id", "amount", "applicant", "name", "kind", "village"])
            grid.roles = Roles(
                id: try keys["id"]?.fieldName(in: grid) ?? "id", amount: try keys["amount"]?.fieldName(in: grid) ?? "requested",
                applicant: try keys["applicant"]?.fieldName(in: grid), name: try keys["name"]?.fieldName(in: grid),
                kind: try keys["kind"]?.fieldName(in: grid), village: try keys["village"]?.fieldName(in: grid))
        }
        grid.gates = try top["gates"]?.entryList().map { try Gate.parse($0, grid: grid) } ?? []
        grid.criteria = try required("criteria").entryList().map { try Criterion.parse($0, grid: grid) }
        grid.tieBreaks = try top["tie_breaks"]?.sequence().map { try TieBreak.parse($0, grid: grid) } ?? []
        let weights = (total: try top["total_weight"].map { try $0.integer(in: 1...1_000_000) }, topLines["total_weight"] ?? nil,
                       maximum: try top["maximum_points"].map { node in try node.parse { try Points.parse($0, field: node.path) } },
                       topLines["maximum_points"] ?? nil)
        for check in GridChecks.all {
            do {
                try check(grid)
            } catch let error as ArkaError {
                throw error.at(file: file, line: nil)
            }
        }
        if let total = weights.total {
            let sum = grid.criteria.reduce(0) { $0 + $1.weight }
            guard sum == total else {
                throw ArkaError(
                    .badGrid, "the criteria's weights add up to \(sum), but the grid says they must total \(total)",
                    location: SourceLocation(file: file, line: weights.1, field: "total_weight", value: String(total)))
            }
        }
        if let maximum = weights.maximum, grid.maximumTotal != maximum {
            throw ArkaError(
                .badGrid, "the criteria give at most \(grid.maximumTotal) weighted points, but the grid says \(maximum)",
                location: SourceLocation(file: file, line: weights.3, field: "maximum_points", value: maximum.description))
        }
        return grid
    }
}

extension YAMLNode {
    /// One of a closed set of words, like `lower` for ``ScoringGrid/EvaluatorTie``.
    /// - Throws: ``ArkaError/Kind/badGrid`` naming the words it may be.
    func choice<Choice: RawRepresentable & CaseIterable>(of _: Choice.Type) throws -> Choice where Choice.RawValue == String {
        try parse { text in
            guard let choice = Choice(rawValue: text) else {
                let words = Choice.allCases.map(\.rawValue)
                throw ArkaError(.badGrid, "\(path) is \(words.dropLast().joined(separator: ", ")) or \(words.last ?? "")")
            }
            return choice
        }
    }

    func fieldName(in grid: ScoringGrid) throws -> String {
        let name = try scalar()
        guard grid.field(name) != nil else {
            throw error("no field \(name) among the grid's fields (\(grid.fields.map(\.name).joined(separator: ", ")))")
        }
        return name
    }

    /// A value of a field's type, as a grid writes it.
    func value(of field: FieldSpec) throws -> FieldValue {
        try parse { try field.read($0, column: path) }
    }
}

extension FieldSpec {
    static func parse(_ entry: YAMLNode.Entry) throws -> FieldSpec {
        let keys = try entry.node.entries(allowed: ["type", "values", "personal", "optional"])
        guard let typeNode = keys["type"] else { throw entry.node.error("a field needs its type (\(Kind.allCases.map(\.rawValue).joined(separator: ", ")))") }
        let kind = try typeNode.parse { text in
            guard let kind = Kind(rawValue: text) else {
                throw ArkaError(.badGrid, "a field's type is \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        }
        let values = try keys["values"]?.sequence().map { try $0.scalar() } ?? []
        if kind == .category && values.isEmpty {
            throw entry.node.error("a category field lists its values")
        }
        if kind != .category && !values.isEmpty {
            throw keys["values"]!.error("only a category field lists values")
        }
        return FieldSpec(
            name: entry.key, kind: kind, values: values, isPersonal: try keys["personal"]?.boolean() ?? false,
            isOptional: try keys["optional"]?.boolean() ?? false, line: entry.line ?? 0)
    }

    /// Reads a value of this field from text: an application's cell or a grid's constant.
    /// - Throws: ``ArkaError`` naming the column and the value.
    public func read(_ text: String, column: String) throws -> FieldValue {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return .empty }
        switch kind {
        case .text: return .text(trimmed)
        case .category:
            guard values.contains(trimmed) else {
                throw ArkaError(.badApplication, "\(name) is one of \(values.joined(separator: ", "))", field: column, value: text)
            }
            return .text(trimmed)
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "yes", "1", "y", "po": return .boolean(true)
            case "false", "no", "0", "n", "jo": return .boolean(false)
            default: throw ArkaError(.badApplication, "\(name) is yes or no", field: column, value: text)
            }
        case .integer:
            guard let value = Int64(trimmed) else {
                throw ArkaError(.badApplication, "\(name) is a whole number", field: column, value: text)
            }
            return .integer(value)
        case .number:
            let decimal: DecimalText
            do {
                decimal = try DecimalText.parse(trimmed, field: column)
            } catch {
                throw ArkaError(.badApplication, "\(name) is a number like 2500.00", field: column, value: text)
            }
            let normalized = decimal.normalized
            guard normalized.scale <= FieldValue.numberScale else {
                throw ArkaError(.badApplication, "\(name) takes at most \(FieldValue.numberScale) decimals", field: column, value: text)
            }
            var units = normalized.digits
            for _ in normalized.scale..<FieldValue.numberScale {
                let (scaled, overflow) = units.multipliedReportingOverflow(by: 10)
                guard !overflow else { throw ArkaError(.badApplication, "\(name) is too large", field: column, value: text) }
                units = scaled
            }
            return .number(units)
        case .date:
            do {
                return .date(try LedgerDate.parse(trimmed, field: column))
            } catch let error as ArkaError {
                throw ArkaError(.badApplication, error.sentence, field: column, value: text)
            }
        }
    }
}

extension Gate {
    static let conditionKeys = ["in", "is", "at_least", "at_most", "between", "age_at_least", "age_at_most", "within_limits", "present"]

    static func parse(_ entry: YAMLNode.Entry, grid: ScoringGrid) throws -> Gate {
        let keys = try entry.node.entries(allowed: ["description", "field"] + conditionKeys)
        guard let fieldNode = keys["field"] else { throw entry.node.error("a gate names the field it reads") }
        let name = try fieldNode.fieldName(in: grid)
        let field = grid.field(name)!
        let stated = conditionKeys.filter { keys[$0] != nil }
        guard stated.count == 1 || Set(stated) == ["age_at_least", "age_at_most"] else {
            throw entry.node.error("a gate states one condition: \(conditionKeys.joined(separator: ", "))", value: stated.joined(separator: ", "))
        }
        func comparable(_ node: YAMLNode) throws -> FieldValue {
            guard field.kind == .number || field.kind == .integer || field.kind == .date else {
                throw node.error("a \(field.kind.rawValue) field cannot be compared as more or less")
            }
            return try node.value(of: field)
        }
        let condition: Condition
        switch stated[0] {
        case "in":
            condition = .isIn(try keys["in"]!.sequence().map { try $0.value(of: field) })
        case "is":
            condition = .isIn([try keys["is"]!.value(of: field)])
        case "at_least": condition = .atLeast(try comparable(keys["at_least"]!))
        case "at_most": condition = .atMost(try comparable(keys["at_most"]!))
        case "between":
            let bounds = try keys["between"]!.sequence()
            guard bounds.count == 2 else { throw keys["between"]!.error("between takes two bounds: [low, high]") }
            let (low, high) = (try comparable(bounds[0]), try comparable(bounds[1]))
            guard low <= high else { throw keys["between"]!.error("the low bound comes first", value: "\(low), \(high)") }
            condition = .between(low, high)
        case "age_at_least", "age_at_most":
            guard field.kind == .date else { throw fieldNode.error("an age is counted from a date field") }
            condition = .age(
                minimum: try keys["age_at_least"]?.integer(in: 0...150), maximum: try keys["age_at_most"]?.integer(in: 0...150))
        case "within_limits":
            guard try keys["within_limits"]!.boolean() else { throw keys["within_limits"]!.error("within_limits is stated as true") }
            guard name == grid.roles.amount else { throw fieldNode.error("within_limits reads the amount field, \(grid.roles.amount)") }
            condition = .withinLimits
        default:
            guard try keys["present"]!.boolean() else { throw keys["present"]!.error("present is stated as true") }
            condition = .present
        }
        return Gate(
            key: entry.key, description: try keys["description"]?.scalar() ?? entry.key, field: name, condition: condition,
            line: entry.line ?? 0, isPersonal: field.isPersonal)
    }
}

extension Criterion {
    static func parse(_ entry: YAMLNode.Entry, grid: ScoringGrid) throws -> Criterion {
        let keys = try entry.node.entries(
            allowed: ["description", "field", "points", "otherwise", "ranges", "age_ranges", "evaluated", "weight", "minimum", "personal"])
        let rules = ["points", "ranges", "age_ranges", "evaluated"].filter { keys[$0] != nil }
        guard rules.count == 1 else {
            throw entry.node.error("a criterion scores by one of points, ranges, age_ranges or evaluated", value: rules.joined(separator: ", "))
        }
        let weight = try keys["weight"]?.integer(in: 0...1000) ?? 1
        let minimum = try keys["minimum"].map { node in try node.parse { try Points.parse($0, field: node.path) } }
        var field: FieldSpec?
        if rules[0] != "evaluated" {
            guard let fieldNode = keys["field"] else { throw entry.node.error("a criterion scored from the application names its field") }
            field = grid.field(try fieldNode.fieldName(in: grid))
        } else if let fieldNode = keys["field"] {
            throw fieldNode.error("an evaluated criterion reads no field: evaluators score it")
        }
        let rule: Rule
        switch rules[0] {
        case "points":
            var table: [FieldValue: Int] = [:]
            for item in try keys["points"]!.entryList() {
                let value: FieldValue
                do {
                    value = try field!.read(item.key, column: item.path)
                } catch let error as ArkaError {
                    throw ArkaError(.badGrid, error.sentence, location: SourceLocation(file: item.node.file, line: item.line, field: item.path, value: item.key))
                }
                table[value] = try item.node.integer(in: -1000...1000)
            }
            rule = .lookup(table, otherwise: try keys["otherwise"]?.integer(in: -1000...1000) ?? 0)
        case "ranges", "age_ranges":
            let isAge = rules[0] == "age_ranges"
            if isAge {
                guard field!.kind == .date else { throw keys["field"]!.error("age_ranges count years from a date field") }
            } else {
                guard field!.kind == .integer || field!.kind == .number else {
                    throw keys["field"]!.error("ranges read a number or integer field; \(field!.name) is \(field!.kind.rawValue)")
                }
            }
            let inclusive = isAge || field!.kind == .integer
            let ranges = try keys[rules[0]]!.sequence().map { node -> PointRange in
                let bounds = try node.entries(allowed: ["from", "to", "below", "points"])
                guard let from = bounds["from"], let points = bounds["points"] else { throw node.error("a range has from and points") }
                if inclusive, let below = bounds["below"] {
                    throw below.error("integer and age ranges end with to (inclusive)")
                }
                if !inclusive, let to = bounds["to"] {
                    throw to.error("number ranges end with below (exclusive), so that none leaves a gap")
                }
                func bound(_ node: YAMLNode) throws -> Int64 {
                    if isAge { return Int64(try node.integer(in: 0...150)) }
                    guard let quantity = try node.value(of: field!).quantity else { throw node.error("a bound is a number") }
                    return quantity
                }
                return PointRange(
                    from: try bound(from), upper: try (bounds["to"] ?? bounds["below"]).map(bound),
                    points: try points.integer(in: -1000...1000), line: node.line ?? 0)
            }
            rule = isAge ? .ageRanges(ranges) : .ranges(ranges)
        default:
            let scale = try keys["evaluated"]!.entries(allowed: ["from", "to"])
            guard let low = scale["from"], let high = scale["to"] else { throw keys["evaluated"]!.error("a scale has from and to, like 1 and 5") }
            let (from, to) = (try low.integer(in: 0...100), try high.integer(in: 0...100))
            guard from < to else { throw keys["evaluated"]!.error("a scale runs from a lower to a higher score", value: "\(from)..\(to)") }
            rule = .evaluated(from...to)
        }
        // A criterion read from a personal field is personal whatever it says; `personal: false`
        // cannot make its points public.
        let marked = try keys["personal"]?.boolean() ?? false
        return Criterion(
            key: entry.key, description: try keys["description"]?.scalar() ?? entry.key, field: field?.name, rule: rule,
            weight: weight, minimum: minimum, line: entry.line ?? 0, isPersonal: marked || field?.isPersonal == true)
    }
}

extension TieBreak {
    static func parse(_ node: YAMLNode, grid: ScoringGrid) throws -> TieBreak {
        let keys = try node.entries(allowed: ["criterion", "field", "order"])
        let descending = try keys["order"].map { order in
            try order.parse { text -> Bool in
                switch text {
                case "descending", "highest-first", "latest-first": return true
                case "ascending", "lowest-first", "earliest-first": return false
                default: throw ArkaError(.badGrid, "order is descending or ascending")
                }
            }
        }
        if let criterion = keys["criterion"], keys["field"] == nil {
            let key = try criterion.scalar()
            guard grid.criterion(key) != nil else {
                throw criterion.error("no criterion \(key) in the grid (\(grid.criteria.map(\.key).joined(separator: ", ")))")
            }
            return .criterion(key, descending: descending ?? true)
        }
        if let field = keys["field"], keys["criterion"] == nil {
            return .field(try field.fieldName(in: grid), descending: descending ?? false)
        }
        throw node.error("a tie-break names one criterion or one field")
    }
}
