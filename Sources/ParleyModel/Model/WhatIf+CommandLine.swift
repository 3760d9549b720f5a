extension WhatIf {
    /// The name of the ad-hoc what-if the command line's `--concede`
    /// options make; no what-if in a file may take it.
    public static let commandLineName = "cli"

    /// The command line's what-if: conceding each named demand once, in
    /// the order given, starting from the baseline or from the what-if
    /// named `extending`.
    /// - Throws: ``UnknownDemandReference`` for the first name that is not
    ///   a demand of the positions it starts from.
    public static func commandLine(
        conceding qualified: [String], extending base: String? = nil, in scenario: Scenario
    ) throws -> WhatIf {
        let start = base.flatMap { name in scenario.whatIfs.first { $0.name == name } }.map(scenario.positions(applying:)) ?? scenario.parties
        var changes: [Change] = []
        for name in qualified {
            switch DemandLookup.resolve(qualified: name, in: start) {
            case .found(let p, let d):
                let change = Change.concede(party: p, demand: start[p].demands[d].name)
                if !changes.contains(change) { changes.append(change) }
            case .unknownDemand(let suggestion):
                throw UnknownDemandReference(reference: name, suggestion: suggestion)
            case .unknownParty:
                throw UnknownDemandReference(reference: name, suggestion: nil)
            }
        }
        return WhatIf(name: commandLineName, label: nil, extends: base, changes: changes, range: SourceRange(start: 0, end: 0))
    }
}
/// A `--concede` name that is not a demand of the scenario.
public struct UnknownDemandReference: Error, Sendable {
    /// The name as given.
    public var reference: String
    /// The closest demand, if one is close.
    public var suggestion: DemandID?
}
