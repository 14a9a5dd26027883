extension Array {
    /// Reorders the elements in place so that position `p` holds what was at `order[p]`; `order`
    /// is a permutation of the indices. Elements move by swaps, along each cycle once: a long
    /// array of large values is reordered without a second copy of it.
    ///
    /// ```swift
    /// var letters = ["a", "b", "c"]
    /// letters.permute(taking: [2, 0, 1])   // ["c", "a", "b"]
    /// ```
    package mutating func permute(taking order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where !placed[start] {
                var position = start
                while order[position] != start {
                    elements.swapAt(position, order[position])
                    placed[position] = true
                    position = order[position]
                }
                placed[position] = true
            }
        }
    }
}
