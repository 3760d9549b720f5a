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
    /// What conceding it costs.
    var cost: Int64
    /// Its condition, over the session's issues.
    var condition: Condition

    /// Every demand of the positions, party by party in declaration order.
    static func all(of parties: [Party]) -> [PositionDemand] {
        parties.enumerated().flatMap { p, party in
            party.demands.map { PositionDemand(id: DemandID(party: party.name, name: $0.name), party: p, cost: $0.cost, condition: $0.condition) }
        }
    }
}
