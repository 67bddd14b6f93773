import Glibc

@testable import AdsShell

/// A fresh folder under /tmp, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() {
        var template = Array("/tmp/adsh-test-XXXXXX".utf8CString)
        let pointer = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(pointer != nil, "mkdtemp failed")
        path = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        removeTree(path)
    }

    func file(_ name: String) -> String {
        path + "/" + name
    }

    func write(_ text: String, to name: String) throws {
        try FileSystem.writeAtomically(Array(text.utf8), to: file(name))
    }

    func read(_ name: String) throws -> String {
        String(decoding: try FileSystem.readFile(file(name)), as: UTF8.self)
    }

    private func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            chmod(path, 0o700)
            for name in FileSystem.listFolder(path) { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// Where the shared fixtures are when the repository sits next to them; nil in a user's
/// clone, where tests that need them are skipped.
enum SharedFixtures {
    static let folder: String? = {
        var path = #filePath
        for _ in 0..<4 { path = FileSystem.parentFolder(of: path) }
        let candidate = FileSystem.parentFolder(of: path) + "/shared/fixtures"
        return FileSystem.isFolder(candidate) ? candidate : nil
    }()

    static func path(_ relative: String) -> String? {
        folder.map { $0 + "/" + relative }
    }

    static var environmentFile: String? {
        path("postman/Amazon_Ads_API_Environment.postman_environment.json")
    }
}

/// The folder of this test target's own fixtures.
enum LocalFixtures {
    static let folder: String =
        FileSystem.parentFolder(of: FileSystem.parentFolder(of: #filePath))
        + "/Fixtures"

    static func path(_ relative: String) -> String {
        folder + "/" + relative
    }
}
