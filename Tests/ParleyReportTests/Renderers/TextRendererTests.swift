import Testing
import ParleyReport

/// The text renderer's layout rules.
@Suite struct TextRendererTests {
    static func document(items: Int) -> ReportDocument {
        ReportDocument(title: "T", blocks: [.list((1...items).map { ListItem("item \($0)") })])
    }

    @Test func longListsAreSummarisedWithACount() {
        let text = TextRenderer().render(Self.document(items: 25))
        #expect(text.contains("10. item 10"))
        #expect(!text.contains("item 11"))
        #expect(text.contains("... and 15 more (--all shows them)"))
    }

    @Test func allShowsLongListsWhole() {
        let text = TextRenderer(all: true).render(Self.document(items: 25))
        #expect(text.contains("25. item 25"))
        #expect(!text.contains("more (--all"))
    }

    @Test func longWordsAreCutToTheWidth() {
        let document = ReportDocument(title: "T", blocks: [.paragraph(String(repeating: "x", count: 250))])
        let lines = TextRenderer().render(document).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= TextRenderer.width })
        #expect(lines.map(\.count).reduce(0, +) >= 250 + 2)
    }

    @Test func wideTablesWrapTheirCells() {
        let row = ["a", String(repeating: "word ", count: 40), String(repeating: "other ", count: 30)]
        let document = ReportDocument(title: "T", blocks: [.table(Table(header: ["x", "y", "z"], rows: [row]))])
        let text = TextRenderer().render(document)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= TextRenderer.width })
        #expect(text.components(separatedBy: "word").count - 1 == 40)
    }
}

/// Markdown escaping.
@Suite struct MarkdownRendererTests {
    @Test func markupCharactersAreEscapedButCodeSpansKept() {
        let document = ReportDocument(title: "T", blocks: [.paragraph("2 * troops <= 40, see `parley explain f troops`")])
        let markdown = MarkdownRenderer().render(document)
        #expect(markdown.contains("2 \\* troops \\<= 40"))
        #expect(markdown.contains("`parley explain f troops`"))
    }

    @Test func pipesInTableCellsAreEscaped() {
        let document = ReportDocument(title: "T", blocks: [.table(Table(header: ["a"], rows: [["x | y"]]))])
        #expect(MarkdownRenderer().render(document).contains("| x \\| y |"))
    }
}
