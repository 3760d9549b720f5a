/// A report laid out independently of its format: a title and a sequence of
/// blocks. The composers fill it from analysis results; the text, Markdown
/// and HTML renderers turn it into bytes.
public struct ReportDocument: Sendable {
    /// The document's title.
    public var title: String
    /// Its content, in reading order.
    public var blocks: [Block]

    /// A document with a title and content.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// One piece of a ``ReportDocument``.
public enum Block: Sendable {
    /// A section heading.
    case heading(String)
    /// A heading inside a section.
    case subheading(String)
    /// Running text.
    case paragraph(String)
    /// The report's one-sentence answer; `favourable` when a deal exists.
    case verdict(String, favourable: Bool)
    /// A warning the reader must not miss (a limit cut the analysis).
    case note(String)
    /// Rows and columns.
    case table(Table)
    /// A numbered list counting from `start`; text and Markdown show its
    /// first items and a count unless asked for all.
    case list([ListItem], start: Int = 1)
    /// A picture (HTML only): an SVG drawing with a caption.
    case picture(Picture)
}

/// A table: a header row and body rows of equal width.
public struct Table: Sendable {
    /// Column titles.
    public var header: [String]
    /// Body rows.
    public var rows: [[String]]
    /// Whether text and Markdown may shorten a long table to its first rows.
    public var summarised: Bool

    /// A table; long ones are summarised unless `summarised` is false.
    public init(header: [String], rows: [[String]], summarised: Bool = true) {
        self.header = header
        self.rows = rows
        self.summarised = summarised
    }
}

/// An entry of a list, with indented lines of detail.
public struct ListItem: Sendable {
    /// The entry's first line.
    public var text: String
    /// Lines shown under it.
    public var details: [String]

    /// An entry with optional details.
    public init(_ text: String, details: [String] = []) {
        self.text = text
        self.details = details
    }
}

/// A drawing for the HTML report.
public struct Picture: Sendable {
    /// What it shows (the figure's caption).
    public var caption: String
    /// The SVG element, complete.
    public var svg: String
}
