import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// `parley report FILE`: the compatibility report.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        summary: "Analyse a scenario: overlap, conflicts, concessions, what-ifs",
        usage: "report FILE [--format text|markdown|html|json] [--output PATH] [--all] [--whatif NAME]... [--concede PARTY.DEMAND]... [limits]",
        options: AnalysisArguments.options + [
            .init(name: "format", value: "FORMAT", help: "text, markdown, html or json (default: text on a terminal, json otherwise)"),
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
        pictures, printable on A4) and json (spec/report-json.md, for
        programs). Without --format the report is text when standard output is
        a terminal and JSON when it is not. The same input gives the same bytes.

        Exit status: 0 (also when positions conflict, and when a limit cut the
        analysis, unless --strict: then 75); 64 usage or unknown --whatif or
        --concede name; 65 invalid scenario; 66 unreadable file; 73 --output
        could not be written; 130 interrupted (what was found is still printed).
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let format = try AnalysisRun.format(arguments, allowed: ["text", "markdown", "html", "json"])
        let path = arguments.positionals[0]
        guard let scenario = try AnalysisRun.load(path) else { return .invalidInput }
        let analysisArguments = try AnalysisArguments(arguments, scenario: scenario)
        let report = AnalysisRun.report(scenario, path: path, arguments: analysisArguments, support: format != "json")
        let text = format == "json"
            ? JSONReport.render(report)
            : AnalysisRun.render(ReportComposer.compose(report), format: format, arguments: arguments)
        return try AnalysisRun.finish(text, analyses: [report.analysis] + report.whatIfs.map(\.analysis), arguments: arguments)
    }
}

/// The options shared by the analysing commands, parsed and checked
/// against the scenario.
struct AnalysisArguments {
    static let options: [CommandSpec.Option] = [
        .init(name: "limit", value: "N", help: "Most items one enumeration may produce (default 10000)"),
        .init(name: "count-limit", value: "N", help: "Most boxes the agreement counter may split per part (default 1000000)"),
        .init(name: "timeout", value: "SECONDS", help: "Wall-clock bound for the whole run; what is found by then is reported, marked incomplete"),
        .init(name: "concessions", value: "N", help: "How many global concession sets to list (default 100)"),
        .init(name: "whatif", value: "NAME", help: "Analyse only this what-if (repeatable); default: all"),
        .init(name: "concede", value: "PARTY.DEMAND", help: "Concede a demand in an extra what-if named cli (repeatable)"),
        .init(name: "strict", value: nil, help: "Exit 75 when the result is incomplete"),
    ]

    var options = AnalysisOptions()
    var whatIfs: [String]?
    var extra: WhatIf?

    init(_ arguments: ParsedArguments, scenario: Scenario) throws {
        func number(_ name: String, minimum: Int) throws -> Int? {
            guard let text = arguments.value(name) else { return nil }
            guard let value = Int(text), value >= minimum else {
                throw CommandFailure(code: .usage, message: "--\(name) needs a whole number of at least \(minimum), not '\(text)'", showUsage: true)
            }
            return value
        }
        if let limit = try number("limit", minimum: 1) { options.limit = limit }
        if let countLimit = try number("count-limit", minimum: 1) { options.countLimit = countLimit }
        if let shown = try number("concessions", minimum: 0) { options.concessionsShown = shown }
        if let text = arguments.value("timeout") {
            guard let seconds = Double(text), seconds >= 0, seconds < 1e9 else {
                throw CommandFailure(code: .usage, message: "--timeout needs a number of seconds, not '\(text)'", showUsage: true)
            }
            options.deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        }
        if let names = arguments.options["whatif"] {
            for name in names where !scenario.whatIfs.contains(where: { $0.name == name }) {
                let suggestion = ArgumentParser.closest(name, among: scenario.whatIfs.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                throw CommandFailure(code: .usage, message: "unknown what-if '\(name)'\(suggestion)")
            }
            whatIfs = names
        }
        if let concessions = arguments.options["concede"] {
            var changes: [Change] = []
            for qualified in concessions {
                let pieces = qualified.split(separator: ".", maxSplits: 1).map(String.init)
                let known = scenario.parties.flatMap { p in p.demands.map { "\(p.name).\($0.name)" } }
                guard pieces.count == 2, let p = scenario.partyIndex(named: pieces[0]),
                      let d = scenario.parties[p].demands.firstIndex(where: { $0.name == pieces[1] })
                else {
                    let suggestion = ArgumentParser.closest(qualified, among: known).map { "; did you mean '\($0)'?" } ?? ""
                    throw CommandFailure(code: .usage, message: "unknown demand '\(qualified)' for --concede\(suggestion)")
                }
                if !changes.contains(.concede(party: p, demand: d)) { changes.append(.concede(party: p, demand: d)) }
            }
            extra = WhatIf(name: "cli", label: nil, changes: changes, range: SourceRange(start: 0, end: 0))
        }
    }
}
