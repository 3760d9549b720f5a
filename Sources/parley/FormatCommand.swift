import ParleyModel

/// `parley fmt FILE [--write]`: the canonical layout.
enum FormatCommand {
    static let spec = CommandSpec(
        name: "fmt",
        summary: "Print a scenario in the canonical layout",
        usage: "fmt FILE [--write]",
        options: [.init(name: "write", value: nil, help: "Rewrite FILE in place (atomically) instead of printing")],
        positionals: 1...1,
        details: """
        The layout is described in docs/language.md. Comments are kept where they
        are. fmt is idempotent, and the output means exactly what the input meant.
        An invalid file is not formatted: its diagnostics are printed instead (65).
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let path = arguments.positionals[0]
        if arguments.has("write") && path == "-" {
            throw CommandFailure(code: .usage, message: "--write needs a file, not standard input", showUsage: true)
        }
        let file = try ScenarioInput.read(path)
        let (syntax, syntaxDiagnostics) = Parser.parse(file)
        let (_, semanticDiagnostics) = ScenarioChecker.check(syntax, in: file)
        let diagnostics = (syntaxDiagnostics + semanticDiagnostics).sorted { $0.range.start < $1.range.start }
        guard diagnostics.isEmpty else {
            Terminal.writeError(DiagnosticRenderer(colour: Terminal.colourAllowed(fileDescriptor: 2)).render(diagnostics, in: file))
            return .invalidInput
        }
        let text = Formatter.format(syntax, in: file)
        if arguments.has("write") {
            try ScenarioInput.writeAtomically(text, to: path)
        } else {
            Terminal.writeOut(text)
        }
        return .success
    }
}
