import ParleyModel

/// A run of values outside the overlap and what excludes them.
public struct Exclusion: Hashable, Sendable {
    /// The values: one domain index, one flag, or one interval.
    public var values: IssueOverlap
    /// The demands that exclude these values on their own, in code-point
    /// order. Empty when only a combination of demands excludes them.
    public var demands: [DemandID]
}
