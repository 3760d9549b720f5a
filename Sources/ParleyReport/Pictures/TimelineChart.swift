import ParleyAnalysis

/// Rounds of a negotiation side by side: for each round, the number of
/// conflicts, the cost of the cheapest concession (0 when a deal exists)
/// and the number of issues with common ground, each as a line over the
/// rounds, in three small panels with their own scales.
enum TimelineChart {
    static func draw(rounds: [String], analyses: [Analysis]) -> Picture {
        let panelWidth = 200.0, panelHeight = 120.0, left = 36.0, top = 28.0, gap = 30.0
        let canvas = SVGCanvas(width: left + 3 * (panelWidth + gap), height: top + panelHeight + 60)
        let series: [(String, [Double?], String)] = [
            ("Conflicts", analyses.map { Double($0.conflicts.count) }, "#d62728"),
            ("Cheapest deal", analyses.map { RoundComparison.cheapest($0).map(Double.init) }, "#1f77b4"),
            ("Issues with common ground", analyses.map { $0.common.map { Double($0.filter { !$0.isEmpty }.count) } }, "#2ca02c"),
        ]
        for (k, entry) in series.enumerated() {
            let x0 = left + Double(k) * (panelWidth + gap)
            canvas.text(entry.0, x: x0, y: 14, size: 11, weight: "bold")
            canvas.line(x1: x0, y1: top + panelHeight, x2: x0 + panelWidth, y2: top + panelHeight, stroke: "#424242")
            canvas.line(x1: x0, y1: top, x2: x0, y2: top + panelHeight, stroke: "#424242")
            let highest = max(entry.1.compactMap { $0 }.max() ?? 1, 1)
            canvas.text(SVGCanvas.number(highest), x: x0 - 4, y: top + 4, size: 9, anchor: "end")
            canvas.text("0", x: x0 - 4, y: top + panelHeight + 3, size: 9, anchor: "end")
            let step = rounds.count > 1 ? panelWidth / Double(rounds.count - 1) : 0
            var points: [(Double, Double)] = []
            for (r, value) in entry.1.enumerated() {
                let x = x0 + step * Double(r)
                canvas.text(String(r + 1), x: x, y: top + panelHeight + 14, size: 9, anchor: "middle")
                guard let value else { continue }
                let y = top + panelHeight - value / highest * panelHeight
                points.append((x, y))
                canvas.circle(x: x, y: y, radius: 4, fill: entry.2, title: "round \(r + 1) (\(rounds[r])): \(SVGCanvas.number(value))")
            }
            if points.count > 1 { canvas.polyline(points, stroke: entry.2) }
        }
        let legend = rounds.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: " · ")
        canvas.text(String(legend.prefix(120)), x: left, y: top + panelHeight + 40, size: 9)
        return Picture(caption: "Round by round: conflicts, the cost of the cheapest concession, and issues with common ground",
                       svg: canvas.svg(title: "Timeline of the rounds"))
    }
}
