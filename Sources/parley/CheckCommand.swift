import ParleyModel
import ParleyReport

/// `parley check FILE...`: validate files, summarise the valid ones.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        summary: "Validate scenario files and summarise them",
        usage: "check FILE... [--format text|json] [--strict] [--timeout SECONDS]",
        options: [
            .init(name: "format", value: "FORMAT", help: "text (default): summaries on standard output, diagnostics on standard error; json: every diagnostic as a JSON array on standard output"),
            .init(name: "strict", value: nil, help: "Fail on warnings too: exit 65 (75 for a fallback left unproven by --timeout)"),
            .init(name: "timeout", value: "SECONDS", help: "Wall-clock bound for proving fallback ladders; a step left unproven is a warning"),
        ],
        positionals: 1...Int.max,
        details: """
        Each valid file gets a short summary: its issues by kind, its parties with
        their demand and preference counts, and its what-ifs. Each invalid file gets
        every error found, as FILE:LINE:COL: error: MESSAGE with the source line and
        a caret; warnings (FILE:LINE:COL: warning: ...) do not make a file invalid.
        Every fallback ladder is proven: each step must admit every agreement the
        step before admits (one solver call per step). FILE may be - for standard
        input.

        Exit status: 0 all valid (warnings allowed, unless --strict: then 65, or 75
        when only a fallback left unproven by --timeout); 65 some file invalid; 66
        some file missing or unreadable (takes precedence); 64 wrong usage.
        """)

    /// The command's arguments, decoded.
    struct Arguments {
        var files: [String]
        /// `text` or `json`.
        var format: String
        /// `--strict` and `--timeout`.
        var analysis: AnalysisArguments

        init(_ parsed: ParsedArguments) throws {
            files = parsed.positionals
            format = parsed.value("format") ?? "text"
            guard format == "text" || format == "json" else {
                throw CommandFailure(code: .usage, message: "unknown format '\(format)'; use text or json", showUsage: true)
            }
            analysis = try AnalysisArguments(parsed)
        }
    }

    static func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let arguments = try Arguments(parsed)
        let format = arguments.format
        var worst = ExitCode.success
        var warned = false, unproven = false
        var jsonEntries: [String] = []
        let renderer = DiagnosticRenderer(colour: Terminal.colourAllowed(fileDescriptor: 2))
        for path in arguments.files {
            let file: SourceFile
            do {
                file = try ScenarioInput.read(path)
            } catch let failure as CommandFailure {
                Terminal.writeError("parley: \(failure.message)\n")
                worst = .missingInput
                continue
            }
            var (scenario, diagnostics) = ScenarioChecker.load(file)
            if let loaded = scenario {
                let ladders = AnalysisRun.ladderDiagnostics(loaded, options: arguments.analysis.options)
                if ladders.contains(where: { $0.severity == .error }) { scenario = nil }
                if ladders.contains(where: { $0.identifier == "fallback-unproven" }) { unproven = true }
                let preferences = AnalysisRun.preferenceDiagnostics(loaded, options: arguments.analysis.options)
                diagnostics = (diagnostics + ladders + preferences).sorted { $0.range.start < $1.range.start }
            }
            let warnings = diagnostics.filter { $0.severity == .warning && $0.identifier != "fallback-unproven" }.count
            if warnings > 0 { warned = true }
            if format == "json" {
                jsonEntries += diagnostics.map { json($0, in: file) }
            } else if !diagnostics.isEmpty {
                Terminal.writeError(renderer.render(diagnostics, in: file))
                let errors = diagnostics.filter { $0.severity == .error }.count
                let allWarnings = diagnostics.filter { $0.severity == .warning }.count
                var counts: [String] = []
                if errors > 0 { counts.append("\(errors) error\(errors == 1 ? "" : "s")") }
                if allWarnings > 0 { counts.append("\(allWarnings) warning\(allWarnings == 1 ? "" : "s")") }
                Terminal.writeError("\(file.name): \(counts.joined(separator: ", "))\n")
            }
            if let scenario {
                if format == "text" { Terminal.writeOut(summary(scenario, file: file.name)) }
            } else if worst == .success {
                worst = .invalidInput
            }
        }
        if format == "json" {
            Terminal.writeOut(jsonEntries.isEmpty ? "[]\n" : "[\n  " + jsonEntries.joined(separator: ",\n  ") + "\n]\n")
        }
        if worst == .success && arguments.analysis.strict {
            if warned { return .invalidInput }
            if unproven { return .incomplete }
        }
        return worst
    }

    /// The summary of a valid file.
    static func summary(_ scenario: Scenario, file: String) -> String {
        var out = "\(file): ok"
        if let title = scenario.title { out += " (\(title))" }
        out += "\n"
        var kinds: [String: Int] = [:]
        for issue in scenario.issues { kinds[issue.domain.kindName, default: 0] += 1 }
        let kindText = ["enum", "bool", "int"].compactMap { k in kinds[k].map { "\($0) \(k)" } }.joined(separator: ", ")
        out += "  issues: \(scenario.issues.count)\(kindText.isEmpty ? "" : " (\(kindText))")\n"
        out += "  parties: \(scenario.parties.count)\n"
        for party in scenario.parties {
            let d = party.demands.count
            let p = party.preferences.count
            out += "    \(party.name): \(d) demand\(d == 1 ? "" : "s"), \(p) preference\(p == 1 ? "" : "s")\n"
        }
        out += "  what-ifs: \(scenario.whatIfs.count)"
        if !scenario.whatIfs.isEmpty { out += " (" + scenario.whatIfs.map(\.name).joined(separator: ", ") + ")" }
        return out + "\n"
    }

    static func json(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let location = file.location(of: diagnostic.range.start)
        return "{\"file\": \(jsonString(file.name)), \"line\": \(location.line), \"column\": \(location.column), "
            + "\"severity\": \"\(diagnostic.severity.rawValue)\", \"identifier\": \"\(diagnostic.identifier)\", "
            + "\"message\": \(jsonString(diagnostic.message))}"
    }
}

/// A JSON string literal.
func jsonString(_ text: String) -> String {
    JSONWriter.quoted(text)
}
