/// A what-if set against the baseline: what its changes resolve, leave and
/// create, and what they open up.
public struct WhatIfComparison: Sendable {
    /// The baseline's analysis.
    public var before: Analysis
    /// The what-if's analysis.
    public var after: WhatIfAnalysis
    /// Baseline conflicts that no longer arise.
    public var resolved: [Conflict]
    /// Conflicts of both.
    public var remaining: [Conflict]
    /// Conflicts that only the changed positions have.
    public var new: [Conflict]
    /// Per issue (declaration order), the values open to everyone after
    /// but not before.
    public var gained: [IssueOverlap]
    /// Per issue, the values open to everyone before but not after.
    public var lost: [IssueOverlap]

    /// Compares a what-if's analysis with the baseline's.
    public init(before: Analysis, after: WhatIfAnalysis) {
        self.before = before
        self.after = after
        let old = Set(before.conflicts)
        let current = Set(after.analysis.conflicts)
        resolved = before.conflicts.filter { !current.contains($0) }
        remaining = after.analysis.conflicts.filter { old.contains($0) }
        new = after.analysis.conflicts.filter { !old.contains($0) }
        gained = zip(after.analysis.overlap, before.overlap).map { $0.subtracting($1) }
        lost = zip(before.overlap, after.analysis.overlap).map { $0.subtracting($1) }
    }
}
