/// Renders diagnostics as text: the `FILE:LINE:COL: error: MESSAGE` line that
/// editors parse, then the source line and a caret under the column.
public struct DiagnosticRenderer: Sendable {
    /// Whether to add ANSI colour (a decoration; the text is the same).
    public var colour: Bool

    /// Makes a renderer.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The full text for one diagnostic, ending in a newline.
    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        var out = block(
            severity: diagnostic.severity.rawValue, message: diagnostic.message,
            range: diagnostic.range, file: file)
        for note in diagnostic.notes {
            out += block(severity: "note", message: note.message, range: note.range, file: file)
        }
        return out
    }

    /// Renders all of them, sorted by position.
    public func render(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        diagnostics.map { render($0, in: file) }.joined()
    }

    private func block(severity: String, message: String, range: SourceRange, file: SourceFile) -> String {
        let location = file.location(of: range.start)
        let head = "\(file.name):\(location.line):\(location.column): "
        let label: String
        if colour {
            let code = severity == "error" ? "1;31" : severity == "warning" ? "1;35" : "1;36"
            label = "\u{1B}[\(code)m\(severity):\u{1B}[0m \u{1B}[1m\(message)\u{1B}[0m"
        } else {
            label = "\(severity): \(message)"
        }
        let lineText = file.lineText(location.line)
        // Draw the caret under the code point, copying tabs so it lines up.
        var pad = ""
        for (index, scalar) in lineText.unicodeScalars.enumerated() where index < location.column - 1 {
            pad.append(scalar == "\t" ? "\t" : " ")
        }
        let caret = colour ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
        return "\(head)\(label)\n\(lineText)\n\(pad)\(caret)\n"
    }
}
