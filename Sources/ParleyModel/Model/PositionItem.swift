/// What demands and preferences have in common: a named condition of one
/// party, with its text, its source and where it is written. Code that
/// treats both alike (applying what-ifs, listing positions) is written
/// once over this protocol.
public protocol PositionItem: Hashable, Sendable {
    /// The item's name within its party.
    var name: String { get }
    /// The condition, resolved and type-checked.
    var condition: Condition { get }
    /// The condition as `parley fmt` prints it.
    var expression: String { get }
    /// Where the position comes from, if given.
    var source: String? { get }
    /// The line of the `demand` or `prefer` keyword.
    var line: Int { get }
    /// The whole item's range.
    var range: SourceRange { get }
}

extension Array where Element: PositionItem {
    /// Replaces the item of the same name in place, or appends it.
    mutating func replaceOrAppend(_ item: Element) {
        if let index = firstIndex(where: { $0.name == item.name }) {
            self[index] = item
        } else {
            append(item)
        }
    }
}
