import ParleyAnalysis
import ParleyModel

/// Lays out what changed between rounds as a briefing (`parley diff`): one
/// paragraph that says it all, then the verdicts side by side, the
/// positions that moved, the conflicts resolved and new, and the issues
/// whose overlap or common ground changed. For three rounds or more, a
/// timeline first (one row and one point per round), then each step.
public enum DiffComposer {
    /// The briefing for two rounds.
    public static func compose(_ diff: ScenarioDiff) -> ReportDocument {
        ReportDocument(title: "What changed: \(name(diff.old)) → \(name(diff.new))", blocks: blocks(diff, headings: true))
    }

    /// The timeline of several rounds, then each step's briefing.
    public static func compose(timeline steps: [ScenarioDiff]) -> ReportDocument {
        let rounds = [steps[0].old] + steps.map(\.new)
        let analyses = [steps[0].oldAnalysis] + steps.map(\.newAnalysis)
        var blocks: [Block] = [.heading("Timeline")]
        blocks.append(.paragraph("Round by round: whether a deal exists, how many conflicts stand, what the cheapest way out costs, and on how many issues the parties' own demands still meet."))
        let rows = zip(rounds, analyses).enumerated().map { k, pair in
            [String(k + 1), name(pair.0), feasible(pair.1), String(pair.1.conflicts.count), cheapest(pair.1), commonCount(pair.1)]
        }
        blocks.append(.table(Table(header: ["#", "Round", "Deal possible", "Conflicts", "Cheapest deal", "Common ground"], rows: rows, summarised: false)))
        blocks.append(.picture(TimelineChart.draw(rounds: rounds.map(name), analyses: analyses)))
        for (k, step) in steps.enumerated() {
            blocks.append(.heading("Round \(k + 1) → \(k + 2): \(name(step.old)) → \(name(step.new))"))
            blocks += self.blocks(step, headings: false)
        }
        return ReportDocument(title: "How the positions moved: " + rounds.map(name).joined(separator: " → "), blocks: blocks)
    }

    private static func name(_ side: ScenarioDiff.Side) -> String { side.title ?? side.file }

    private static func section(_ title: String, _ headings: Bool) -> Block { headings ? .heading(title) : .subheading(title) }

    private static func feasible(_ analysis: Analysis) -> String { analysis.feasible.map { $0 ? "yes" : "no" } ?? "unknown (cut)" }

    /// The cheapest concession's cost, `17..31` when costs are ranges.
    private static func cheapest(_ analysis: Analysis) -> String {
        guard let cost = RoundComparison.cheapest(analysis) else { return "unknown" }
        guard analysis.feasible == false, let first = analysis.concessions.first else { return String(cost) }
        return Phrasing.cost(first, ranges: analysis.hasCostRanges)
    }

    private static func agreements(_ analysis: Analysis) -> String {
        analysis.feasible == true ? Phrasing.count(analysis.agreements) : analysis.feasible == false ? "0" : "unknown"
    }

    private static func commonCount(_ analysis: Analysis) -> String {
        analysis.common.map { common in "\(common.filter { !$0.isEmpty }.count) of \(common.count) issues" } ?? "unknown (cut)"
    }

    private static func blocks(_ diff: ScenarioDiff, headings: Bool) -> [Block] {
        var blocks: [Block] = [.paragraph(summary(diff))]
        if let note = Phrasing.incompleteness(diff.oldAnalysis.incomplete + diff.newAnalysis.incomplete) { blocks.append(.note(note)) }
        blocks.append(section("The verdicts", headings))
        let o = diff.oldAnalysis, n = diff.newAnalysis
        blocks.append(.table(Table(header: ["", name(diff.old), name(diff.new)], rows: [
            ["Agreement possible", feasible(o), feasible(n)],
            ["Agreements", agreements(o), agreements(n)],
            ["Conflicts", String(o.conflicts.count), String(n.conflicts.count)],
            ["Cheapest concession", cheapest(o), cheapest(n)],
            ["Issues with common ground", commonCount(o), commonCount(n)],
        ], summarised: false)))
        guard !diff.nothingChanged else {
            blocks.append(.paragraph("Nothing else changed: the two files hold the same issues and positions."))
            return blocks
        }
        for (title, items) in [
            ("Positions", positionItems(diff)), ("Issues", issueItems(diff)), ("Conflicts", conflictItems(diff)),
        ] where !items.isEmpty {
            blocks.append(section(title, headings))
            blocks.append(.list(items))
        }
        let rows = meetingRows(diff)
        if !rows.isEmpty {
            blocks.append(section("Where the positions meet", headings))
            blocks.append(.table(Table(header: ["Issue", "What", name(diff.old), name(diff.new)], rows: rows)))
        }
        return blocks
    }

    private static func positionItems(_ diff: ScenarioDiff) -> [ListItem] {
        diff.changedItems.map { ListItem("Changed \($0.id.qualifiedName)", details: ["was: \($0.old)", "now: \($0.new)"]) }
            + diff.addedItems.map { ListItem("Added \($0.qualifiedName)", details: text(of: $0, in: diff.newScenario)) }
            + diff.removedItems.map { ListItem("Removed \($0.qualifiedName)", details: text(of: $0, in: diff.oldScenario)) }
    }

    private static func issueItems(_ diff: ScenarioDiff) -> [ListItem] {
        diff.addedIssues.map { ListItem("Added \($0)") } + diff.removedIssues.map { ListItem("Removed \($0)") }
            + diff.changedIssues.map { ListItem("Changed the values of \($0)") }
    }

    private static func conflictItems(_ diff: ScenarioDiff) -> [ListItem] {
        diff.removedConflicts.map { ListItem("Resolved: \(Phrasing.names($0.demands, separator: " vs "))") }
            + diff.addedConflicts.map { conflict in
                ReportComposer.conflictItem(conflict, parties: diff.newScenario.parties, issues: diff.newScenario.issues) {
                    "New: \(Phrasing.names(conflict.demands, separator: " vs ")), over \($0)"
                }
            }
    }

    private static func meetingRows(_ diff: ScenarioDiff) -> [[String]] {
        func row(_ change: ScenarioDiff.IssueChange, _ what: String) -> [String] {
            [change.issue, what, values(change.old, change.issue, diff.oldScenario), values(change.new, change.issue, diff.newScenario)]
        }
        // How far apart the parties are, where that moved (from the two
        // analyses' gaps; the diff's JSON does not list them).
        var gaps: [[String]] = []
        for issue in diff.newScenario.issues {
            let old = diff.oldScenario.issues.firstIndex { $0.name == issue.name }.flatMap { i in diff.oldAnalysis.gaps?.first { $0.issue == i } }
            let new = diff.newScenario.issues.firstIndex { $0.name == issue.name }.flatMap { i in diff.newAnalysis.gaps?.first { $0.issue == i } }
            guard diff.oldScenario.issues.contains(where: { $0.name == issue.name }), old?.between != new?.between else { continue }
            func text(_ gap: Gap?) -> String { gap.map { "\($0.size) (\(Phrasing.interval($0.between)))" } ?? "none" }
            gaps.append([issue.name, "gap", text(old), text(new)])
        }
        return diff.common.map { row($0, "common ground") } + gaps + diff.overlap.map { row($0, "open jointly") }
    }

    /// "Since round 1: 3 demands changed (...), 2 conflicts resolved, 1 new
    /// (...), cheapest deal 9 → 4, agreements 0 → 5,600."
    static func summary(_ diff: ScenarioDiff) -> String {
        var parts: [String] = []
        let demandsChanged = diff.changedItems.filter(\.isDemand)
        if !demandsChanged.isEmpty {
            let shown = demandsChanged.prefix(3).map { "\($0.id.qualifiedName): \(condition($0.old)) → \(condition($0.new))" }
            parts.append("\(Phrasing.plural(demandsChanged.count, "demand")) changed (\(shown.joined(separator: "; "))\(demandsChanged.count > 3 ? "; ..." : ""))")
        }
        let preferencesChanged = diff.changedItems.count - demandsChanged.count
        if preferencesChanged > 0 { parts.append("\(Phrasing.plural(preferencesChanged, "preference")) changed") }
        if !diff.addedItems.isEmpty { parts.append("\(diff.addedItems.count) added (\(Phrasing.names(Array(diff.addedItems.prefix(3))))\(diff.addedItems.count > 3 ? ", ..." : ""))") }
        if !diff.removedItems.isEmpty { parts.append("\(diff.removedItems.count) removed (\(Phrasing.names(Array(diff.removedItems.prefix(3))))\(diff.removedItems.count > 3 ? ", ..." : ""))") }
        if !diff.addedIssues.isEmpty || !diff.removedIssues.isEmpty {
            parts.append("issues \(diff.addedIssues.isEmpty ? "" : "added: \(diff.addedIssues.joined(separator: ", "))")\(diff.addedIssues.isEmpty || diff.removedIssues.isEmpty ? "" : "; ")\(diff.removedIssues.isEmpty ? "" : "removed: \(diff.removedIssues.joined(separator: ", "))")")
        }
        if !diff.removedConflicts.isEmpty { parts.append("\(Phrasing.plural(diff.removedConflicts.count, "conflict")) resolved") }
        if !diff.addedConflicts.isEmpty {
            let shown = diff.addedConflicts.prefix(2).map { Phrasing.names($0.demands, separator: " vs ") }
            parts.append("\(diff.addedConflicts.count) new (\(shown.joined(separator: "; "))\(diff.addedConflicts.count > 2 ? "; ..." : ""))")
        }
        let costs = (cheapest(diff.oldAnalysis), cheapest(diff.newAnalysis))
        if costs.0 != costs.1 { parts.append("cheapest deal \(costs.0) → \(costs.1)") }
        let counts = (Phrasing.grouped(diff.agreements.old), Phrasing.grouped(diff.agreements.new))
        if counts.0 != counts.1 { parts.append("agreements \(counts.0) → \(counts.1)") }
        let sentence = parts.isEmpty ? "nothing changed" : parts.joined(separator: ", ")
        return "Since \(name(diff.old)): \(sentence)."
    }

    /// The condition of a change's canonical text (after the colon).
    private static func condition(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        return String(text[text.index(after: colon)...].drop { $0 == " " })
    }

    private static func text(of id: DemandID, in scenario: Scenario) -> [String] {
        guard let party = scenario.parties.first(where: { $0.name == id.party }) else { return [] }
        if let d = party.demands.first(where: { $0.name == id.name }) { return ["demand: \(d.expression)" + (d.source.map { "; source: \"\($0)\"" } ?? "")] }
        if let p = party.preferences.first(where: { $0.name == id.name }) { return ["preference: \(p.expression)" + (p.source.map { "; source: \"\($0)\"" } ?? "")] }
        return []
    }

    private static func values(_ set: IssueOverlap?, _ issue: String, _ scenario: Scenario) -> String {
        guard let set else { return "unknown (cut)" }
        guard let theIssue = scenario.issues.first(where: { $0.name == issue }) else { return "-" }
        return Phrasing.values(set, of: theIssue)
    }
}
