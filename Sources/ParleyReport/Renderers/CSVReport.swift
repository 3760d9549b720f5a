import ParleyAnalysis
import ParleyModel

/// One table of the report as CSV (RFC 4180: comma-separated, CRLF line
/// ends, a field quoted when it holds a comma, a quote or a line break, a
/// quote doubled inside). `parley report --format csv --table NAME`; the
/// columns are listed in docs/spec/project-extensions.md.
public enum CSVReport {
    /// The tables there are.
    public enum Table: String, CaseIterable, Sendable {
        case conflicts, concessions, overlap
    }

    /// The baseline's table, header first, ending in CRLF.
    public static func render(_ report: ScenarioAnalysis, table: Table) -> String {
        let analysis = report.analysis
        let scenario = report.scenario
        var rows: [[String]]
        switch table {
        case .conflicts:
            rows = [["conflict", "dispute", "demands", "parties", "issues"]]
            let disputeOf = Dictionary(analysis.disputes.enumerated().flatMap { d, dispute in dispute.conflicts.map { ($0, d + 1) } }) { a, _ in a }
            for (index, conflict) in analysis.conflicts.enumerated() {
                let parties = scenario.parties.filter { party in conflict.demands.contains { $0.party == party.name } }.map(\.name)
                var issues = Set<Int>()
                for id in conflict.demands {
                    if let demand = scenario.parties.first(where: { $0.name == id.party })?.demands.first(where: { $0.name == id.name }) {
                        issues.formUnion(demand.condition.mentionedIssues)
                    }
                }
                rows.append([String(index + 1), disputeOf[index].map(String.init) ?? "", conflict.demands.map(\.qualifiedName).joined(separator: "; "),
                             parties.joined(separator: "; "), issues.sorted().map { scenario.issues[$0].name }.joined(separator: "; ")])
            }
        case .concessions:
            rows = [["rank", "cost", "cost_max", "withdrawn_or_settled", "cost_by_party", "possibly_cheapest", "necessarily_cheapest"]]
            func flag(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }
            for (index, concession) in analysis.concessions.enumerated() {
                let shares = concession.shares(among: scenario.parties).map { share in
                    "\(scenario.parties[share.party].name) \(share.cost == share.costMax ? String(share.cost) : "\(share.cost)..\(share.costMax)")"
                }
                rows.append([String(index + 1), String(concession.cost), String(concession.costMax), concession.tags.joined(separator: "; "),
                             shares.joined(separator: "; "), flag(concession.possiblyCheapest), flag(concession.necessarilyCheapest)])
            }
        case .overlap:
            rows = [["issue", "open_jointly", "common_ground", "ruled_out_by"]]
            let feasible = analysis.feasible == true
            for (i, issue) in scenario.issues.enumerated() {
                rows.append([issue.name, feasible ? Phrasing.values(analysis.overlap[i], of: issue) : "",
                             ReportComposer.commonCell(analysis, issue: i, scenario: scenario),
                             ReportComposer.ruledOutCell(analysis.support?[i], issue: issue, parties: scenario.parties, feasible: feasible)])
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when it must be.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var quoted = "\""
        for character in text { quoted += character == "\"" ? "\"\"" : String(character) }
        return quoted + "\""
    }
}
