/// The fair focal points among the Pareto-optimal agreements.
public struct FocalPoints: Hashable, Sendable {
    /// The greatest sum of utilities.
    public var maxTotal: Compromise
    /// The greatest product of normalised utilities (Nash bargaining).
    public var nash: Compromise
    /// The greatest minimum normalised utility (egalitarian).
    public var egalitarian: Compromise
}
