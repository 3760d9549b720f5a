import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// `parley diff OLD NEW [MORE...]`: what changed between rounds.
enum DiffCommand {
    static let spec = CommandSpec(
        name: "diff",
        summary: "Compare rounds of a negotiation: positions, conflicts, the cheapest deal",
        usage: "diff OLD NEW [MORE...] [--format text|markdown|html|json] [--output PATH] [--all] [limits]",
        options: AnalysisArguments.options.filter { ["limit", "count-limit", "timeout", "concessions", "strict"].contains($0.name) } + [
            .init(name: "format", value: "FORMAT", help: "text, markdown, html or json (default: text on a terminal, json otherwise)"),
            .init(name: "output", value: "PATH", help: "Write to PATH (atomically); the format follows its extension unless --format"),
            .init(name: "all", value: nil, help: "Show long lists whole in text and Markdown"),
        ],
        positionals: 2...Int.max,
        details: """
        Compares two scenario files, an older round and a newer one: the issues
        and positions (demands and preferences, matched by qualified name; a
        renamed demand counts as one removed and one added; a change of source
        alone is no change), and what that does to the analysis of the two
        baselines: the verdict, the agreements, the conflicts resolved and new,
        the cheapest concession, and the issues whose overlap or common ground
        moved. What-ifs are not compared. JSON follows extensions-1.1 part D
        (docs/spec/extensions-1.1.md). With three files or more, in order: the
        successive diffs and a timeline (JSON parley-timeline/1, documented in
        docs/spec/project-extensions.md; HTML draws it).

        Exit status as for report: 0 (also when the rounds differ), 64 usage,
        65 some file invalid (only its diagnostics are printed), 66 a file
        missing or unreadable, 73 output not written, 75 incomplete under
        --strict, 130 interrupted.
        """)

    /// The command's arguments, decoded.
    struct Arguments {
        var files: [String]
        var output: ReportOutput
        var analysis: AnalysisArguments

        init(_ parsed: ParsedArguments) throws {
            output = try ReportOutput(parsed, allowed: ["text", "markdown", "html", "json"])
            files = parsed.positionals
            analysis = try AnalysisArguments(parsed)
        }
    }

    static func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let arguments = try Arguments(parsed)
        // Every file is read and checked before any is analysed: one
        // invalid file and nothing but diagnostics is printed.
        var scenarios: [Scenario] = []
        var invalid = false
        var unproven = false
        var missing: CommandFailure?
        for path in arguments.files {
            do {
                if let scenario = try AnalysisRun.load(path, options: arguments.analysis.options, unproven: &unproven) {
                    scenarios.append(scenario)
                } else {
                    invalid = true
                }
            } catch let failure as CommandFailure {
                Terminal.writeError("parley: \(failure.message)\n")
                missing = missing ?? failure
            }
        }
        if let missing { return missing.code }
        if invalid { return .invalidInput }
        let analyses = AnalysisRun.watched(arguments.analysis.options) { options in
            zip(scenarios, arguments.files).map { Analyzer.report($0, file: $1, whatIfs: [], options: options) }
        }
        let steps = zip(analyses, analyses.dropFirst()).map { RoundComparison.compare($0, $1) }
        let text: String
        if arguments.output.format == "json" {
            text = steps.count == 1 ? DiffJSON.render(steps[0]) : DiffJSON.render(timeline: steps)
        } else {
            text = arguments.output.render(steps.count == 1 ? DiffComposer.compose(steps[0]) : DiffComposer.compose(timeline: steps))
        }
        return try AnalysisRun.finish(text, to: arguments.output, strict: arguments.analysis.strict, incomplete: analyses.flatMap(\.analysis.incomplete), unproven: unproven)
    }
}
