/// An agreement with every party's utility for it: an entry of `best`, a
/// focal point, or part of a deal price.
public struct Compromise: Hashable, Sendable {
    /// Each issue's value (domain index, 0/1 or integer).
    public var agreement: [Int64]
    /// Each party's utility, in declaration order.
    public var utilities: [Int64]
    /// Per issue, every value it can take with the rest of the agreement
    /// fixed, still meeting every demand and giving every party the same
    /// utility (nil when not computed).
    public var ranges: [IssueOverlap]?

    /// The report's order of `best`: utility vectors in descending
    /// lexicographic order (parties in declaration order).
    static func byDescendingUtilities(_ a: Compromise, _ b: Compromise) -> Bool {
        for (x, y) in zip(a.utilities, b.utilities) where x != y { return x > y }
        return false
    }
}
