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
    /// close (another party's demand of exactly that name first).
    case unknownDemand(suggestion: DemandID?)
    /// The party has a preference of that name: only demands are conceded.
    case preference

    /// Resolves `party.demand` among the positions.
    public static func resolve(party: String, demand: String, in parties: [Party]) -> DemandLookup {
        guard let p = parties.firstIndex(where: { $0.name == party }) else {
            return .unknownParty(suggestion: NameSuggestion.closest(to: party, among: parties.map(\.name)))
        }
        if let d = parties[p].demands.firstIndex(where: { $0.name == demand }) { return .found(party: p, demand: d) }
        if parties[p].preferences.contains(where: { $0.name == demand }) { return .preference }
        // The demand written under the wrong party: name the party that has it.
        if let owner = parties.first(where: { $0.demands.contains { $0.name == demand } }) {
            return .unknownDemand(suggestion: DemandID(party: owner.name, name: demand))
        }
        let close = NameSuggestion.closest(to: demand, among: parties[p].demands.map(\.name))
        return .unknownDemand(suggestion: close.map { DemandID(party: party, name: $0) })
    }

    /// Resolves a qualified name `party.demand`. A reference that names no
    /// demand is suggested the closest qualified name of any party's demand.
    public static func resolve(qualified: String, in parties: [Party]) -> DemandLookup {
        let pieces = qualified.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if pieces.count == 2 {
            let lookup = resolve(party: pieces[0], demand: pieces[1], in: parties)
            switch lookup {
            case .found, .preference: return lookup
            case .unknownDemand(let suggestion?) where suggestion.name == pieces[1]: return lookup
            default: break
            }
        }
        let known = parties.flatMap { party in party.demands.map { DemandID(party: party.name, name: $0.name) } }
        let close = NameSuggestion.closest(to: qualified, among: known.map(\.qualifiedName))
        return .unknownDemand(suggestion: close.flatMap { name in known.first { $0.qualifiedName == name } })
    }
}
