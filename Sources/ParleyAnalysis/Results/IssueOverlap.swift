import ParleyModel

/// A set of values of one issue: those open to everyone (the overlap), those
/// a party's demands allow, a run of excluded values.
public enum IssueOverlap: Hashable, Sendable {
    /// For an issue with named values: domain indexes, ascending.
    case values([Int])
    /// For a bool issue: `false` before `true`.
    case flags([Bool])
    /// For an integer issue: disjoint, ascending, merged intervals.
    case intervals([ClosedRange<Int64>])
}
