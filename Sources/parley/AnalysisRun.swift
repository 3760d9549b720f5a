import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// What the analysing commands (`report`, `whatif`, `explain`) share: load
/// the scenario, analyse with Ctrl-C and the progress line wired in, and
/// turn the outcome into warnings and an exit code.
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

    /// The options with Ctrl-C and the progress line wired in, for `body`;
    /// the progress line is erased when it returns.
    static func watched<T>(_ options: AnalysisOptions, _ body: (AnalysisOptions) -> T) -> T {
        var options = options
        options.stop = Interruption.install()
        let progress = ProgressLine.start()
        options.progress = progress?.meter
        let result = body(options)
        progress?.stop()
        return result
    }

    /// Analyses the baseline and the chosen what-ifs.
    static func report(
        _ scenario: Scenario, path: String, arguments: AnalysisArguments, resolved: AnalysisArguments.Resolved, support: Bool,
        bases: Bool = false
    ) -> ScenarioAnalysis {
        var options = arguments.options
        options.support = support
        return watched(options) { options in
            Analyzer.report(scenario, file: path, whatIfs: resolved.whatIfs, extra: resolved.extra, bases: bases, options: options)
        }
    }

    /// Writes the output, warns about what was cut, and gives the exit code:
    /// 130 after Ctrl-C, 75 when cut under `--strict`, else 0.
    static func finish(_ text: String, to output: ReportOutput, strict: Bool, incomplete cut: [Incompleteness]) throws -> ExitCode {
        try output.write(text)
        if Interruption.signal.isRaised {
            Terminal.writeError("parley: interrupted; the report holds what was found so far, marked incomplete\n")
            return .interrupted
        }
        if !cut.isEmpty {
            let parts = Set(cut.map { "\($0.part.rawValue): \($0.reason.rawValue)" }).sorted().joined(separator: ", ")
            Terminal.writeError("parley: warning: the analysis is incomplete (\(parts)); what it lists is verified, but not all there is\n")
            if strict { return .incomplete }
        }
        return .success
    }
}
