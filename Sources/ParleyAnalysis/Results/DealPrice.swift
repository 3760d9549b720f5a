/// The best compromises left once a cheapest concession set is conceded.
public struct DealPrice: Hashable, Sendable {
    /// The concession set.
    public var concession: Concession
    /// The Pareto-optimal agreements of the remaining positions.
    public var best: [Compromise]
    /// Their focal points (nil when the front was cut short of any entry).
    public var focal: FocalPoints?
}
