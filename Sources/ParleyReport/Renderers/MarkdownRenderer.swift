/// Renders a ``ReportDocument`` as Markdown (CommonMark with pipe tables):
/// long lists and tables cut to their first entries with a count unless
/// `all`; pictures left out.
public struct MarkdownRenderer: Sendable {
    /// Whether to show long lists and tables whole.
    public var all: Bool

    /// A renderer; lists summarised by default.
    public init(all: Bool = false) {
        self.all = all
    }

    /// The document as Markdown, ending in a newline.
    public func render(_ document: ReportDocument) -> String {
        var out: [String] = ["# " + escape(document.title)]
        for block in document.blocks {
            switch block {
            case .heading(let text): out += ["", "## " + escape(text)]
            case .subheading(let text): out += ["", "### " + escape(text)]
            case .paragraph(let text): out += ["", escape(text)]
            case .verdict(let text, _): out += ["", "**" + escape(text) + "**"]
            case .note(let text): out += ["", "> **Note:** " + escape(text)]
            case .table(let table):
                out.append("")
                let shown = all || !table.summarised ? table.rows.count : min(table.rows.count, TextRenderer.tableRowsShown)
                out.append("| " + table.header.map { escape($0, inTable: true) }.joined(separator: " | ") + " |")
                out.append("|" + table.header.map { _ in " --- |" }.joined())
                for row in table.rows.prefix(shown) {
                    out.append("| " + row.map { $0.isEmpty ? " " : escape($0, inTable: true) }.joined(separator: " | ") + " |")
                }
                if shown < table.rows.count {
                    out += ["", "... and \(table.rows.count - shown) more rows (`--all` shows them)"]
                }
            case .list(let items, let start):
                out.append("")
                let shown = all ? items.count : min(items.count, TextRenderer.listItemsShown)
                for (index, item) in items.prefix(shown).enumerated() {
                    out.append("\(start + index). " + escape(item.text))
                    for detail in item.details { out.append("    - " + escape(detail)) }
                }
                if shown < items.count {
                    out += ["", "... and \(items.count - shown) more (`--all` shows them)"]
                }
            case .picture:
                continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Backslash-escapes what Markdown would read as markup (code spans in
    /// backquotes are kept; in tables, so are pipes, escaped).
    private func escape(_ text: String, inTable: Bool = false) -> String {
        var out = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if !inCode, "\\*_[]<>#".contains(character) { out.append("\\") }
            if character == "|" && inTable { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
