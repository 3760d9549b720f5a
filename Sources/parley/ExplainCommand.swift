import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// `parley explain FILE ISSUE[=VALUE]`: can this value be part of a deal,
/// and if not, what rules it out.
enum ExplainCommand {
    static let spec = CommandSpec(
        name: "explain",
        summary: "Can an issue take a value? One agreement, or every minimal set of demands against it",
        usage: "explain FILE ISSUE[=VALUE] [--format text|markdown|json] [--output PATH] [limits]",
        options: [
            .init(name: "limit", value: "N", help: "Most demand sets to list per value (default 10000)"),
            .init(name: "timeout", value: "SECONDS", help: "Wall-clock bound; what is found by then is shown, marked incomplete"),
            .init(name: "format", value: "FORMAT", help: "text (default), markdown or json (parley-explain/1, docs/spec/project-extensions.md)"),
            .init(name: "output", value: "PATH", help: "Write to PATH (atomically); the format follows its extension unless --format"),
            .init(name: "all", value: nil, help: "Show long lists whole"),
            .init(name: "strict", value: nil, help: "Exit 75 when the result is incomplete"),
        ],
        positionals: 2...2,
        details: """
        For ISSUE=VALUE: whether some agreement meeting every demand has that
        value. If so, one such agreement; if not, every minimal set of demands
        that rules it out (each with its parties and sources): exactly the
        conflicts of the scenario plus ISSUE=VALUE that need the value.

        For ISSUE alone: every value of the issue in turn. For an integer
        issue of more than 64 values: the values open to everyone, and each
        run of excluded values explained by its first value.

        Exit status: 0 (possible or not), 64 usage or unknown issue or value,
        65 invalid scenario, 66 unreadable file, 75 incomplete under --strict,
        130 interrupted.
        """)

    /// The command's arguments, decoded.
    struct Arguments {
        var file: String
        /// `ISSUE` or `ISSUE=VALUE`, split at the first `=`.
        var issue: String
        var value: String?
        var output: ReportOutput
        /// Of the analysing options, this command declares only `--limit`,
        /// `--timeout` and `--strict`.
        var analysis: AnalysisArguments

        init(_ parsed: ParsedArguments) throws {
            output = try ReportOutput(parsed, allowed: ["text", "markdown", "json"], default: "text")
            file = parsed.positionals[0]
            let pieces = parsed.positionals[1].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
            issue = pieces[0]
            value = pieces.count == 2 ? pieces[1] : nil
            analysis = try AnalysisArguments(parsed)
        }
    }

    static func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let arguments = try Arguments(parsed)
        var unproven = false
        guard let scenario = try AnalysisRun.load(arguments.file, options: arguments.analysis.options, unproven: &unproven) else {
            return .invalidInput
        }
        guard let issue = scenario.issueIndex(named: arguments.issue) else {
            throw CommandFailure(code: .usage, message: "unknown issue '\(arguments.issue)'\(didYouMean(arguments.issue, among: scenario.issues.map(\.name)))")
        }
        let wanted = try arguments.value.map { try value($0, of: scenario.issues[issue]) }
        let explanation = AnalysisRun.watched(arguments.analysis.options) { options in
            wanted.map {
                IssueExplanation(issue: issue, values: [Analyzer.explain(scenario, issue: issue, value: $0, options: options)])
            } ?? Analyzer.explain(scenario, issue: issue, options: options)
        }
        let text = arguments.output.format == "json"
            ? ExplanationJSON.render(scenario, file: arguments.file, explanation: explanation)
            : arguments.output.render(ExplanationComposer.compose(scenario, file: arguments.file, explanation: explanation))
        return try AnalysisRun.finish(
            text, to: arguments.output, strict: arguments.analysis.strict,
            incomplete: explanation.incomplete + explanation.values.flatMap(\.incomplete), unproven: unproven)
    }

    /// A value as the user wrote it, checked against the issue's domain.
    static func value(_ text: String, of issue: Issue) throws -> Int64 {
        switch issue.domain {
        case .values(let names):
            guard let index = names.firstIndex(of: text) else {
                throw CommandFailure(
                    code: .usage,
                    message: "'\(text)' is not a value of issue '\(issue.name)' (\(names.joined(separator: " | ")))\(didYouMean(text, among: names))")
            }
            return Int64(index)
        case .bool:
            guard text == "true" || text == "false" else {
                throw CommandFailure(code: .usage, message: "issue '\(issue.name)' is bool: give true or false, not '\(text)'")
            }
            return text == "true" ? 1 : 0
        case .integers(let low, let high):
            guard let number = Int64(text), number >= low, number <= high else {
                throw CommandFailure(code: .usage, message: "issue '\(issue.name)' takes a whole number in \(low)..\(high), not '\(text)'")
            }
            return number
        }
    }
}
