import Testing

/// Every command's `--help`, as printed by the built binary: its option
/// table in two clean columns within 100 characters.
@Suite struct HelpTextTests {
    static let commands = ["check", "fmt", "report", "whatif", "explain", "diff"]

    /// The lines of the `options:` section of a help text.
    static func optionLines(_ help: String) -> [Substring] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "options:") else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    @Test(arguments: commands)
    func optionHelpStartsInOneColumnAfterEveryOption(_ command: String) throws {
        let help = try ExitCodeTests.run("parley", [command, "--help"]).out
        let lines = Self.optionLines(help)
        #expect(lines.count >= 2, "\(command): no options table")
        // An option line is "  --name VALUE  help"; a continuation is indented to the help column.
        let heads = lines.filter { $0.hasPrefix("  --") }
        let columns = Set(heads.map { line -> Int in
            let afterHead = line.dropFirst(2).firstRange(of: "  ").map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0
            var column = afterHead
            while line.dropFirst(column).first == " " { column += 1 }
            return column
        })
        #expect(columns.count == 1, "\(command): help starts in columns \(columns.sorted())")
        let column = try #require(columns.first)
        for line in lines where !line.hasPrefix("  --") {
            #expect(line.prefix(column).allSatisfy { $0 == " " } && line.dropFirst(column).first != " ", "\(command): \(line)")
        }
    }

    @Test(arguments: commands)
    func helpFitsInOneHundredColumns(_ command: String) throws {
        let help = try ExitCodeTests.run("parley", [command, "--help"]).out
        for line in Self.optionLines(help) { #expect(line.count <= 100, "\(command): \(line)") }
    }

    @Test func concedeOptionIsPrintedWhole() throws {
        for command in ["report", "whatif"] {
            let help = try ExitCodeTests.run("parley", [command, "--help"]).out
            #expect(help.contains("--concede PARTY.DEMAND  "), "\(command)")
            #expect(!help.contains("DEConcede"), "\(command)")
        }
    }
}
