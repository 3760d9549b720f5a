import ParleyAnalysis
import ParleyModel

/// The Pareto frontier: for two parties a scatter plot of their utilities;
/// for one or more than two, parallel coordinates (one axis per party, a
/// line per compromise). Focal points are marked.
enum ParetoChart {
    static func draw(best: [Compromise], parties: [Party], focal: FocalPoints?) -> Picture {
        let totals = parties.map { party in Double(max(party.preferences.reduce(Int64(0)) { $0 &+ $1.weight }, 1)) }
        let focalVectors: [([Int64], String)] = focal.map {
            [($0.maxTotal.utilities, "greatest total"), ($0.nash.utilities, "Nash"), ($0.egalitarian.utilities, "egalitarian")]
        } ?? []
        func isFocal(_ utilities: [Int64]) -> [String] { focalVectors.filter { $0.0 == utilities }.map(\.1) }
        if parties.count == 2 {
            let size = 300.0
            let left = 50.0, top = 20.0
            let canvas = SVGCanvas(width: left + size + 140, height: top + size + 50)
            canvas.line(x1: left, y1: top + size, x2: left + size, y2: top + size, stroke: "#424242")
            canvas.line(x1: left, y1: top, x2: left, y2: top + size, stroke: "#424242")
            canvas.text("\(parties[0].name) (0..\(Int64(totals[0])))", x: left + size / 2, y: top + size + 32, anchor: "middle")
            canvas.text("\(parties[1].name) (0..\(Int64(totals[1])))", x: left - 34, y: top + size / 2, anchor: "middle", rotate: -90)
            let points = best.map { compromise in
                (left + Double(compromise.utilities[0]) / totals[0] * size, top + size - Double(compromise.utilities[1]) / totals[1] * size)
            }
            if points.count > 1 { canvas.polyline(points, stroke: "#90a4ae") }
            for (k, compromise) in best.enumerated() {
                let marks = isFocal(compromise.utilities)
                let title = "\(parties[0].name) \(compromise.utilities[0]), \(parties[1].name) \(compromise.utilities[1])"
                    + (marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))")
                canvas.circle(x: points[k].0, y: points[k].1, radius: marks.isEmpty ? 4 : 6,
                              fill: marks.isEmpty ? "#1f77b4" : "#ff7f0e", stroke: marks.isEmpty ? nil : "#212121", title: title)
                if !marks.isEmpty { canvas.text(marks.joined(separator: ", "), x: points[k].0 + 9, y: points[k].1 - 6, size: 10) }
            }
            return Picture(caption: "Pareto frontier: utilities of \(parties[0].name) and \(parties[1].name) (focal points in orange)",
                           svg: canvas.svg(title: "Pareto frontier"))
        }
        let spacing = 140.0
        let height = 220.0
        let left = 40.0, top = 30.0
        let canvas = SVGCanvas(width: left * 2 + spacing * Double(max(parties.count - 1, 1)) + 60, height: top + height + 50)
        for (p, party) in parties.enumerated() {
            let x = left + spacing * Double(p)
            canvas.line(x1: x, y1: top, x2: x, y2: top + height, stroke: "#424242")
            canvas.text(party.name, x: x, y: top + height + 20, anchor: "middle", weight: "bold")
            canvas.text(String(Int64(totals[p])), x: x + 4, y: top - 6, size: 9)
            canvas.text("0", x: x + 4, y: top + height + 4, size: 9)
        }
        for compromise in best {
            let points = compromise.utilities.enumerated().map { p, utility in
                (left + spacing * Double(p), top + height - Double(utility) / totals[p] * height)
            }
            let marked = !isFocal(compromise.utilities).isEmpty
            canvas.polyline(parties.count == 1 ? [points[0], (points[0].0 + 1, points[0].1)] : points,
                            stroke: marked ? "#ff7f0e" : "#1f77b4", width: marked ? 3 : 1.5)
            for point in points { canvas.circle(x: point.0, y: point.1, radius: 3, fill: marked ? "#ff7f0e" : "#1f77b4") }
        }
        return Picture(caption: "Pareto frontier in parallel coordinates: one line per compromise, normalised utility per party (focal points in orange)",
                       svg: canvas.svg(title: "Pareto frontier"))
    }
}
