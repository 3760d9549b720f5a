import Foundation

/// The `parley` command line: picks the command, parses its arguments from
/// the command's table, runs it, and maps every failure to a message and an
/// exit code in one place.
@main
enum ParleyCommandLine {
    static let version = "0.1.0"

    /// A command: its argument table and what runs it.
    struct Command: Sendable {
        var spec: CommandSpec
        var run: @Sendable (ParsedArguments) throws -> ExitCode
    }

    static let commands: [Command] = [
        Command(spec: CheckCommand.spec, run: CheckCommand.run),
        Command(spec: FormatCommand.spec, run: FormatCommand.run),
        Command(spec: ReportCommand.spec, run: ReportCommand.run),
        Command(spec: WhatIfCommand.spec, run: WhatIfCommand.run),
        Command(spec: ExplainCommand.spec, run: ExplainCommand.run),
        Command(spec: DiffCommand.spec, run: DiffCommand.run),
        Command(spec: ImportCommand.spec, run: ImportCommand.run),
    ]

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let code = run(arguments)
        exit(code.rawValue)
    }

    static func run(_ arguments: [String]) -> ExitCode {
        guard let first = arguments.first else {
            Terminal.writeError(overview())
            return .usage
        }
        switch first {
        case "--help", "-h":
            Terminal.writeOut(overview())
            return .success
        case "--version":
            Terminal.writeOut("parley \(version)\n")
            return .success
        case "help":
            guard arguments.count <= 2 else {
                return fail(CommandFailure(code: .usage, message: "help takes at most one command"), spec: nil)
            }
            if arguments.count == 1 {
                Terminal.writeOut(overview())
                return .success
            }
            guard let command = commands.first(where: { $0.spec.name == arguments[1] }) else {
                return fail(unknownCommand(arguments[1]), spec: nil)
            }
            Terminal.writeOut(help(command.spec))
            return .success
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            return fail(unknownCommand(first), spec: nil)
        }
        do {
            let parsed = try ArgumentReader.read(Array(arguments.dropFirst()), for: command.spec)
            if parsed.has("help") {
                Terminal.writeOut(help(command.spec))
                return .success
            }
            return try command.run(parsed)
        } catch let failure as CommandFailure {
            return fail(failure, spec: command.spec)
        } catch {
            return fail(CommandFailure(code: .internalError, message: "internal error (a bug in parley, please report it): \(error)"), spec: nil)
        }
    }

    static func unknownCommand(_ name: String) -> CommandFailure {
        let suggestion = didYouMean(name, among: commands.map(\.spec.name) + ["help"])
        return CommandFailure(code: .usage, message: "unknown command '\(name)'\(suggestion)\nRun 'parley --help' for the list of commands.")
    }

    /// Prints the failure and returns its code: the one place errors become
    /// messages and exit codes.
    static func fail(_ failure: CommandFailure, spec: CommandSpec?) -> ExitCode {
        Terminal.writeError("parley: \(failure.message)\n")
        if failure.showUsage, let spec {
            Terminal.writeError("usage: parley \(spec.usage)\nRun 'parley \(spec.name) --help' for more.\n")
        }
        return failure.code
    }

    static func overview() -> String {
        var out = """
        parley \(version): compare the positions of the parties to a negotiation.

        usage: parley COMMAND [OPTIONS] [FILE...]

        commands:

        """
        for command in commands {
            out += "  " + command.spec.name.padding(toLength: 9, withPad: " ", startingAt: 0) + command.spec.summary + "\n"
        }
        out += """
          help     Show help for a command: parley help COMMAND

        options:
          --help     Show this help (also: parley COMMAND --help)
          --version  Print the version

        Scenario files are described in docs/language.md. FILE may be - for
        standard input. Exit status: 0 success, 64 usage, 65 invalid scenario,
        66 missing or unreadable file, 70 internal error, 73 output not written,
        75 incomplete result under --strict, 130 interrupted (Ctrl-C).

        """
        return out
    }

    static func help(_ spec: CommandSpec) -> String {
        var out = "parley \(spec.name): \(spec.summary)\n\nusage: parley \(spec.usage)\n\noptions:\n"
        let options = spec.options + [CommandSpec.help]
        let heads = options.map { "--\($0.name)" + ($0.value.map { " \($0)" } ?? "") }
        // The help column starts two spaces after the longest option, and
        // each help text wraps under itself within 100 columns.
        let column = 2 + (heads.map(\.count).max() ?? 0) + 2
        for (head, option) in zip(heads, options) {
            let lines = wrap(option.help, width: max(100 - column, 30))
            out += "  " + head.padding(toLength: column - 2, withPad: " ", startingAt: 0) + (lines.first ?? "") + "\n"
            for line in lines.dropFirst() { out += String(repeating: " ", count: column) + line + "\n" }
        }
        return out + "\n" + spec.details + "\n"
    }

    /// Words of `text` in lines of at most `width` characters (a longer
    /// word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
