/// Who allows what on one issue: the values each party's own demands leave
/// open, and, for each value no agreement meeting every demand can take,
/// the demands that rule it out on their own.
public struct IssueSupport: Hashable, Sendable {
    /// Per party (declaration order), the values its demands alone allow.
    public var allowedBy: [IssueOverlap]
    /// The values outside the overlap, in order, each run of them with the
    /// demands that exclude every value of the run on their own.
    public var exclusions: [Exclusion]
}
