import ParleyModel

/// A fallback that is not (or could not be proven) weaker than the step
/// before it: reported at its `fallback` word before any result.
public struct LadderProblem: Hashable, Sendable {
    /// The demand, by name.
    public var demand: DemandID
    /// Which fallback, from 1.
    public var level: Int
    /// Where the step is written (it starts at its `fallback` word).
    public var range: SourceRange
    /// True when time ran out before the step was proven either way; false
    /// when the step was proven not weaker.
    public var unproven: Bool
}
