import ParleyAnalysis
import ParleyModel

/// Per issue, one bar per party showing the values its own demands allow,
/// and a last bar with the values that survive jointly.
enum IssueBars {
    /// The most issues and parties drawn; the caption says when more exist.
    static let maximumIssues = 16
    static let maximumParties = 10

    static func draw(issues: [Issue], parties: [Party], support: [IssueSupport], overlap: [IssueOverlap], feasible: Bool) -> Picture {
        let shownIssues = min(issues.count, maximumIssues)
        let shownParties = min(parties.count, maximumParties)
        let labelWidth = Double(min((parties.prefix(shownParties).map(\.name.count) + [7]).max() ?? 7, 20)) * 6.5 + 16
        let barWidth = 420.0
        let rowHeight = 14.0
        let groupHeight = 22 + rowHeight * Double(shownParties + 1) + 24
        let canvas = SVGCanvas(width: labelWidth + barWidth + 20, height: groupHeight * Double(shownIssues) + 10)
        for i in 0..<shownIssues {
            let issue = issues[i]
            let top = groupHeight * Double(i) + 16
            canvas.text(issue.label.map { "\(issue.name): \($0)" } ?? issue.name, x: 4, y: top, size: 12, weight: "bold")
            let rows: [(String, IssueOverlap, String)] = parties.prefix(shownParties).enumerated().map { p, party in
                (party.name, support[i].allowedBy[p], SVGCanvas.colour(ofParty: p))
            } + [("jointly", feasible ? overlap[i] : .none(of: issue.domain), "#212121")]
            for (r, row) in rows.enumerated() {
                let y = top + 8 + rowHeight * Double(r)
                canvas.text(row.0, x: labelWidth - 8, y: y + 10, size: 10, anchor: "end", weight: r == rows.count - 1 ? "bold" : nil)
                canvas.rect(x: labelWidth, y: y, width: barWidth, height: rowHeight - 3, fill: "#f2f2f2")
                for (x, width, title) in segments(row.1, issue: issue, width: barWidth) {
                    canvas.rect(x: labelWidth + x, y: y, width: width, height: rowHeight - 3, fill: row.2, title: "\(row.0): \(title)")
                }
            }
            // The scale: value names or the range's ends.
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
                canvas.text(String(low), x: labelWidth, y: scaleY, size: 9)
                canvas.text(String(high), x: labelWidth + barWidth, y: scaleY, size: 9, anchor: "end")
            }
        }
        var caption = "Values each party's demands allow, issue by issue, and those that survive jointly"
        if shownIssues < issues.count || shownParties < parties.count {
            caption += " (the first \(shownIssues) of \(issues.count) issues and \(shownParties) of \(parties.count) parties)"
        }
        return Picture(caption: caption, svg: canvas.svg(title: "Values allowed per issue"))
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
