/// One change of a what-if, resolved against the baseline parties.
public enum Change: Hashable, Sendable {
    /// Drop the demand `demand` (an index into the baseline party's demands).
    case concede(party: Int, demand: Int)
    /// Add a demand to the party, or replace the one of the same name.
    case demand(party: Int, Demand)
    /// Add a preference to the party, or replace the one of the same name.
    case preference(party: Int, Preference)

    /// The party the change is about.
    public var party: Int {
        switch self {
        case .concede(let p, _), .demand(let p, _), .preference(let p, _): p
        }
    }

    /// The change as the report lists it: `concede p.x`, `demand p.x cost 2: ...`,
    /// `prefer p.y weight 3: ...`, without the source; cost and weight only
    /// when not the default.
    public func text(in scenario: Scenario) -> String {
        let partyName = scenario.parties[party].name
        switch self {
        case .concede(_, let demand):
            return "concede \(partyName).\(scenario.parties[party].demands[demand].name)"
        case .demand(_, let d):
            let cost = d.cost == 1 ? "" : " cost \(d.cost)"
            return "demand \(partyName).\(d.name)\(cost): \(d.expression)"
        case .preference(_, let p):
            let weight = p.weight == 1 ? "" : " weight \(p.weight)"
            return "prefer \(partyName).\(p.name)\(weight): \(p.expression)"
        }
    }
}
