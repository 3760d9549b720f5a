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
        --concede PARTY.DEMAND (repeatable) adds an ad-hoc what-if named cli;
        with --extends NAME it starts from what-if NAME's positions. A what-if
        that extends another is shown against that one and against the
        baseline.

        Exit status as for report: 0, 64 usage or unknown name, 65 invalid
        scenario, 66 unreadable file, 73 output not written, 75 incomplete
        under --strict, 130 interrupted.
        """)

    /// The command's arguments, decoded.
    struct Arguments {
        var file: String
        /// The what-ifs named after the file.
        var names: [String]
        var output: ReportOutput
        var analysis: AnalysisArguments

        init(_ parsed: ParsedArguments) throws {
            output = try ReportOutput(parsed, allowed: ["text", "markdown", "html", "json"], default: "text")
            file = parsed.positionals[0]
            names = Array(parsed.positionals.dropFirst())
            analysis = try AnalysisArguments(parsed)
            if !names.isEmpty { analysis.whatIfNames = (analysis.whatIfNames ?? []) + names }
        }
    }

    static func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let arguments = try Arguments(parsed)
        var unproven = false
        guard let scenario = try AnalysisRun.load(arguments.file, options: arguments.analysis.options, unproven: &unproven) else {
            return .invalidInput
        }
        var resolved = try arguments.analysis.resolve(against: scenario)
        // `--concede` alone shows only its own what-if.
        if arguments.analysis.whatIfNames == nil && resolved.extra != nil { resolved.whatIfs = [] }
        let readable = arguments.output.format != "json"
        let report = AnalysisRun.report(
            scenario, path: arguments.file, arguments: arguments.analysis, resolved: resolved, support: false, bases: readable)
        let text = arguments.output.format == "json"
            ? JSONReport.render(report)
            : arguments.output.render(ReportComposer.composeWhatIfs(report))
        let cut = ([report.analysis] + report.whatIfs.map(\.analysis)).flatMap(\.incomplete)
        return try AnalysisRun.finish(text, to: arguments.output, strict: arguments.analysis.strict, incomplete: cut, unproven: unproven)
    }
}
