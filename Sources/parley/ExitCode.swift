/// The exit codes of `parley`, as the command-line contract lists them
/// (BSD sysexits).
enum ExitCode: Int32 {
    case success = 0
    case usage = 64
    case invalidInput = 65
    case missingInput = 66
    case internalError = 70
    case cannotWrite = 73
    case incomplete = 75
    case interrupted = 130
}

/// A failure that ends the command with a message on standard error.
struct CommandFailure: Error {
    /// The exit code.
    var code: ExitCode
    /// The message, without the `parley: ` prefix.
    var message: String
    /// Whether to print the command's usage after the message.
    var showUsage = false
}
