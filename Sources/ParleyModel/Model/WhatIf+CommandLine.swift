extension WhatIf {
    /// The name of the ad-hoc what-if the command line's `--concede`
    /// options make; no what-if in a file may take it.
    public static let commandLineName = "cli"

    /// The command line's what-if: conceding each named demand once, in
    /// the order given.
    /// - Throws: ``UnknownDemandReference`` for the first name that is not
    ///   a demand of the baseline.
    public static func commandLine(conceding qualified: [String], in scenario: Scenario) throws(UnknownDemandReference) -> WhatIf {
        var changes: [Change] = []
        for name in qualified {
            switch DemandLookup.resolve(qualified: name, in: scenario.parties) {
            case .found(let p, let d):
                if !changes.contains(.concede(party: p, demand: d)) { changes.append(.concede(party: p, demand: d)) }
            case .unknownDemand(let suggestion):
                throw UnknownDemandReference(reference: name, suggestion: suggestion)
            case .unknownParty:
                throw UnknownDemandReference(reference: name, suggestion: nil)
            }
        }
        return WhatIf(name: commandLineName, label: nil, changes: changes, range: SourceRange(start: 0, end: 0))
    }
}
/// A `--concede` name that is not a demand of the scenario.
public struct UnknownDemandReference: Error, Sendable {
    /// The name as given.
    public var reference: String
    /// The closest demand, if one is close.
    public var suggestion: DemandID?
}
