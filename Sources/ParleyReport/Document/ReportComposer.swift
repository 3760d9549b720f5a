import ParleyAnalysis
import ParleyModel

/// Lays out a ``ScenarioAnalysis`` as a ``ReportDocument``: the verdict, the overlap
/// with what excludes each value, the parties' compatibility, every
/// conflict with its sources, the concessions, the best compromises and
/// every what-if against the baseline. The same document feeds the text,
/// Markdown and HTML renderers; pictures are added for HTML.
public enum ReportComposer {
    /// The whole report.
    public static func compose(_ report: ScenarioAnalysis) -> ReportDocument {
        let scenario = report.scenario
        let analysis = report.analysis
        var blocks = summarySection(analysis, scenario: scenario)
        let demandCount = scenario.parties.reduce(0) { $0 + $1.demands.count }
        let preferenceCount = scenario.parties.reduce(0) { $0 + $1.preferences.count }
        blocks.append(.heading("The scenario"))
        blocks.append(.paragraph(
            "\(report.file): \(Phrasing.plural(scenario.issues.count, "issue")), "
                + "\(Phrasing.plural(scenario.parties.count, "party", "parties")), "
                + "\(Phrasing.plural(demandCount, "demand")), \(Phrasing.plural(preferenceCount, "preference")), "
                + "\(Phrasing.plural(scenario.whatIfs.count, "what-if")) in the file."))
        if let legend = TableLabels(parties: scenario.parties).legend() { blocks.append(.paragraph(legend)) }
        let (sentence, favourable) = Phrasing.verdict(analysis, parties: scenario.parties, issues: scenario.issues)
        blocks.append(.verdict(sentence, favourable: favourable))
        blocks += commonGroundSection(analysis, scenario: scenario)
        blocks += partiesSection(analysis, parties: scenario.parties)
        blocks += conflictSection(analysis, parties: scenario.parties, issues: scenario.issues)
        blocks += concessionSection(analysis, parties: scenario.parties)
        blocks += assumptionSection(analysis, parties: scenario.parties)
        blocks += compromiseSection(analysis, parties: scenario.parties, issues: scenario.issues)
        if !report.whatIfs.isEmpty {
            blocks.append(.heading("What-ifs"))
            for whatIf in report.whatIfs {
                blocks += whatIfSection(whatIf, baseline: analysis, scenario: scenario)
            }
        }
        if let explained = report.excludedValues {
            blocks += appendixSection(explained, skipped: report.excludedValuesSkipped, report: report)
        }
        return ReportDocument(title: scenario.title ?? report.file, blocks: blocks)
    }

    /// The appendix: for each excluded value, what `parley explain` would
    /// say, so that a reader of the HTML need not run it.
    private static func appendixSection(_ explained: [IssueExplanation], skipped: Int, report: ScenarioAnalysis) -> [Block] {
        var blocks: [Block] = [.heading("Appendix: why each excluded value is ruled out")]
        blocks.append(.paragraph(report.analysis.feasible == true
            ? "Each value no agreement meeting every demand can have: every minimal set of demands that rules it out, with its sources, and which parties' demands rule it out on their own."
            : "No agreement meets every demand, whatever the values; these are the values that some minimal set of demands rules out because of the value itself: every such set, with its sources, and which parties' demands rule the value out on their own."))
        if explained.contains(where: \.sampled) {
            blocks.append(.paragraph("An integer issue with many values is explained run by run: each run of excluded values by its first value."))
        }
        if explained.isEmpty {
            blocks.append(.paragraph("No value is ruled out by demands about it."))
        }
        for issue in explained {
            for value in issue.values {
                blocks += ExplanationComposer.valueBlocks(value, scenario: report.scenario, file: report.file)
            }
        }
        if skipped > 0 {
            blocks.append(.note("\(Phrasing.plural(skipped, "more issue")) \(skipped == 1 ? "was" : "were") not explained: the appendix explains at most \(Analyzer.appendixLimit) values."))
        }
        return blocks
    }

    /// The most disputes the summary lists one by one.
    static let summaryDisputes = 3

    /// The report's opening, at most 15 lines of text: the verdict, each
    /// dispute with its cheapest way out and who pays, the common ground
    /// and the gaps; any cut by a limit.
    private static func summarySection(_ analysis: Analysis, scenario: Scenario) -> [Block] {
        let parties = scenario.parties
        var blocks: [Block] = []
        switch analysis.feasible {
        case false?:
            let disputes = analysis.disputes.count
            var sentence = "No agreement satisfies every party: \(Phrasing.plural(analysis.conflicts.count, "conflict"))"
            if disputes > 1 { sentence += " in \(disputes) disputes" }
            if let cheapest = analysis.concessions.first {
                sentence += "; the cheapest way out costs \(Phrasing.cost(cheapest, ranges: analysis.hasCostRanges))"
                if analysis.hasCostRanges { sentence += " (the cheapest \(Phrasing.robustnessBrief(cheapest)))" }
                let listed = disputes > summaryDisputes ? " (the first \(summaryDisputes) of \(disputes))" : ""
                sentence += disputes > 1 ? ", dispute by dispute\(listed):" : ": \(Phrasing.concession(cheapest, parties: parties, brief: true))."
            } else {
                sentence += "."
            }
            blocks.append(.verdict(sentence, favourable: false))
            if disputes > 1, !analysis.concessions.isEmpty {
                let items = analysis.disputes.prefix(summaryDisputes).map { dispute -> ListItem in
                    let way = dispute.concessions.first.map {
                        "\(Phrasing.concession($0, parties: parties, brief: true)) (cost \(Phrasing.cost($0, ranges: analysis.hasCostRanges)))"
                    } ?? "no way out found"
                    return ListItem("\(Phrasing.series(dispute.issues)): \(way)")
                }
                blocks.append(.list(Array(items)))
            }
        default:
            let (sentence, favourable) = Phrasing.verdict(analysis, parties: parties, issues: scenario.issues)
            blocks.append(.verdict(sentence, favourable: favourable))
        }
        if let common = Phrasing.commonGround(analysis, issues: scenario.issues, brief: true) { blocks.append(.paragraph(common)) }
        if let gaps = analysis.gaps, !gaps.isEmpty {
            // Where the parties part on a number: the interval no party admits.
            let shown = gaps.prefix(3).map { "\(scenario.issues[$0.issue].name) \($0.between.lowerBound)..\($0.between.upperBound) (\($0.size))" }
            blocks.append(.paragraph("Gaps between the parties' numbers: " + shown.joined(separator: ", ")
                + (gaps.count > 3 ? " and \(gaps.count - 3) more." : ".")))
        }
        if let note = Phrasing.incompleteness(analysis.incomplete) { blocks.append(.note(note)) }
        return blocks
    }

    /// Only the what-ifs, each before and after (`parley whatif`).
    public static func composeWhatIfs(_ report: ScenarioAnalysis) -> ReportDocument {
        let scenario = report.scenario
        var blocks: [Block] = []
        let (sentence, _) = Phrasing.verdict(report.analysis, parties: scenario.parties, issues: scenario.issues)
        blocks.append(.paragraph("Baseline: " + sentence))
        if let note = Phrasing.incompleteness(report.analysis.incomplete) { blocks.append(.note(note)) }
        if report.whatIfs.isEmpty {
            blocks.append(.paragraph("The scenario has no what-ifs; name demands to concede with --concede PARTY.DEMAND."))
        }
        for whatIf in report.whatIfs {
            blocks += whatIfSection(whatIf, baseline: report.analysis, scenario: scenario)
        }
        return ReportDocument(title: "What-ifs: \(scenario.title ?? report.file)", blocks: blocks)
    }

    // MARK: Common ground

    private static func commonGroundSection(_ analysis: Analysis, scenario: Scenario) -> [Block] {
        let feasible = analysis.feasible == true
        var blocks: [Block] = [.heading("Common ground")]
        let labels = TableLabels(parties: scenario.parties)
        blocks.append(.paragraph(feasible
            ? "Per issue: the values open to everyone jointly (in some agreement that meets every demand), the common ground (the values every party's own demands admit, each party taken on its own), and what rules out the rest."
            : "The positions conflict, yet they can still meet on some issues. Per issue: the common ground (the values every party's own demands admit, each party taken on its own), where the parties part when there is none, and what rules out the rest."))
        var rows: [[String]] = []
        for (i, issue) in scenario.issues.enumerated() {
            var row = [issue.name]
            if feasible { row.append(Phrasing.values(analysis.overlap[i], of: issue)) }
            row.append(commonCell(analysis, issue: i, scenario: scenario))
            row.append(ruledOutCell(analysis.support?[i], issue: issue, parties: scenario.parties, feasible: feasible, labels: labels))
            rows.append(row)
        }
        let header = feasible ? ["Issue", "Jointly", "Common ground", "Ruled out, and by what"] : ["Issue", "Common ground", "Ruled out, and by what"]
        blocks.append(.table(Table(header: header, rows: rows)))
        if feasible {
            blocks.append(.paragraph("Agreements meeting every demand: \(Phrasing.count(analysis.agreements))."))
        }
        if let support = analysis.support {
            blocks.append(.picture(IssueBars.draw(
                issues: scenario.issues, parties: scenario.parties, support: support, common: analysis.common,
                overlap: feasible ? analysis.overlap : nil)))
        }
        return blocks
    }

    /// The common ground of an issue, or where the parties part.
    static func commonCell(_ analysis: Analysis, issue i: Int, scenario: Scenario) -> String {
        guard let common = analysis.common else { return "unknown (cut)" }
        let issue = scenario.issues[i]
        guard common[i].isEmpty else { return Phrasing.values(common[i], of: issue) }
        if let gap = analysis.gaps?.first(where: { $0.issue == i }) {
            return "none; \(Phrasing.gap(gap, parties: scenario.parties))"
        }
        guard let support = analysis.support?[i] else { return "none" }
        return "none; " + Phrasing.split(support.allowedBy, issue: issue, parties: scenario.parties, consistent: analysis.consistent)
    }

    /// The runs of values outside the overlap (or the common ground), with
    /// what rules each out; runs of named values ruled out alike are merged.
    /// With `labels`, each demand has its party's label beside it.
    static func ruledOutCell(_ support: IssueSupport?, issue: Issue, parties: [Party], feasible: Bool, labels: TableLabels? = nil) -> String {
        guard let support else { return "-" }
        var groups: [(values: [String], reason: String)] = []
        for exclusion in support.exclusions {
            let reason: String
            if !exclusion.demands.isEmpty {
                reason = labels?.names(exclusion.demands) ?? Phrasing.names(exclusion.demands)
            } else if !exclusion.parties.isEmpty {
                reason = Phrasing.series(exclusion.parties.map { Phrasing.party(parties[$0]) }) + "'s demands together"
            } else {
                reason = feasible ? "only demands of several parties together" : "no party on its own"
            }
            let values = Phrasing.values(exclusion.values, of: issue)
            if case .intervals = exclusion.values {
                groups.append(([values], reason))
            } else if let index = groups.firstIndex(where: { $0.reason == reason }) {
                groups[index].values.append(values)
            } else {
                groups.append(([values], reason))
            }
        }
        return groups.isEmpty ? "-" : groups.map { "\($0.values.joined(separator: ", ")): \($0.reason)" }.joined(separator: "; ")
    }

    // MARK: Parties

    private static func partiesSection(_ analysis: Analysis, parties: [Party]) -> [Block] {
        var blocks: [Block] = [.heading("Parties")]
        let inconsistent = parties.indices.filter { analysis.consistent.indices.contains($0) && analysis.consistent[$0] == false }
        if !inconsistent.isEmpty {
            blocks.append(.note("Inconsistent on its own: \(Phrasing.series(inconsistent.map { Phrasing.party(parties[$0]) })) (its own demands cannot all hold)."))
        }
        func mark(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "?" }
        let pairs = analysis.pairs
        let labels = TableLabels(parties: parties)
        if parties.count <= 8 {
            blocks.append(.paragraph("Can each pair of parties agree on its own?"))
            var rows: [[String]] = []
            for a in parties.indices {
                var row = ["\(parties[a].name) (\(labels.label(parties[a].name)))"]
                for b in parties.indices {
                    if a == b { row.append("-"); continue }
                    let pair = pairs.first { $0.parties == [parties[min(a, b)].name, parties[max(a, b)].name] }
                    row.append(mark(pair?.compatible))
                }
                rows.append(row)
            }
            blocks.append(.table(Table(header: [""] + parties.map { labels.label($0.name) }, rows: rows, summarised: false)))
        } else {
            let incompatible = pairs.filter { $0.compatible != true }
            blocks.append(.paragraph("\(pairs.count - incompatible.count) of \(pairs.count) pairs of parties can agree on their own. The others:"))
            blocks.append(.list(incompatible.map { pair in
                ListItem("\(pair.parties.map { label(of: $0, in: parties) }.joined(separator: " and ")): \(pair.compatible == nil ? "unknown (cut)" : "cannot agree")")
            }))
        }
        if !analysis.pairs.isEmpty {
            blocks.append(.picture(CompatibilityHeatMap.draw(parties: parties, pairs: pairs, consistent: analysis.consistent)))
        }
        let coalitions = analysis.coalitions.map { $0.isEmpty ? "(none)" : $0.map { label(of: $0, in: parties) }.joined(separator: ", ") }
        blocks.append(.paragraph("Largest groups of parties that can agree (coalitions):"))
        blocks.append(.list(coalitions.map { ListItem($0) }))
        return blocks
    }

    /// The prose label of the party named `name`.
    private static func label(of name: String, in parties: [Party]) -> String {
        parties.first { $0.name == name }.map(Phrasing.party) ?? name
    }

    // MARK: Conflicts and concessions

    private static func conflictSection(_ analysis: Analysis, parties: [Party], issues: [Issue]) -> [Block] {
        guard analysis.feasible == false || !analysis.conflicts.isEmpty else { return [] }
        var blocks: [Block] = [.heading("Conflicts")]
        blocks.append(.paragraph("Every minimal set of demands that cannot hold together (\(Phrasing.plural(analysis.conflicts.count, "conflict"))): drop any one demand and the rest of the set can."))
        // Grouped by dispute when there are several, numbered on through the
        // groups; the graph numbers its hubs the same way.
        let groups = conflictGroups(analysis)
        var shown: [Conflict] = []
        for (index, group) in groups.enumerated() {
            if groups.count > 1 {
                let dispute = analysis.disputes[index]
                blocks.append(.subheading("Dispute \(index + 1) over \(Phrasing.series(dispute.issues)) (\(Phrasing.plural(group.count, "conflict")))"))
            }
            let conflicts = group.map { analysis.conflicts[$0] }
            blocks.append(.list(conflicts.map { conflictItem($0, parties: parties, issues: issues) }, start: shown.count + 1))
            shown += conflicts
        }
        if !shown.isEmpty {
            blocks.append(.picture(ConflictGraph.draw(conflicts: shown, parties: parties)))
        }
        return blocks
    }

    /// The conflicts' indexes, one group per dispute when the disputes
    /// cover every conflict, else one group of all in their order.
    private static func conflictGroups(_ analysis: Analysis) -> [[Int]] {
        let grouped = analysis.disputes.map(\.conflicts)
        guard grouped.count > 1, Set(grouped.joined()) == Set(analysis.conflicts.indices) else {
            return analysis.conflicts.isEmpty ? [] : [Array(analysis.conflicts.indices)]
        }
        return grouped
    }

    /// A conflict: a heading (by default the issues it is over), then its
    /// demands by party. `heading` receives the names of those issues.
    static func conflictItem(
        _ conflict: Conflict, parties: [Party], issues: [Issue],
        heading: (String) -> String = { "Over \($0):" }
    ) -> ListItem {
        var details: [String] = []
        // How many of the conflict's demands mention each issue: the heading
        // names those at least two of them mention, where they clash.
        var mentions: [Int: Int] = [:]
        for (party, names) in Phrasing.byParty(conflict.demands, parties: parties) {
            for name in names {
                guard let demand = party.demands.first(where: { $0.name == name }) else { continue }
                for issue in Set(demand.condition.mentionedIssues) { mentions[issue, default: 0] += 1 }
                details.append(demandLine(demand, party: party))
            }
        }
        let clashing = Set(mentions.filter { $0.value >= 2 }.keys)
        let mentioned = clashing.isEmpty ? Set(mentions.keys) : clashing
        let assumed = Phrasing.assumptions(in: conflict.demands, parties: parties)
        let note = assumed == 0 ? "" : " (\(assumed == 1 ? "1 of its demands rests" : "\(assumed) of its demands rest") on assumptions)"
        let title = heading(Phrasing.series(mentioned.sorted().map { issues[$0].name }))
        // The note belongs to the heading, before its colon.
        let noted = note.isEmpty ? title : title.hasSuffix(":") ? title.dropLast() + note + ":" : title + note
        return ListItem(noted, details: details)
    }

    /// `Westland (west.no_pledge, cost 1): not neutral; source: "..."`.
    static func demandLine(_ demand: Demand, party: Party) -> String {
        let source = demand.source.map { "; source: \"\($0)\"" } ?? "; no source given"
        return "\(Phrasing.party(party)) (\(party.name).\(demand.name), cost \(demand.costMax.map { "\(demand.cost)..\($0)" } ?? String(demand.cost))): \(demand.expression)\(source)"
    }

    /// "cost 2: a drops lo", with the range and how sure it is the
    /// cheapest of its dispute when costs are ranges.
    private static func disputeEntry(_ concession: Concession, ranges: Bool, parties: [Party]) -> String {
        let entry = "cost \(Phrasing.cost(concession, ranges: ranges)): \(Phrasing.concession(concession, parties: parties))"
        guard ranges else { return entry }
        let sure = concession.necessarilyCheapest == true ? "necessarily the cheapest here"
            : concession.possiblyCheapest == true ? "the cheapest here for some costs" : nil
        return sure.map { "\(entry) (\($0))" } ?? entry
    }

    private static func concessionSection(_ analysis: Analysis, parties: [Party]) -> [Block] {
        guard analysis.feasible == false else { return [] }
        var blocks: [Block] = [.heading("Concessions")]
        let total = analysis.concessionsTotal.map { "There are \($0) minimal concession sets" } ?? "The number of minimal concession sets is unknown (cut)"
        blocks.append(.paragraph(analysis.hasFallbacks
            ? "\(analysis.concessionsTotal.map { "There are \($0) minimal concessions" } ?? "The number of minimal concessions is unknown (cut)"): the least the parties must give (withdraw a demand, or settle it at one of its fallbacks) so that all the rest hold together. Cheapest first:"
            : "\(total): sets of demands whose withdrawal lets all the others hold. Cheapest first:"))
        let anyAssumption = parties.contains { $0.demands.contains { $0.source?.hasPrefix("assumption:") ?? false } }
        let labels = TableLabels(parties: parties)
        let rows = analysis.concessions.enumerated().map { index, concession in
            var row = [String(index + 1), Phrasing.cost(concession, ranges: analysis.hasCostRanges), labels.tags(concession),
                       Phrasing.shares(concession, parties: parties, labels: labels)]
            if analysis.hasCostRanges {
                row.append(concession.necessarilyCheapest == true ? "necessarily" : concession.possiblyCheapest == true ? "for some costs" : "-")
            }
            if anyAssumption {
                row.append(String(Phrasing.assumptions(in: concession.demands + concession.moves.map(\.demand), parties: parties)))
            }
            return row
        }
        let touched = analysis.hasFallbacks ? "Withdrawn (p.d) or settled at fallback K (p.d@K)" : "Demands withdrawn"
        var header = ["#", "Cost", touched, "Cost by party"]
        if analysis.hasCostRanges { header.append("Cheapest?") }
        if anyAssumption { header.append("On assumptions") }
        blocks.append(.table(Table(header: header, rows: rows)))
        if !analysis.tippingPoints.isEmpty || analysis.runnerUp != nil {
            blocks.append(.paragraph("How far the costs may move before the cheapest changes:"))
            // One entry per cheapest concession, its moves' points under it.
            var groups: [[TippingPoint]] = []
            for point in analysis.tippingPoints {
                if groups.last?.first?.concession == point.concession { groups[groups.count - 1].append(point) } else { groups.append([point]) }
            }
            var items = groups.map { Phrasing.tippingPoints($0, parties: parties) }
            if let runner = analysis.runnerUp {
                items.append(ListItem("The runner-up, \(Phrasing.concession(runner.concession, parties: parties)) (cost \(Phrasing.cost(runner.concession, ranges: analysis.hasCostRanges))), would be cheapest if its costs fell by \(runner.mustFallBy) in all."))
            }
            blocks.append(.list(items))
        }
        if !analysis.concessions.isEmpty {
            blocks.append(.picture(ConcessionCostChart.draw(concessions: analysis.concessions, parties: parties)))
        }
        if analysis.disputes.count > 1 || analysis.hasFallbacks {
            blocks.append(.paragraph(analysis.hasFallbacks
                ? "The conflicts form \(Phrasing.plural(analysis.disputes.count, "dispute")); each one's own ways out, moves to fallbacks included, cheapest first:"
                : "The conflicts form \(analysis.disputes.count) independent disputes; a deal needs one concession set from each:"))
            blocks.append(.list(analysis.disputes.enumerated().map { index, dispute in
                ListItem("Dispute \(index + 1) over \(Phrasing.series(dispute.issues)): \(Phrasing.plural(dispute.conflicts.count, "conflict"))",
                         details: dispute.concessions.map { disputeEntry($0, ranges: analysis.hasCostRanges, parties: parties) })
            }))
        }
        // How far a number must move, dispute by dispute.
        let shifts = analysis.disputes.enumerated().flatMap { index, dispute in
            (dispute.shifts ?? []).map { (index, $0) }
        }
        if !shifts.isEmpty {
            blocks.append(.paragraph("How far one number would have to move, on its own, to resolve its dispute:"))
            blocks.append(.table(Table(
                header: ["Dispute", "Demand", "Now", "Would have to be", "By"],
                rows: shifts.map { index, shift in
                    [String(index + 1), labels.demand(shift.demand), String(shift.from), shift.to.map(String.init) ?? "no such number",
                     shift.by.map(String.init) ?? "-"]
                })))
            blocks.append(.list(shifts.map { ListItem(Phrasing.shift($0.1, parties: parties)) }))
        }
        return blocks
    }

    // MARK: Assumptions

    /// What would change without each demand that rests on an assumption.
    private static func assumptionSection(_ analysis: Analysis, parties: [Party]) -> [Block] {
        guard let impacts = analysis.assumptions, !impacts.isEmpty else { return [] }
        var blocks: [Block] = [.heading("What rests on assumptions")]
        let assumed = impacts.count + analysis.assumptionsSkipped
        blocks.append(.paragraph("\(Phrasing.plural(assumed, "demand")) \(assumed == 1 ? "rests" : "rest") on assumptions (a source beginning \"assumption:\"). Without each one, the analysis would say:"))
        let baseCheapest = analysis.feasible == true ? 0 : analysis.concessions.first?.cost
        let baseCheapestMax = analysis.feasible == true ? 0 : analysis.concessions.first?.costMax
        func cheapest(_ cost: Int64?, _ costMax: Int64?) -> String {
            guard let cost else { return "unknown" }
            return costMax.map { $0 != cost ? "\(cost)..\($0)" : String(cost) } ?? String(cost)
        }
        blocks.append(.list(impacts.map { impact in
            var changes: [String] = []
            if impact.feasible != analysis.feasible {
                changes.append(impact.feasible == true ? "an agreement would satisfy every party" : "no agreement would satisfy every party")
            }
            if impact.feasible == false && impact.conflicts != analysis.conflicts.count {
                changes.append("\(Phrasing.plural(impact.conflicts, "conflict")) instead of \(analysis.conflicts.count)")
            }
            if (impact.cheapest != baseCheapest || impact.cheapestMax != baseCheapestMax) && impact.feasible == false {
                changes.append("the cheapest concession would cost \(cheapest(impact.cheapest, impact.cheapestMax)) instead of \(cheapest(baseCheapest, baseCheapestMax))")
            }
            let verdict = changes.isEmpty ? "no conclusion changes" : Phrasing.series(changes)
            return ListItem("Without \(impact.demand.qualifiedName): \(verdict)\(impact.cut ? " (this analysis was cut by a limit: what it says is verified, not complete)" : "").")
        }))
        if analysis.assumptionsSkipped > 0 {
            blocks.append(.note("\(Phrasing.plural(analysis.assumptionsSkipped, "more assumption")) \(analysis.assumptionsSkipped == 1 ? "was" : "were") not analysed: at most 20 are."))
        }
        return blocks
    }

    // MARK: Best compromises

    private static func compromiseSection(_ analysis: Analysis, parties: [Party], issues: [Issue]) -> [Block] {
        guard parties.contains(where: { !$0.preferences.isEmpty }) else { return [] }
        var blocks: [Block] = []
        if analysis.feasible == true, !analysis.best.isEmpty {
            blocks.append(.heading("Best compromises"))
            blocks.append(.paragraph("The agreements no party can improve on without another losing (Pareto-optimal), one per utility profile; a party's utility is the weight of its preferences met."))
            blocks += compromiseBlocks(analysis.best, focal: analysis.focal, parties: parties, issues: issues)
        } else if !analysis.dealPrices.isEmpty {
            blocks.append(.heading("The price of a deal"))
            blocks.append(.paragraph("For each cheapest concession set, the best compromises once it is conceded."))
            for price in analysis.dealPrices {
                blocks.append(.subheading("If \(Phrasing.concession(price.concession, parties: parties)) (cost \(price.concession.cost))"))
                blocks += compromiseBlocks(price.best, focal: price.focal, parties: parties, issues: issues)
            }
        }
        return blocks
    }

    private static func compromiseBlocks(_ best: [Compromise], focal: FocalPoints?, parties: [Party], issues: [Issue]) -> [Block] {
        var blocks: [Block] = []
        let labels = TableLabels(parties: parties)
        let rows = best.enumerated().map { index, compromise in
            [String(index + 1)] + compromise.utilities.map { String($0) } + [Phrasing.agreement(compromise.agreement, ranges: compromise.ranges, issues: issues)]
        }
        // Each party's most: the weight of all its preferences, met together.
        let maxima = parties.map { $0.preferences.reduce(Int64(0)) { $0 &+ $1.weight } }
        blocks.append(.table(Table(
            header: ["#"] + zip(parties, maxima).map { "\(labels.label($0.name)) (of \($1))" } + ["Agreement (each range with the rest fixed)"], rows: rows)))
        blocks.append(.paragraph(
            "A party's utility is the total weight of its preferences an agreement meets (at most: "
                + zip(parties, maxima).map { "\(Phrasing.party($0)) \($1)" }.joined(separator: ", ")
                + "); its normalised utility is that share of its most (0 to 1), so that parties weighing on different scales compare."))
        if let focal {
            func line(_ name: String, _ point: Compromise) -> ListItem {
                ListItem("\(name): utilities \(zip(parties, point.utilities).map { "\(Phrasing.party($0)) \($1)" }.joined(separator: ", "))",
                         details: [Phrasing.agreement(point.agreement, ranges: point.ranges, issues: issues)])
            }
            blocks.append(.paragraph("Focal points, the compromises three classic rules would pick:"))
            blocks.append(.list([
                line("Greatest total utility (the most weight met in all, whoever gets it)", focal.maxTotal),
                line("Nash bargaining (the greatest product of normalised utilities: no party left near zero, gains traded off evenly)", focal.nash),
                line("Egalitarian (the worst-off party's normalised utility as high as it can be)", focal.egalitarian),
            ]))
        }
        blocks.append(.picture(ParetoChart.draw(best: best, parties: parties, focal: focal)))
        return blocks
    }

    // MARK: What-ifs

    /// A what-if's section: its changes, then the comparison with the
    /// baseline, and, for one that builds on another whose analysis is at
    /// hand (`parley whatif`), first the comparison with that one.
    static func whatIfSection(_ whatIf: WhatIfAnalysis, baseline: Analysis, scenario: Scenario) -> [Block] {
        var blocks: [Block] = [.subheading(whatIf.label.map { "\(whatIf.name): \($0)" } ?? whatIf.name)]
        if let base = whatIf.extends {
            blocks.append(.paragraph("Builds on \(base): its own changes apply to \(base)'s positions."))
        }
        blocks.append(.paragraph("Changes: \(whatIf.changes.isEmpty ? "none" : whatIf.changes.joined(separator: "; "))."))
        if let base = whatIf.base, let name = whatIf.extends {
            blocks.append(.paragraph("Against \(name):"))
            blocks += comparisonBlocks(
                WhatIfComparison(before: base.analysis, after: whatIf), beforeParties: base.parties, beforeName: name, scenario: scenario)
            blocks.append(.paragraph("Against the baseline:"))
        }
        blocks += comparisonBlocks(
            WhatIfComparison(before: baseline, after: whatIf), beforeParties: scenario.parties, beforeName: "the baseline",
            scenario: scenario)
        return blocks
    }

    /// Before and after, side by side, and what changed.
    private static func comparisonBlocks(
        _ comparison: WhatIfComparison, beforeParties: [Party], beforeName: String, scenario: Scenario
    ) -> [Block] {
        let whatIf = comparison.after
        let before = comparison.before
        let after = whatIf.analysis
        var blocks: [Block] = []
        func feasible(_ analysis: Analysis) -> String {
            analysis.feasible.map { $0 ? "yes" : "no" } ?? "unknown (cut)"
        }
        func agreements(_ analysis: Analysis) -> String {
            analysis.feasible == true ? Phrasing.count(analysis.agreements) : analysis.feasible == false ? "0" : "unknown"
        }
        func commonCount(_ analysis: Analysis) -> String {
            analysis.common.map { common in "\(common.filter { !$0.isEmpty }.count) of \(common.count)" } ?? "unknown (cut)"
        }
        func cheapest(_ analysis: Analysis, _ parties: [Party]) -> String {
            guard analysis.feasible == false else { return "-" }
            return analysis.concessions.first.map {
                "\(Phrasing.cost($0, ranges: analysis.hasCostRanges)) (\(Phrasing.concession($0, parties: parties)))"
            } ?? "unknown"
        }
        blocks.append(.table(Table(header: ["", "Before", "After"], rows: [
            ["Agreement possible", feasible(before), feasible(after)],
            ["Agreements", agreements(before), agreements(after)],
            ["Conflicts", String(before.conflicts.count), String(after.conflicts.count)],
            ["Cheapest concession", cheapest(before, beforeParties), cheapest(after, whatIf.parties)],
            ["Issues with common ground", commonCount(before), commonCount(after)],
        ], summarised: false)))
        if beforeName == "the baseline" {
            let (sentence, _) = Phrasing.verdict(after, parties: whatIf.parties, issues: scenario.issues)
            blocks.append(.paragraph("After: " + sentence))
            if let note = Phrasing.incompleteness(after.incomplete) { blocks.append(.note(note)) }
            if whatIf.conceded.demands.isEmpty && whatIf.conceded.moves.isEmpty {
                blocks.append(.paragraph("Concessions made: none."))
            } else {
                let shares = Phrasing.shares(whatIf.conceded, parties: scenario.parties)
                blocks.append(.paragraph("Concessions made: \(Phrasing.tags(whatIf.conceded)), total cost \(Phrasing.cost(whatIf.conceded, ranges: true)) (\(shares))."))
            }
        }
        var changes: [ListItem] = []
        for conflict in comparison.resolved { changes.append(ListItem("Resolved: \(Phrasing.names(conflict.demands, separator: " vs "))")) }
        for conflict in comparison.remaining { changes.append(ListItem("Remains: \(Phrasing.names(conflict.demands, separator: " vs "))")) }
        for conflict in comparison.new {
            changes.append(conflictItem(conflict, parties: whatIf.parties, issues: scenario.issues) {
                "New: \(Phrasing.names(conflict.demands, separator: " vs ")), over \($0)"
            })
        }
        for (i, issue) in scenario.issues.enumerated() {
            // A change of common ground that the overlap's says already (both
            // analyses' common ground equal to their overlap) is left out.
            if let old = before.common?[i], let new = after.common?[i], old != new,
               old != before.overlap[i] || new != after.overlap[i] {
                changes.append(ListItem("Common ground on \(issue.name): \(Phrasing.values(old, of: issue)) → \(Phrasing.values(new, of: issue))"))
            }
            let oldGap = before.gaps?.first { $0.issue == i }, newGap = after.gaps?.first { $0.issue == i }
            if oldGap != newGap, oldGap != nil || newGap != nil {
                func size(_ gap: Gap?) -> String { gap.map { "\($0.size) (\(Phrasing.interval($0.between)))" } ?? "none" }
                changes.append(ListItem("Gap on \(issue.name): \(size(oldGap)) → \(size(newGap))"))
            }
            if !comparison.gained[i].isEmpty {
                changes.append(ListItem("Gained on \(issue.name): \(Phrasing.values(comparison.gained[i], of: issue))"))
            }
            if !comparison.lost[i].isEmpty {
                changes.append(ListItem("Lost on \(issue.name): \(Phrasing.values(comparison.lost[i], of: issue))"))
            }
        }
        if !changes.isEmpty { blocks.append(.list(changes)) }
        return blocks
    }
}
