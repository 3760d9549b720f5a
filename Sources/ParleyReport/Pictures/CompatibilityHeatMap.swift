import ParleyAnalysis
import ParleyModel

/// The parties' pairwise compatibility as a heat-map: green where a pair
/// can agree, red where it cannot, grey where the analysis was cut. The
/// diagonal shows whether each party is consistent on its own.
enum CompatibilityHeatMap {
    /// The diagonal: a consistent party set against itself, in a colour of
    /// its own so that it never reads as "unknown".
    static let itself = "#90caf9"

    static func draw(parties: [Party], pairs: [PairCompatibility], consistent: [Bool?]) -> Picture {
        let count = parties.count
        let cell = max(3, min(32, 480 / Double(max(count, 1))))
        let labelled = cell >= 12
        let margin = labelled ? Double(min(parties.map(\.name.count).max() ?? 0, 24)) * 6.5 + 10 : 10
        let canvas = SVGCanvas(width: max(margin + cell * Double(count) + 10, 420), height: margin + cell * Double(count) + 34)
        var compatible: [String: Bool?] = [:]
        for pair in pairs { compatible[pair.parties.joined(separator: "\u{0}")] = pair.compatible }
        func colour(_ value: Bool?) -> String {
            switch value {
            case true?: "#66bb6a"
            case false?: "#e53935"
            case nil: "#bdbdbd"
            }
        }
        for a in 0..<count {
            if labelled {
                canvas.text(parties[a].name, x: margin - 6, y: margin + cell * (Double(a) + 0.5) + 4, anchor: "end")
                canvas.text(parties[a].name, x: margin + cell * (Double(a) + 0.5) + 4, y: margin - 6, anchor: "start", rotate: -60)
            }
            for b in 0..<count {
                let value: Bool?
                let title: String
                if a == b {
                    value = consistent.indices.contains(a) ? consistent[a] : nil
                    title = "\(parties[a].name): \(value == false ? "inconsistent on its own" : "consistent")"
                } else {
                    let key = [parties[min(a, b)].name, parties[max(a, b)].name].joined(separator: "\u{0}")
                    value = compatible[key] ?? nil
                    title = "\(parties[a].name) and \(parties[b].name): \(value.map { $0 ? "can agree" : "cannot agree" } ?? "unknown")"
                }
                canvas.rect(x: margin + cell * Double(b), y: margin + cell * Double(a), width: cell - 1, height: cell - 1,
                            fill: a == b ? (value == false ? "#e53935" : Self.itself) : colour(value), title: title)
            }
        }
        let legendY = margin + cell * Double(count) + 20
        for (index, entry) in [("can agree", "#66bb6a"), ("cannot agree", "#e53935"), ("unknown", "#bdbdbd"), ("itself", Self.itself)].enumerated() {
            canvas.rect(x: 10 + Double(index) * 100, y: legendY - 10, width: 12, height: 12, fill: entry.1)
            canvas.text(entry.0, x: 26 + Double(index) * 100, y: legendY)
        }
        return Picture(caption: "Which pairs of parties can agree on their own", svg: canvas.svg(title: "Compatibility of the parties, pair by pair"))
    }
}
