/// Reads GENIUS domain and profile files (the XML of the GENIUS negotiation
/// platform and the ANAC competitions) into a ``GeniusDomain`` and
/// ``GeniusProfile``s, checking that they fit together.
///
/// A domain is `<negotiation_template>` (optional) holding `<utility_space>`
/// holding one `<objective>` whose `<issue>` children, each with `<item
/// value=...>` children, are the issues; only discrete issues are read. A
/// profile is a `<utility_space>` with an optional `<reservation value=...>`
/// and `<discount_factor value=...>`, and an `<objective>` whose `<issue>`
/// children give each item an `evaluation` and whose `<weight index=...
/// value=...>` children weigh the issues by their `index`. Only an issue's
/// direct `item` children count (GENIUS ignores the `similarity_function`
/// some files carry).
public enum GeniusReader {
    /// Reads a domain file.
    /// - Throws: ``ImportError`` for malformed XML or a domain Parley cannot
    ///   read (no issues, an issue without values, a repeated value, a
    ///   non-discrete issue), at the element concerned.
    public static func domain(_ file: SourceFile) throws(ImportError) -> GeniusDomain {
        let root = try XMLReader.read(file)
        let objective = try self.objective(in: root, of: file)
        var issues: [GeniusDomain.Issue] = []
        for element in objective.children(named: "issue") {
            let name = try attribute("name", of: element, in: file)
            if let kind = element.attribute("type") ?? element.attribute("etype"), kind != "discrete" {
                throw ImportError("issue '\(name)' is of type '\(kind)'; only discrete issues can be imported", in: file, at: element.offset, element: "issue")
            }
            if issues.contains(where: { $0.name == name }) {
                throw ImportError("issue '\(name)' is declared twice", in: file, at: element.offset, element: "issue")
            }
            let index = try integer("index", of: element, in: file)
            if issues.contains(where: { $0.index == index }) {
                throw ImportError("issue index \(index) is used twice", in: file, at: element.offset, element: "issue")
            }
            var values: [String] = []
            for item in element.children(named: "item") {
                let value = try attribute("value", of: item, in: file)
                if values.contains(value) {
                    throw ImportError("value '\(value)' appears twice in issue '\(name)'", in: file, at: item.offset, element: "item")
                }
                values.append(value)
            }
            if values.isEmpty {
                throw ImportError("issue '\(name)' has no values (no <item> elements)", in: file, at: element.offset, element: "issue")
            }
            issues.append(.init(name: name, index: index, values: values, offset: element.offset))
        }
        if issues.isEmpty {
            throw ImportError("the domain has no issues (no <issue> elements in <objective>)", in: file, at: objective.offset, element: "objective")
        }
        return GeniusDomain(file: file, issues: issues)
    }

    /// Reads a profile of a domain.
    /// - Throws: ``ImportError`` for malformed XML, an issue or value the
    ///   domain does not have, a domain value without an evaluation, an
    ///   issue without a weight, or a negative or unreadable number, at the
    ///   element concerned.
    public static func profile(_ file: SourceFile, of domain: GeniusDomain) throws(ImportError) -> GeniusProfile {
        let root = try XMLReader.read(file)
        let space = try utilitySpace(in: root, of: file)
        let objective = try self.objective(in: root, of: file)
        var reservation = Fraction.zero
        if let element = space.children(named: "reservation").first {
            reservation = try number("value", of: element, in: file)
        }
        let discount = try space.children(named: "discount_factor").first.map { element throws(ImportError) in
            try number("value", of: element, in: file)
        }
        var weightByIndex: [Int: Fraction] = [:]
        for element in objective.children(named: "weight") {
            let index = try integer("index", of: element, in: file)
            if weightByIndex[index] != nil {
                throw ImportError("issue index \(index) is weighed twice", in: file, at: element.offset, element: "weight")
            }
            weightByIndex[index] = try number("value", of: element, in: file)
        }
        var weights: [Fraction?] = Array(repeating: nil, count: domain.issues.count)
        var evaluations: [[Fraction]?] = Array(repeating: nil, count: domain.issues.count)
        for element in objective.children(named: "issue") {
            let name = try attribute("name", of: element, in: file)
            guard let issue = domain.issues.firstIndex(where: { $0.name == name }) else {
                let known = domain.issues.map { "'\($0.name)'" }.joined(separator: ", ")
                throw ImportError("unknown issue '\(name)': the domain \(domain.file.name) has \(known)", in: file, at: element.offset, element: "issue")
            }
            if evaluations[issue] != nil {
                throw ImportError("issue '\(name)' is evaluated twice", in: file, at: element.offset, element: "issue")
            }
            let index = try integer("index", of: element, in: file)
            guard let weight = weightByIndex[index] else {
                throw ImportError("issue '\(name)' (index \(index)) has no <weight index=\"\(index)\">", in: file, at: element.offset, element: "issue")
            }
            weights[issue] = weight
            let values = domain.issues[issue].values
            var row: [Fraction?] = Array(repeating: nil, count: values.count)
            for item in element.children(named: "item") {
                let value = try attribute("value", of: item, in: file)
                guard let v = values.firstIndex(of: value) else {
                    throw ImportError("'\(value)' is not a value of issue '\(name)' in the domain", in: file, at: item.offset, element: "item")
                }
                guard item.attribute("evaluation") != nil else {
                    throw ImportError("value '\(value)' of issue '\(name)' has no evaluation", in: file, at: item.offset, element: "item")
                }
                if row[v] != nil {
                    throw ImportError("value '\(value)' of issue '\(name)' is evaluated twice", in: file, at: item.offset, element: "item")
                }
                row[v] = try number("evaluation", of: item, in: file)
            }
            if let missing = row.firstIndex(where: { $0 == nil }) {
                throw ImportError("value '\(values[missing])' of issue '\(name)' has no evaluation", in: file, at: element.offset, element: "issue")
            }
            evaluations[issue] = row.compactMap { $0 }
        }
        if let missing = evaluations.firstIndex(where: { $0 == nil }) {
            throw ImportError("issue '\(domain.issues[missing].name)' of the domain is not evaluated", in: file, at: objective.offset, element: "objective")
        }
        return GeniusProfile(
            file: file, weights: weights.compactMap { $0 }, evaluations: evaluations.compactMap { $0 },
            reservation: reservation, discount: discount)
    }

    // MARK: Structure

    private static func utilitySpace(in root: XMLElement, of file: SourceFile) throws(ImportError) -> XMLElement {
        if root.name == "utility_space" { return root }
        if let space = root.children(named: "utility_space").first { return space }
        throw ImportError("expected <utility_space>, found <\(root.name)> without one", in: file, at: root.offset, element: root.name)
    }

    private static func objective(in root: XMLElement, of file: SourceFile) throws(ImportError) -> XMLElement {
        let space = try utilitySpace(in: root, of: file)
        let objectives = space.children(named: "objective")
        guard let objective = objectives.first else {
            throw ImportError("<utility_space> has no <objective>", in: file, at: space.offset, element: "utility_space")
        }
        if objectives.count > 1 {
            throw ImportError("<utility_space> has more than one <objective>", in: file, at: objectives[1].offset, element: "objective")
        }
        if let nested = objective.children(named: "objective").first {
            throw ImportError("nested objectives are not supported", in: file, at: nested.offset, element: "objective")
        }
        return objective
    }

    // MARK: Attributes

    private static func attribute(_ name: String, of element: XMLElement, in file: SourceFile) throws(ImportError) -> String {
        guard let value = element.attribute(name) else {
            throw ImportError("<\(element.name)> has no '\(name)' attribute", in: file, at: element.offset, element: element.name)
        }
        return value
    }

    private static func integer(_ name: String, of element: XMLElement, in file: SourceFile) throws(ImportError) -> Int {
        let text = try attribute(name, of: element, in: file)
        guard let value = Int(text.trimmingSpaces) else {
            throw ImportError("'\(name)' must be an integer, not '\(text)'", in: file, at: element.offset, element: element.name)
        }
        return value
    }

    /// A non-negative decimal number, exactly.
    private static func number(_ name: String, of element: XMLElement, in file: SourceFile) throws(ImportError) -> Fraction {
        let text = try attribute(name, of: element, in: file)
        guard let value = Fraction(decimal: text.trimmingSpaces) else {
            throw ImportError("'\(name)' must be a decimal number, not '\(text)'", in: file, at: element.offset, element: element.name)
        }
        guard value >= .zero else {
            throw ImportError("'\(name)' may not be negative ('\(text)')", in: file, at: element.offset, element: element.name)
        }
        return value
    }
}

extension String {
    /// Without leading and trailing spaces (attribute values as numbers).
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
