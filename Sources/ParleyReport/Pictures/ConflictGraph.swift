import ParleyAnalysis
import ParleyModel

/// The conflicts as a graph: each conflict a numbered square in a middle
/// column (numbered as in the conflict list), joined to its demands, which
/// stand in party groups on either side. Labels face outwards, so that no
/// line runs through one; within a group, demands are ordered by the mean
/// number of their conflicts, which keeps lines from crossing where it can.
/// Demands in several conflicts stand out as dots with many lines.
enum ConflictGraph {
    /// The most conflicts drawn; the caption says when more were left out.
    static let maximumConflicts = 60
    /// Height of a row: a demand, a party header or a conflict.
    static let rowHeight = 22.0
    /// Characters of a label kept; a longer one is cut with an ellipsis
    /// (its full text is the dot's tooltip).
    static let labelLimit = 28

    /// One side's rows: party headers and demands, top to bottom.
    private struct Side {
        var rows: [(party: Int, demand: DemandID?)] = []
        var widest = 0
    }

    static func draw(conflicts allConflicts: [Conflict], parties: [Party]) -> Picture {
        let conflicts = Array(allConflicts.prefix(maximumConflicts))
        // Each demand's conflicts, by number, for ordering within groups.
        var conflictsOf: [DemandID: [Int]] = [:]
        for (k, conflict) in conflicts.enumerated() {
            for demand in conflict.demands { conflictsOf[demand, default: []].append(k) }
        }
        var sides = [Side(), Side()]
        for (index, party) in parties.enumerated() {
            let own = conflictsOf.keys.filter { $0.party == party.name }
            guard !own.isEmpty else { continue }
            func mean(_ d: DemandID) -> Double {
                let ks = conflictsOf[d] ?? []
                return Double(ks.reduce(0, +)) / Double(max(ks.count, 1))
            }
            let ordered = own.sorted { mean($0) != mean($1) ? mean($0) < mean($1) : $0 < $1 }
            // The party joins the side with fewer rows so far.
            let s = sides[0].rows.count <= sides[1].rows.count ? 0 : 1
            sides[s].rows.append((index, nil))
            sides[s].widest = max(sides[s].widest, min(Phrasing.party(party).count, labelLimit + 2))
            for demand in ordered {
                sides[s].rows.append((index, demand))
                sides[s].widest = max(sides[s].widest, min(demand.name.count, labelLimit) + 2)
            }
        }
        let leftWidth = Double(sides[0].widest) * 6.2 + 30
        let rightWidth = Double(sides[1].widest) * 6.2 + 30
        let gap = 160.0
        let hubX = leftWidth + gap
        let rightX = hubX + gap
        let rows = max(sides[0].rows.count, sides[1].rows.count, conflicts.count)
        let height = 20 + rowHeight * Double(rows) + 10
        let canvas = SVGCanvas(width: rightX + rightWidth, height: height)
        func y(_ row: Int, of count: Int) -> Double {
            // Rows spread over the full height, so both sides and the hubs align.
            20 + (Double(row) + 0.5) * (rowHeight * Double(rows)) / Double(max(count, 1))
        }
        var position: [DemandID: (Double, Double)] = [:]
        for (s, side) in sides.enumerated() {
            let x = s == 0 ? leftWidth : rightX
            for (r, row) in side.rows.enumerated() {
                let rowY = y(r, of: side.rows.count)
                let party = parties[row.party]
                guard let demand = row.demand else {
                    canvas.text(shortened(Phrasing.party(party)), x: s == 0 ? x + 8 : x - 8, y: rowY + 4, anchor: s == 0 ? "end" : "start", weight: "bold")
                    continue
                }
                position[demand] = (x, rowY)
                canvas.text(shortened(demand.name), x: s == 0 ? x - 10 : x + 10, y: rowY + 4, size: 10, anchor: s == 0 ? "end" : "start")
            }
        }
        var hubs: [(Double, Double)] = []
        for k in conflicts.indices {
            let hub = (hubX, y(k, of: conflicts.count))
            hubs.append(hub)
            for demand in conflicts[k].demands {
                guard let point = position[demand] else { continue }
                canvas.line(x1: hub.0, y1: hub.1, x2: point.0, y2: point.1, stroke: "#9e9e9e", width: 1.2)
            }
        }
        for (k, hub) in hubs.enumerated() {
            canvas.rect(x: hub.0 - 9, y: hub.1 - 8, width: 18, height: 16, fill: "#424242",
                        title: "conflict \(k + 1): \(Phrasing.names(conflicts[k].demands))")
            canvas.text(String(k + 1), x: hub.0, y: hub.1 + 4, size: 10, anchor: "middle", weight: "bold", fill: "#ffffff")
        }
        for (demand, point) in position.sorted(by: { $0.key < $1.key }) {
            let party = parties.firstIndex { $0.name == demand.party } ?? 0
            canvas.circle(x: point.0, y: point.1, radius: 6, fill: SVGCanvas.colour(ofParty: party), title: demand.qualifiedName)
        }
        let omitted = allConflicts.count - conflicts.count
        let caption = "Conflicts: each numbered square is a conflict of the list, joined to its demands (dots, grouped by party)"
            + (omitted > 0 ? "; the first \(conflicts.count) of \(allConflicts.count) conflicts are drawn" : "")
        return Picture(caption: caption, svg: canvas.svg(title: "Conflict graph"))
    }

    /// A label cut to ``labelLimit`` characters.
    static func shortened(_ label: String) -> String {
        label.count <= labelLimit + 2 ? label : String(label.prefix(labelLimit)) + "…"
    }
}
