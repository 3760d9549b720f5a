/// A small reader for the XML that GENIUS domain and profile files use:
/// an optional declaration (`<?xml ...?>`, and other processing
/// instructions, skipped), comments, elements with attributes in single or
/// double quotes, self-closing tags, character data with the five
/// predefined entities and character references, and CDATA sections.
/// Document type declarations are refused.
///
/// Nesting is kept on an explicit stack rather than by recursion and is
/// bounded by ``maximumDepth``, so no input can exhaust the call stack. Every error is an ``ImportError`` with
/// the file, the line and column, and the innermost open element.
public struct XMLReader {
    /// How deep elements may nest: far beyond any GENIUS file, and shallow
    /// enough that releasing the tree (which recurses) cannot exhaust a
    /// thread's stack.
    public static let maximumDepth = 1_000

    private let file: SourceFile
    private let bytes: [UInt8]
    private var position: Int

    /// Reads the document held by a file.
    /// - Returns: its root element.
    /// - Throws: ``ImportError`` for malformed XML.
    public static func read(_ file: SourceFile) throws(ImportError) -> XMLElement {
        var reader = XMLReader(file: file)
        return try reader.document()
    }

    private init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
        self.position = file.contentStart
    }

    /// An error inside the element named `open` (nil outside the root).
    private func fail(_ message: String, at offset: Int, in open: String?) -> ImportError {
        ImportError(message, in: file, at: offset, element: open)
    }

    private func starts(with text: StaticString, at offset: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in
            for i in 0..<count where bytes[offset + i] != prefix[i] { return false }
            return true
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    private mutating func skipSpace() {
        while position < bytes.count, XMLReader.isSpace(bytes[position]) { position += 1 }
    }

    /// The document: prolog, one root element, then only space, comments
    /// and processing instructions.
    private mutating func document() throws(ImportError) -> XMLElement {
        try validateUTF8()
        var root: XMLElement?
        while true {
            skipSpace()
            guard position < bytes.count else { break }
            if starts(with: "<!--", at: position) {
                try skipComment(nil)
            } else if starts(with: "<?", at: position) {
                try skipInstruction(nil)
            } else if starts(with: "<!", at: position) {
                throw fail("document type declarations are not supported", at: position, in: nil)
            } else if bytes[position] == UInt8(ascii: "<"), root == nil {
                root = try element()
            } else if bytes[position] == UInt8(ascii: "<") {
                throw fail("a second root element; an XML document has exactly one", at: position, in: nil)
            } else {
                throw fail("text outside the root element", at: position, in: nil)
            }
        }
        guard let root else { throw fail("no root element", at: bytes.count, in: nil) }
        return root
    }

    /// One element and everything inside it, from its `<`.
    private mutating func element() throws(ImportError) -> XMLElement {
        var stack: [XMLElement] = []
        while true {
            if position >= bytes.count {
                let open = stack.last?.name ?? ""
                throw fail("<\(open)> is not closed before the end of the file", at: bytes.count, in: stack.last?.name)
            }
            let byte = bytes[position]
            if byte != UInt8(ascii: "<") {
                try characterData(into: &stack)
                continue
            }
            if starts(with: "<!--", at: position) {
                try skipComment(stack.last?.name)
            } else if starts(with: "<![CDATA[", at: position) {
                try cdata(into: &stack)
            } else if starts(with: "<!", at: position) {
                throw fail("document type declarations are not supported", at: position, in: stack.last?.name)
            } else if starts(with: "<?", at: position) {
                try skipInstruction(stack.last?.name)
            } else if starts(with: "</", at: position) {
                let at = position
                position += 2
                let name = try self.name(stack.last?.name)
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
                    throw fail("expected '>' to end the closing tag </\(name)>", at: position, in: stack.last?.name)
                }
                position += 1
                guard let open = stack.popLast() else {
                    throw fail("closing tag </\(name)> without an opening tag", at: at, in: stack.last?.name)
                }
                guard open.name == name else {
                    throw fail("closing tag </\(name)> does not match <\(open.name)>", at: at, in: open.name)
                }
                guard stack.isEmpty else {
                    stack[stack.count - 1].children.append(open)
                    continue
                }
                return open
            } else {
                let (started, selfClosing) = try startTag(stack.last?.name)
                if selfClosing {
                    guard stack.isEmpty else {
                        stack[stack.count - 1].children.append(started)
                        continue
                    }
                    return started
                }
                guard stack.count < XMLReader.maximumDepth else {
                    throw fail("elements nest more than \(XMLReader.maximumDepth) levels deep", at: started.offset, in: started.name)
                }
                stack.append(started)
            }
        }
    }

    /// A start tag from its `<`: the element without children, and whether
    /// it closed itself (`/>`).
    private mutating func startTag(_ parent: String?) throws(ImportError) -> (XMLElement, Bool) {
        let at = position
        position += 1
        guard position < bytes.count, XMLReader.isNameStart(bytes[position]) else {
            throw fail("expected an element name after '<'", at: position, in: parent)
        }
        var element = XMLElement(name: try name(parent), offset: at)
        let inside = element.name
        while true {
            let hadSpace = position < bytes.count && XMLReader.isSpace(bytes[position])
            skipSpace()
            guard position < bytes.count else {
                throw fail("the start tag <\(element.name)> is not closed before the end of the file", at: position, in: inside)
            }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return (element, false)
            }
            if starts(with: "/>", at: position) {
                position += 2
                return (element, true)
            }
            guard hadSpace, XMLReader.isNameStart(bytes[position]) else {
                throw fail("expected an attribute name, '>' or '/>' in <\(element.name)>", at: position, in: inside)
            }
            let nameAt = position
            let attribute = try name(inside)
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw fail("expected '=' after attribute '\(attribute)'", at: position, in: inside)
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw fail("expected a quoted value for attribute '\(attribute)'", at: position, in: inside)
            }
            let quote = bytes[position]
            position += 1
            var value: [UInt8] = []
            while true {
                guard position < bytes.count else {
                    throw fail("the value of attribute '\(attribute)' is not closed before the end of the file", at: position, in: inside)
                }
                let byte = bytes[position]
                if byte == quote { break }
                if byte == UInt8(ascii: "<") {
                    throw fail("'<' is not allowed in an attribute value; write &lt;", at: position, in: inside)
                }
                if byte == UInt8(ascii: "&") {
                    try entity(into: &value, inside)
                } else {
                    // Attribute values normalise white space characters to spaces.
                    value.append(XMLReader.isSpace(byte) ? 0x20 : byte)
                    position += 1
                }
            }
            position += 1
            if element.attributes.contains(where: { $0.name == attribute }) {
                throw fail("attribute '\(attribute)' is given twice", at: nameAt, in: inside)
            }
            element.attributes.append((attribute, String(decoding: value, as: UTF8.self)))
        }
    }

    private mutating func name(_ open: String?) throws(ImportError) -> String {
        let start = position
        guard position < bytes.count, XMLReader.isNameStart(bytes[position]) else {
            throw fail("expected a name", at: position, in: open)
        }
        while position < bytes.count, XMLReader.isNameByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Text up to the next `<`, entities decoded, appended to the open element.
    private mutating func characterData(into stack: inout [XMLElement]) throws(ImportError) {
        var text: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") {
            if bytes[position] == UInt8(ascii: "&") {
                try entity(into: &text, stack.last?.name)
            } else {
                text.append(bytes[position])
                position += 1
            }
        }
        guard !stack.isEmpty else {
            if text.contains(where: { !XMLReader.isSpace($0) }) {
                throw fail("text outside the root element", at: position, in: nil)
            }
            return
        }
        stack[stack.count - 1].text += String(decoding: text, as: UTF8.self)
    }

    /// `&lt; &gt; &amp; &quot; &apos; &#DDD; &#xHHH;`, from its `&`.
    private mutating func entity(into output: inout [UInt8], _ open: String?) throws(ImportError) {
        let at = position
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: ";"), position - start <= 10 { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ";") else {
            throw fail("'&' must start an entity such as &amp; ending in ';'", at: at, in: open)
        }
        let body = String(decoding: bytes[start..<position], as: UTF8.self)
        position += 1
        switch body {
        case "lt": output.append(UInt8(ascii: "<"))
        case "gt": output.append(UInt8(ascii: ">"))
        case "amp": output.append(UInt8(ascii: "&"))
        case "quot": output.append(UInt8(ascii: "\""))
        case "apos": output.append(UInt8(ascii: "'"))
        default:
            var digits = Substring(body)
            var radix = 10
            guard digits.first == "#" else {
                throw fail("unknown entity '&\(body);'", at: at, in: open)
            }
            digits = digits.dropFirst()
            if digits.first == "x" {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, let code = UInt32(digits, radix: radix), code != 0, let scalar = Unicode.Scalar(code) else {
                throw fail("invalid character reference '&\(body);'", at: at, in: open)
            }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
    }

    private mutating func skipComment(_ open: String?) throws(ImportError) {
        let at = position
        position += 4
        while position < bytes.count, !starts(with: "-->", at: position) { position += 1 }
        guard position < bytes.count else {
            throw fail("comment is not closed with '-->' before the end of the file", at: at, in: open)
        }
        position += 3
    }

    private mutating func skipInstruction(_ open: String?) throws(ImportError) {
        let at = position
        position += 2
        while position < bytes.count, !starts(with: "?>", at: position) { position += 1 }
        guard position < bytes.count else {
            throw fail("'<?' is not closed with '?>' before the end of the file", at: at, in: open)
        }
        position += 2
    }

    private mutating func cdata(into stack: inout [XMLElement]) throws(ImportError) {
        let at = position
        position += 9
        let start = position
        while position < bytes.count, !starts(with: "]]>", at: position) { position += 1 }
        guard position < bytes.count else {
            throw fail("CDATA section is not closed with ']]>' before the end of the file", at: at, in: stack.last?.name)
        }
        stack[stack.count - 1].text += String(decoding: bytes[start..<position], as: UTF8.self)
        position += 3
    }

    /// Refuses invalid UTF-8 and NUL bytes, at the first offending byte.
    private func validateUTF8() throws(ImportError) {
        var index = file.contentStart
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { throw fail("NUL byte in the file", at: index, in: nil) }
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: throw fail("invalid UTF-8 byte; save the file as UTF-8", at: index, in: nil)
            }
            guard index + length <= bytes.count else { throw fail("invalid UTF-8 byte; save the file as UTF-8", at: index, in: nil) }
            for next in bytes[(index + 1)..<(index + length)] where next & 0xC0 != 0x80 {
                throw fail("invalid UTF-8 byte; save the file as UTF-8", at: index, in: nil)
            }
            if length > 1 {
                let second = bytes[index + 1]
                let overlong = (byte == 0xE0 && second < 0xA0) || (byte == 0xF0 && second < 0x90)
                let outOfRange = (byte == 0xED && second >= 0xA0) || (byte == 0xF4 && second >= 0x90)
                if overlong || outOfRange { throw fail("invalid UTF-8 byte; save the file as UTF-8", at: index, in: nil) }
            }
            index += length
        }
    }
}
