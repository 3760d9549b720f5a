import ParleyAnalysis
import ParleyModel

/// Lays out the answers of `parley explain`: for each value asked about,
/// whether it can be part of an agreement meeting every demand, with one
/// such agreement, or every minimal set of demands that rules it out.
public enum ExplanationComposer {
    /// The document for one issue's values.
    public static func compose(_ scenario: Scenario, file: String, explanation: IssueExplanation) -> ReportDocument {
        let theIssue = scenario.issues[explanation.issue]
        var blocks: [Block] = []
        if explanation.sampled {
            let open = explanation.open.map { "Values open to everyone: \(Phrasing.values($0, of: theIssue))." }
                ?? explanation.common.map { "No agreement meets every demand; the common ground (what every party's own demands admit) is \(Phrasing.values($0, of: theIssue))." }
                ?? "No value is open to everyone."
            let runs = explanation.excludedRuns.map { Phrasing.values($0.values, of: theIssue) }
            blocks.append(.paragraph(open + " " + (runs.isEmpty
                ? "No value is excluded."
                : "Excluded runs: \(runs.joined(separator: ", ")); each is explained by its first value (give \(theIssue.name)=VALUE for another).")))
            if let note = Phrasing.incompleteness(explanation.incomplete) { blocks.append(.note(note)) }
        }
        for value in explanation.values {
            blocks += valueBlocks(value, scenario: scenario, file: file)
        }
        let label = theIssue.label.map { " (\($0))" } ?? ""
        return ReportDocument(title: "Explain \(theIssue.name)\(label): \(scenario.title ?? file)", blocks: blocks)
    }

    /// One value's explanation: its heading, the verdict, the minimal sets
    /// ruling it out with their sources, and each party on its own.
    static func valueBlocks(_ explanation: ValueExplanation, scenario: Scenario, file: String) -> [Block] {
        let theIssue = scenario.issues[explanation.issue]
        let value = theIssue.domain.valueText(explanation.value)
        var blocks: [Block] = [.subheading("\(theIssue.name) = \(value)")]
        switch explanation.possible {
        case true?:
            let example = explanation.example.map { ": for example \(Phrasing.agreement($0, issues: scenario.issues))" } ?? ""
            blocks.append(.verdict("Possible: some agreement meeting every demand has \(theIssue.name) = \(value)\(example).", favourable: true))
        case false?:
            let sets = explanation.excludedBy
            if sets.isEmpty {
                blocks.append(.verdict("Impossible, but not because of this value: the demands conflict whatever \(theIssue.name) is.", favourable: false))
            } else {
                blocks.append(.verdict("Impossible: \(Phrasing.plural(sets.count, "minimal set")) of demands rule\(sets.count == 1 ? "s" : "") it out.", favourable: false))
                blocks.append(.list(sets.map { set in
                    ReportComposer.conflictItem(set, parties: scenario.parties, issues: scenario.issues) { _ in
                        Phrasing.names(set.demands, separator: " with ")
                    }
                }))
            }
        case nil:
            blocks.append(.verdict("Unknown: the analysis was cut before it could tell.", favourable: false))
        }
        if explanation.possible != true, let excluding = explanation.excludingParties {
            let parties = scenario.parties
            let admitting = parties.indices.filter { !excluding.contains($0) }
            var sentence = "Each party on its own: "
            if excluding.isEmpty && explanation.excludedBy.isEmpty {
                sentence += "every party's demands admit \(theIssue.name) = \(value): it is common ground, and what blocks a deal lies elsewhere."
            } else if excluding.isEmpty {
                sentence += "every party's demands admit \(theIssue.name) = \(value); only demands of several parties together rule it out."
            } else {
                sentence += "\(Phrasing.series(excluding.map { Phrasing.party(parties[$0]) }))'s demands rule it out"
                sentence += admitting.isEmpty ? "." : "; \(Phrasing.series(admitting.map { Phrasing.party(parties[$0]) }))'s admit it."
            }
            blocks.append(.paragraph(sentence))
        }
        if let note = Phrasing.incompleteness(explanation.incomplete) { blocks.append(.note(note)) }
        return blocks
    }
}
