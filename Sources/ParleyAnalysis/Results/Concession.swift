import ParleyModel

/// A minimal set of demands whose withdrawal lets the rest hold (a minimal
/// correction set), with the sum of their costs.
public struct Concession: Hashable, Comparable, Sendable {
    /// The demands withdrawn, in code-point order of their qualified names.
    public var demands: [DemandID]
    /// The sum of the demands' costs.
    public var cost: Int64

    /// A concession of these demands (sorted here) at this cost.
    public init(demands: [DemandID], cost: Int64) {
        self.demands = demands.sorted()
        self.cost = cost
    }

    /// The report's order: cheapest first, then fewer demands, then by name
    /// list.
    public static func < (a: Concession, b: Concession) -> Bool {
        if a.cost != b.cost { return a.cost < b.cost }
        if a.demands.count != b.demands.count { return a.demands.count < b.demands.count }
        return a.demands.lexicographicallyPrecedes(b.demands)
    }
}
