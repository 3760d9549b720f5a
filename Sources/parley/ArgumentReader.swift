import ParleyModel

/// Reads a command's arguments against its spec: `--name VALUE`,
/// `--name=VALUE`, flags, `--` to end options, and `-` as a positional.
enum ArgumentReader {
    static func read(_ arguments: [String], for spec: CommandSpec) throws -> ParsedArguments {
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
                let suggestion = didYouMean(String(name), among: options.map(\.name), prefix: "--")
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
}

/// "; did you mean 'x'?" for the closest of the names, or nothing: the
/// scenario checker's suggestion rule (``NameSuggestion``), so that the file
/// and the command line suggest alike.
func didYouMean(_ name: String, among names: [String], prefix: String = "") -> String {
    NameSuggestion.closest(to: name, among: names).map { "; did you mean '\(prefix)\($0)'?" } ?? ""
}
