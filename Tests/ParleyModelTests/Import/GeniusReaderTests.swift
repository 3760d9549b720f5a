import Foundation
import Testing
@testable import ParleyModel
import ParleyTestSupport

/// GENIUS domains and profiles read back exactly, and an error naming the
/// file and the element for each way they can fail to fit.
@Suite struct GeniusReaderTests {
    static func fraction(_ d: GeniusCase.Decimal) -> Fraction {
        Fraction(Int128(d.units), (0..<d.places).reduce(Int128(1)) { value, _ in value * 10 })!
    }

    @Test func generatedFilesReadBackExactly() throws {
        for seed in UInt64(1)...200 {
            let generated = GeniusCase(seed: seed)
            let domain = try GeniusReader.domain(SourceFile(name: "d.xml", text: generated.domainXML))
            #expect(domain.issues.map(\.name) == generated.issues.map(\.name), "seed \(seed)")
            #expect(domain.issues.map(\.values) == generated.issues.map(\.values), "seed \(seed)")
            for (p, text) in generated.profileXML.enumerated() {
                let profile = try GeniusReader.profile(SourceFile(name: "p\(p).xml", text: text), of: domain)
                let expected = generated.profiles[p]
                #expect(profile.weights == expected.weights.map(Self.fraction), "seed \(seed)")
                #expect(profile.evaluations == expected.evaluations.map { $0.map(Self.fraction) }, "seed \(seed)")
                #expect(profile.reservation == Self.fraction(expected.reservation), "seed \(seed)")
                #expect(profile.discount == Fraction(9, 10))
            }
        }
    }

    @Test func decimalsAreExact() {
        #expect(Fraction(decimal: "0.371304975313575") == Fraction(371_304_975_313_575, 1_000_000_000_000_000))
        #expect(Fraction(decimal: "1.0") == Fraction(1))
        #expect(Fraction(decimal: ".5") == Fraction(1, 2))
        #expect(Fraction(decimal: "2.5E-3") == Fraction(1, 400))
        #expect(Fraction(decimal: "12e2") == Fraction(1200))
        #expect(Fraction(decimal: "-0.25") == Fraction(-1, 4))
        for bad in ["", ".", "e5", "1..2", "1e", "0x10", "1,5", "1 2", "nan"] {
            #expect(Fraction(decimal: bad) == nil, "\(bad)")
        }
        #expect(Fraction(1, 3)! < Fraction(1, 2)!)
        #expect(Fraction(1, 3)!.adding(Fraction(1, 6)!) == Fraction(1, 2))
        #expect(Fraction(7, 2)!.ceiling == 4 && Fraction(-7, 2)!.ceiling == -3 && Fraction(4).ceiling == 4)
    }

    static let domain = """
    <negotiation_template><utility_space><objective index="0" name="root">
      <issue index="1" name="Price" type="discrete" etype="discrete">
        <item index="1" value="low"/><item index="2" value="high"/>
      </issue>
      <issue index="2" name="Date" type="discrete">
        <item index="1" value="May"/><item index="2" value="June"/>
      </issue>
    </objective></utility_space></negotiation_template>
    """

    /// A profile of ``domain`` with one line replaced.
    static let profile = """
    <utility_space>
      <reservation value="0.2"/>
      <objective index="0" name="root">
        <issue index="1" name="Price"><item value="low" evaluation="3"/><item value="high" evaluation="1"/></issue>
        <issue index="2" name="Date"><item value="May" evaluation="1"/><item value="June" evaluation="2"/></issue>
        <weight index="1" value="0.6"/>
        <weight index="2" value="0.4"/>
      </objective>
    </utility_space>
    """

    /// The error of a profile, as `FILE:LINE:COL <element> message`.
    static func profileError(_ text: String) -> String {
        do {
            let domain = try GeniusReader.domain(SourceFile(name: "d.xml", text: Self.domain))
            _ = try GeniusReader.profile(SourceFile(name: "p.xml", text: text), of: domain)
            return "no error"
        } catch {
            return "\(error.file):\(error.line):\(error.column) <\(error.element ?? "-")> \(error.message)"
        }
    }

    static func domainError(_ text: String) -> String {
        do {
            _ = try GeniusReader.domain(SourceFile(name: "d.xml", text: text))
            return "no error"
        } catch {
            return "\(error.file):\(error.line):\(error.column) <\(error.element ?? "-")> \(error.message)"
        }
    }

    static func replacing(_ old: String, with new: String, in text: String = profile) -> String {
        #expect(text.contains(old))
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func theSampleProfileReads() throws {
        #expect(Self.profileError(Self.profile) == "no error")
        let domain = try GeniusReader.domain(SourceFile(name: "d.xml", text: Self.domain))
        let profile = try GeniusReader.profile(SourceFile(name: "p.xml", text: Self.profile), of: domain)
        #expect(profile.contribution(issue: 0, value: 1) == Fraction(1, 5))
        #expect(profile.contribution(issue: 1, value: 0) == Fraction(1, 5))
        #expect(profile.reservation == Fraction(1, 5))
    }

    @Test func eachProfileErrorNamesTheFileAndElement() {
        #expect(Self.profileError(Self.replacing("name=\"Date\"", with: "name=\"Data\""))
            == "p.xml:5:5 <issue> unknown issue 'Data': the domain d.xml has 'Price', 'Date'")
        #expect(Self.profileError(Self.replacing("value=\"June\"", with: "value=\"July\""))
            == "p.xml:5:68 <item> 'July' is not a value of issue 'Date' in the domain")
        #expect(Self.profileError(Self.replacing("value=\"June\" evaluation=\"2\"", with: "value=\"June\""))
            == "p.xml:5:68 <item> value 'June' of issue 'Date' has no evaluation")
        #expect(Self.profileError(Self.replacing("<item value=\"June\" evaluation=\"2\"/>", with: ""))
            == "p.xml:5:5 <issue> value 'June' of issue 'Date' has no evaluation")
        #expect(Self.profileError(Self.replacing("<weight index=\"2\" value=\"0.4\"/>", with: ""))
            == "p.xml:5:5 <issue> issue 'Date' (index 2) has no <weight index=\"2\">")
        #expect(Self.profileError(Self.replacing("value=\"0.4\"", with: "value=\"-0.4\""))
            == "p.xml:7:5 <weight> 'value' may not be negative ('-0.4')")
        #expect(Self.profileError(Self.replacing("evaluation=\"3\"", with: "evaluation=\"three\""))
            == "p.xml:4:35 <item> 'evaluation' must be a decimal number, not 'three'")
        #expect(Self.profileError(Self.replacing("<weight index=\"1\"", with: "<weight index=\"one\""))
            == "p.xml:6:5 <weight> 'index' must be an integer, not 'one'")
        #expect(Self.profileError(Self.replacing("<issue index=\"2\" name=\"Date\"><item value=\"May\" evaluation=\"1\"/><item value=\"June\" evaluation=\"2\"/></issue>", with: ""))
            == "p.xml:3:3 <objective> issue 'Date' of the domain is not evaluated")
        #expect(Self.profileError(Self.replacing("<reservation value=\"0.2\"/>", with: "<reservation/>"))
            == "p.xml:2:3 <reservation> <reservation> has no 'value' attribute")
        #expect(Self.profileError(Self.replacing("</objective>", with: "</objectiv>"))
            == "p.xml:8:3 <objective> closing tag </objectiv> does not match <objective>")
        #expect(Self.profileError("<profile/>") == "p.xml:1:1 <profile> expected <utility_space>, found <profile> without one")
        #expect(Self.profileError("<utility_space></utility_space>") == "p.xml:1:1 <utility_space> <utility_space> has no <objective>")
    }

    @Test func eachDomainErrorNamesTheFileAndElement() {
        #expect(Self.domainError(Self.replacing("type=\"discrete\" etype", with: "type=\"integer\" etype", in: Self.domain))
            == "d.xml:2:3 <issue> issue 'Price' is of type 'integer'; only discrete issues can be imported")
        #expect(Self.domainError(Self.replacing("value=\"June\"", with: "value=\"May\"", in: Self.domain))
            == "d.xml:6:34 <item> value 'May' appears twice in issue 'Date'")
        #expect(Self.domainError(Self.replacing("name=\"Date\"", with: "name=\"Price\"", in: Self.domain))
            == "d.xml:5:3 <issue> issue 'Price' is declared twice")
        #expect(Self.domainError(Self.replacing("<item index=\"1\" value=\"low\"/><item index=\"2\" value=\"high\"/>", with: "", in: Self.domain))
            == "d.xml:2:3 <issue> issue 'Price' has no values (no <item> elements)")
        #expect(Self.domainError(Self.replacing("<item index=\"1\" value=\"low\"/>", with: "<item index=\"1\"/>", in: Self.domain))
            == "d.xml:3:5 <item> <item> has no 'value' attribute")
        #expect(Self.domainError("<utility_space><objective name=\"r\"></objective></utility_space>")
            == "d.xml:1:16 <objective> the domain has no issues (no <issue> elements in <objective>)")
        #expect(Self.domainError("<utility_space><objective><objective/></objective></utility_space>")
            == "d.xml:1:27 <objective> nested objectives are not supported")
        #expect(Self.domainError("<utility_space><objective><issue name=\"x\"/></objective></utility_space>")
            == "d.xml:1:27 <issue> <issue> has no 'index' attribute")
    }

    /// Mutated files (bytes deleted, repeated, replaced, cut short) give a
    /// domain and profiles or an error with a place, never a crash.
    @Test func mutatedFilesGiveAnErrorOrAResultNeverACrash() {
        var rng = SeededGenerator(seed: 21)
        let symbols = Array("<>/=\"'&;!?-[] \nax#".utf8) + [0x00, 0xC3, 0xFF]
        var errors = 0
        for round in 0..<600 {
            let generated = GeniusCase(seed: UInt64(round % 40) &+ 900)
            let target = round % 2 == 0 ? generated.domainXML : generated.profileXML[0]
            var bytes = Array(target.utf8)
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(bytes[at], at: at)
                case 2: bytes[at] = symbols.randomElement(using: &rng)!
                default: bytes.removeSubrange(at...)
                }
                if bytes.isEmpty { bytes = [UInt8(ascii: "<")] }
            }
            let file = SourceFile(name: "m.xml", bytes: bytes)
            do {
                if round % 2 == 0 {
                    _ = try GeniusReader.domain(file)
                } else {
                    let domain = try GeniusReader.domain(SourceFile(name: "d.xml", text: generated.domainXML))
                    _ = try GeniusReader.profile(file, of: domain)
                }
            } catch {
                errors += 1
                #expect(error.file == "m.xml" && error.line >= 1 && error.column >= 1, "round \(round)")
                #expect(!error.message.isEmpty)
            }
        }
        #expect(errors > 300)
    }
}
