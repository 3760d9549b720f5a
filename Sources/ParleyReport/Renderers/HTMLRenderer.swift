/// Renders a ``ReportDocument`` as one self-contained HTML file: inline CSS
/// laid out for A4 print, inline SVG pictures, no scripts, nothing fetched.
/// The markup is also well-formed XML. Lists and tables are shown whole.
public struct HTMLRenderer: Sendable {
    /// A renderer.
    public init() {}

    /// The document as HTML, ending in a newline.
    public func render(_ document: ReportDocument) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="parley"/>
        <title>\(escape(document.title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <main>
        <h1>\(escape(document.title))</h1>

        """
        for block in document.blocks {
            switch block {
            case .heading(let text): out += "<h2>\(escape(text))</h2>\n"
            case .subheading(let text): out += "<h3>\(escape(text))</h3>\n"
            case .paragraph(let text): out += "<p>\(inline(text))</p>\n"
            case .verdict(let text, let favourable):
                out += "<p class=\"verdict \(favourable ? "deal" : "no-deal")\">\(inline(text))</p>\n"
            case .note(let text): out += "<p class=\"note\"><strong>Note:</strong> \(inline(text))</p>\n"
            case .table(let table):
                out += "<table>\n<thead><tr>" + table.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    out += "<tr>" + row.map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .list(let items, let start):
                out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
                for item in items {
                    out += "<li>\(inline(item.text))"
                    if !item.details.isEmpty {
                        out += "<ul>" + item.details.map { "<li>\(inline($0))</li>" }.joined() + "</ul>"
                    }
                    out += "</li>\n"
                }
                out += "</ol>\n"
            case .picture(let picture):
                out += "<figure>\n\(picture.svg)\n<figcaption>\(escape(picture.caption))</figcaption>\n</figure>\n"
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// Escaped text, with `code spans` in backquotes set as code.
    private func inline(_ text: String) -> String {
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false)
        guard pieces.count >= 3 else { return escape(text) }
        return pieces.enumerated().map { index, piece in
            index.isMultiple(of: 2) || index == pieces.count - 1 && pieces.count.isMultiple(of: 2)
                ? escape(String(piece)) : "<code>\(escape(String(piece)))</code>"
        }.joined()
    }

    private func escape(_ text: String) -> String {
        XMLText.escape(text)
    }

    static let style = """

    @page { size: A4; margin: 16mm 14mm; }
    body { font: 10.5pt/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; color: #212121; margin: 0; }
    main { max-width: 182mm; margin: 0 auto; padding: 12px; }
    h1 { font-size: 20pt; margin: 0 0 4px; }
    h2 { font-size: 14pt; border-bottom: 1px solid #bdbdbd; margin-top: 22px; break-after: avoid; }
    h3 { font-size: 11.5pt; margin-top: 16px; break-after: avoid; }
    p.verdict { font-size: 12pt; font-weight: bold; padding: 8px 12px; border-radius: 4px; }
    p.deal { background: #e8f5e9; border-left: 5px solid #43a047; }
    p.no-deal { background: #ffebee; border-left: 5px solid #e53935; }
    p.note { background: #fff8e1; border-left: 5px solid #ffb300; padding: 6px 10px; }
    table { border-collapse: collapse; margin: 8px 0; font-size: 9.5pt; }
    th, td { border: 1px solid #d0d0d0; padding: 3px 7px; text-align: left; vertical-align: top; }
    th { background: #f5f5f5; }
    tr { break-inside: avoid; }
    code { font-family: Menlo, Consolas, monospace; font-size: 9pt; background: #f5f5f5; padding: 0 2px; }
    ol li { margin-bottom: 3px; }
    ul { margin: 2px 0 4px; padding-left: 20px; color: #424242; }
    figure { margin: 12px 0; break-inside: avoid; }
    figure svg { max-width: 100%; height: auto; }
    figcaption { font-size: 9pt; color: #616161; }

    """
}
