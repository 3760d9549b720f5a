import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// What the analysing commands (`report`, `whatif`, `explain`) share: load
/// the scenario, analyse with Ctrl-C and the progress line wired in, and
/// turn the outcome into warnings and an exit code.
enum AnalysisRun {
    /// A loaded scenario, or nil when it is invalid (its diagnostics are
    /// printed; the command exits 65). A fallback ladder whose steps are not
    /// weaker makes it invalid too; one the time limit left unproven is a
    /// warning, and sets `unproven`.
    static func load(_ path: String, options: AnalysisOptions, unproven: inout Bool) throws -> Scenario? {
        let file = try ScenarioInput.read(path)
        let renderer = DiagnosticRenderer(colour: Terminal.colourAllowed(fileDescriptor: 2))
        let (loaded, diagnostics) = ScenarioChecker.load(file)
        guard let scenario = loaded else {
            Terminal.writeError(renderer.render(diagnostics, in: file))
            return nil
        }
        let ladders = ladderDiagnostics(scenario, options: options)
        Terminal.writeError(renderer.render(ladders, in: file))
        if ladders.contains(where: { $0.severity == .error }) { return nil }
        if !ladders.isEmpty { unproven = true }
        return scenario
    }

    /// The fallbacks that are not weaker than the step before them (errors)
    /// or that the time limit left unproven (warnings), as diagnostics at
    /// their `fallback` word.
    static func ladderDiagnostics(_ scenario: Scenario, options: AnalysisOptions) -> [Diagnostic] {
        Analyzer.verifyLadders(scenario, options: options).map { problem in
            let word = SourceRange(start: problem.range.start, end: problem.range.start + "fallback".utf8.count)
            return Diagnostic(problem.unproven ? .fallbackUnproven(level: problem.level) : .fallbackNotWeaker(level: problem.level), at: word)
        }
    }

    /// The preferences no agreement can meet, as warnings at their
    /// `prefer` word.
    static func preferenceDiagnostics(_ scenario: Scenario, options: AnalysisOptions) -> [Diagnostic] {
        Analyzer.unmeetablePreferences(scenario, options: options).map { problem in
            let word = SourceRange(start: problem.range.start, end: problem.range.start + "prefer".utf8.count)
            return Diagnostic(.unmeetablePreference(problem.preference.qualifiedName), at: word)
        }
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
        bases: Bool = false, explainExcluded: Bool = false
    ) -> ScenarioAnalysis {
        var options = arguments.options
        options.support = support
        return watched(options) { options in
            Analyzer.report(scenario, file: path, whatIfs: resolved.whatIfs, extra: resolved.extra, bases: bases,
                            explainExcluded: explainExcluded, options: options)
        }
    }

    /// Writes the output, warns about what was cut, and gives the exit code:
    /// 130 after Ctrl-C, 75 when cut under `--strict`, else 0.
    /// - Parameter unproven: whether a fallback ladder was left unproven
    ///   (a warning; `--strict` makes it exit 75 as a cut analysis does).
    static func finish(
        _ text: String, to output: ReportOutput, strict: Bool, incomplete cut: [Incompleteness], unproven: Bool = false
    ) throws -> ExitCode {
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
        return strict && unproven ? .incomplete : .success
    }
}
