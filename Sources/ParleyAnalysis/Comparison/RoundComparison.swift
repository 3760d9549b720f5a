import ParleyModel

/// Compares two analysed scenarios, the rounds of one negotiation, as
/// `parley diff` reports them: what the files say differently, and what
/// that does to the analysis of their baselines. Matching is by name: a
/// renamed demand is one removed and one added.
public enum RoundComparison {
    /// The difference between an older and a newer round.
    public static func compare(_ old: ScenarioAnalysis, _ new: ScenarioAnalysis) -> ScenarioDiff {
        let o = old.scenario, n = new.scenario
        let oldIssues = Dictionary(o.issues.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let newIssues = Set(n.issues.map(\.name))
        let oldItems = items(of: o), newItems = items(of: n)
        let oldByName = Dictionary(oldItems.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newByName = Dictionary(newItems.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func sameKind(_ a: Item?, _ b: Item?) -> Bool { a != nil && b != nil && a!.isDemand == b!.isDemand }
        let oldConflicts = Set(old.analysis.conflicts), newConflicts = Set(new.analysis.conflicts)
        return ScenarioDiff(
            old: .init(file: old.file, title: o.title), new: .init(file: new.file, title: n.title),
            addedIssues: n.issues.map(\.name).filter { oldIssues[$0] == nil },
            removedIssues: o.issues.map(\.name).filter { !newIssues.contains($0) },
            changedIssues: n.issues.filter { issue in oldIssues[issue.name].map { $0.domain != issue.domain } ?? false }.map(\.name),
            addedItems: newItems.filter { !sameKind($0, oldByName[$0.id]) }.map(\.id),
            removedItems: oldItems.filter { !sameKind($0, newByName[$0.id]) }.map(\.id),
            changedItems: newItems.compactMap { item in
                guard let before = oldByName[item.id], sameKind(before, item), before.signature != item.signature else { return nil }
                return ScenarioDiff.ChangedItem(id: item.id, isDemand: item.isDemand, old: before.text, new: item.text)
            },
            feasible: .init(old: old.analysis.feasible, new: new.analysis.feasible),
            agreements: .init(old: old.analysis.agreements, new: new.analysis.agreements),
            addedConflicts: new.analysis.conflicts.filter { !oldConflicts.contains($0) },
            removedConflicts: old.analysis.conflicts.filter { !newConflicts.contains($0) },
            keptConflicts: new.analysis.conflicts.filter { oldConflicts.contains($0) }.count,
            cheapest: .init(old: cheapest(old.analysis), new: cheapest(new.analysis)),
            overlap: changes(o, old.analysis.overlap, n, new.analysis.overlap),
            common: changes(o, old.analysis.common, n, new.analysis.common),
            oldAnalysis: old.analysis, newAnalysis: new.analysis, oldScenario: o, newScenario: n)
    }

    /// A position item as rounds compare it: its name, kind, and what a
    /// change means (the canonical expression, its cost or weight, and its
    /// fallback ladder; a source alone is no change).
    private struct Item {
        var id: DemandID
        var isDemand: Bool
        var signature: String
        var text: String
    }

    private static func items(of scenario: Scenario) -> [Item] {
        scenario.parties.flatMap { party in
            party.demands.map { d in
                // The canonical text: cost or range, condition and fallback ladder.
                let text = "demand \(party.name).\(d.name)\(Demand.costText(d.cost, d.costMax, default: 1)): \(d.expression)"
                    + d.fallbacks.map { " " + $0.text }.joined()
                return Item(id: DemandID(party: party.name, name: d.name), isDemand: true, signature: text, text: text)
            } + party.preferences.map { p in
                let text = "prefer \(party.name).\(p.name)\(p.weight == 1 ? "" : " weight \(p.weight)"): \(p.expression)"
                return Item(id: DemandID(party: party.name, name: p.name), isDemand: false, signature: text, text: text)
            }
        }
    }

    /// The cost of the cheapest concession: 0 when feasible, nil when that
    /// is unknown.
    public static func cheapest(_ analysis: Analysis) -> Int64? {
        switch analysis.feasible {
        case true?: return 0
        case false?: return analysis.concessions.first?.cost
        case nil: return nil
        }
    }

    /// The issues in both rounds whose sets differ. Sets of two rounds are
    /// compared by what they mean (value names, flags, intervals), since an
    /// issue's domain may have changed in between.
    private static func changes(_ o: Scenario, _ old: [IssueOverlap]?, _ n: Scenario, _ new: [IssueOverlap]?) -> [ScenarioDiff.IssueChange] {
        n.issues.enumerated().compactMap { j, issue in
            guard let i = o.issues.firstIndex(where: { $0.name == issue.name }) else { return nil }
            let before = old?[i], after = new?[j]
            guard meaning(before, o.issues[i]) != meaning(after, issue) else { return nil }
            return ScenarioDiff.IssueChange(issue: issue.name, old: before, new: after)
        }
    }

    /// A set of values as text that means the same in any round.
    static func meaning(_ set: IssueOverlap?, _ issue: Issue) -> String {
        guard let set else { return "cut" }
        switch set {
        case .values(let list): return "names:" + list.map { issue.domain.valueText(Int64($0)) }.sorted().joined(separator: ",")
        case .flags(let list): return "flags:" + list.map { $0 ? "true" : "false" }.joined(separator: ",")
        case .intervals(let list): return "ints:" + list.map { "\($0.lowerBound)..\($0.upperBound)" }.joined(separator: ",")
        }
    }
}
