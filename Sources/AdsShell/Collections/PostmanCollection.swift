import Glibc

/// A Postman collection (format v2.0 or v2.1) read into requests the shell can send.
///
/// Loading never runs a script. Test scripts are translated into `ScriptCapture` values,
/// and the code that is not translated is listed on each request.
public struct PostmanCollection: Sendable {
    public var name: String
    /// The format version from `info.schema`, such as `2.0.0` or `2.1.0`.
    public var schemaVersion: String
    /// All requests, depth-first in file order.
    public var requests: [CollectionRequest]
    /// Descriptions of the collection-level and folder-level scripts, which adsh does not run.
    public var scriptNotes: [String]
    public var description: String?
    /// The enabled collection variables (`variable`), in file order. Amazon's collection has
    /// none, but collections exported from Postman often keep `{{baseUrl}}` and the like here.
    public var variables: [(name: String, value: String)]
    /// Every folder's path as a list of names, in file order, empty folders included.
    var folderPaths: [[String]]

    /// Reads and parses the collection file at `path`.
    /// - Throws: `CollectionError.unreadableFile` when the file cannot be read, and the
    ///   errors of `parse(_:source:)`.
    public static func load(path: String) throws(CollectionError) -> PostmanCollection {
        let bytes = try readFile(path)
        return try parse(bytes, source: path)
    }

    /// Parses the bytes of a collection file. `source` names the file in error messages.
    /// - Throws: `CollectionError.invalidJSON`, `.notACollection` or `.invalidItem`.
    public static func parse(
        _ bytes: [UInt8], source: String
    ) throws(CollectionError) -> PostmanCollection {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .invalidJSON(source: source, detail: error.description)
        }
        let (info, items) = try CollectionShape.validate(root, source: source)
        let schemaVersion = try CollectionShape.schemaVersion(info, source: source)
        var reader = CollectionReader(source: source)
        reader.noteScripts(root["event"], owner: "collection")
        try reader.readItems(items, folderPath: [])
        return PostmanCollection(
            name: info["name"]?.stringValue ?? source, schemaVersion: schemaVersion,
            requests: reader.requests, scriptNotes: reader.scriptNotes,
            description: CollectionReader.descriptionText(info["description"]),
            variables: CollectionReader.variables(root["variable"]),
            folderPaths: reader.folderPaths)
    }

    /// Returns the path of every folder, such as `Sponsored Products/Campaigns`, in file
    /// order. A `/` inside a folder name is written as `\/`.
    public func folders() -> [String] {
        folderPaths.map { path in
            path.map(CollectionRequest.escapedPathComponent).joined(separator: "/")
        }
    }

    /// Returns the requests in the folder with path `folder` and in its subfolders, or all
    /// requests when `folder` is nil or empty. A trailing `/` in `folder` is ignored.
    public func requests(inFolder folder: String?) -> [CollectionRequest] {
        guard let folder, !folder.isEmpty else { return requests }
        var prefix = CollectionRequest.pathComponents(folder)
        if prefix.count > 1, prefix.last == "" { prefix.removeLast() }
        return requests.filter { $0.folderPath.starts(with: prefix) }
    }

    private static func readFile(_ path: String) throws(CollectionError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadableFile(path: path, reason: systemErrorText())
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: systemErrorText())
            }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// Returns the text for the current `errno` with a lowercase first letter, as error
    /// messages in adsh start.
    private static func systemErrorText() -> String {
        let text = String(cString: strerror(errno))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
