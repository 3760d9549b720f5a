import ParleyModel

/// One demand as the analysis sees it: who holds it, what it costs to
/// concede, and its condition. A session is built for a list of these, so
/// that any set of demands (a party's, one demand's) can be analysed on its
/// own without dressing it up as parties.
struct PositionDemand {
    /// The demand's identity.
    var id: DemandID
    /// Its party's index in the positions.
    var party: Int
    /// What withdrawing it costs (the low end of a range).
    var cost: Int64
    /// The high end of the withdrawal cost (`cost` for a point cost).
    var costMax: Int64
    /// Whether the withdrawal cost was written as a range (`cost 3..3` is one).
    var costIsRange = false
    /// Its condition, over the session's issues.
    var condition: Condition
    /// Its fallback ladder, the first step first.
    var fallbacks: [Fallback] = []
    /// Its stated condition's threshold, when it is one.
    var threshold: Threshold?

    /// Every demand of the positions, party by party in declaration order.
    static func all(of parties: [Party]) -> [PositionDemand] {
        parties.enumerated().flatMap { p, party in
            party.demands.map {
                PositionDemand(
                    id: DemandID(party: party.name, name: $0.name), party: p, cost: $0.cost, costMax: $0.costMax ?? $0.cost,
                    costIsRange: $0.costMax != nil, condition: $0.condition, fallbacks: $0.fallbacks, threshold: $0.threshold)
            }
        }
    }

    /// The condition of a level: 0 the stated one, k the k-th fallback's.
    func condition(atLevel level: Int) -> Condition {
        level == 0 ? condition : fallbacks[level - 1].condition
    }

    /// What settling at a level costs, low and high ends: a fallback's
    /// cost, or, past the last level, the withdrawal cost.
    func cost(atLevel level: Int) -> (low: Int64, high: Int64) {
        level <= fallbacks.count ? (fallbacks[level - 1].cost, fallbacks[level - 1].costMax ?? fallbacks[level - 1].cost) : (cost, costMax)
    }

    /// Whether its cost or a fallback's is a range.
    var hasCostRange: Bool { costIsRange || fallbacks.contains { $0.costMax != nil } }
}
