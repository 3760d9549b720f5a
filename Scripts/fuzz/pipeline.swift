import Foundation

// libFuzzer target: any bytes through the whole pipeline on small inputs with
// small limits: load (parse and check), prove the fallback ladders, analyse the baseline and every
// what-if with at most 20 conflicts, a counting budget of 2,000 boxes and a
// half-second deadline, then render the JSON report and the text, Markdown
// and HTML reports. Checks that the JSON is valid and that the example
// agreement meets every demand.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(name: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let (loaded, diagnostics) = ScenarioChecker.load(file)
    guard let scenario = loaded, diagnostics.isEmpty,
          scenario.issues.count <= 12, scenario.parties.count <= 6,
          scenario.parties.reduce(0, { $0 + $1.demands.count + $1.preferences.count }) <= 24
    else { return 0 }
    var options = AnalysisOptions()
    options.limit = 20
    options.countLimit = 2_000
    options.concessionsShown = 10
    options.deadline = .now + .milliseconds(500)
    options.support = true
    // As the command line does: a ladder that is not weaker is refused first.
    guard Analyzer.verifyLadders(scenario, options: options).isEmpty else { return 0 }
    let report = Analyzer.report(scenario, file: "fuzz", options: options)
    let document = ReportComposer.compose(report)
    _ = TextRenderer(colour: true, all: false).render(document)
    _ = MarkdownRenderer(all: false).render(document)
    _ = HTMLRenderer().render(document)
    let json = JSONReport.render(report)
    guard (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil else {
        fatalError("report is not valid JSON")
    }
    if let example = report.analysis.agreements.example {
        for party in scenario.parties {
            for demand in party.demands where !demand.condition.holds(example) {
                fatalError("example breaks \(party.name).\(demand.name)")
            }
        }
    }
    return 0
}
