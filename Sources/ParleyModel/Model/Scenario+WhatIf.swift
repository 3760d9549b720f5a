extension Scenario {
    /// The parties' positions once a what-if's changes are applied, in
    /// written order, to the positions it starts from: the baseline, or
    /// those of the what-if it extends (with that one's own base first, and
    /// so on). A conceded demand is gone, a replaced item keeps its place,
    /// an added one (a demand a base conceded included) comes last in its
    /// party. Every `utility(p)` sums the preferences p holds in the
    /// positions returned.
    public func positions(applying whatIf: WhatIf) -> [Party] {
        chain(of: whatIf).reduce(parties) { Scenario.applying($1.changes, to: $0) }
    }

    /// The what-if and those it builds on, the first one (which starts from
    /// the baseline) first. The checker guarantees the chain ends.
    public func chain(of whatIf: WhatIf) -> [WhatIf] {
        var chain = [whatIf]
        while let base = chain[chain.count - 1].extends, let next = whatIfs.first(where: { $0.name == base }),
              chain.count <= whatIfs.count {
            chain.append(next)
        }
        return chain.reversed()
    }

    /// Positions after one what-if's own changes, in written order.
    public static func applying(_ changes: [Change], to start: [Party]) -> [Party] {
        var result = start
        var conceded = Array(repeating: Set<String>(), count: start.count)
        for change in changes {
            switch change {
            case .concede(let p, let name, nil): conceded[p].insert(name)
            case .concede(let p, let name, let level?):
                if let d = result[p].demands.firstIndex(where: { $0.name == name }) { result[p].demands[d].settle(at: level) }
            case .demand(let p, let demand): result[p].demands.replaceOrAppend(demand)
            case .preference(let p, let preference): result[p].preferences.replaceOrAppend(preference)
            }
        }
        for p in result.indices where !conceded[p].isEmpty {
            result[p].demands.removeAll { conceded[p].contains($0.name) }
        }
        return result.bindingUtilities()
    }
}

extension Demand {
    /// Settles the demand at its fallback `level` (1-based, within the
    /// ladder): its condition becomes that step's, and the steps after it
    /// stay its fallbacks. Its withdrawal cost is unchanged.
    mutating func settle(at level: Int) {
        guard fallbacks.indices.contains(level - 1) else { return }
        let step = fallbacks[level - 1]
        condition = step.condition
        expression = step.expression
        source = step.source ?? source
        threshold = step.threshold
        fallbacks = Array(fallbacks[level...])
    }
}
