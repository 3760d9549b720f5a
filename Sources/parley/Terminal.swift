import Foundation

/// Standard streams and what the terminal allows.
enum Terminal {
    static func writeOut(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Colour only on a terminal, and never with NO_COLOR or TERM=dumb.
    static func colourAllowed(fileDescriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }
}
