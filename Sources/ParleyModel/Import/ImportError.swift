/// A problem in a file given to `parley import`: malformed XML, or a GENIUS
/// domain or profile that does not fit together.
///
/// Its ``description`` is `FILE:LINE:COL: error: MESSAGE (in <ELEMENT>)`, the
/// first line every Parley diagnostic has.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as named on the command line.
    public var file: String
    /// The 1-based line of the offending place.
    public var line: Int
    /// The 1-based column, in Unicode code points.
    public var column: Int
    /// The element the problem is in (its tag name), or nil at the top level.
    public var element: String?
    /// What is wrong, one line.
    public var message: String

    /// Makes an error at a byte offset of a file.
    public init(_ message: String, in file: SourceFile, at offset: Int, element: String?) {
        let location = file.location(of: offset)
        self.file = file.name
        self.line = location.line
        self.column = location.column
        self.element = element
        self.message = message
    }

    /// `FILE:LINE:COL: error: MESSAGE (in <ELEMENT>)`.
    public var description: String {
        "\(file):\(line):\(column): error: \(message)" + (element.map { " (in <\($0)>)" } ?? "")
    }
}
