/// One element of an XML document as ``XMLReader`` reads it: its name, its
/// attributes in written order, its child elements, and where its start tag
/// begins. Text between tags is kept only as the concatenated, entity-decoded
/// ``text`` (GENIUS files carry everything in attributes).
public struct XMLElement: Sendable {
    /// The tag name, e.g. `issue`.
    public var name: String
    /// The attributes as written, values entity-decoded.
    public var attributes: [(name: String, value: String)]
    /// The child elements, in document order.
    public var children: [XMLElement]
    /// The character data directly inside the element, entity-decoded.
    public var text: String
    /// The byte offset of the start tag's `<` in its file.
    public var offset: Int

    /// Makes an element.
    public init(name: String, attributes: [(name: String, value: String)] = [], children: [XMLElement] = [], text: String = "", offset: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.offset = offset
    }

    /// The value of the first attribute of that name, or nil.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The direct children of that tag name, in document order.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }
}
