import ParleyModel

/// Conflicts linked through shared demands, with every way to settle them.
public struct Dispute: Hashable, Sendable {
    /// Indexes into the analysis' conflicts, ascending.
    public var conflicts: [Int]
    /// The union of their demands, in code-point order.
    public var demands: [DemandID]
    /// The issues those demands mention, in code-point order of their names.
    public var issues: [String]
    /// Every minimal concession over the dispute's own demands that makes
    /// them compatible (without fallbacks: every minimal set hitting every
    /// conflict of the dispute), cheapest first.
    public var concessions: [Concession]
    /// For each of its demands that is one threshold, how far that alone
    /// must move to resolve the dispute; nil when a limit cut it.
    public var shifts: [Shift]? = []
}
