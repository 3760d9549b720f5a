/// Turns the free-form names of imported files ("Full size", "0000-0300",
/// "1 million $") into Parley identifiers, unique within a namespace:
/// ASCII letters and digits kept (lower-cased), every other run of
/// characters one underscore, a prefix before a leading digit, an
/// underscore after a keyword, `_2`, `_3`, ... after a name already taken.
struct ScenarioNames {
    private var taken: Set<String> = []

    init(reserving names: [String] = []) {
        taken = Set(names)
    }

    /// A fresh identifier for `text`; `prefix` starts it when the text
    /// yields nothing or begins with a digit.
    mutating func identifier(for text: String, prefix: String) -> String {
        var base = ""
        var pendingUnderscore = false
        for scalar in text.unicodeScalars {
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            let isDigit = scalar >= "0" && scalar <= "9"
            if isLetter || isDigit {
                if pendingUnderscore && !base.isEmpty { base += "_" }
                pendingUnderscore = false
                base.unicodeScalars.append(isLetter ? Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value | 0x20)) : scalar)
            } else {
                pendingUnderscore = true
            }
        }
        if base.isEmpty {
            base = prefix
        } else if let first = base.unicodeScalars.first, first >= "0" && first <= "9" {
            base = prefix + "_" + base
        }
        if Keyword(rawValue: base) != nil { base += "_" }
        var name = base
        var suffix = 2
        while taken.contains(name) {
            name = "\(base)_\(suffix)"
            suffix += 1
        }
        taken.insert(name)
        return name
    }
}
