/// Splits a ``SourceFile`` into tokens, one at a time, on demand.
///
/// The lexer works on bytes. Anything outside ASCII is legal only inside
/// strings and comments, where it is checked to be valid UTF-8. Problems are
/// recorded as diagnostics and lexing goes on, so that one run reports them
/// all; the lexer never fails.
public struct Lexer {
    let file: SourceFile
    private let bytes: [UInt8]
    private var position: Int
    /// Comments met so far, in order.
    public private(set) var comments: [Comment] = []
    /// Problems met so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The decoded text of the last string literal produced. Kept out of
    /// the token so that tokens are plain values, cheap to copy and compare.
    public private(set) var stringValue = ""
    /// Whether a token has been produced on the current line (for comments).
    private var codeOnLine = false
    /// The kind of the last token produced.
    private var lastKind: TokenKind = .endOfFile
    /// How many braces opened after `in` or `of` (a set or a list, where a
    /// comma separates elements) are open.
    private var setDepth = 0

    /// Starts lexing a file, after any byte order mark.
    public init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
        self.position = file.contentStart
    }

    /// The keywords by first letter, as bytes, so that telling a keyword
    /// from a name needs no string.
    private static let keywordsByInitial: [[([UInt8], Keyword)]] = {
        var table = Array(repeating: [([UInt8], Keyword)](), count: 26)
        for keyword in Keyword.allCases {
            let bytes = Array(keyword.rawValue.utf8)
            table[Int(bytes[0] - 0x61)].append((bytes, keyword))
        }
        return table
    }()

    /// The next token; `.endOfFile` forever once the input is used up.
    public mutating func next() -> Token {
        let token = nextToken()
        switch token.kind {
        case .punctuation(.leftBrace) where lastKind == .keyword(.in) || lastKind == .keyword(.of): setDepth += 1
        case .punctuation(.rightBrace) where setDepth > 0: setDepth -= 1
        default: break
        }
        lastKind = token.kind
        return token
    }

    private mutating func nextToken() -> Token {
        while true {
            skipSpaceAndComments()
            let start = position
            guard position < bytes.count else {
                return Token(kind: .endOfFile, range: SourceRange(start: start, end: start))
            }
            let byte = bytes[position]
            codeOnLine = true
            if isIdentifierStart(byte) {
                position += 1
                while position < bytes.count, isIdentifierPart(bytes[position]) { position += 1 }
                let range = SourceRange(start: start, end: position)
                if let keyword = keywordAt(range) {
                    return Token(kind: .keyword(keyword), range: range)
                }
                return Token(kind: .identifier, range: range)
            }
            if byte >= 0x30 && byte <= 0x39 {
                return lexInteger(start: start)
            }
            if byte == 0x22 {
                return lexString(start: start)
            }
            if let punctuation = lexPunctuation() {
                return Token(kind: .punctuation(punctuation), range: SourceRange(start: start, end: position))
            }
            if let token = lexMistakenOperator(start: start) { return token }
            // Not a token: report it and skip the whole character.
            if byte == 0 {
                position += 1
                report(.nulByte, start, position)
            } else if byte < 0x80 {
                position += 1
                report(.unexpectedCharacter(String(UnicodeScalar(byte))), start, position)
            } else if let length = utf8SequenceLength(at: position) {
                position += length
                report(.unexpectedCharacter(file.text(SourceRange(start: start, end: position))), start, position)
            } else {
                position += 1
                report(.invalidUTF8, start, position)
            }
        }
    }

    private mutating func report(_ kind: DiagnosticKind, _ start: Int, _ end: Int) {
        diagnostics.append(Diagnostic(kind, at: SourceRange(start: start, end: end)))
    }

    private func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    private func isIdentifierPart(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || (b >= 0x30 && b <= 0x39)
    }

    private func keywordAt(_ range: SourceRange) -> Keyword? {
        // Keywords are 2 to 8 lowercase letters; skip the lookup otherwise.
        let length = range.end - range.start
        let initial = bytes[range.start]
        guard length >= 2, length <= 8, initial >= 0x61, initial <= 0x7A else { return nil }
        candidates: for (word, keyword) in Lexer.keywordsByInitial[Int(initial - 0x61)] where word.count == length {
            for offset in 1..<length where bytes[range.start + offset] != word[offset] { continue candidates }
            return keyword
        }
        return nil
    }

    private mutating func skipSpaceAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                position += 1
            } else if byte == 0x0A {
                position += 1
                codeOnLine = false
            } else if byte == 0x23 {
                let start = position
                while position < bytes.count, bytes[position] != 0x0A {
                    checkTextByte()
                }
                var end = position
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                let range = SourceRange(start: start, end: end)
                comments.append(Comment(text: file.text(range), range: range, trailing: codeOnLine))
            } else {
                return
            }
        }
    }

    /// Steps over one character of a comment or string, reporting a NUL or
    /// invalid UTF-8 at its position.
    private mutating func checkTextByte() {
        let byte = bytes[position]
        if byte == 0 {
            report(.nulByte, position, position + 1)
            position += 1
        } else if byte < 0x80 {
            position += 1
        } else if let length = utf8SequenceLength(at: position) {
            position += length
        } else {
            report(.invalidUTF8, position, position + 1)
            position += 1
        }
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or nil.
    private func utf8SequenceLength(at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var lowest: UInt32
        if lead & 0xE0 == 0xC0 { length = 2; lowest = 0x80 }
        else if lead & 0xF0 == 0xE0 { length = 3; lowest = 0x800 }
        else if lead & 0xF8 == 0xF0 { length = 4; lowest = 0x10000 }
        else { return nil }
        guard index + length <= bytes.count else { return nil }
        var scalar = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return nil }
            scalar = (scalar << 6) | UInt32(continuation & 0x3F)
        }
        lowest = scalar < lowest ? 1 : 0
        guard lowest == 0, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return length
    }

    private mutating func lexInteger(start: Int) -> Token {
        var value: Int64 = 0
        var digits = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            // At most 18 digits are accumulated, so the value never overflows.
            if digits < 18 { value = value * 10 + Int64(bytes[position] - 0x30) }
            digits += 1
            position += 1
        }
        // `1_000` and `600,000` (a comma then exactly three digits, no space):
        // digit separators, reported once and read as the plain number.
        // In a set (`in {600,800}`) a comma separates elements instead.
        var separated = false
        while position + 1 < bytes.count, isSeparator(at: position) {
            separated = true
            position += 1
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                if digits < 18 { value = value * 10 + Int64(bytes[position] - 0x30) }
                digits += 1
                position += 1
            }
        }
        let range = SourceRange(start: start, end: position)
        if separated && digits <= 18 {
            diagnostics.append(Diagnostic(.digitSeparator(file.text(range), plain: String(value)), at: range))
        }
        if digits > 18 {
            diagnostics.append(Diagnostic(.integerTooLong, at: range))
            return Token(kind: .integer(nil), range: range)
        }
        return Token(kind: .integer(value), range: range)
    }

    /// Whether the byte at `index` separates digit groups: `_` before a
    /// digit, or `,` before exactly three digits and no fourth.
    private func isSeparator(at index: Int) -> Bool {
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if bytes[index] == UInt8(ascii: "_") { return isDigit(index + 1) }
        guard bytes[index] == UInt8(ascii: ","), setDepth == 0 else { return false }
        return isDigit(index + 1) && isDigit(index + 2) && isDigit(index + 3) && !isDigit(index + 4)
    }

    private mutating func lexString(start: Int) -> Token {
        position += 1
        let contentStart = position
        var text: [UInt8]?  // only built once an escape is met
        while true {
            guard position < bytes.count, bytes[position] != 0x0A else {
                report(.unterminatedString, start, start + 1)
                finishString(text, contentStart, position)
                return Token(kind: .string, range: SourceRange(start: start, end: position))
            }
            let byte = bytes[position]
            if byte == 0x22 {
                finishString(text, contentStart, position)
                position += 1
                return Token(kind: .string, range: SourceRange(start: start, end: position))
            }
            if byte == 0x5C {
                if text == nil { text = Array(bytes[contentStart..<position]) }
                let escapeStart = position
                position += 1
                let escaped: UInt8? = position < bytes.count ? bytes[position] : nil
                switch escaped {
                case 0x22: text?.append(0x22); position += 1
                case 0x5C: text?.append(0x5C); position += 1
                case 0x6E: text?.append(0x0A); position += 1
                case 0x74: text?.append(0x09); position += 1
                default:
                    // Report the escape; the string goes on after the backslash.
                    var shown = ""
                    if let e = escaped, e >= 0x20, e < 0x7F { shown = String(UnicodeScalar(e)) }
                    report(.invalidEscape(shown), escapeStart, escapeStart + 1)
                }
                continue
            }
            let before = position
            checkTextByte()
            text?.append(contentsOf: bytes[before..<position])
        }
    }

    private mutating func finishString(_ text: [UInt8]?, _ start: Int, _ end: Int) {
        if let text {
            stringValue = String(decoding: text, as: UTF8.self)
        } else {
            stringValue = String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    /// Operators of other languages, reported with the word to use and read
    /// as that word, so that one mistake gives one diagnostic: `&&` and `&`
    /// as `and`, `||` as `or`, a single `=` as `==`.
    private mutating func lexMistakenOperator(start: Int) -> Token? {
        let byte = bytes[position]
        let following: UInt8 = position + 1 < bytes.count ? bytes[position + 1] : 0
        if byte == UInt8(ascii: "&") {
            position += following == UInt8(ascii: "&") ? 2 : 1
            report(.symbolOperator(file.text(SourceRange(start: start, end: position)), word: "and"), start, position)
            return Token(kind: .keyword(.and), range: SourceRange(start: start, end: position))
        }
        if byte == UInt8(ascii: "|") {
            position += 2
            report(.symbolOperator("||", word: "or"), start, position)
            return Token(kind: .keyword(.or), range: SourceRange(start: start, end: position))
        }
        if byte == UInt8(ascii: "=") {
            position += 1
            report(.singleEquals, start, position)
            return Token(kind: .punctuation(.equal), range: SourceRange(start: start, end: position))
        }
        return nil
    }

    private mutating func lexPunctuation() -> Punctuation? {
        let byte = bytes[position]
        let following: UInt8 = position + 1 < bytes.count ? bytes[position + 1] : 0
        func take(_ p: Punctuation, _ length: Int) -> Punctuation {
            position += length
            return p
        }
        switch byte {
        case UInt8(ascii: ":"): return take(.colon, 1)
        case UInt8(ascii: "|"):
            guard following == UInt8(ascii: "|") else { return take(.bar, 1) }
            return nil
        case UInt8(ascii: "."): return following == UInt8(ascii: ".") ? take(.dotDot, 2) : take(.dot, 1)
        case UInt8(ascii: "{"): return take(.leftBrace, 1)
        case UInt8(ascii: "}"): return take(.rightBrace, 1)
        case UInt8(ascii: "("): return take(.leftParen, 1)
        case UInt8(ascii: ")"): return take(.rightParen, 1)
        case UInt8(ascii: ","): return take(.comma, 1)
        case UInt8(ascii: "="): return following == UInt8(ascii: "=") ? take(.equal, 2) : nil
        case UInt8(ascii: "!"): return following == UInt8(ascii: "=") ? take(.notEqual, 2) : nil
        case UInt8(ascii: "<"): return following == UInt8(ascii: "=") ? take(.lessEqual, 2) : take(.less, 1)
        case UInt8(ascii: ">"): return following == UInt8(ascii: "=") ? take(.greaterEqual, 2) : take(.greater, 1)
        case UInt8(ascii: "+"): return take(.plus, 1)
        case UInt8(ascii: "-"): return take(.minus, 1)
        case UInt8(ascii: "*"): return take(.star, 1)
        case UInt8(ascii: "@"): return take(.at, 1)
        default: return nil
        }
    }
}
