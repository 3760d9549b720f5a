import Foundation
import ParleyModel

/// Files of the repository the tests read: the bundled scenarios above all,
/// so that a test of the worked example reads scenarios/toy.parley itself.
public enum Repository {
    /// The repository's top folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bytes of a file, by its path from the top (`scenarios/toy.parley`).
    public static func file(_ path: String) throws -> SourceFile {
        SourceFile(name: path, bytes: [UInt8](try Data(contentsOf: root.appendingPathComponent(path))))
    }

    /// A bundled scenario by name (`toy`), checked; nil with its diagnostics
    /// printed when it is invalid.
    public static func scenario(_ name: String) throws -> Scenario? {
        let file = try file("scenarios/\(name).parley")
        let (scenario, diagnostics) = ScenarioChecker.load(file)
        if scenario == nil { print(DiagnosticRenderer().render(diagnostics, in: file)) }
        return scenario
    }
}
