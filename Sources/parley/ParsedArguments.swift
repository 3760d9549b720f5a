/// The arguments of one command as read, before the command decodes them
/// into its own typed arguments (which it does once, at its start).
struct ParsedArguments {
    var positionals: [String] = []
    /// Option values by name; a flag has one empty value per use.
    var options: [String: [String]] = [:]

    /// Whether the option or flag was given.
    func has(_ name: String) -> Bool { options[name] != nil }
    /// The option's last value.
    func value(_ name: String) -> String? { options[name]?.last }
    /// Every value of a repeatable option, in order.
    func values(_ name: String) -> [String] { options[name] ?? [] }
}
