/// A GENIUS domain file: the discrete issues of a negotiation and their
/// values, in file order.
public struct GeniusDomain: Sendable {
    /// One discrete issue.
    public struct Issue: Sendable {
        /// The issue's name as written (`name="Maker"`).
        public var name: String
        /// Its `index` attribute, which profiles' weights refer to.
        public var index: Int
        /// Its values (`item` elements' `value` attributes), in file order.
        public var values: [String]
        /// Where its element starts in the domain file.
        public var offset: Int

        /// Makes an issue.
        public init(name: String, index: Int, values: [String], offset: Int) {
            self.name = name
            self.index = index
            self.values = values
            self.offset = offset
        }
    }

    /// The file, as named on the command line.
    public var file: SourceFile
    /// The issues, in file order.
    public var issues: [Issue]

    /// Makes a domain.
    public init(file: SourceFile, issues: [Issue]) {
        self.file = file
        self.issues = issues
    }

    /// The number of outcomes: the product of the issues' value counts, or
    /// nil past `Int.max`.
    public var outcomeCount: Int? {
        var total = 1
        for issue in issues {
            let (product, overflow) = total.multipliedReportingOverflow(by: issue.values.count)
            if overflow { return nil }
            total = product
        }
        return total
    }
}
