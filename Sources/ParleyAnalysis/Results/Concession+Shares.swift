import ParleyModel

extension Concession {
    /// Each conceding party's share of the cost, in declaration order:
    /// the party's index and the sums of the low and high ends of the
    /// costs of its demands here (equal when no cost is a range).
    /// - Parameter parties: the positions the demands belong to.
    public func shares(among parties: [Party]) -> [(party: Int, cost: Int64, costMax: Int64)] {
        parties.enumerated().compactMap { index, party in
            var touched = false
            var total: Int64 = 0
            var totalMax: Int64 = 0
            for demand in party.demands {
                let id = DemandID(party: party.name, name: demand.name)
                if demands.contains(id) {
                    touched = true
                    total &+= demand.cost
                    totalMax &+= demand.costMax ?? demand.cost
                } else if let move = moves.first(where: { $0.demand == id }), demand.fallbacks.indices.contains(move.fallback - 1) {
                    touched = true
                    let step = demand.fallbacks[move.fallback - 1]
                    total &+= step.cost
                    totalMax &+= step.costMax ?? step.cost
                }
            }
            return touched ? (index, total, totalMax) : nil
        }
    }
}
