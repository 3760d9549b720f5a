import ParleyModel

/// A minimal set of demands that cannot all hold (a minimal unsatisfiable
/// subset): drop any one and the rest can.
public struct Conflict: Hashable, Comparable, Sendable {
    /// The demands, in code-point order of their qualified names.
    public var demands: [DemandID]

    /// A conflict of these demands (sorted here).
    public init(demands: [DemandID]) {
        self.demands = demands.sorted()
    }

    /// The report's order: smaller conflicts first, then by name list.
    public static func < (a: Conflict, b: Conflict) -> Bool {
        if a.demands.count != b.demands.count { return a.demands.count < b.demands.count }
        return a.demands.lexicographicallyPrecedes(b.demands)
    }
}
