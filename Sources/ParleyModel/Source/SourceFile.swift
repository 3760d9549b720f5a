/// The text of one scenario file, held as UTF-8 bytes.
///
/// Tokens and diagnostics refer to the text by byte offsets; line and column
/// numbers are worked out only when a diagnostic is shown, from a line table
/// built on first use.
public final class SourceFile: @unchecked Sendable {
    /// The name used in diagnostics: the path as given, or `<stdin>`.
    public let name: String
    /// The file's bytes, exactly as read (a byte order mark included).
    public let bytes: [UInt8]
    /// Offset of the first byte after a leading UTF-8 byte order mark (0 or 3).
    public let contentStart: Int

    private var lineStartsStorage: [Int]?

    /// Wraps the bytes of a file.
    /// - Parameters:
    ///   - name: how diagnostics name the file.
    ///   - bytes: the raw contents.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            contentStart = 3
        } else {
            contentStart = 0
        }
    }

    /// Wraps a string's UTF-8 encoding.
    public convenience init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// Byte offsets at which each line starts. Only LF ends a line (CRLF is a
    /// line break because it ends in LF; a lone CR is whitespace).
    private var lineStarts: [Int] {
        if let starts = lineStartsStorage { return starts }
        var starts = [contentStart]
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(index + 1)
        }
        lineStartsStorage = starts
        return starts
    }

    /// The 1-based line and column of a byte offset. Columns count Unicode
    /// code points (UTF-8 continuation bytes are not counted); a tab counts one.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(contentStart, min(offset, bytes.count))
        let lineNumber = line(of: clamped)
        var column = 1
        var index = lineStarts[lineNumber - 1]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: lineNumber, column: column)
    }

    /// The 1-based line of a byte offset.
    public func line(of offset: Int) -> Int {
        let starts = lineStarts
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return "" }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The number of lines in the file.
    public var lineCount: Int { lineStarts.count }

    /// The bytes of a range as a string.
    public func text(_ range: SourceRange) -> String {
        // Through a buffer pointer: the contiguous fast path of the
        // decoder, several times quicker than decoding an array slice.
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range.start..<range.end]), as: UTF8.self)
        }
    }
}

/// A 1-based line and code-point column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column in Unicode code points, from 1.
    public var column: Int

    /// Makes a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of byte offsets in a ``SourceFile``.
public struct SourceRange: Hashable, Sendable {
    /// The first byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Makes a range.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
