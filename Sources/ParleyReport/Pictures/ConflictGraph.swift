import ParleyAnalysis
import ParleyModel

/// The conflicts as a graph: each party's demands in a column, each conflict
/// a hub joined to its demands. Demands in several conflicts stand out as
/// nodes with many lines.
enum ConflictGraph {
    /// The most conflicts drawn; the caption says when more were left out.
    static let maximumConflicts = 60

    static func draw(conflicts allConflicts: [Conflict], parties: [Party]) -> Picture {
        let conflicts = Array(allConflicts.prefix(maximumConflicts))
        let involved = Set(conflicts.flatMap(\.demands))
        // Columns: the parties with a demand in some conflict, in order.
        let columns = Phrasing.byParty(involved.sorted(), parties: parties)
        let columnWidth = 180.0
        let rowHeight = 26.0
        let tallest = columns.map(\.1.count).max() ?? 0
        let canvas = SVGCanvas(width: max(columnWidth * Double(columns.count), 360) + 40,
                               height: 60 + rowHeight * Double(tallest) + 20)
        var position: [DemandID: (Double, Double)] = [:]
        var partyOfDemand: [DemandID: Int] = [:]
        for (c, column) in columns.enumerated() {
            let x = 40 + columnWidth * Double(c)
            let index = parties.firstIndex { $0.name == column.0.name } ?? c
            canvas.text(Phrasing.party(column.0), x: 30 + columnWidth * Double(c) + columnWidth / 2, y: 24, anchor: "middle", weight: "bold")
            for (r, name) in column.1.enumerated() {
                let qualified = DemandID(party: column.0.name, name: name)
                position[qualified] = (x, 50 + rowHeight * Double(r) + rowHeight / 2)
                partyOfDemand[qualified] = index
            }
        }
        var hubs: [(Double, Double)] = []
        for (k, conflict) in conflicts.enumerated() {
            let points = conflict.demands.compactMap { position[$0] }
            guard !points.isEmpty else { continue }
            var x = points.map(\.0).reduce(0, +) / Double(points.count)
            var y = points.map(\.1).reduce(0, +) / Double(points.count)
            // A hub on top of another (or on a node) moves aside.
            while hubs.contains(where: { abs($0.0 - x) < 8 && abs($0.1 - y) < 8 }) || position.values.contains(where: { abs($0.0 - x) < 8 && abs($0.1 - y) < 8 }) {
                x += 14
                y += Double(k % 3) * 4
            }
            hubs.append((x, y))
            for point in points { canvas.line(x1: x, y1: y, x2: point.0, y2: point.1, stroke: "#9e9e9e", width: 1.2) }
        }
        for (k, hub) in hubs.enumerated() {
            canvas.rect(x: hub.0 - 5, y: hub.1 - 5, width: 10, height: 10, fill: "#424242",
                        title: "conflict \(k + 1): \(Phrasing.names(conflicts[k].demands))")
        }
        for (name, point) in position.sorted(by: { $0.key < $1.key }) {
            let colour = SVGCanvas.colour(ofParty: partyOfDemand[name] ?? 0)
            canvas.circle(x: point.0, y: point.1, radius: 6, fill: colour, title: name.qualifiedName)
            canvas.text(name.name, x: point.0 + 10, y: point.1 + 4, size: 10)
        }
        let omitted = allConflicts.count - conflicts.count
        let caption = "Conflicts: demands (dots, by party) joined through each conflict (squares)"
            + (omitted > 0 ? "; the first \(conflicts.count) of \(allConflicts.count) conflicts are drawn" : "")
        return Picture(caption: caption, svg: canvas.svg(title: "Conflict graph"))
    }
}
