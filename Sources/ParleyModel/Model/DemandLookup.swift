/// What a reference to a demand by name (`party.demand`, as a what-if's
/// `concede` or the command line's `--concede` writes it) resolves to. The
/// checker and the command line resolve references here, so that both
/// accept the same names and suggest the same ones.
public enum DemandLookup: Hashable, Sendable {
    /// The demand: its party's index and its index among the party's demands.
    case found(party: Int, demand: Int)
    /// No party of that name; the closest party name, if one is close.
    case unknownParty(suggestion: String?)
    /// The party has no demand of that name; the closest demand, if one is
    /// close.
    case unknownDemand(suggestion: DemandID?)

    /// Resolves `party.demand` among the positions.
    public static func resolve(party: String, demand: String, in parties: [Party]) -> DemandLookup {
        guard let p = parties.firstIndex(where: { $0.name == party }) else {
            return .unknownParty(suggestion: NameSuggestion.closest(to: party, among: parties.map(\.name)))
        }
        if let d = parties[p].demands.firstIndex(where: { $0.name == demand }) { return .found(party: p, demand: d) }
        let close = NameSuggestion.closest(to: demand, among: parties[p].demands.map(\.name))
        return .unknownDemand(suggestion: close.map { DemandID(party: party, name: $0) })
    }

    /// Resolves a qualified name `party.demand`. A reference that names no
    /// demand is suggested the closest qualified name of any party's demand.
    public static func resolve(qualified: String, in parties: [Party]) -> DemandLookup {
        let pieces = qualified.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if pieces.count == 2, case .found(let p, let d) = resolve(party: pieces[0], demand: pieces[1], in: parties) {
            return .found(party: p, demand: d)
        }
        let known = parties.flatMap { party in party.demands.map { DemandID(party: party.name, name: $0.name) } }
        let close = NameSuggestion.closest(to: qualified, among: known.map(\.qualifiedName))
        return .unknownDemand(suggestion: close.flatMap { name in known.first { $0.qualifiedName == name } })
    }
}
