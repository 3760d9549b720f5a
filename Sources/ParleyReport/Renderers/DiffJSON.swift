import ParleyAnalysis
import ParleyModel

/// Renders round comparisons as JSON: one diff (`parley-diff/1`,
/// extensions-1.1 part D) or, for three rounds or more, the timeline of
/// successive diffs (`parley-timeline/1`, docs/spec/project-extensions.md).
public enum DiffJSON {
    /// One diff, ending in a newline.
    public static func render(_ diff: ScenarioDiff) -> String {
        let out = JSONWriter()
        write(diff, into: out)
        return out.text + "\n"
    }

    /// The timeline of several rounds, in order, ending in a newline.
    public static func render(timeline steps: [ScenarioDiff]) -> String {
        let out = JSONWriter()
        out.object {
            out.key("schema") { out.string("parley-timeline/1") }
            out.key("rounds") { out.array([steps[0].old.file] + steps.map(\.new.file)) { out.string($0) } }
            out.key("steps") { out.array(steps) { write($0, into: out) } }
        }
        return out.text + "\n"
    }

    private static func write(_ diff: ScenarioDiff, into out: JSONWriter) {
        func side(_ side: ScenarioDiff.Side) {
            out.object {
                out.key("file") { out.string(side.file) }
                if let title = side.title { out.key("title") { out.string(title) } }
            }
        }
        func names(_ list: [String]) { out.array(list) { out.string($0) } }
        func ids(_ list: [DemandID]) { out.array(list) { out.string($0.qualifiedName) } }
        func pair(_ old: String, _ new: String) { out.array([old, new]) { out.raw($0) } }
        func number(_ value: Int64?) -> String { value.map(String.init) ?? "null" }
        func flag(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "null" }
        func changes(_ list: [ScenarioDiff.IssueChange]) {
            out.object {
                for change in list {
                    out.key(change.issue) {
                        out.object {
                            out.key("old") { values(change.old, issue: diff.oldScenario.issues.first { $0.name == change.issue }) }
                            out.key("new") { values(change.new, issue: diff.newScenario.issues.first { $0.name == change.issue }) }
                        }
                    }
                }
            }
        }
        func values(_ set: IssueOverlap?, issue: Issue?) {
            guard let set, let issue else { return out.raw("null") }
            JSONReport.values(set, of: issue, into: out)
        }
        out.object {
            out.key("schema") { out.string("parley-diff/1") }
            out.key("old") { side(diff.old) }
            out.key("new") { side(diff.new) }
            out.key("issues") {
                out.object {
                    out.key("added") { names(diff.addedIssues) }
                    out.key("removed") { names(diff.removedIssues) }
                    out.key("changed") { names(diff.changedIssues) }
                }
            }
            out.key("positions") {
                out.object {
                    out.key("added") { ids(diff.addedItems) }
                    out.key("removed") { ids(diff.removedItems) }
                    out.key("changed") { ids(diff.changedItems.map(\.id)) }
                }
            }
            out.key("analysis") {
                out.object {
                    out.key("feasible") { pair(flag(diff.feasible.old), flag(diff.feasible.new)) }
                    out.key("agreements") { pair(diff.agreements.old.count.description, diff.agreements.new.count.description) }
                    out.key("agreementsExact") { pair(flag(diff.agreements.old.exact), flag(diff.agreements.new.exact)) }
                    out.key("conflicts") {
                        out.object {
                            out.key("added") { out.array(diff.addedConflicts) { ids($0.demands) } }
                            out.key("removed") { out.array(diff.removedConflicts) { ids($0.demands) } }
                            out.key("kept") { out.raw(String(diff.keptConflicts)) }
                        }
                    }
                    out.key("cheapest") { pair(number(diff.cheapest.old), number(diff.cheapest.new)) }
                    out.key("overlap") { changes(diff.overlap) }
                    out.key("common") { changes(diff.common) }
                }
            }
            out.key("complete") { out.bool(diff.complete) }
        }
    }
}
