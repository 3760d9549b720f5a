/// What one command accepts: the table the argument parser reads.
struct CommandSpec: Sendable {
    /// One option of a command.
    struct Option: Sendable {
        /// The long name, without the dashes.
        var name: String
        /// The name of its value (`N`, `PATH`), or nil for a flag.
        var value: String?
        /// One line of help.
        var help: String
    }

    var name: String
    var summary: String
    /// The usage line after `parley `.
    var usage: String
    var options: [Option]
    /// How many positional arguments it takes.
    var positionals: ClosedRange<Int>
    /// More help, printed after the options.
    var details: String

    static let help = Option(name: "help", value: nil, help: "Show this help.")
}

/// The arguments of one command, parsed.
struct ParsedArguments {
    var positionals: [String] = []
    /// Option values by name; a flag has one empty value per use.
    var options: [String: [String]] = [:]

    func has(_ name: String) -> Bool { options[name] != nil }
    func value(_ name: String) -> String? { options[name]?.last }
}

/// Parses a command's arguments against its spec: `--name VALUE`,
/// `--name=VALUE`, flags, `--` to end options, and `-` as a positional.
enum ArgumentParser {
    static func parse(_ arguments: [String], for spec: CommandSpec) throws -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument.drop { $0 == "-" }
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = name[..<equals]
            }
            if argument == "-h" { name = "help" }
            let options = spec.options + [CommandSpec.help]
            guard let option = options.first(where: { $0.name == name }) else {
                let suggestion = closest(String(name), among: options.map(\.name)).map { "; did you mean '--\($0)'?" } ?? ""
                throw CommandFailure(code: .usage, message: "unknown option '\(argument)' for '\(spec.name)'\(suggestion)", showUsage: true)
            }
            if let valueName = option.value {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw CommandFailure(code: .usage, message: "option '--\(option.name)' needs a value \(valueName)", showUsage: true)
                }
                result.options[option.name, default: []].append(value)
            } else {
                if inlineValue != nil {
                    throw CommandFailure(code: .usage, message: "option '--\(option.name)' takes no value", showUsage: true)
                }
                result.options[option.name, default: []].append("")
            }
        }
        if result.has("help") { return result }
        if !spec.positionals.contains(result.positionals.count) {
            let message = result.positionals.count < spec.positionals.lowerBound
                ? "missing argument for '\(spec.name)'"
                : "too many arguments for '\(spec.name)'"
            throw CommandFailure(code: .usage, message: message, showUsage: true)
        }
        return result
    }

    /// The closest name by edit distance, for "did you mean".
    static func closest(_ name: String, among names: [String]) -> String? {
        var best: (String, Int)?
        for candidate in names {
            let distance = editDistance(Array(name), Array(candidate))
            if distance <= max(2, name.count / 3), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
