/// Renders a ``ReportDocument`` as plain text for a terminal: lines of at
/// most ``width`` columns (100 unless told), tables with wrapped cells, long lists and tables cut
/// to their first entries with a count (unless `all`), and ANSI colour only
/// when asked for. Pictures are left out.
public struct TextRenderer: Sendable {
    /// The widest line written when no width is given.
    public static let width = 100
    /// The narrowest width honoured; a smaller one is raised to it.
    public static let narrowest = 40
    /// Items of a list shown before the rest is summarised.
    public static let listItemsShown = 10
    /// Rows of a table shown before the rest is summarised.
    public static let tableRowsShown = 20

    /// Whether to use ANSI colour and bold.
    public var colour: Bool
    /// Whether to show long lists and tables whole.
    public var all: Bool
    /// The widest line written (at least ``narrowest``).
    public var width: Int

    /// A renderer; colour off, lists summarised and 100 columns by default.
    public init(colour: Bool = false, all: Bool = false, width: Int = TextRenderer.width) {
        self.colour = colour
        self.all = all
        self.width = max(width, Self.narrowest)
    }

    /// The document as text, ending in a newline.
    public func render(_ document: ReportDocument) -> String {
        var out: [String] = []
        out.append(style(document.title, "1"))
        out.append(String(repeating: "=", count: min(document.title.count, width)))
        for block in document.blocks {
            switch block {
            case .heading(let text):
                out += ["", style(text, "1"), String(repeating: "-", count: min(text.count, width))]
            case .subheading(let text):
                out += [""] + wrap(text, indent: "", first: "").map { style($0, "1") }
            case .paragraph(let text):
                out += [""] + wrap(text, indent: "", first: "")
            case .verdict(let text, let favourable):
                out += [""] + wrap(text, indent: "", first: "").map { style($0, favourable ? "1;32" : "1;31") }
            case .note(let text):
                out += [""] + wrap("Note: " + text, indent: "      ", first: "").map { style($0, "33") }
            case .table(let table):
                out += [""] + render(table)
            case .list(let items, let start):
                out.append("")
                let shown = all ? items.count : min(items.count, Self.listItemsShown)
                let numberWidth = String(start + items.count - 1).count
                for (index, item) in items.prefix(shown).enumerated() {
                    let number = String(start + index)
                    let marker = String(repeating: " ", count: numberWidth - number.count) + number + ". "
                    let hanging = String(repeating: " ", count: marker.count)
                    out += wrap(item.text, indent: hanging, first: marker)
                    for detail in item.details {
                        out += wrap(detail, indent: hanging + "    ", first: hanging + "  - ")
                    }
                }
                if shown < items.count {
                    out.append("... and \(items.count - shown) more (--all shows them)")
                }
            case .picture:
                continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func style(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Words laid into lines of at most ``width`` columns; a word longer
    /// than a line is cut.
    func wrap(_ text: String, indent: String, first: String, width: Int? = nil) -> [String] {
        let width = width ?? self.width
        var lines: [String] = []
        var current = first
        var currentHasWord = false
        let room = width - indent.count
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if currentHasWord && current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
                currentHasWord = false
            }
            while current.count + word.count > width && room > 0 {
                let take = width - current.count
                current += word.prefix(take)
                word = word.dropFirst(take)
                lines.append(current)
                current = indent
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        lines.append(current)
        return lines
    }

    /// A table: columns separated by two spaces, the header underlined,
    /// cells wrapped when the table would be wider than a line.
    private func render(_ table: Table) -> [String] {
        let columns = table.header.count
        let shownRows = all || !table.summarised ? table.rows.count : min(table.rows.count, Self.tableRowsShown)
        let rows = [table.header] + Array(table.rows.prefix(shownRows))
        var widths = (0..<columns).map { c in rows.map { $0[c].count }.max() ?? 0 }
        let separator = 2
        while widths.reduce(0, +) + separator * (columns - 1) > width {
            // Narrow the widest column; below 12 characters only on narrow terminals.
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > (width < Self.width ? 4 : 12) else { break }
            widths[widest] -= 1
        }
        var out: [String] = []
        for (r, row) in rows.enumerated() {
            let cells = (0..<columns).map { c in wrap(row[c], indent: "", first: "", width: widths[c]) }
            let height = cells.map(\.count).max() ?? 1
            for line in 0..<height {
                var text = ""
                for c in 0..<columns {
                    let cell = line < cells[c].count ? cells[c][line] : ""
                    text += cell
                    if c < columns - 1 { text += String(repeating: " ", count: widths[c] - cell.count + separator) }
                }
                while text.hasSuffix(" ") { text.removeLast() }
                out.append(r == 0 ? style(text, "1") : text)
            }
            if r == 0 {
                out.append((0..<columns).map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  "))
            }
        }
        if shownRows < table.rows.count {
            out.append("... and \(table.rows.count - shownRows) more rows (--all shows them)")
        }
        return out
    }
}
