/// An agreement with every party's utility for it: an entry of `best`, a
/// focal point, or part of a deal price.
public struct Compromise: Hashable, Sendable {
    /// Each issue's value (domain index, 0/1 or integer).
    public var agreement: [Int64]
    /// Each party's utility, in declaration order.
    public var utilities: [Int64]
}

/// The fair focal points among the Pareto-optimal agreements.
public struct FocalPoints: Hashable, Sendable {
    /// The greatest sum of utilities.
    public var maxTotal: Compromise
    /// The greatest product of normalised utilities (Nash bargaining).
    public var nash: Compromise
    /// The greatest minimum normalised utility (egalitarian).
    public var egalitarian: Compromise
}

/// The best compromises left once a cheapest concession set is conceded.
public struct DealPrice: Hashable, Sendable {
    /// The concession set.
    public var concession: Concession
    /// The Pareto-optimal agreements of the remaining positions.
    public var best: [Compromise]
    /// Their focal points (nil when the front was cut short of any entry).
    public var focal: FocalPoints?
}
