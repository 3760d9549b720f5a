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
            let names = parties.map(Phrasing.party)
            canvas.text("\(names[0]) (0..\(Int64(totals[0])))", x: left + size / 2, y: top + size + 32, anchor: "middle")
            canvas.text("\(names[1]) (0..\(Int64(totals[1])))", x: left - 34, y: top + size / 2, anchor: "middle", rotate: -90)
            let points = best.map { compromise in
                (left + Double(compromise.utilities[0]) / totals[0] * size, top + size - Double(compromise.utilities[1]) / totals[1] * size)
            }
            if points.count > 1 { canvas.polyline(points, stroke: "#90a4ae") }
            for (k, compromise) in best.enumerated() {
                let marks = isFocal(compromise.utilities)
                let title = "\(k + 1): \(names[0]) \(compromise.utilities[0]), \(names[1]) \(compromise.utilities[1])"
                    + (marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))")
                canvas.circle(x: points[k].0, y: points[k].1, radius: marks.isEmpty ? 4 : 6,
                              fill: marks.isEmpty ? "#1f77b4" : "#ff7f0e", stroke: marks.isEmpty ? nil : "#212121", title: title)
                // Numbered as in the compromise table; focal points named too.
                canvas.text(marks.isEmpty ? "\(k + 1)" : "\(k + 1): \(marks.joined(separator: ", "))",
                            x: points[k].0 + 8, y: points[k].1 - 6, size: 10, weight: marks.isEmpty ? nil : "bold")
            }
            return Picture(caption: "Pareto frontier: utilities of \(names[0]) and \(names[1]), each point numbered as in the table (focal points in orange)",
                           svg: canvas.svg(title: "Pareto frontier"))
        }
        return parallelCoordinates(best: best, parties: parties, totals: totals, focalNames: isFocal)
    }

    /// One axis per party, ticked at 0, half and its most; one line per
    /// compromise, numbered at its right end as in the compromise table,
    /// focal points named after the number. Labels that would overlap are
    /// moved apart, with a leader back to their line's end.
    private static func parallelCoordinates(
        best: [Compromise], parties: [Party], totals: [Double], focalNames: ([Int64]) -> [String]
    ) -> Picture {
        let labels = TableLabels(parties: parties)
        let spacing = 140.0
        let height = 220.0
        let left = 40.0, top = 30.0
        let lastAxis = left + spacing * Double(max(parties.count - 1, 0))
        // Room right of the last axis for the numbers and focal names.
        let labelWidth = best.contains { !focalNames($0.utilities).isEmpty } ? 190.0 : 70.0
        let labelX = lastAxis + 22
        var ends: [(y: Double, text: String, marked: Bool)] = []
        for (k, compromise) in best.enumerated() {
            let marks = focalNames(compromise.utilities)
            let y = top + height - Double(compromise.utilities.last ?? 0) / (totals.last ?? 1) * height
            ends.append((y, marks.isEmpty ? "\(k + 1)" : "\(k + 1): \(marks.joined(separator: ", "))", !marks.isEmpty))
        }
        let placed = spreadLabels(ends.map(\.y), gap: 11, within: top - 4...top + height + 40)
        let bottom = max(top + height + 50, (placed.max() ?? 0) + 10)
        let canvas = SVGCanvas(width: labelX + labelWidth, height: bottom)
        for (p, party) in parties.enumerated() {
            let x = left + spacing * Double(p)
            canvas.line(x1: x, y1: top, x2: x, y2: top + height, stroke: "#424242")
            canvas.text(labels.label(party.name), x: x, y: top + height + 20, anchor: "middle", weight: "bold")
            canvas.text("(of \(Int64(totals[p])))", x: x, y: top + height + 34, size: 9, anchor: "middle")
            for fraction in [0.0, 0.5, 1.0] {
                let y = top + height - fraction * height
                canvas.line(x1: x - 3, y1: y, x2: x, y2: y, stroke: "#424242")
                canvas.text(SVGCanvas.number(fraction * totals[p]), x: x - 5, y: y + 3, size: 9, anchor: "end")
            }
        }
        // Focal lines last, so that they are drawn over the others.
        let order = best.indices.filter { !ends[$0].marked } + best.indices.filter { ends[$0].marked }
        for k in order {
            let compromise = best[k]
            let points = compromise.utilities.enumerated().map { p, utility in
                (left + spacing * Double(p), top + height - Double(utility) / totals[p] * height)
            }
            let colour = ends[k].marked ? "#ff7f0e" : "#1f77b4"
            let title = "\(ends[k].text): " + zip(parties, compromise.utilities).map { "\(Phrasing.party($0)) \($1)" }.joined(separator: ", ")
            canvas.polyline(parties.count == 1 ? [points[0], (points[0].0 + 1, points[0].1)] : points,
                            stroke: colour, width: ends[k].marked ? 3 : 1.5, title: title)
            for point in points { canvas.circle(x: point.0, y: point.1, radius: 3, fill: colour) }
            let end = points[points.count - 1]
            canvas.line(x1: end.0 + 4, y1: end.1, x2: labelX - 3, y2: placed[k] - 3, stroke: "#b0bec5")
            canvas.text(ends[k].text, x: labelX, y: placed[k], size: 10, weight: ends[k].marked ? "bold" : nil)
        }
        if let legend = labels.legend() {
            canvas.text(legend, x: left - 20, y: bottom - 4, size: 9)
        }
        return Picture(caption: "Pareto frontier in parallel coordinates: one line per compromise, numbered as in the table; each party's utility on its own axis, from 0 to its most (focal points in orange)",
                       svg: canvas.svg(title: "Pareto frontier"))
    }

    /// Baselines for labels wanted at `ys`, moved as little as possible so
    /// that any two are at least `gap` apart: sorted, pushed down past
    /// their predecessor, then the whole run pulled back up where it
    /// overran the bottom of `range`.
    static func spreadLabels(_ ys: [Double], gap: Double, within range: ClosedRange<Double>) -> [Double] {
        let order = ys.indices.sorted { ys[$0] != ys[$1] ? ys[$0] < ys[$1] : $0 < $1 }
        var placed = [Double](repeating: 0, count: ys.count)
        var previous = -Double.infinity
        for i in order {
            let y = max(ys[i] + 3, previous + gap, range.lowerBound)
            placed[i] = y
            previous = y
        }
        // Pull back up from the bottom, keeping the gaps, if the run overran.
        var limit = max(range.upperBound, range.lowerBound + gap * Double(max(ys.count - 1, 0)))
        for i in order.reversed() {
            placed[i] = min(placed[i], limit)
            limit = placed[i] - gap
        }
        return placed
    }
}
