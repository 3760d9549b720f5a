/// `explain` for a whole issue: the values asked about, each explained,
/// and, for an integer issue too wide to take value by value, the values
/// open to everyone and the runs of excluded values.
public struct IssueExplanation: Sendable {
    /// The issue's index in the scenario.
    public var issue: Int
    /// One explanation per value asked about, in order.
    public var values: [ValueExplanation]
    /// For a wide integer issue: the values open to everyone (nil when no
    /// agreement exists, or when every value is explained).
    public var open: IssueOverlap?
    /// For a wide integer issue when no agreement exists: the values every
    /// consistent party's own demands admit (the common ground).
    public var common: IssueOverlap?
    /// For a wide integer issue: the runs of values outside the overlap
    /// (outside the common ground when no agreement exists);
    /// `values` then holds one open value and the first value of each run.
    public var excludedRuns: [Exclusion]
    /// Whether `values` is a sample (one value per run) rather than every
    /// value of the issue.
    public var sampled: Bool
    /// What was cut while finding the open values and the runs (each
    /// value's own cuts are in its explanation).
    public var incomplete: [Incompleteness]

    /// An explanation of the given values only.
    public init(issue: Int, values: [ValueExplanation]) {
        self.issue = issue
        self.values = values
        open = nil
        common = nil
        excludedRuns = []
        sampled = false
        incomplete = []
    }
}
