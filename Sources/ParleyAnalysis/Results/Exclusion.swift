import ParleyModel

/// A run of values no agreement meeting every demand takes (or, when no
/// such agreement exists, outside the common ground), and what excludes
/// them.
public struct Exclusion: Hashable, Sendable {
    /// The values: one domain index, one flag, or one interval.
    public var values: IssueOverlap
    /// The demands that exclude these values on their own, in code-point
    /// order. Empty when only a combination of demands excludes them.
    public var demands: [DemandID]
    /// The parties whose own demands, together, exclude these values (by
    /// index, in declaration order). Empty when only demands of several
    /// parties together exclude them.
    public var parties: [Int] = []
}
