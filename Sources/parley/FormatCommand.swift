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

    /// The command's arguments, decoded.
    struct Arguments {
        var file: String
        /// `--write`: rewrite the file in place.
        var write: Bool

        init(_ parsed: ParsedArguments) throws {
            file = parsed.positionals[0]
            write = parsed.has("write")
            if write && file == "-" {
                throw CommandFailure(code: .usage, message: "--write needs a file, not standard input", showUsage: true)
            }
        }
    }

    static func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let arguments = try Arguments(parsed)
        let path = arguments.file
        let file = try ScenarioInput.read(path)
        let (syntax, syntaxDiagnostics) = Parser.parse(file)
        let (_, semanticDiagnostics) = ScenarioChecker.check(syntax, in: file)
        let diagnostics = (syntaxDiagnostics + semanticDiagnostics).sorted { $0.range.start < $1.range.start }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            Terminal.writeError(DiagnosticRenderer(colour: Terminal.colourAllowed(fileDescriptor: 2)).render(diagnostics, in: file))
            return .invalidInput
        }
        let text = Formatter.format(syntax, in: file)
        if arguments.write {
            try ScenarioInput.writeAtomically(text, to: path)
        } else {
            Terminal.writeOut(text)
        }
        return .success
    }
}
