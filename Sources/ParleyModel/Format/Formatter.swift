/// Prints a scenario in Parley's one canonical layout (`parley fmt`).
///
/// The layout: one statement or item per line; items indented two spaces
/// inside their block; a blank line around every `party` and `whatif` block
/// and wherever the source had one (runs of blank lines become one);
/// `cost`/`weight` only when not the default; expressions as
/// ``ExpressionPrinter`` writes them. Comments stay where they were: a
/// comment on a line of its own stays on its own line before the next thing,
/// a comment after code stays at the end of that line.
public struct Formatter {
    private let file: SourceFile
    private let comments: [Comment]
    private var nextComment = 0
    private var lines: [String] = []
    /// End of the last source construct printed: blank lines are looked for
    /// between it and the next one.
    private var lastEnd: Int

    /// Formats a parsed file. Format only files that parse without errors.
    public static func format(_ syntax: SyntaxFile, in file: SourceFile) -> String {
        var formatter = Formatter(file: file, comments: syntax.comments)
        formatter.run(syntax)
        return formatter.lines.joined(separator: "\n") + "\n"
    }

    private init(file: SourceFile, comments: [Comment]) {
        self.file = file
        self.comments = comments
        self.lastEnd = file.contentStart
    }

    private mutating func run(_ syntax: SyntaxFile) {
        if let title = syntax.title, let range = syntax.titleStatement {
            emit("scenario \(quote(title.value))", range: range, indent: "")
        }
        var previousWasBlock = false
        for statement in syntax.statements {
            switch statement {
            case .issue(let issue):
                flushTrailingComments(before: issue.range.start)
                if previousWasBlock { forceBlank() }
                emit(issueLine(issue), range: issue.range, indent: "")
                previousWasBlock = false
            case .party(let party):
                flushTrailingComments(before: party.range.start)
                if !lines.isEmpty { forceBlank() }
                emit("party \(party.name.text)\(label(party.label)) {", range: headerRange(party.range), indent: "")
                for item in party.items {
                    emitItem(item, indent: "  ")
                }
                closeBlock(party.range)
                previousWasBlock = true
            case .whatIf(let whatIf):
                flushTrailingComments(before: whatIf.range.start)
                if !lines.isEmpty { forceBlank() }
                let base = whatIf.extends.map { " extends \($0.name.text)" } ?? ""
                emit("whatif \(whatIf.name.text)\(label(whatIf.label))\(base) {", range: headerRange(whatIf.range), indent: "")
                for change in whatIf.changes {
                    switch change {
                    case .concede(let party, let demand, let level, let range):
                        emit("concede \(party.text).\(demand.text)" + (level.map { "@\($0.value ?? 0)" } ?? ""), range: range, indent: "  ")
                    case .item(let item):
                        emitItem(item, indent: "  ")
                    }
                }
                closeBlock(whatIf.range)
                previousWasBlock = true
            }
        }
        flushComments(before: Int.max, indent: "")
    }

    /// The range of a block's header: its first byte only, so that comments
    /// inside the block are not taken for comments before it.
    private func headerRange(_ range: SourceRange) -> SourceRange {
        SourceRange(start: range.start, end: range.start + 1)
    }

    private mutating func closeBlock(_ range: SourceRange) {
        flushComments(before: range.end - 1, indent: "  ")
        lines.append("}")
        lastEnd = range.end
    }

    private mutating func forceBlank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// Prints one line for a construct, after the comments that precede it.
    private mutating func emit(_ text: String, range: SourceRange, indent: String) {
        flushComments(before: range.start, indent: indent)
        if !lines.isEmpty, hasBlankLine(from: lastEnd, to: range.start) { forceBlank() }
        lines.append(indent + text)
        lastEnd = range.end
    }

    /// Puts the comments that end lines already printed back on those lines.
    private mutating func flushTrailingComments(before offset: Int) {
        while nextComment < comments.count, comments[nextComment].range.start < offset,
              comments[nextComment].trailing {
            flushComments(before: comments[nextComment].range.end, indent: "")
        }
    }

    private mutating func flushComments(before offset: Int, indent: String) {
        while nextComment < comments.count, comments[nextComment].range.start < offset {
            let comment = comments[nextComment]
            if comment.trailing, !lines.isEmpty, !(lines.last ?? "").isEmpty {
                lines[lines.count - 1] += " " + comment.text
            } else {
                if !lines.isEmpty, hasBlankLine(from: lastEnd, to: comment.range.start) { forceBlank() }
                lines.append(indent + comment.text)
            }
            lastEnd = max(lastEnd, comment.range.end)
            nextComment += 1
        }
    }

    /// Whether a line holding only whitespace lies wholly between two offsets.
    private func hasBlankLine(from start: Int, to end: Int) -> Bool {
        let bytes = file.bytes
        var index = start
        // Skip the rest of the line `start` is on.
        while index < end, bytes[index] != 0x0A { index += 1 }
        guard index < end else { return false }
        index += 1
        var onlySpace = true
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                if onlySpace { return true }
                onlySpace = true
            } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                onlySpace = false
            }
            index += 1
        }
        return false
    }

    private func issueLine(_ issue: IssueSyntax) -> String {
        let domain: String
        switch issue.domain {
        case .bool: domain = "bool"
        case .values(let values): domain = values.map(\.text).joined(separator: " | ")
        case .range(let low, let high): domain = "\(low.value ?? 0)..\(high.value ?? 0)"
        }
        return "issue \(issue.name.text)\(label(issue.label)): \(domain)"
    }

    /// An item's line, then each fallback on a line of its own, indented
    /// under it.
    private mutating func emitItem(_ item: ItemSyntax, indent: String) {
        let ownEnd = item.fallbacks.first?.range.start ?? item.range.end
        emit(itemLine(item), range: SourceRange(start: item.range.start, end: ownEnd), indent: indent)
        for step in item.fallbacks {
            var text = "fallback" + cost(step.cost, step.costMax) + ": " + ExpressionPrinter.text(step.condition)
            if let source = step.source { text += " source " + quote(source.value) }
            emit(text, range: step.range, indent: indent + "  ")
        }
    }

    private func itemLine(_ item: ItemSyntax) -> String {
        var text = item.isDemand ? "demand " : "prefer "
        if let party = item.party { text += party.text + "." }
        text += item.name.text
        if item.isDemand {
            text += cost(item.amount, item.amountMax)
        } else if let amount = item.amount?.value, amount != 1 {
            text += " weight \(amount)"
        }
        text += ": " + ExpressionPrinter.text(item.condition)
        if let source = item.source { text += " source " + quote(source.value) }
        return text
    }

    /// ` cost 3`, ` cost 2..5`, or nothing for the default cost 1.
    private func cost(_ low: SignedIntegerSyntax?, _ high: SignedIntegerSyntax?) -> String {
        guard let low = low?.value else { return "" }
        return Demand.costText(low, high?.value, default: 1)
    }

    private func label(_ label: StringLiteralSyntax?) -> String {
        label.map { " " + quote($0.value) } ?? ""
    }

    /// A string literal with its escapes restored.
    func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
