import ParleyModel

/// A minimal concession: the demands withdrawn and, when the positions have
/// fallback ladders, the demands settled at a fallback (a minimal level
/// assignment, extensions-1.1 part B), with what it costs.
///
/// Two concessions are equal when they concede the same at the same cost:
/// whether one is possibly or necessarily the cheapest of its list is a
/// judgement about it (extensions-1.1 part C), not part of what it is, and
/// is left out of equality and hashing.
public struct Concession: Hashable, Comparable, Sendable {
    /// The demands withdrawn, in code-point order of their qualified names.
    public var demands: [DemandID]
    /// The demands settled at a fallback, by name.
    public var moves: [FallbackMove]
    /// The sum of the costs: each withdrawn demand's cost and each move's
    /// step cost (the low ends, when costs are ranges).
    public var cost: Int64
    /// The sum of the high ends of the costs (`cost` when none is a range).
    public var costMax: Int64
    /// Whether it is the cheapest of its list for some costs within the
    /// ranges, against each other one; nil when the list was cut.
    public var possiblyCheapest: Bool?
    /// Whether it is the cheapest of its list whatever the costs within
    /// the ranges, against each other one; nil when the list was cut.
    public var necessarilyCheapest: Bool?

    /// A concession withdrawing these demands and making these moves (both
    /// sorted here) at this cost (and, for ranges, this sum of high ends).
    public init(demands: [DemandID], moves: [FallbackMove] = [], cost: Int64, costMax: Int64? = nil) {
        self.demands = demands.sorted()
        self.moves = moves.sorted()
        self.cost = cost
        self.costMax = costMax ?? cost
    }

    public static func == (a: Concession, b: Concession) -> Bool {
        a.demands == b.demands && a.moves == b.moves && a.cost == b.cost && a.costMax == b.costMax
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(demands)
        hasher.combine(moves)
        hasher.combine(cost)
        hasher.combine(costMax)
    }

    /// How the report names what it touches: `p.d` for a demand withdrawn,
    /// `p.d@K` for one settled at fallback K, in code-point order.
    public var tags: [String] {
        (demands.map(\.qualifiedName) + moves.map(\.tag)).sorted(by: codePointOrder)
    }

    /// The report's order: cheapest first (by the low ends, then the high
    /// ends), then fewer demands touched, then by the list of tags.
    public static func < (a: Concession, b: Concession) -> Bool {
        if a.cost != b.cost { return a.cost < b.cost }
        if a.costMax != b.costMax { return a.costMax < b.costMax }
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
