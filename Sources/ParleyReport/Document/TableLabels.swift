import ParleyAnalysis
import ParleyModel

/// How tables name parties and demands: a qualified name with its party's
/// label beside it (`russia.no_nato (Russia)`), and a party by a label short
/// enough for a column. A label longer than ``longest`` characters is
/// shortened (`Democratic Unionist Party (Foster)` to `DUP`); ``legend``
/// then gives the full labels (the report says it once, under "The
/// scenario"; a picture says it under itself). Prose keeps the full labels
/// (``Phrasing/party(_:)``).
struct TableLabels {
    /// The longest label a table shows whole.
    static let longest = 14

    /// Per party, in declaration order: its name, full label and the label
    /// tables show.
    private let entries: [(name: String, full: String, short: String)]

    /// The labels of these parties; shortened ones stay distinct from each
    /// other and from the labels shown whole (a clash falls back to the
    /// party's name, which is unique).
    init(parties: [Party]) {
        let full = parties.map(Phrasing.party)
        let wanted = full.map { $0.count <= Self.longest ? $0 : Self.shortened($0) }
        var shown = wanted
        for i in wanted.indices where wanted[i] != full[i] {
            if wanted.indices.contains(where: { $0 != i && wanted[$0] == wanted[i] }) || wanted[i].isEmpty {
                shown[i] = parties[i].name
            }
        }
        entries = parties.indices.map { (parties[$0].name, full[$0], shown[$0]) }
    }

    /// A long label shortened: without its parenthesised remarks when that
    /// is short enough, else the initials of its words (acronyms kept
    /// whole, small joining words left out), else its first characters.
    static func shortened(_ label: String) -> String {
        var plain = ""
        var depth = 0
        for character in label {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(depth - 1, 0) } else if depth == 0 { plain.append(character) }
        }
        plain = plain.split(separator: " ").joined(separator: " ")
        if !plain.isEmpty && plain.count <= longest { return plain }
        let joining: Set<String> = ["the", "and", "of", "for", "by", "de", "du", "la", "le", "des", "und", "to", "in"]
        let words = plain.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let initials = words.filter { !joining.contains($0.lowercased()) }.map { word in
            word.count > 1 && word.allSatisfy({ $0.isUppercase || $0.isNumber }) ? word : String(word.prefix(1)).uppercased()
        }.joined()
        if initials.count >= 2 && initials.count <= longest { return initials }
        return String(plain.prefix(longest - 1)) + "…"
    }

    /// The label a table shows for the party named `party`.
    func label(_ party: String) -> String {
        entries.first { $0.name == party }?.short ?? party
    }

    /// `russia.no_nato (Russia)`.
    func demand(_ demand: DemandID) -> String {
        "\(demand.qualifiedName) (\(label(demand.party)))"
    }

    /// Qualified names (or tags such as `p.d@2`) grouped by party in the
    /// given order, each group followed by its party's label:
    /// `russia.donetsk, russia.luhansk (Russia), ukraine.keep_donbas (Ukraine)`.
    func names(_ items: [(party: String, text: String)]) -> String {
        var groups: [(party: String, texts: [String])] = []
        for item in items {
            if let index = groups.firstIndex(where: { $0.party == item.party }) {
                groups[index].texts.append(item.text)
            } else {
                groups.append((item.party, [item.text]))
            }
        }
        return groups.map { "\($0.texts.joined(separator: ", ")) (\(label($0.party)))" }.joined(separator: ", ")
    }

    /// Demands by qualified name, grouped by party with its label.
    func names(_ demands: [DemandID]) -> String {
        names(demands.map { ($0.party, $0.qualifiedName) })
    }

    /// What a concession touches, `p.d` withdrawn and `p.d@K` settled,
    /// grouped by party with its label.
    func tags(_ concession: Concession) -> String {
        let items = concession.demands.map { ($0.party, $0.qualifiedName) } + concession.moves.map { ($0.demand.party, $0.tag) }
        return names(items.sorted { codePointOrder($0.1, $1.1) })
    }

    /// The full label of each shortened one, as a sentence; nil when no
    /// label was shortened.
    func legend() -> String? {
        let shortened = entries.filter { $0.short != $0.full }
        guard !shortened.isEmpty else { return nil }
        return "Tables shorten long labels: " + shortened.map { "\($0.short) = \($0.full)" }.joined(separator: "; ") + "."
    }
}
