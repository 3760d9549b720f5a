import ParleyModel

/// How far one cost of a cheapest concession may rise before another
/// concession becomes strictly cheaper, and which one (a key of the
/// project's, docs/spec/project-extensions.md).
public struct TippingPoint: Hashable, Sendable {
    /// The cheapest concession.
    public var concession: Concession
    /// The demand whose cost rises: withdrawn (`fallback` nil) or settled
    /// at a fallback.
    public var demand: DemandID
    public var fallback: Int?
    /// Its cost now (the low end, when a range).
    public var cost: Int64
    /// The most it may cost with the concession still cheapest; nil when no
    /// other concession can take its place, whatever it costs.
    public var limit: Int64?
    /// The concession that is cheapest once the cost passes the limit.
    public var next: Concession?
}

/// The cheapest concession not of the minimal cost, and how much cheaper it
/// would have to be to become cheapest.
public struct RunnerUp: Hashable, Sendable {
    /// The concession.
    public var concession: Concession
    /// How far its cost must fall, in all, to tie the cheapest.
    public var mustFallBy: Int64
}
