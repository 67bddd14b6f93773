import Glibc
import Testing

@testable import AdsShell

struct HistoryStoreTests {
    private func text(_ folder: TemporaryFolder) -> String {
        String(decoding: bytes(folder, "history") ?? [], as: UTF8.self)
    }

    private func bytes(_ folder: TemporaryFolder, _ name: String) -> [UInt8]? {
        try? FileSystem.readFile(folder.file(name))
    }

    private func write(_ folder: TemporaryFolder, _ contents: [UInt8]) throws {
        try FileSystem.writeAtomically(contents, to: folder.file("history"))
    }

    @Test(arguments: [
        "GET /v2/profiles",
        "POST /x {\"a\":\n1}",
        "set path 'C:\\temp\\new'",
        "back\\nslash and \\\\ twice",
        "carriage\r\nreturn",
        "Été 2026 – 🎯",
        "trailing backslash \\",
    ])
    func formatRoundTrip(entry: String) throws {
        let bytes = HistoryFormat.encode([entry])
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let decoded = try HistoryFormat.decode(bytes)
        #expect(decoded.entries == [entry])
        #expect(!decoded.droppedTruncatedLine)
    }

    @Test func crlfLineEndsAreRead() throws {
        let decoded = try HistoryFormat.decode(Array("#adsh-history v1\r\nvars\r\nhelp\r\n".utf8))
        #expect(decoded.entries == ["vars", "help"])
        #expect(!decoded.droppedTruncatedLine)
    }

    @Test func escapingIsReadable() {
        let bytes = HistoryFormat.encode(["a\nb\\c"])
        #expect(String(decoding: bytes, as: UTF8.self) == "#adsh-history v1\na\\nb\\\\c\n")
    }

    @Test func saveAndLoadRoundTrip() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state/history"
        let store = HistoryStore(path: path)
        store.add("set a 1")
        store.add("POST /x {\"a\":\n1}")
        try store.save()
        let loaded = HistoryStore(path: path)
        #expect(loaded.load() == nil)
        #expect(loaded.entries == ["set a 1", "POST /x {\"a\":\n1}"])
    }

    @Test func fileHasMode0600() throws {
        let folder = TemporaryFolder()
        let store = HistoryStore(path: folder.path + "/history")
        store.add("vars")
        try store.save()
        var info = stat()
        #expect(stat(folder.path + "/history", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func consecutiveDuplicatesAndBlanksSkipped() {
        let store = HistoryStore(path: nil)
        #expect(store.add("vars"))
        #expect(!store.add("vars"))
        #expect(!store.add("   "))
        #expect(store.add("help"))
        #expect(store.add("vars"))
        #expect(store.entries == ["vars", "help", "vars"])
    }

    @Test func capacityKeepsNewestEntries() throws {
        let folder = TemporaryFolder()
        let store = HistoryStore(path: folder.path + "/history", capacity: 3)
        for number in 1...5 { store.add("set n \(number)") }
        #expect(store.entries == ["set n 3", "set n 4", "set n 5"])
        try store.save()
        let other = HistoryStore(path: folder.path + "/history", capacity: 3)
        other.load()
        other.add("set n 6")
        try other.save()
        #expect(text(folder) == "#adsh-history v1\nset n 4\nset n 5\nset n 6\n")
    }

    @Test func zeroCapacityStoresNothing() throws {
        let folder = TemporaryFolder()
        let store = HistoryStore(path: folder.path + "/history", capacity: 0)
        #expect(!store.add("vars"))
        try store.save()
        #expect(bytes(folder, "history") == nil)
    }

    @Test(arguments: [
        ("", 5000, false), ("200", 200, false), ("0", 0, false), ("-3", 5000, true),
        ("lots", 5000, true),
    ])
    func capacityFromEnvironment(value: String, expected: Int, warns: Bool) {
        let result = HistoryStore.capacity(fromEnvironmentValue: value)
        #expect(result.capacity == expected)
        #expect((result.warning != nil) == warns)
    }

    @Test func twoWritersKeepBothEntries() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/history"
        let seed = HistoryStore(path: path)
        seed.add("old entry")
        try seed.save()
        let first = HistoryStore(path: path)
        let second = HistoryStore(path: path)
        first.load()
        second.load()
        first.add("from first")
        second.add("from second")
        second.add("old entry")
        try first.save()
        try second.save()
        let merged = HistoryStore(path: path)
        merged.load()
        #expect(merged.entries == ["old entry", "from first", "from second", "old entry"])
    }

    @Test func saveWithoutNewEntriesLeavesFileAlone() throws {
        let folder = TemporaryFolder()
        try write(folder, Array("#adsh-history v1\nkept\n".utf8))
        let store = HistoryStore(path: folder.path + "/history")
        store.load()
        try store.save()
        #expect(text(folder) == "#adsh-history v1\nkept\n")
    }

    @Test(arguments: [
        ("not a history file\n", "the first line is not '#adsh-history v1'"),
        ("#adsh-history v1\nbad \\q escape\n", "line 2 has an unknown escape '\\q'"),
        ("#adsh-history v9\nentry\n", "written by a newer version of adsh"),
        ("#adsh-history v1\n\u{0}\u{1}\u{2}binary\n", "binary data"),
    ])
    func invalidFileWarnsAndStartsEmpty(contents: String, reason: String) throws {
        let folder = TemporaryFolder()
        try write(folder, Array(contents.utf8))
        let store = HistoryStore(path: folder.path + "/history")
        let warning = try #require(store.load())
        #expect(warning.contains(reason))
        #expect(warning.contains("starting with empty history"))
        #expect(store.entries.isEmpty)
        store.add("vars")
        try store.save()
        #expect(text(folder) == "#adsh-history v1\nvars\n")
        #expect(bytes(folder, "history.invalid") == Array(contents.utf8))
    }

    @Test func invalidUTF8WarnsAndStartsEmpty() throws {
        let folder = TemporaryFolder()
        try write(folder, Array("#adsh-history v1\n".utf8) + [0xFF, 0xFE, 0x0A])
        let store = HistoryStore(path: folder.path + "/history")
        let warning = try #require(store.load())
        #expect(warning.contains("binary data"))
        #expect(store.entries.isEmpty)
    }

    @Test func truncatedFileKeepsCompleteEntries() throws {
        let folder = TemporaryFolder()
        try write(folder, Array("#adsh-history v1\nfirst\nsecond\nthi".utf8))
        let store = HistoryStore(path: folder.path + "/history")
        let warning = try #require(store.load())
        #expect(warning.contains("ends in the middle of an entry"))
        #expect(store.entries == ["first", "second"])
    }

    @Test func emptyFileIsEmptyHistory() throws {
        let folder = TemporaryFolder()
        try write(folder, [])
        let store = HistoryStore(path: folder.path + "/history")
        #expect(store.load() == nil)
        #expect(store.entries.isEmpty)
    }

    @Test func libeditFileIsRead() throws {
        let folder = TemporaryFolder()
        try write(folder, Array("_HiStOrY_V2_\nGET\\040/v2/profiles\nvars\n".utf8))
        let store = HistoryStore(path: folder.path + "/history")
        #expect(store.load() == nil)
        #expect(store.entries == ["GET /v2/profiles", "vars"])
        store.add("help")
        try store.save()
        #expect(text(folder) == "#adsh-history v1\nGET /v2/profiles\nvars\nhelp\n")
    }

    @Test func missingFileIsEmptyHistory() {
        let folder = TemporaryFolder()
        let store = HistoryStore(path: folder.path + "/missing/history")
        #expect(store.load() == nil)
        #expect(store.entries.isEmpty)
    }
}
