/// Prints an expression in canonical form: tokens separated by single
/// spaces, parentheses exactly as written, unary minus and set braces
/// attached (`-x`, `{a, b}`), integers without leading zeros. This text is
/// what `parley fmt` writes and what reports show as an item's `expression`.
public enum ExpressionPrinter {
    /// The canonical text of an expression.
    public static func text(_ expression: ExpressionSyntax) -> String {
        var scratch: [UInt8] = []
        return text(expression, scratch: &scratch)
    }

    /// The canonical text, written through a caller's scratch buffer so
    /// that printing many expressions allocates one buffer, not one each.
    public static func text(_ expression: ExpressionSyntax, scratch: inout [UInt8]) -> String {
        // Bytes, not String appends: checking a large file prints every
        // demand, and String interpolation was a quarter of that time.
        scratch.removeAll(keepingCapacity: true)
        write(expression, to: &scratch)
        return String(decoding: scratch, as: UTF8.self)
    }

    static func write(_ expression: ExpressionSyntax, to out: inout [UInt8]) {
        switch expression {
        case .integer(let value, _):
            appendInteger(value ?? 0, to: &out)
        case .name(let name):
            out.append(contentsOf: name.text.utf8)
        case .utility(let party, _):
            out.append(contentsOf: "utility(".utf8)
            out.append(contentsOf: party.text.utf8)
            out.append(UInt8(ascii: ")"))
        case .boolean(let value, _):
            out.append(contentsOf: (value ? "true" : "false").utf8)
        case .parenthesized(let inner, _):
            out.append(UInt8(ascii: "("))
            write(inner, to: &out)
            out.append(UInt8(ascii: ")"))
        case .prefix(let isNot, let count, let operand, _):
            for _ in 0..<count {
                if isNot { out.append(contentsOf: "not ".utf8) } else { out.append(UInt8(ascii: "-")) }
            }
            write(operand, to: &out)
        case .chain(let operands, let operators):
            write(operands[0], to: &out)
            for (op, operand) in zip(operators, operands.dropFirst()) {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: op.kind.rawValue.utf8)
                out.append(UInt8(ascii: " "))
                write(operand, to: &out)
            }
        case .comparison(let left, let op, let right, _):
            write(left, to: &out)
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: op.rawValue.utf8)
            out.append(UInt8(ascii: " "))
            write(right, to: &out)
        case .membership(let left, let negated, let values, _):
            write(left, to: &out)
            out.append(contentsOf: (negated ? " not in {" : " in {").utf8)
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(contentsOf: ", ".utf8) }
                switch value {
                case .value(let name): out.append(contentsOf: name.text.utf8)
                case .integer(let n): appendInteger(n.value ?? 0, to: &out)
                case .range(let lo, let hi):
                    appendInteger(lo.value ?? 0, to: &out)
                    out.append(contentsOf: "..".utf8)
                    appendInteger(hi.value ?? 0, to: &out)
                }
            }
            out.append(UInt8(ascii: "}"))
        case .count(let kind, let k, let items, _):
            out.append(contentsOf: kind.rawValue.utf8)
            out.append(UInt8(ascii: " "))
            appendInteger(k.value ?? 0, to: &out)
            out.append(contentsOf: " of {".utf8)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(contentsOf: ", ".utf8) }
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        out.append(contentsOf: digits.reversed())
    }
}
