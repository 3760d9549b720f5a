extension Scenario {
    /// The parties' positions once a what-if's changes are applied to the
    /// baseline, in written order: a conceded demand is gone, a replaced item
    /// keeps its place, an added one comes last in its party.
    public func positions(applying whatIf: WhatIf) -> [Party] {
        var result = parties
        var conceded = Array(repeating: Set<String>(), count: parties.count)
        for change in whatIf.changes {
            switch change {
            case .concede(let p, let d): conceded[p].insert(parties[p].demands[d].name)
            case .demand(let p, let demand): result[p].demands.replaceOrAppend(demand)
            case .preference(let p, let preference): result[p].preferences.replaceOrAppend(preference)
            }
        }
        for p in result.indices where !conceded[p].isEmpty {
            result[p].demands.removeAll { conceded[p].contains($0.name) }
        }
        return result
    }
}
