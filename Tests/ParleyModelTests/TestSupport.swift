import Testing
@testable import ParleyModel

/// Loads scenario text, expecting it to be valid (warnings allowed: they
/// have their own tests).
func load(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
    let file = SourceFile(name: "test.parley", text: text)
    let (scenario, all) = ScenarioChecker.load(file)
    let diagnostics = all.filter { $0.severity == .error }
    #expect(diagnostics.isEmpty, "\(DiagnosticRenderer().render(diagnostics, in: file))", sourceLocation: sourceLocation)
    return try #require(scenario, sourceLocation: sourceLocation)
}

/// The errors of scenario text as `LINE:COL identifier` strings (warnings
/// are tested apart, in WarningTests).
func diagnose(_ text: String) -> [String] {
    let file = SourceFile(name: "test.parley", text: text)
    let (_, diagnostics) = ScenarioChecker.load(file)
    return diagnostics.filter { $0.severity == .error }.map { "\(file.location(of: $0.range.start)) \($0.identifier)" }
}

/// The condition of the first demand of the first party of a scenario made
/// of the given issue lines and that one demand.
func condition(_ expression: String, issues: String = defaultIssues) throws -> Condition {
    try #require(try load("\(issues)\nparty p {\n  demand d: \(expression)\n}\n").parties.first?.demands.first).condition
}

let defaultIssues = """
issue e: north | middle | south
issue f: north | east
issue b: bool
issue c: bool
issue x: 0..10
issue y: -5..5
"""

/// Everything a scenario means, without source positions: two files that
/// mean the same give the same text.
func meaning(_ scenario: Scenario) -> String {
    func item(_ name: String, _ amount: Int64, _ condition: Condition, _ expression: String, _ source: String?) -> String {
        "\(name) \(amount) \(condition) [\(expression)] \(source ?? "-")"
    }
    var lines = ["title \(scenario.title ?? "-")"]
    for issue in scenario.issues { lines.append("issue \(issue.name) \(issue.label ?? "-") \(issue.domain)") }
    for party in scenario.parties {
        lines.append("party \(party.name) \(party.label ?? "-")")
        for d in party.demands {
            lines.append("  demand " + item(d.name, d.cost, d.condition, d.expression, d.source) + " max \(d.costMax ?? -1) \(String(describing: d.threshold))")
            for f in d.fallbacks { lines.append("    fallback " + item("", f.cost, f.condition, f.expression, f.source) + " max \(f.costMax ?? -1)") }
        }
        for p in party.preferences { lines.append("  prefer " + item(p.name, p.weight, p.condition, p.expression, p.source)) }
    }
    for whatIf in scenario.whatIfs {
        lines.append("whatif \(whatIf.name) \(whatIf.label ?? "-") extends \(whatIf.extends ?? "-")")
        for change in whatIf.changes {
            switch change {
            case .concede(let p, let d, let level): lines.append("  concede \(p) \(d)@\(level ?? 0)")
            case .demand(let p, let d):
                lines.append("  demand \(p) " + item(d.name, d.cost, d.condition, d.expression, d.source))
                for f in d.fallbacks { lines.append("    fallback " + item("", f.cost, f.condition, f.expression, f.source)) }
            case .preference(let p, let q): lines.append("  prefer \(p) " + item(q.name, q.weight, q.condition, q.expression, q.source))
            }
        }
    }
    return lines.joined(separator: "\n")
}
