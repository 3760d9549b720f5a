/// `constant + sum of coefficient * issue` over integer issues, with every
/// coefficient non-zero and issues ascending. The checker guarantees that
/// its value over the issues' ranges fits in 64 bits.
public struct LinearSum: Hashable, Sendable {
    /// One `coefficient * issue` term.
    public struct Term: Hashable, Sendable {
        /// The integer issue's index.
        public var issue: Int
        /// Its coefficient, never zero.
        public var coefficient: Int64

        /// Makes a term.
        public init(issue: Int, coefficient: Int64) {
            self.issue = issue
            self.coefficient = coefficient
        }
    }

    /// The terms, by ascending issue.
    public var terms: [Term]
    /// The constant part.
    public var constant: Int64

    /// Makes a sum.
    public init(terms: [Term], constant: Int64) {
        self.terms = terms
        self.constant = constant
    }

    /// Its value when `values[i]` is integer issue i's value. Wrapping
    /// arithmetic: checked scenarios never overflow here.
    public func value(_ values: [Int64]) -> Int64 {
        var total = constant
        for term in terms { total = total &+ term.coefficient &* values[term.issue] }
        return total
    }
}
