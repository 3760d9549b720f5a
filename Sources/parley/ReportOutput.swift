import Foundation
import ParleyReport

/// Where a command's output goes and how it is written: `--format`,
/// `--output` and `--all`, decoded once.
struct ReportOutput {
    static let extensions = ["html": "html", "htm": "html", "md": "markdown", "markdown": "markdown", "txt": "text", "json": "json", "csv": "csv"]

    /// The format to write.
    var format: String
    /// `--output PATH`, or nil for standard output.
    var path: String?
    /// `--all`, or writing to a file: a file holds the whole report.
    var all: Bool

    /// The format: `--format`, else guessed from the `--output` file's
    /// extension, else `fallback`, else text on a terminal and JSON otherwise.
    init(_ arguments: ParsedArguments, allowed: [String], default fallback: String? = nil) throws {
        path = arguments.value("output")
        all = arguments.has("all") || path != nil
        if let path { try Self.checkExtension(of: path, formatGiven: arguments.value("format") != nil) }
        if let format = arguments.value("format") {
            guard allowed.contains(format) else {
                throw CommandFailure(
                    code: .usage, message: "unknown format '\(format)' (\(allowed.joined(separator: ", ")))\(didYouMean(format, among: allowed))",
                    showUsage: true)
            }
            self.format = format
        } else if let path, let guess = Self.extensions[(path as NSString).pathExtension.lowercased()], allowed.contains(guess) {
            format = guess
        } else {
            format = fallback ?? (path == nil && isatty(1) == 1 ? "text" : "json")
        }
    }

    /// Refuses an `--output` file whose extension names a format Parley does
    /// not write (a PDF would otherwise get HTML or JSON bytes).
    static func checkExtension(of path: String, formatGiven: Bool) throws {
        let suffix = (path as NSString).pathExtension.lowercased()
        guard !suffix.isEmpty, extensions[suffix] == nil else { return }
        let known = ".html, .md, .txt or .json"
        if suffix == "pdf" {
            throw CommandFailure(
                code: .usage,
                message: "parley does not write PDF: write HTML (--output \(((path as NSString).deletingPathExtension)).html) and print it from a browser; it is laid out for A4",
                showUsage: false)
        }
        guard !formatGiven else { return }
        throw CommandFailure(
            code: .usage, message: "cannot tell the format of '\(path)' from its extension: use \(known), or give --format", showUsage: false)
    }

    /// A document in the chosen readable format (text, markdown or html).
    func render(_ document: ReportDocument) -> String {
        switch format {
        case "markdown": MarkdownRenderer(all: all).render(document)
        case "html": HTMLRenderer().render(document)
        default:
            TextRenderer(colour: path == nil && Terminal.colourAllowed(fileDescriptor: 1), all: all,
                         width: path == nil ? Terminal.columns() : TextRenderer.width).render(document)
        }
    }

    /// Writes the text to the file (atomically) or to standard output.
    func write(_ text: String) throws {
        if let path {
            try ScenarioInput.writeAtomically(text, to: path)
        } else {
            Terminal.writeOut(text)
        }
    }
}
