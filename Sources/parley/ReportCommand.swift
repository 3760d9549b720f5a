import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// `parley report FILE`: the compatibility report.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        summary: "Analyse a scenario: overlap, conflicts, concessions, what-ifs",
        usage: "report FILE [--format text|markdown|html|json|csv [--table NAME]] [--output PATH] [--all] [--whatif NAME]... [--concede PARTY.DEMAND]... [--extends NAME] [limits]",
        options: AnalysisArguments.options + [
            .init(name: "format", value: "FORMAT", help: "text, markdown, html, json or csv (default: text on a terminal, json otherwise)"),
            .init(name: "table", value: "NAME", help: "With csv: conflicts, concessions or overlap (one table per file)"),
            .init(name: "output", value: "PATH", help: "Write the report to PATH (atomically); the format follows its extension (.html, .md, .txt, .json) unless --format"),
            .init(name: "all", value: nil, help: "Show long lists whole in text and Markdown (default: the first entries and a count)"),
        ],
        positionals: 1...1,
        details: """
        The report answers: is a deal possible; if not, who blocks whom over
        what, citing their sources; and what it would cost to open one. It
        holds the verdict, the overlap of every issue with the demands that
        exclude each value, the pairs and coalitions of parties, every minimal
        conflict, the disputes with all their minimal concession sets, the
        cheapest concession sets overall, the best compromises when parties
        have preferences, and every what-if against the baseline.

        Formats: text for reading in a terminal (colour on a terminal unless
        NO_COLOR or TERM=dumb), markdown, html (one self-contained file with
        pictures and an appendix saying what explain would of each excluded
        value, printable on A4) and json (docs/spec/report-json.md, for
        programs). Without --format the report is text when standard output is
        a terminal and JSON when it is not. csv writes one table of the
        baseline, named by --table (conflicts, concessions or overlap), as
        RFC 4180 CSV; the columns are in docs/spec/project-extensions.md.
        The same input gives the same bytes.

        Exit status: 0 (also when positions conflict, and when a limit cut the
        analysis, unless --strict: then 75); 64 usage or unknown --whatif or
        --concede name; 65 invalid scenario; 66 unreadable file; 73 --output
        could not be written; 130 interrupted (what was found is still printed).
        """)

    /// The command's arguments, decoded.
    struct Arguments {
        var file: String
        var output: ReportOutput
        var analysis: AnalysisArguments
        /// `--table` for csv.
        var table: CSVReport.Table?

        init(_ parsed: ParsedArguments) throws {
            output = try ReportOutput(parsed, allowed: ["text", "markdown", "html", "json", "csv"])
            file = parsed.positionals[0]
            analysis = try AnalysisArguments(parsed)
            let names = CSVReport.Table.allCases.map(\.rawValue)
            if let name = parsed.value("table") {
                guard let table = CSVReport.Table(rawValue: name) else {
                    throw CommandFailure(code: .usage, message: "unknown table '\(name)' (\(names.joined(separator: ", ")))\(didYouMean(name, among: names))", showUsage: true)
                }
                guard output.format == "csv" else {
                    throw CommandFailure(code: .usage, message: "--table goes with --format csv", showUsage: true)
                }
                self.table = table
            } else if output.format == "csv" {
                throw CommandFailure(code: .usage, message: "csv writes one table: add --table \(names.joined(separator: "|"))", showUsage: true)
            }
        }
    }

    static func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let arguments = try Arguments(parsed)
        var unproven = false
        guard let scenario = try AnalysisRun.load(arguments.file, options: arguments.analysis.options, unproven: &unproven) else {
            return .invalidInput
        }
        let resolved = try arguments.analysis.resolve(against: scenario)
        let json = arguments.output.format == "json"
        // The HTML is handed over: its appendix says what `explain` would.
        let report = AnalysisRun.report(scenario, path: arguments.file, arguments: arguments.analysis, resolved: resolved, support: !json,
                                        explainExcluded: arguments.output.format == "html")
        let text: String
        if let table = arguments.table {
            text = CSVReport.render(report, table: table)
        } else {
            text = json ? JSONReport.render(report) : arguments.output.render(ReportComposer.compose(report))
        }
        let cut = ([report.analysis] + report.whatIfs.map(\.analysis)).flatMap(\.incomplete)
            + (report.excludedValues ?? []).flatMap { $0.incomplete + $0.values.flatMap(\.incomplete) }
        return try AnalysisRun.finish(text, to: arguments.output, strict: arguments.analysis.strict, incomplete: cut, unproven: unproven)
    }
}
