import Testing
@testable import ParleyModel

/// The XML subset GENIUS files use, and an error with file, line, column
/// and element for each way a document can be malformed.
@Suite struct XMLReaderTests {
    static func read(_ text: String) throws(ImportError) -> XMLElement {
        try XMLReader.read(SourceFile(name: "t.xml", text: text))
    }

    /// The error a malformed document gives, as `LINE:COL <element> message`.
    static func error(_ text: String) -> String {
        do {
            _ = try read(text)
            return "no error"
        } catch {
            #expect(error.file == "t.xml")
            return "\(error.line):\(error.column) \(error.element.map { "<\($0)>" } ?? "-") \(error.message)"
        }
    }

    @Test func readsDeclarationCommentsElementsAttributesAndEntities() throws {
        let root = try Self.read("""
        \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment <with> tags -->
        <a x="1" y='two &amp; &lt;three&gt;'>
          <b value="&quot;q&quot; &apos;s&apos; &#65;&#x42; é"/>
          <!-- inside -->
          <b value="second"></b>
          text &amp; more <![CDATA[<raw>]]>
          <c><d/></c>
        </a>
        <!-- trailing -->
        """)
        #expect(root.name == "a")
        #expect(root.attributes.map(\.name) == ["x", "y"])
        #expect(root.attribute("y") == "two & <three>")
        #expect(root.children.map(\.name) == ["b", "b", "c"])
        #expect(root.children(named: "b").map { $0.attribute("value") } == ["\"q\" 's' AB é", "second"])
        #expect(root.children[2].children.map(\.name) == ["d"])
        #expect(root.text.contains("text & more <raw>"))
        #expect(root.attribute("z") == nil)
    }

    @Test func nestingIsReadToItsLimitAndRefusedPastIt() throws {
        let depth = XMLReader.maximumDepth
        let text = String(repeating: "<e>", count: depth) + String(repeating: "</e>", count: depth)
        var element = try Self.read(text)
        var levels = 1
        while let child = element.children.first {
            element = child
            levels += 1
        }
        #expect(levels == depth)
        let deep = String(repeating: "<e>", count: 100_000) + String(repeating: "</e>", count: 100_000)
        #expect(Self.error(deep) == "1:3001 <e> elements nest more than 1000 levels deep")
    }

    @Test func eachMalformedDocumentIsAnErrorWithItsPlaceAndElement() {
        #expect(Self.error("") == "1:1 - no root element")
        #expect(Self.error("<a>\n  <b>\n</a>") == "3:1 <b> closing tag </a> does not match <b>")
        #expect(Self.error("<a>\n  <b>") == "2:6 <b> <b> is not closed before the end of the file")
        #expect(Self.error("<a x=\"1\" x=\"2\"/>") == "1:10 <a> attribute 'x' is given twice")
        #expect(Self.error("<a x=1/>") == "1:6 <a> expected a quoted value for attribute 'x'")
        #expect(Self.error("<a x\"1\"/>") == "1:5 <a> expected '=' after attribute 'x'")
        #expect(Self.error("<a x=\"1\"y=\"2\"/>") == "1:9 <a> expected an attribute name, '>' or '/>' in <a>")
        #expect(Self.error("<a x=\"<\"/>") == "1:7 <a> '<' is not allowed in an attribute value; write &lt;")
        #expect(Self.error("<a x=\"1/>") == "1:10 <a> the value of attribute 'x' is not closed before the end of the file")
        #expect(Self.error("<a>&nbsp;</a>") == "1:4 <a> unknown entity '&nbsp;'")
        #expect(Self.error("<a>&#xZZ;</a>") == "1:4 <a> invalid character reference '&#xZZ;'")
        #expect(Self.error("<a>AT&T</a>") == "1:6 <a> '&' must start an entity such as &amp; ending in ';'")
        #expect(Self.error("<a><!-- open</a>") == "1:4 <a> comment is not closed with '-->' before the end of the file")
        #expect(Self.error("<!DOCTYPE a><a/>") == "1:1 - document type declarations are not supported")
        #expect(Self.error("<a/><b/>") == "1:5 - a second root element; an XML document has exactly one")
        #expect(Self.error("hello <a/>") == "1:1 - text outside the root element")
        #expect(Self.error("</a>") == "1:1 - closing tag </a> without an opening tag")
        #expect(Self.error("<a><1/></a>") == "1:5 <a> expected an element name after '<'")
        #expect(Self.error("<a></a x>") == "1:8 <a> expected '>' to end the closing tag </a>")
        #expect(Self.error("<?xml version=\"1.0\"") == "1:1 - '<?' is not closed with '?>' before the end of the file")
        #expect(Self.error("<a>\u{0}</a>") == "1:4 - NUL byte in the file")
    }

    @Test func invalidUTF8IsAnErrorAtItsByte() {
        let file = SourceFile(name: "u.xml", bytes: Array("<a>\n x".utf8) + [0xFF] + Array("</a>".utf8))
        #expect(throws: ImportError.self) { try XMLReader.read(file) }
        do {
            _ = try XMLReader.read(file)
        } catch {
            #expect(error.description == "u.xml:2:3: error: invalid UTF-8 byte; save the file as UTF-8")
        }
    }
}
