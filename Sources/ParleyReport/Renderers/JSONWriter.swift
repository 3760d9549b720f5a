/// Writes JSON text with a fixed layout: one key per line in objects,
/// arrays of scalars on one line. Renderers decide the content; this only
/// handles punctuation, indentation and string escapes.
public final class JSONWriter {
    private(set) var text = ""
    private var indent = 0
    /// Whether the current container has an element yet (for commas).
    private var hasElement: [Bool] = []

    func raw(_ value: String) { text += value }

    func string(_ value: String) {
        text += JSONWriter.quoted(value)
    }

    /// A JSON string literal for the text, escaped as JSON requires.
    public static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    func bool(_ value: Bool?) {
        text += value.map { $0 ? "true" : "false" } ?? "null"
    }

    func object(_ body: () -> Void) {
        text += "{"
        indent += 1
        hasElement.append(false)
        body()
        let any = hasElement.removeLast()
        indent -= 1
        if any { text += "\n" + String(repeating: " ", count: indent) }
        text += "}"
    }

    func key(_ name: String, _ body: () -> Void) {
        if hasElement[hasElement.count - 1] { text += "," }
        hasElement[hasElement.count - 1] = true
        text += "\n" + String(repeating: " ", count: indent)
        string(name)
        text += ": "
        body()
    }

    func array<T>(_ items: [T], _ element: (T) -> Void) {
        text += "["
        for (index, item) in items.enumerated() {
            if index > 0 { text += ", " }
            element(item)
        }
        text += "]"
    }
}
