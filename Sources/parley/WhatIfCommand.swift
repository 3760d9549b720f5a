import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// `parley whatif FILE [NAME...]`: each what-if before and after.
enum WhatIfCommand {
    static let spec = CommandSpec(
        name: "whatif",
        summary: "Compare what-ifs with the baseline, before and after",
        usage: "whatif FILE [NAME...] [--concede PARTY.DEMAND]... [--format text|markdown|html|json] [limits]",
        options: AnalysisArguments.options + [
            .init(name: "format", value: "FORMAT", help: "text (default), markdown, html or json (the JSON report of those what-ifs)"),
            .init(name: "output", value: "PATH", help: "Write to PATH (atomically) instead of standard output"),
            .init(name: "all", value: nil, help: "Show long lists whole"),
        ],
        positionals: 1...Int.max,
        details: """
        For each what-if named (all of the file's when none is named and no
        --concede is given), the baseline and the changed positions side by
        side: whether an agreement is possible, the number of agreements, the
        conflicts resolved, remaining and new, the values each issue gains or
        loses, and the concessions made: their total cost and who pays it.
        --concede PARTY.DEMAND (repeatable) adds an ad-hoc what-if named cli.

        Exit status as for report: 0, 64 usage or unknown name, 65 invalid
        scenario, 66 unreadable file, 73 output not written, 75 incomplete
        under --strict, 130 interrupted.
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let format = try AnalysisRun.format(arguments, allowed: ["text", "markdown", "html", "json"], default: "text")
        let path = arguments.positionals[0]
        guard let scenario = try AnalysisRun.load(path) else { return .invalidInput }
        var merged = arguments
        let named = Array(arguments.positionals.dropFirst())
        if !named.isEmpty { merged.options["whatif", default: []] += named }
        var analysisArguments = try AnalysisArguments(merged, scenario: scenario)
        if named.isEmpty && !arguments.has("whatif") && analysisArguments.extra != nil {
            analysisArguments.whatIfs = []
        }
        let report = AnalysisRun.report(scenario, path: path, arguments: analysisArguments, support: false)
        let text = format == "json"
            ? JSONReport.render(report)
            : AnalysisRun.render(ReportComposer.composeWhatIfs(report), format: format, arguments: arguments)
        return try AnalysisRun.finish(text, analyses: [report.analysis] + report.whatIfs.map(\.analysis), arguments: arguments)
    }
}
