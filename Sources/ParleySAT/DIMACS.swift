/// Reads DIMACS CNF: `c` comment lines, one `p cnf VARIABLES CLAUSES`
/// header, then clauses as whitespace-separated literals each ended by `0`,
/// free to span lines. A line starting with `%` ends the data (a SATLIB
/// convention).
public struct DIMACS: Sendable {
    /// The declared number of variables.
    public var variableCount: Int
    /// The clauses, as literals.
    public var clauses: [[Literal]]

    /// A malformed file: the line and what is wrong.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        /// The 1-based line.
        public var line: Int
        /// What is wrong.
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Parses DIMACS text.
    /// - Throws: ``ParseError`` naming the line of the first problem.
    public static func parse(_ bytes: [UInt8]) throws -> DIMACS {
        var line = 1
        var index = 0
        var header: (variables: Int, clauses: Int)?
        var clauses: [[Literal]] = []
        var current: [Literal] = []
        var currentStartLine = 0
        let count = bytes.count

        func skipLine() {
            while index < count, bytes[index] != 0x0A { index += 1 }
        }

        func readWord() -> Substring {
            let start = index
            while index < count, !isSpace(bytes[index]) { index += 1 }
            return Substring(decoding: bytes[start..<index], as: UTF8.self)
        }

        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        var atLineStart = true
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                index += 1
                atLineStart = true
                continue
            }
            if isSpace(byte) {
                index += 1
                continue
            }
            if atLineStart && byte == UInt8(ascii: "c") {
                skipLine()
                continue
            }
            if atLineStart && byte == UInt8(ascii: "%") {
                break
            }
            atLineStart = false
            if byte == UInt8(ascii: "p") {
                guard header == nil else { throw ParseError(line: line, message: "a second 'p' header") }
                let headerLine = line
                let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? count
                let words = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
                    .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
                guard words.count == 4, words[0] == "p", words[1] == "cnf",
                      let variables = Int(words[2]), let clauseCount = Int(words[3]),
                      variables >= 0, clauseCount >= 0, variables < Int(Int32.max) / 2
                else {
                    throw ParseError(line: headerLine, message: "bad header; expected 'p cnf VARIABLES CLAUSES'")
                }
                header = (variables, clauseCount)
                index = lineEnd
                continue
            }
            let word = readWord()
            guard let headerValue = header else {
                throw ParseError(line: line, message: "'\(word.prefix(20))' before the 'p cnf' header")
            }
            guard let number = Int(word) else {
                throw ParseError(line: line, message: "'\(word.prefix(20))' is not a literal")
            }
            if number == 0 {
                clauses.append(current)
                current = []
                continue
            }
            guard number.magnitude <= UInt(headerValue.variables) else {
                throw ParseError(line: line, message: "literal \(number) is beyond the \(headerValue.variables) declared variables")
            }
            if current.isEmpty { currentStartLine = line }
            current.append(Literal(dimacs: number))
        }
        guard let header else {
            throw ParseError(line: line, message: "no 'p cnf' header")
        }
        if !current.isEmpty {
            throw ParseError(line: currentStartLine, message: "the last clause is not ended by 0")
        }
        if clauses.count != header.clauses {
            throw ParseError(line: line, message: "the header declares \(header.clauses) clauses but the file has \(clauses.count)")
        }
        return DIMACS(variableCount: header.variables, clauses: clauses)
    }
}
