import ParleyAnalysis
import ParleyModel

/// The cheapest concession sets as horizontal bars of their cost, each bar
/// split into the parties' shares; when costs are ranges, a whisker runs
/// from the sum of the low ends to the sum of the high ends.
enum ConcessionCostChart {
    /// The most concession sets drawn.
    static let maximumBars = 20

    static func draw(concessions all: [Concession], parties: [Party]) -> Picture {
        let concessions = Array(all.prefix(maximumBars))
        let highest = Double(max(concessions.map(\.costMax).max() ?? 1, 1))
        let barWidth = 380.0
        let labelWidth = 40.0
        let rowHeight = 22.0
        // Beside the bars and their cost, what each set withdraws or settles,
        // so that the chart reads without the table.
        let whatX = labelWidth + barWidth + 60
        let canvas = SVGCanvas(width: whatX + 460, height: rowHeight * Double(concessions.count) + 50)
        for (row, concession) in concessions.enumerated() {
            let y = 10 + rowHeight * Double(row)
            canvas.text("#\(row + 1)", x: labelWidth - 8, y: y + 13, anchor: "end")
            var x = labelWidth
            for (index, cost, _) in concession.shares(among: parties) {
                let width = Double(cost) / highest * barWidth
                let own = Concession(
                    demands: concession.demands.filter { $0.party == parties[index].name },
                    moves: concession.moves.filter { $0.demand.party == parties[index].name }, cost: cost)
                canvas.rect(x: x, y: y, width: max(width, 1), height: rowHeight - 6, fill: SVGCanvas.colour(ofParty: index),
                            title: "\(Phrasing.concession(own, parties: parties, brief: true)): cost \(cost)")
                x += width
            }
            let what = Phrasing.tags(concession)
            canvas.text(what.count <= 80 ? what : String(what.prefix(79)) + "…", x: whatX, y: y + 13, size: 10)
            if concession.costMax > concession.cost {
                let end = labelWidth + Double(concession.costMax) / highest * barWidth
                let middle = y + (rowHeight - 6) / 2
                canvas.line(x1: x, y1: middle, x2: end, y2: middle, stroke: "#424242", width: 1.5)
                canvas.line(x1: end, y1: middle - 5, x2: end, y2: middle + 5, stroke: "#424242", width: 1.5)
                canvas.text("\(concession.cost)..\(concession.costMax)", x: end + 6, y: y + 13, size: 10)
            } else {
                canvas.text("\(concession.cost)", x: x + 6, y: y + 13, size: 10)
            }
        }
        // Legend: the parties that pay in some drawn set.
        let paying = parties.indices.filter { p in
            concessions.contains { $0.demands.contains { $0.party == parties[p].name } || $0.moves.contains { $0.demand.party == parties[p].name } }
        }
        let legendY = 10 + rowHeight * Double(concessions.count) + 18
        var legendX = labelWidth
        for p in paying.prefix(6) {
            let label = Phrasing.party(parties[p])
            canvas.rect(x: legendX, y: legendY - 10, width: 12, height: 12, fill: SVGCanvas.colour(ofParty: p))
            canvas.text(label, x: legendX + 16, y: legendY)
            legendX += 16 + Double(label.count) * 6.5 + 20
        }
        let caption = "Cost of the cheapest concession sets, by party, with what each withdraws (p.d) or settles (p.d@K)"
            + (all.count > concessions.count ? " (the first \(concessions.count) of \(all.count) listed)" : "")
        return Picture(caption: caption, svg: canvas.svg(title: "Concession costs"))
    }
}
