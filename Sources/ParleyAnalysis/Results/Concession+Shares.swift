import ParleyModel

extension Concession {
    /// Each conceding party's share of the cost, in declaration order:
    /// the party's index and the sum of the costs of its demands here.
    /// - Parameter parties: the positions the demands belong to.
    public func shares(among parties: [Party]) -> [(party: Int, cost: Int64)] {
        parties.enumerated().compactMap { index, party in
            let own = party.demands.filter { demands.contains(DemandID(party: party.name, name: $0.name)) }
            return own.isEmpty ? nil : (index, own.reduce(Int64(0)) { $0 &+ $1.cost })
        }
    }
}
