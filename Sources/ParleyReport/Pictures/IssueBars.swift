import ParleyAnalysis
import ParleyModel

/// Per issue, one bar per party showing the values its own demands allow,
/// then the common ground (the values every party's demands admit, each
/// party on its own) and, when a deal exists, the values open jointly.
/// Integer axes are labelled where a party's acceptable values start or
/// stop, so that the thresholds (600, 800) can be read off the picture.
enum IssueBars {
    /// The most issues and parties drawn; the caption says when more exist.
    static let maximumIssues = 16
    static let maximumParties = 10

    static func draw(issues: [Issue], parties: [Party], support: [IssueSupport], common: [IssueOverlap]?, overlap: [IssueOverlap]?) -> Picture {
        let shownIssues = min(issues.count, maximumIssues)
        let shownParties = min(parties.count, maximumParties)
        let labelWidth = Double(min((parties.prefix(shownParties).map(\.name.count) + [7]).max() ?? 7, 20)) * 6.5 + 16
        let barWidth = 420.0
        let rowHeight = 14.0
        let summaryRows = 1 + (overlap == nil ? 0 : 1)
        let groupHeight = 22 + rowHeight * Double(shownParties + summaryRows) + 24
        let canvas = SVGCanvas(width: labelWidth + barWidth + 20, height: groupHeight * Double(shownIssues) + 10)
        for i in 0..<shownIssues {
            let issue = issues[i]
            let top = groupHeight * Double(i) + 16
            canvas.text(issue.label.map { "\(issue.name): \($0)" } ?? issue.name, x: 4, y: top, size: 12, weight: "bold")
            var rows: [(String, IssueOverlap, String)] = parties.prefix(shownParties).enumerated().map { p, party in
                (party.name, support[i].allowedBy[p], SVGCanvas.colour(ofParty: p))
            }
            rows.append(("common", common?[i] ?? .none(of: issue.domain), "#616161"))
            if let overlap { rows.append(("jointly", overlap[i], "#212121")) }
            for (r, row) in rows.enumerated() {
                let y = top + 8 + rowHeight * Double(r)
                canvas.text(row.0, x: labelWidth - 8, y: y + 10, size: 10, anchor: "end", weight: r >= shownParties ? "bold" : nil)
                canvas.rect(x: labelWidth, y: y, width: barWidth, height: rowHeight - 3, fill: "#f2f2f2")
                for (x, width, title) in segments(row.1, issue: issue, width: barWidth) {
                    canvas.rect(x: labelWidth + x, y: y, width: width, height: rowHeight - 3, fill: row.2, title: "\(row.0): \(title)")
                }
            }
            // The scale: value names, or the range's ends and every party's
            // thresholds.
            let scaleY = top + 8 + rowHeight * Double(rows.count) + 10
            switch issue.domain {
            case .values(let names):
                let step = barWidth / Double(names.count)
                for (k, name) in names.enumerated() {
                    canvas.text(name, x: labelWidth + step * (Double(k) + 0.5), y: scaleY, size: 9, anchor: "middle")
                }
            case .bool:
                canvas.text("false", x: labelWidth + barWidth / 4, y: scaleY, size: 9, anchor: "middle")
                canvas.text("true", x: labelWidth + barWidth * 3 / 4, y: scaleY, size: 9, anchor: "middle")
            case .integers(let low, let high):
                let span = Double(high) - Double(low) + 1
                func position(_ value: Int64, after: Bool) -> Double {
                    (Double(value) - Double(low) + (after ? 1 : 0)) / span * barWidth
                }
                canvas.text(String(low), x: labelWidth, y: scaleY, size: 9)
                canvas.text(String(high), x: labelWidth + barWidth, y: scaleY, size: 9, anchor: "end")
                var taken: [Double] = [0, barWidth]
                for (value, x) in thresholds(rows.map(\.1), low: low, high: high, at: position) {
                    // Labels need about 28 points of room: skip one that would touch another.
                    guard taken.allSatisfy({ abs($0 - x) >= 28 }) else { continue }
                    taken.append(x)
                    canvas.line(x1: labelWidth + x, y1: scaleY - 12, x2: labelWidth + x, y2: scaleY - 8, stroke: "#757575")
                    canvas.text(String(value), x: labelWidth + x, y: scaleY, size: 9, anchor: "middle")
                }
            }
        }
        var caption = "Values each party's demands allow, issue by issue, the common ground"
            + (overlap == nil ? "" : ", and the values open jointly")
        if shownIssues < issues.count || shownParties < parties.count {
            caption += " (the first \(shownIssues) of \(issues.count) issues and \(shownParties) of \(parties.count) parties)"
        }
        return Picture(caption: caption, svg: canvas.svg(title: "Values allowed per issue"))
    }

    /// Where the sets of an integer issue start or stop, inside the range:
    /// each value with its position on the bar, in order.
    private static func thresholds(
        _ sets: [IssueOverlap], low: Int64, high: Int64, at position: (Int64, Bool) -> Double
    ) -> [(Int64, Double)] {
        var points: [Int64: Double] = [:]
        for case .intervals(let list) in sets {
            for interval in list {
                if interval.lowerBound > low { points[interval.lowerBound] = position(interval.lowerBound, false) }
                if interval.upperBound < high { points[interval.upperBound] = position(interval.upperBound, true) }
            }
        }
        return points.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The filled parts of a bar: offset, width and a tooltip.
    private static func segments(_ values: IssueOverlap, issue: Issue, width: Double) -> [(Double, Double, String)] {
        switch (issue.domain, values) {
        case (.values(let names), .values(let list)):
            let step = width / Double(names.count)
            return list.map { (step * Double($0) + 1, step - 2, names[$0]) }
        case (.bool, .flags(let list)):
            return list.map { ($0 ? width / 2 + 1 : 1, width / 2 - 2, $0 ? "true" : "false") }
        case (.integers(let low, let high), .intervals(let list)):
            // Positions as fractions of the range, computed in Double so
            // that ranges near the 64-bit limits cannot overflow.
            let span = Double(high) - Double(low) + 1
            return list.map { interval in
                let start = (Double(interval.lowerBound) - Double(low)) / span * width
                let end = (Double(interval.upperBound) - Double(low) + 1) / span * width
                return (start, max(end - start, 1.5), Phrasing.interval(interval))
            }
        default:
            return []
        }
    }
}
