import ParleyAnalysis
import ParleyModel

/// `parley explain --format json`: the explanation as one JSON document of
/// the project's (`parley-explain/1`, docs/spec/project-extensions.md), in
/// the report's layout and value formats.
public enum ExplanationJSON {
    /// The explanation of one issue's values, ending in a newline.
    public static func render(_ scenario: Scenario, file: String, explanation: IssueExplanation) -> String {
        let out = JSONWriter()
        let issues = scenario.issues
        let issue = issues[explanation.issue]
        out.object {
            out.key("schema") { out.string("parley-explain/1") }
            out.key("file") { out.string(file) }
            out.key("issue") { out.string(issue.name) }
            out.key("sampled") { out.bool(explanation.sampled) }
            if let open = explanation.open { out.key("open") { JSONReport.values(open, of: issue, into: out) } }
            if let common = explanation.common { out.key("common") { JSONReport.values(common, of: issue, into: out) } }
            out.key("excludedRuns") {
                out.array(explanation.excludedRuns) { run in
                    out.object {
                        out.key("values") { JSONReport.values(run.values, of: issue, into: out) }
                        out.key("demands") { out.array(run.demands) { out.string($0.qualifiedName) } }
                    }
                }
            }
            out.key("values") {
                out.array(explanation.values) { entry in
                    out.object {
                        out.key("value") { value(entry.value, of: issue, into: out) }
                        out.key("possible") { out.bool(entry.possible) }
                        out.key("example") {
                            guard let example = entry.example else { return out.raw("null") }
                            out.object { for (i, v) in zip(issues, example) { out.key(i.name) { value(v, of: i, into: out) } } }
                        }
                        out.key("excludedBy") {
                            out.array(entry.excludedBy) { conflict in out.array(conflict.demands) { out.string($0.qualifiedName) } }
                        }
                        out.key("excludingParties") {
                            guard let parties = entry.excludingParties else { return out.raw("null") }
                            out.array(parties) { out.string(scenario.parties[$0].name) }
                        }
                        out.key("complete") { out.bool(entry.incomplete.isEmpty) }
                    }
                }
            }
            let cuts = explanation.incomplete + explanation.values.flatMap(\.incomplete)
            out.key("complete") { out.bool(cuts.isEmpty) }
            out.key("incomplete") {
                out.array(cuts) { entry in
                    out.object {
                        out.key("part") { out.string(entry.part.rawValue) }
                        out.key("reason") { out.string(entry.reason.rawValue) }
                    }
                }
            }
        }
        return out.text + "\n"
    }

    private static func value(_ value: Int64, of issue: Issue, into out: JSONWriter) {
        switch issue.domain {
        case .values: out.string(issue.domain.valueText(value))
        case .bool: out.bool(value != 0)
        case .integers: out.raw(String(value))
        }
    }
}
