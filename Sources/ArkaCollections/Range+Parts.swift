extension Range where Bound == Int {
    /// The `part`th of `parts` contiguous, nearly equal pieces of the range: how long work is
    /// split between the cores, each piece in order.
    ///
    /// ```swift
    /// (0..<10).part(0, of: 3)   // 0..<4
    /// (0..<10).part(2, of: 3)   // 7..<10
    /// ```
    package func part(_ part: Int, of parts: Int) -> Range<Int> {
        let size = count / parts
        let extra = count % parts
        let lower = lowerBound + part * size + Swift.min(part, extra)
        return lower..<(lower + size + (part < extra ? 1 : 0))
    }
}
