/// What one command accepts: the table the argument reader reads, and the
/// text its help prints.
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
