#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Reads the operations of an OpenAPI 3 document into catalog entries.

extension EndpointCatalog {
    private static let operationMethods = ["get", "post", "put", "patch", "delete", "head"]
    private static let scopeHeader = "amazon-advertising-api-scope"

    /// Loads the operations of an OpenAPI 3 file, JSON (`.json`) or YAML (`.yaml`, `.yml`).
    ///
    /// Each operation gives one endpoint. Its summary is the first line of `summary`, or the
    /// `operationId`. Its request type is the first media type of the request body. Its
    /// response type is the first media type other than `application/json` of the first 2xx
    /// response, or `application/json`. It requires a scope when it declares the
    /// `Amazon-Advertising-API-Scope` header. `$ref` links inside the file are followed, but
    /// links to other files are not.
    public static func load(openAPIFile path: String) throws(OpenAPIError) -> EndpointCatalog {
        let lowered = path.lowercased()
        let isJSON = lowered.hasSuffix(".json")
        guard isJSON || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") else {
            throw .unsupportedExtension(path: path)
        }
        let bytes = try readFile(path)
        let document: JSONValue
        if isJSON {
            do {
                document = try JSONParser.parse(bytes)
            } catch {
                throw .invalidJSON(path: path, error)
            }
        } else {
            do {
                document = try YAMLParser.parse(bytes)
            } catch {
                throw .invalidYAML(path: path, error)
            }
        }
        guard let catalog = EndpointCatalog(openAPIDocument: document) else {
            throw .missingPaths(path: path)
        }
        return catalog
    }

    /// Builds a catalog from a parsed OpenAPI 3 document, or returns nil when the document
    /// has no `paths` object.
    init?(openAPIDocument document: JSONValue) {
        guard let paths = document["paths"]?.objectValue else { return nil }
        var endpoints: [Endpoint] = []
        for (path, rawItem) in paths {
            let item = Self.resolve(rawItem, in: document)
            let sharedParameters = item["parameters"]?.arrayValue ?? []
            for method in Self.operationMethods {
                guard let operation = item[method].map({ Self.resolve($0, in: document) })
                else { continue }
                endpoints.append(
                    Self.endpoint(
                        method: method, path: path, operation: operation,
                        sharedParameters: sharedParameters, document: document))
            }
        }
        self.init(endpoints: endpoints)
    }

    private static func endpoint(
        method: String, path: String, operation: JSONValue, sharedParameters: [JSONValue],
        document: JSONValue
    ) -> Endpoint {
        let summaryLine =
            operation["summary"]?.stringValue?
            .split(whereSeparator: \.isNewline).first
            .map { trimmingSpaces($0) } ?? ""
        let summary =
            summaryLine.isEmpty
            ? (operation["operationId"]?.stringValue ?? "") : summaryLine

        let requestBody = operation["requestBody"].map { resolve($0, in: document) }
        let contentType = requestBody?["content"]?.objectValue?.first?.key

        var accept: String?
        for (code, response) in operation["responses"]?.objectValue ?? [] where code.hasPrefix("2")
        {
            let types = resolve(response, in: document)["content"]?.objectValue?.map(\.key) ?? []
            accept =
                types.first(where: { $0 != "application/json" })
                ?? (types.isEmpty ? nil : "application/json")
            break
        }

        let parameters = sharedParameters + (operation["parameters"]?.arrayValue ?? [])
        let requiresScope = parameters.contains { parameter in
            let resolved = resolve(parameter, in: document)
            return resolved["in"]?.stringValue == "header"
                && resolved["name"]?.stringValue?.lowercased() == scopeHeader
        }
        return Endpoint(
            method: method, pathTemplate: path, contentType: contentType, accept: accept,
            summary: summary, requiresScope: requiresScope)
    }

    /// Follows `$ref` links of the form `#/components/...` inside the same document, up to
    /// a fixed depth so that a cycle cannot loop forever. Returns the value unchanged when
    /// the link points elsewhere or to nothing.
    static func resolve(_ value: JSONValue, in document: JSONValue) -> JSONValue {
        var current = value
        for _ in 0..<16 {
            guard let reference = current["$ref"]?.stringValue, reference.hasPrefix("#/") else {
                return current
            }
            var target: JSONValue? = document
            for token in reference.dropFirst(2).split(separator: "/") {
                target = target?[decodePointerToken(token)]
            }
            guard let found = target else { return current }
            current = found
        }
        return current
    }

    /// Reads a whole file with POSIX calls, since the shell avoids Foundation's file APIs.
    private static func readFile(_ path: String) throws(OpenAPIError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, errno: errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

extension EndpointCatalog {
    private static func trimmingSpaces(_ text: Substring) -> String {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }

    /// Decodes one token of a JSON pointer, where `~1` stands for `/` and `~0` for `~`.
    private static func decodePointerToken(_ token: Substring) -> String {
        guard token.contains("~") else { return String(token) }
        return token.split(separator: "~1", omittingEmptySubsequences: false)
            .map {
                $0.split(separator: "~0", omittingEmptySubsequences: false).joined(separator: "~")
            }
            .joined(separator: "/")
    }
}
