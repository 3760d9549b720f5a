import ParleyAnalysis
import ParleyModel

/// Renders a ``ScenarioAnalysis`` as the JSON report of the contract
/// (`parley-report/1`): keys in a fixed order, lists in the contract's
/// order, integers with every digit. Same report, same bytes.
public enum JSONReport {
    /// The report as JSON text, ending in a newline.
    public static func render(_ report: ScenarioAnalysis) -> String {
        let out = JSONWriter()
        out.object {
            out.key("schema") { out.string("parley-report/1") }
            out.key("scenario") {
                out.object {
                    if let title = report.scenario.title { out.key("title") { out.string(title) } }
                    out.key("file") { out.string(report.file) }
                }
            }
            out.key("issues") {
                out.array(report.scenario.issues) { issue in
                    out.object {
                        out.key("name") { out.string(issue.name) }
                        if let label = issue.label { out.key("label") { out.string(label) } }
                        out.key("domain") {
                            out.object {
                                out.key("kind") { out.string(issue.domain.kindName) }
                                switch issue.domain {
                                case .values(let names): out.key("values") { out.array(names) { out.string($0) } }
                                case .bool: break
                                case .integers(let low, let high):
                                    out.key("min") { out.raw(String(low)) }
                                    out.key("max") { out.raw(String(high)) }
                                }
                            }
                        }
                    }
                }
            }
            out.key("parties") { parties(report.scenario.parties, consistent: report.analysis.consistent, into: out) }
            out.key("analysis") { analysis(report.analysis, issues: report.scenario.issues, parties: report.scenario.parties, into: out) }
            out.key("whatifs") {
                out.array(report.whatIfs) { whatIf in
                    out.object {
                        out.key("name") { out.string(whatIf.name) }
                        if let label = whatIf.label { out.key("label") { out.string(label) } }
                        if let base = whatIf.extends { out.key("extends") { out.string(base) } }
                        out.key("changes") { out.array(whatIf.changes) { out.string($0) } }
                        out.key("parties") { parties(whatIf.parties, consistent: whatIf.analysis.consistent, into: out) }
                        out.key("analysis") { analysis(whatIf.analysis, issues: report.scenario.issues, parties: whatIf.parties, into: out) }
                    }
                }
            }
        }
        return out.text + "\n"
    }

    private static func parties(_ parties: [Party], consistent: [Bool?], into out: JSONWriter) {
        out.array(Array(parties.enumerated())) { (index, party) in
            out.object {
                out.key("name") { out.string(party.name) }
                if let label = party.label { out.key("label") { out.string(label) } }
                out.key("consistent") { out.bool(index < consistent.count ? consistent[index] : nil) }
                out.key("demands") {
                    out.array(party.demands) { demand in
                        item(demand, of: party, amount: ("cost", demand.cost), into: out, afterAmount: {
                            if let costMax = demand.costMax { out.key("costMax") { out.raw(String(costMax)) } }
                        }, extra: {
                            guard !demand.fallbacks.isEmpty else { return }
                            out.key("fallbacks") {
                                out.array(demand.fallbacks) { step in
                                    out.object {
                                        out.key("cost") { out.raw(String(step.cost)) }
                                        if let costMax = step.costMax { out.key("costMax") { out.raw(String(costMax)) } }
                                        out.key("expression") { out.string(step.expression) }
                                        out.key("line") { out.raw(String(step.line)) }
                                        if let source = step.source { out.key("source") { out.string(source) } }
                                    }
                                }
                            }
                        })
                    }
                }
                out.key("preferences") {
                    out.array(party.preferences) { item($0, of: party, amount: ("weight", $0.weight), into: out) }
                }
            }
        }
    }

    /// A demand's or preference's entry; `amount` is its cost or weight,
    /// `afterAmount` and `extra` write what a demand adds after its cost
    /// and at its end.
    private static func item(
        _ item: some PositionItem, of party: Party, amount: (key: String, value: Int64), into out: JSONWriter,
        afterAmount: () -> Void = {}, extra: () -> Void = {}
    ) {
        out.object {
            out.key("name") { out.string("\(party.name).\(item.name)") }
            out.key(amount.key) { out.raw(String(amount.value)) }
            afterAmount()
            out.key("line") { out.raw(String(item.line)) }
            out.key("expression") { out.string(item.expression) }
            if let source = item.source { out.key("source") { out.string(source) } }
            extra()
        }
    }

    private static func value(_ value: Int64, of issue: Issue, into out: JSONWriter) {
        switch issue.domain {
        case .values: out.string(issue.domain.valueText(value))
        case .bool: out.bool(value != 0)
        case .integers: out.raw(String(value))
        }
    }

    /// A set of values of one issue in the contract's format: names, flags,
    /// or `[lo, hi]` intervals.
    static func values(_ overlap: IssueOverlap, of issue: Issue, into out: JSONWriter) {
        switch overlap {
        case .values(let indexes):
            out.array(indexes) { out.string(issue.domain.valueText(Int64($0))) }
        case .flags(let flags):
            out.array(flags) { out.bool($0) }
        case .intervals(let intervals):
            out.array(intervals) { interval in
                out.array([interval.lowerBound, interval.upperBound]) { out.raw(String($0)) }
            }
        }
    }

    /// Issue -> values for every issue, or null when the list was cut.
    private static func perIssue(_ list: [IssueOverlap]?, issues: [Issue], into out: JSONWriter) {
        guard let list else {
            out.raw("null")
            return
        }
        out.object {
            for (issue, overlap) in zip(issues, list) { out.key(issue.name) { values(overlap, of: issue, into: out) } }
        }
    }

    /// What a concession's entry holds besides its demands and cost: moves
    /// when the positions have fallbacks, `costMax` when they have cost
    /// ranges, the cheapest flags when it belongs to a list.
    private struct ConcessionKeys {
        var moves: Bool
        var costMax: Bool
        var flags = true
    }

    private static func concessions(_ list: [Concession], _ keys: ConcessionKeys, into out: JSONWriter) {
        out.array(list) { concession in
            out.object { concessionKeys(concession, keys, into: out) }
        }
    }

    private static func concessionKeys(_ concession: Concession, _ keys: ConcessionKeys, into out: JSONWriter) {
        out.key("demands") { out.array(concession.demands) { out.string($0.qualifiedName) } }
        out.key("cost") { out.raw(String(concession.cost)) }
        if keys.costMax { out.key("costMax") { out.raw(String(concession.costMax)) } }
        if keys.flags {
            out.key("possiblyCheapest") { out.bool(concession.possiblyCheapest) }
            out.key("necessarilyCheapest") { out.bool(concession.necessarilyCheapest) }
        }
        if keys.moves {
            out.key("moves") {
                out.array(concession.moves) { move in
                    out.object {
                        out.key("demand") { out.string(move.demand.qualifiedName) }
                        out.key("fallback") { out.raw(String(move.fallback)) }
                    }
                }
            }
        }
    }

    private static func compromise(_ c: Compromise, issues: [Issue], parties: [Party], into out: JSONWriter) {
        out.object {
            out.key("agreement") {
                out.object { for (issue, v) in zip(issues, c.agreement) { out.key(issue.name) { value(v, of: issue, into: out) } } }
            }
            out.key("utilities") {
                out.object { for (party, u) in zip(parties, c.utilities) { out.key(party.name) { out.raw(String(u)) } } }
            }
            out.key("ranges") { perIssue(c.ranges, issues: issues, into: out) }
        }
    }

    private static func focal(_ focal: FocalPoints?, issues: [Issue], parties: [Party], into out: JSONWriter) {
        guard let focal else {
            out.raw("null")
            return
        }
        out.object {
            out.key("maxTotal") { compromise(focal.maxTotal, issues: issues, parties: parties, into: out) }
            out.key("nash") { compromise(focal.nash, issues: issues, parties: parties, into: out) }
            out.key("egalitarian") { compromise(focal.egalitarian, issues: issues, parties: parties, into: out) }
        }
    }

    private static func analysis(_ analysis: Analysis, issues: [Issue], parties: [Party], into out: JSONWriter) {
        let keys = ConcessionKeys(moves: analysis.hasFallbacks, costMax: analysis.hasCostRanges)
        // A concession named inside a tipping point carries no flags of its own.
        var bare = keys
        bare.flags = false
        out.object {
            out.key("feasible") { out.bool(analysis.feasible) }
            out.key("overlap") { perIssue(analysis.overlap, issues: issues, into: out) }
            out.key("common") { perIssue(analysis.common, issues: issues, into: out) }
            out.key("gaps") {
                if let gaps = analysis.gaps {
                    out.array(gaps) { gap in
                        out.object {
                            out.key("issue") { out.string(issues[gap.issue].name) }
                            out.key("between") { out.array([gap.between.lowerBound, gap.between.upperBound]) { out.raw(String($0)) } }
                            out.key("size") { out.raw(String(gap.size)) }
                            out.key("below") { out.array(gap.below) { out.string(parties[$0].name) } }
                            out.key("above") { out.array(gap.above) { out.string(parties[$0].name) } }
                        }
                    }
                } else {
                    out.raw("null")
                }
            }
            out.key("agreements") {
                out.object {
                    out.key("count") { out.raw(analysis.agreements.count.description) }
                    out.key("exact") { out.bool(analysis.agreements.exact) }
                    out.key("example") {
                        if let example = analysis.agreements.example {
                            out.object {
                                for (issue, v) in zip(issues, example) { out.key(issue.name) { value(v, of: issue, into: out) } }
                            }
                        } else {
                            out.raw("null")
                        }
                    }
                    if analysis.agreements.example != nil {
                        out.key("exampleRanges") { perIssue(analysis.agreements.exampleRanges, issues: issues, into: out) }
                    }
                }
            }
            out.key("pairs") {
                out.array(analysis.pairs) { pair in
                    out.object {
                        out.key("parties") { out.array(pair.parties) { out.string($0) } }
                        out.key("compatible") { out.bool(pair.compatible) }
                    }
                }
            }
            out.key("coalitions") { out.array(analysis.coalitions) { c in out.array(c) { out.string($0) } } }
            out.key("conflicts") {
                out.array(analysis.conflicts) { conflict in
                    out.object { out.key("demands") { out.array(conflict.demands) { out.string($0.qualifiedName) } } }
                }
            }
            out.key("disputes") {
                out.array(analysis.disputes) { dispute in
                    out.object {
                        out.key("conflicts") { out.array(dispute.conflicts) { out.raw(String($0)) } }
                        out.key("demands") { out.array(dispute.demands) { out.string($0.qualifiedName) } }
                        out.key("issues") { out.array(dispute.issues) { out.string($0) } }
                        out.key("concessions") { concessions(dispute.concessions, keys, into: out) }
                        out.key("shifts") {
                            if let shifts = dispute.shifts {
                                out.array(shifts) { shift in
                                    out.object {
                                        out.key("demand") { out.string(shift.demand.qualifiedName) }
                                        out.key("from") { out.raw(String(shift.from)) }
                                        out.key("to") { out.raw(shift.to.map(String.init) ?? "null") }
                                        out.key("by") { out.raw(shift.by.map(String.init) ?? "null") }
                                    }
                                }
                            } else {
                                out.raw("null")
                            }
                        }
                    }
                }
            }
            out.key("concessions") { concessions(analysis.concessions, keys, into: out) }
            out.key("concessionsTotal") { out.raw(analysis.concessionsTotal?.description ?? "null") }
            out.key("tippingPoints") {
                out.array(analysis.tippingPoints) { point in
                    out.object {
                        out.key("concession") { out.object { concessionKeys(point.concession, bare, into: out) } }
                        out.key("demand") { out.string(point.demand.qualifiedName) }
                        out.key("fallback") { out.raw(point.fallback.map(String.init) ?? "null") }
                        out.key("cost") { out.raw(String(point.cost)) }
                        out.key("upTo") { out.raw(point.limit.map(String.init) ?? "null") }
                        out.key("then") {
                            if let next = point.next { out.object { concessionKeys(next, bare, into: out) } } else { out.raw("null") }
                        }
                    }
                }
            }
            out.key("runnerUp") {
                if let runner = analysis.runnerUp {
                    out.object {
                        concessionKeys(runner.concession, bare, into: out)
                        out.key("mustFallBy") { out.raw(String(runner.mustFallBy)) }
                    }
                } else {
                    out.raw("null")
                }
            }
            out.key("best") { out.array(analysis.best) { compromise($0, issues: issues, parties: parties, into: out) } }
            out.key("focal") { focal(analysis.focal, issues: issues, parties: parties, into: out) }
            out.key("dealPrices") {
                out.array(analysis.dealPrices) { price in
                    out.object {
                        concessionKeys(price.concession, keys, into: out)
                        out.key("best") { out.array(price.best) { compromise($0, issues: issues, parties: parties, into: out) } }
                        out.key("focal") { focal(price.focal, issues: issues, parties: parties, into: out) }
                    }
                }
            }
            out.key("complete") { out.bool(analysis.complete) }
            out.key("incomplete") {
                out.array(analysis.incomplete) { entry in
                    out.object {
                        out.key("part") { out.string(entry.part.rawValue) }
                        out.key("reason") { out.string(entry.reason.rawValue) }
                    }
                }
            }
        }
    }
}
