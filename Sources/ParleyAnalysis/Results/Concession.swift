import ParleyModel

/// A minimal concession: the demands withdrawn and, when the positions have
/// fallback ladders, the demands settled at a fallback (a minimal level
/// assignment, extensions-1.1 part B), with what it costs.
public struct Concession: Hashable, Comparable, Sendable {
    /// The demands withdrawn, in code-point order of their qualified names.
    public var demands: [DemandID]
    /// The demands settled at a fallback, by name.
    public var moves: [FallbackMove]
    /// The sum of the costs: each withdrawn demand's cost and each move's
    /// step cost (the low ends, when costs are ranges).
    public var cost: Int64

    /// A concession withdrawing these demands and making these moves (both
    /// sorted here) at this cost.
    public init(demands: [DemandID], moves: [FallbackMove] = [], cost: Int64) {
        self.demands = demands.sorted()
        self.moves = moves.sorted()
        self.cost = cost
    }

    /// How the report names what it touches: `p.d` for a demand withdrawn,
    /// `p.d@K` for one settled at fallback K, in code-point order.
    public var tags: [String] {
        (demands.map(\.qualifiedName) + moves.map(\.tag)).sorted(by: codePointOrder)
    }

    /// The report's order: cheapest first, then fewer demands touched, then
    /// by the list of tags.
    public static func < (a: Concession, b: Concession) -> Bool {
        if a.cost != b.cost { return a.cost < b.cost }
        let touchedA = a.demands.count + a.moves.count, touchedB = b.demands.count + b.moves.count
        if touchedA != touchedB { return touchedA < touchedB }
        if a.moves.isEmpty && b.moves.isEmpty { return a.demands.lexicographicallyPrecedes(b.demands) }
        return a.tags.lexicographicallyPrecedes(b.tags, by: codePointOrder)
    }
}

/// A demand settled at one of its fallbacks.
public struct FallbackMove: Hashable, Comparable, Sendable {
    /// The demand.
    public var demand: DemandID
    /// Which fallback, from 1.
    public var fallback: Int

    /// A move of a demand to its fallback.
    public init(demand: DemandID, fallback: Int) {
        self.demand = demand
        self.fallback = fallback
    }

    /// `p.d@K`.
    public var tag: String { "\(demand.qualifiedName)@\(fallback)" }

    /// By demand, then fallback.
    public static func < (a: FallbackMove, b: FallbackMove) -> Bool {
        a.demand != b.demand ? a.demand < b.demand : a.fallback < b.fallback
    }
}
