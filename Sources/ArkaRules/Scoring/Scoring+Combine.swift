import ArkaCore

extension Scoring {
    /// What evaluators whose totals differ by more than the grid's limit come to.
    enum Combined {
        /// The evaluators that count, as positions among the totals, and how they were chosen.
        case counted([Int], basis: String)
        /// None count yet: why, in words, and whether groups equally close tie.
        case waiting(String, tie: Bool)
    }

    /// Chooses the evaluators that count when their weighted totals differ by more than the
    /// discrepancy limit, under the grid's `evaluators.combine` and `evaluators.on_tie`.
    ///
    /// The totals come in the order of the evaluators' names, and only that order settles what
    /// the rules leave equal, so the result does not depend on the order of any file.
    ///
    /// ```swift
    /// // Totals 34, 40 and 46, limit 10: A and B, and B and C, are both 6 apart.
    /// let totals = [34, 40, 46].map { Points(whole: $0) }
    /// combine(totals, names: ["A", "B", "C"], spread: Points(whole: 12), limit: Points(whole: 10), grid: grid)
    /// // .counted([0, 1], basis: "the average of the two closest of 3 evaluators, A (34) and B (40): …")
    /// ```
    /// - Parameters:
    ///   - totals: each evaluator's weighted total, in the order of their names.
    ///   - names: the evaluators' names, in the same order.
    ///   - spread: the highest total less the lowest, beyond `limit`.
    static func combine(_ totals: [Points], names: [String], spread: Points, limit: Points, grid: ScoringGrid) -> Combined {
        let beyond = "the totals differ by \(spread), beyond the limit of \(limit)"
        // The pairs or groups within the limit of one another, each as positions in name order.
        var candidates: [[Int]] = []
        switch grid.combination {
        case .closestTwo:
            guard grid.minimumEvaluators <= 2 else { break }
            for i in totals.indices {
                for j in totals.indices.dropFirst(i + 1) where distance(totals[i], totals[j]) <= limit.hundredths {
                    candidates.append([i, j])
                }
            }
        case .allWithinLimit:
            // In order of total, each group within the limit is a run; a run ending where the one
            // before it ended lies inside that one and is no group of its own.
            let needed = max(2, grid.minimumEvaluators)
            let byTotal = totals.indices.sorted { (totals[$0], $0) < (totals[$1], $1) }
            var end = 0
            var previousEnd = -1
            for start in byTotal.indices {
                end = max(end, start)
                while end + 1 < byTotal.count && distance(totals[byTotal[start]], totals[byTotal[end + 1]]) <= limit.hundredths {
                    end += 1
                }
                if end > previousEnd && end - start + 1 >= needed { candidates.append(byTotal[start...end].sorted()) }
                previousEnd = end
            }
            candidates.sort { $0.lexicographicallyPrecedes($1) }
        }
        guard !candidates.isEmpty else {
            return .waiting("the evaluators' totals differ by \(spread), beyond the limit of \(limit): another evaluator or a consensus record is needed", tie: false)
        }

        func width(_ group: [Int]) -> Int64 {
            let values = group.map { totals[$0].hundredths }
            return (values.max() ?? 0) - (values.min() ?? 0)
        }
        func sum(_ group: [Int]) -> Int64 { group.reduce(Int64(0)) { $0 + totals[$1].hundredths } }
        func who(_ group: [Int]) -> String {
            let named = group.map { "\(names[$0]) (\(totals[$0]))" }
            return named.count <= 2 ? named.joined(separator: " and ") : named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1]
        }
        // The largest, then the closest: for pairs, simply the closest.
        let largest = candidates.map(\.count).max() ?? 0
        let closest = candidates.filter { $0.count == largest }.map(width).min() ?? 0
        let tied = candidates.filter { $0.count == largest && width($0) == closest }
        let pairs = grid.combination == .closestTwo

        var chosen = tied[0]
        var note = ""
        if tied.count > 1 {
            let apart = Points(hundredths: closest)
            let tie = (pairs ? "a tie between pairs equally close (\(apart) apart): " : "a tie between groups as large and as close (within \(apart)): ")
                + tied.map(who).joined(separator: ", or ")
            switch grid.evaluatorTie {
            case .consensus:
                return .waiting("\(beyond), and \(tie): the grid's on_tie waits for a consensus record", tie: true)
            case .lower, .higher:
                let sums = tied.map(sum)
                let target = grid.evaluatorTie == .lower ? sums.min() : sums.max()
                let picks = tied.filter { sum($0) == target }
                chosen = picks[0]
                note = "; \(tie), broken by the grid's on_tie: \(grid.evaluatorTie.rawValue)"
                    + (picks.count > 1 ? ", then by the evaluators' names" : "")
            }
        }
        let counted = pairs
            ? "the average of the two closest of \(totals.count) evaluators"
            : "the average of the \(chosen.count) of \(totals.count) evaluators within the limit of one another"
        return .counted(chosen, basis: "\(counted), \(who(chosen)): \(beyond)\(note)")
    }

    /// How far apart two totals are, in hundredths.
    private static func distance(_ a: Points, _ b: Points) -> Int64 { abs(a.hundredths - b.hundredths) }
}
