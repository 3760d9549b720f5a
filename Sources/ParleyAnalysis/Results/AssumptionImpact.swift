import ParleyModel

/// What the analysis would say without one demand whose source is an
/// assumption (`source "assumption: ..."`): the conclusions that rest on it.
public struct AssumptionImpact: Hashable, Sendable {
    /// The demand taken away.
    public var demand: DemandID
    /// Whether an agreement would meet every other demand (nil: cut).
    public var feasible: Bool?
    /// How many conflicts would remain.
    public var conflicts: Int
    /// The cost of the cheapest concession then (0 when feasible; nil when
    /// unknown or cut).
    public var cheapest: Int64?
    /// The high end of that cost when costs are ranges (equal to
    /// `cheapest` for point costs).
    public var cheapestMax: Int64?
    /// Whether a limit cut this analysis.
    public var cut: Bool
}
