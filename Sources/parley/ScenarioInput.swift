import Foundation
import ParleyModel

/// Reads scenario files (or standard input for `-`).
enum ScenarioInput {
    /// The file's bytes as a ``SourceFile``.
    /// - Throws: ``CommandFailure`` with exit code 66 when it cannot be read.
    static func read(_ path: String) throws -> SourceFile {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return SourceFile(name: "<stdin>", bytes: [UInt8](data))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(code: .missingInput, message: "cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure(code: .missingInput, message: "cannot read '\(path)': it is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(code: .missingInput, message: "cannot read '\(path)': permission denied or unreadable")
        }
        return SourceFile(name: path, bytes: [UInt8](data))
    }

    /// Writes a file atomically: a temporary file beside it, then a rename,
    /// so that nothing is ever left half-written.
    /// - Throws: ``CommandFailure`` with exit code 73.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).parley-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw CommandFailure(code: .cannotWrite, message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure(code: .cannotWrite, message: "cannot write '\(path)': \(error.localizedDescription)")
        }
    }
}
