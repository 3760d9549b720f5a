import ParleyAnalysis
import ParleyModel

/// Lays out the answers of `parley explain`: for each value asked about,
/// whether it can be part of an agreement meeting every demand, with one
/// such agreement, or every minimal set of demands that rules it out.
public enum ExplanationComposer {
    /// The document for one issue's values.
    /// - Parameters:
    ///   - explanations: one per value asked about, in order.
    ///   - remark: a sentence about what was asked (nil: none).
    public static func compose(_ scenario: Scenario, file: String, issue: Int, explanations: [ValueExplanation], remark: String?) -> ReportDocument {
        let theIssue = scenario.issues[issue]
        var blocks: [Block] = []
        if let remark { blocks.append(.paragraph(remark)) }
        for explanation in explanations {
            let value = Phrasing.value(explanation.value, of: theIssue)
            blocks.append(.subheading("\(theIssue.name) = \(value)"))
            switch explanation.possible {
            case true?:
                let example = explanation.example.map { ": for example \(Phrasing.agreement($0, issues: scenario.issues))" } ?? ""
                blocks.append(.verdict("Possible: some agreement meeting every demand has \(theIssue.name) = \(value)\(example).", favourable: true))
            case false?:
                let sets = explanation.excludedBy
                if sets.isEmpty {
                    blocks.append(.verdict("Impossible, but not because of this value: the demands conflict whatever \(theIssue.name) is (see `parley report \(file)`).", favourable: false))
                } else {
                    blocks.append(.verdict("Impossible: \(Phrasing.plural(sets.count, "minimal set")) of demands rule\(sets.count == 1 ? "s" : "") it out.", favourable: false))
                    blocks.append(.list(sets.map { set in
                        var item = ReportComposer.conflictItem(set, parties: scenario.parties, issues: scenario.issues)
                        item.text = set.demands.joined(separator: " with ")
                        return item
                    }))
                }
            case nil:
                blocks.append(.verdict("Unknown: the analysis was cut before it could tell.", favourable: false))
            }
            if let note = Phrasing.incompleteness(explanation.incomplete) { blocks.append(.note(note)) }
        }
        let label = theIssue.label.map { " (\($0))" } ?? ""
        return ReportDocument(title: "Explain \(theIssue.name)\(label): \(scenario.title ?? file)", blocks: blocks)
    }
}
