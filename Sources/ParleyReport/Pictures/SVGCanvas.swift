/// Writes an SVG drawing element by element. Coordinates are rounded to
/// one decimal so the same picture always gives the same bytes.
final class SVGCanvas {
    private var body = ""
    let width: Double
    let height: Double

    /// The colours given to parties, in declaration order (repeating).
    static let partyColours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func colour(ofParty index: Int) -> String {
        partyColours[index % partyColours.count]
    }

    /// `12`, `12.5`: at most one decimal, no trailing zero.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths)) % 10
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    /// Text escaped for XML.
    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }

    func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        let n = Self.number
        let strokeAttribute = stroke.map { " stroke=\"\($0)\"" } ?? ""
        body += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\"\(strokeAttribute)"
        if let title { body += "><title>\(Self.escape(title))</title></rect>\n" } else { body += "/>\n" }
    }

    func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        let n = Self.number
        let strokeAttribute = stroke.map { " stroke=\"\($0)\" stroke-width=\"1.5\"" } ?? ""
        body += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\"\(strokeAttribute)"
        if let title { body += "><title>\(Self.escape(title))</title></circle>\n" } else { body += "/>\n" }
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) {
        let n = Self.number
        body += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>\n"
    }

    func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 1.5, title: String? = nil) {
        let n = Self.number
        let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        body += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
        if let title { body += "><title>\(Self.escape(title))</title></polyline>\n" } else { body += "/>\n" }
    }

    /// Text; `anchor` is start, middle or end.
    func text(
        _ content: String, x: Double, y: Double, size: Double = 11, anchor: String = "start", weight: String? = nil, rotate: Double? = nil,
        fill: String? = nil
    ) {
        let n = Self.number
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let fill { attributes += " fill=\"\(fill)\"" }
        if let rotate { attributes += " transform=\"rotate(\(n(rotate)) \(n(x)) \(n(y)))\"" }
        body += "<text \(attributes)>\(Self.escape(content))</text>\n"
    }

    /// The finished `<svg>` element, with a title for screen readers.
    func svg(title: String) -> String {
        let n = Self.number
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            + "<title>\(Self.escape(title))</title>\n" + body + "</svg>"
    }
}
