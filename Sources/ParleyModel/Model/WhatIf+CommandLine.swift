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
        for written in qualified {
            // `p.d@K` settles the demand at its fallback K.
            let pieces = written.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = pieces[0]
            var level: Int?
            if pieces.count == 2 {
                guard let k = Int(pieces[1]) else { throw UnknownDemandReference(reference: written, suggestion: nil, problem: "@\(pieces[1]) is not a fallback number") }
                level = k
            }
            switch DemandLookup.resolve(qualified: name, in: start) {
            case .found(let p, let d):
                let demand = start[p].demands[d]
                if let level, !demand.fallbacks.indices.contains(level - 1) {
                    throw UnknownDemandReference(
                        reference: written, suggestion: nil, problem: DiagnosticKind.noSuchFallback(name, level: Int64(level), count: demand.fallbacks.count).message)
                }
                let change = Change.concede(party: p, demand: demand.name, level: level)
                if !changes.contains(change) { changes.append(change) }
            case .unknownDemand(let suggestion):
                throw UnknownDemandReference(reference: written, suggestion: suggestion)
            case .preference:
                throw UnknownDemandReference(reference: written, suggestion: nil, problem: DiagnosticKind.concedePreference(name).message)
            case .unknownParty:
                throw UnknownDemandReference(reference: written, suggestion: nil)
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
    /// What is wrong when the demand exists (a fallback number past its
    /// ladder); nil when the name is unknown.
    public var problem: String?

    /// A reference that names no demand, or whose fallback number is wrong.
    public init(reference: String, suggestion: DemandID?, problem: String? = nil) {
        self.reference = reference
        self.suggestion = suggestion
        self.problem = problem
    }
}
