/// One change of a what-if, resolved against the baseline parties.
public enum Change: Hashable, Sendable {
    /// Drop the party's demand of that name (of the positions the what-if
    /// starts from), or, with a level K, settle it at its fallback K.
    case concede(party: Int, demand: String, level: Int?)
    /// Add a demand to the party, or replace the one of the same name.
    case demand(party: Int, Demand)
    /// Add a preference to the party, or replace the one of the same name.
    case preference(party: Int, Preference)

    /// The party the change is about.
    public var party: Int {
        switch self {
        case .concede(let p, _, _), .demand(let p, _), .preference(let p, _): p
        }
    }

    /// The change as the report lists it: `concede p.x`, `demand p.x cost 2: ...`,
    /// `prefer p.y weight 3: ...`, without the source; cost and weight only
    /// when not the default.
    public func text(in scenario: Scenario) -> String {
        let partyName = scenario.parties[party].name
        switch self {
        case .concede(_, let demand, let level):
            return "concede \(partyName).\(demand)" + (level.map { "@\($0)" } ?? "")
        case .demand(_, let d):
            return itemText("demand", partyName, d, amount: Demand.costText(d.cost, d.costMax, default: 1))
                + d.fallbacks.map { " " + $0.text }.joined()
        case .preference(_, let p):
            return itemText("prefer", partyName, p, amount: p.weight == 1 ? "" : " weight \(p.weight)")
        }
    }

    private func itemText(_ keyword: String, _ party: String, _ item: some PositionItem, amount: String) -> String {
        "\(keyword) \(party).\(item.name)\(amount): \(item.expression)"
    }
}
