import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// What the analysing commands (`report`, `whatif`) share: load the
/// scenario, read the common options, analyse with Ctrl-C and the progress
/// line wired in, and turn the outcome into warnings and an exit code.
enum AnalysisRun {
    /// A loaded scenario, or nil when it is invalid (its diagnostics are
    /// printed; the command exits 65).
    static func load(_ path: String) throws -> Scenario? {
        let file = try ScenarioInput.read(path)
        let (loaded, diagnostics) = ScenarioChecker.load(file)
        guard let scenario = loaded else {
            Terminal.writeError(DiagnosticRenderer(colour: Terminal.colourAllowed(fileDescriptor: 2)).render(diagnostics, in: file))
            return nil
        }
        return scenario
    }

    /// Analyses the baseline and the chosen what-ifs.
    static func report(_ scenario: Scenario, path: String, arguments: AnalysisArguments, support: Bool) -> Report {
        var options = arguments.options
        options.stop = Interruption.install()
        options.support = support
        let progress = ProgressLine.start()
        options.progress = progress?.meter
        let report = Analyzer.report(scenario, file: path, whatIfs: arguments.whatIfs, extra: arguments.extra, options: options)
        progress?.stop()
        return report
    }

    /// Writes the output, warns about what was cut, and gives the exit code:
    /// 130 after Ctrl-C, 75 when cut under `--strict`, else 0.
    static func finish(_ text: String, analyses: [Analysis], arguments: ParsedArguments, incomplete: [Incompleteness] = []) throws -> ExitCode {
        if let output = arguments.value("output") {
            try ScenarioInput.writeAtomically(text, to: output)
        } else {
            Terminal.writeOut(text)
        }
        let cut = analyses.flatMap(\.incomplete) + incomplete
        if Interruption.signal.isRaised {
            Terminal.writeError("parley: interrupted; the report holds what was found so far, marked incomplete\n")
            return .interrupted
        }
        if !cut.isEmpty {
            let parts = Set(cut.map { "\($0.part): \($0.reason)" }).sorted().joined(separator: ", ")
            Terminal.writeError("parley: warning: the analysis is incomplete (\(parts)); what it lists is verified, but not all there is\n")
            if arguments.has("strict") { return .incomplete }
        }
        return .success
    }

    /// The report format: `--format`, else guessed from the `--output`
    /// file's extension, else text on a terminal and JSON otherwise.
    static func format(_ arguments: ParsedArguments, allowed: [String], default fallback: String? = nil) throws -> String {
        if let format = arguments.value("format") {
            guard allowed.contains(format) else {
                let suggestion = ArgumentParser.closest(format, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
                throw CommandFailure(code: .usage, message: "unknown format '\(format)' (\(allowed.joined(separator: ", ")))\(suggestion)", showUsage: true)
            }
            return format
        }
        if let output = arguments.value("output") {
            let byExtension = ["html": "html", "htm": "html", "md": "markdown", "markdown": "markdown", "txt": "text", "json": "json"]
            if let guess = byExtension[(output as NSString).pathExtension.lowercased()], allowed.contains(guess) { return guess }
        }
        if let fallback { return fallback }
        return isatty(1) == 1 ? "text" : "json"
    }

    /// Renders a document in a readable format.
    static func render(_ document: ReportDocument, format: String, arguments: ParsedArguments) -> String {
        switch format {
        case "markdown": MarkdownRenderer(all: arguments.has("all")).render(document)
        case "html": HTMLRenderer().render(document)
        default:
            TextRenderer(colour: arguments.value("output") == nil && Terminal.colourAllowed(fileDescriptor: 1), all: arguments.has("all"))
                .render(document)
        }
    }
}
