import Foundation
import Testing
import ParleyAnalysis
import ParleyModel
@testable import ParleyReport

/// `--format csv --table NAME`: RFC 4180 tables whose rows are the
/// analysis' own lists.
@Suite struct CSVReportTests {
    /// Fields of RFC 4180 text, read back: the oracle for the quoting.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        return rows
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        #expect(CSVReport.field("plain") == "plain")
        #expect(CSVReport.field("a, b") == "\"a, b\"")
        #expect(CSVReport.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVReport.field("two\nlines") == "\"two\nlines\"")
    }

    @Test(arguments: CSVReport.Table.allCases)
    func everyRowHasTheHeadersWidthAndLinesEndInCRLF(_ table: CSVReport.Table) throws {
        let text = CSVReport.render(try GoldenReportTests.report("ukraine-2025-11"), table: table)
        #expect(text.hasSuffix("\r\n"))
        // No field here holds a line break, so every line ends in CRLF.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let rows = Self.parse(text)
        #expect(rows.count >= 2)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
    }

    @Test func conflictRowsAreTheAnalysisConflicts() throws {
        let report = try GoldenReportTests.report("ukraine-2025-11")
        let rows = Self.parse(CSVReport.render(report, table: .conflicts))
        #expect(rows[0] == ["conflict", "dispute", "demands", "parties", "issues"])
        #expect(rows.dropFirst().map { $0[2] } == report.analysis.conflicts.map { $0.demands.map(\.qualifiedName).joined(separator: "; ") })
        for (k, dispute) in report.analysis.disputes.enumerated() {
            for c in dispute.conflicts { #expect(rows[c + 1][1] == String(k + 1)) }
        }
    }

    @Test func concessionRowsCarryBothEndsOfTheCostAndTheFlags() throws {
        let report = try GoldenReportTests.report("ukraine-2025-11")
        let rows = Self.parse(CSVReport.render(report, table: .concessions))
        #expect(rows.count == report.analysis.concessions.count + 1)
        for (row, concession) in zip(rows.dropFirst(), report.analysis.concessions) {
            #expect(row[1] == String(concession.cost) && row[2] == String(concession.costMax))
            #expect(row[3] == concession.tags.joined(separator: "; "))
            #expect(row[5] == (concession.possiblyCheapest == true ? "true" : "false"))
        }
    }

    @Test func overlapHasOneRowPerIssue() throws {
        let report = try GoldenReportTests.report("toy")
        let rows = Self.parse(CSVReport.render(report, table: .overlap))
        #expect(rows.map(\.first) == ["issue"] + report.scenario.issues.map(\.name))
        #expect(rows[1] == ["border", "", "middle", "north: east.line; south: west.line"])
    }
}
