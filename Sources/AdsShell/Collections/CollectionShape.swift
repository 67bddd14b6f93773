/// Checks that a JSON document is a Postman collection in a format adsh reads, and names
/// what it is when it is not.
enum CollectionShape {
    /// Returns the `info` object and the top-level `item` list of a collection.
    /// - Throws: `CollectionError.notACollection` with a hint for environment files,
    ///   OpenAPI documents, format v1 collections and other JSON.
    static func validate(
        _ root: JSONValue, source: String
    ) throws(CollectionError) -> (info: JSONValue, items: [JSONValue]) {
        guard root.objectValue != nil else {
            throw .notACollection(
                source: source, found: "the top level is not a JSON object",
                hint: "export the collection from Postman as Collection v2.1")
        }
        if root["values"]?.arrayValue != nil, root["item"] == nil {
            if root["_postman_variable_scope"]?.stringValue == "globals" {
                throw .notACollection(
                    source: source, found: "it is a Postman globals file",
                    hint: "give the collection file here")
            }
            throw .notACollection(
                source: source, found: "it is a Postman environment file",
                hint: "load it as an environment instead, and give the collection file here")
        }
        if root["openapi"] != nil || root["swagger"] != nil {
            throw .notACollection(
                source: source, found: "it is an OpenAPI document",
                hint: "import it as an API specification instead")
        }
        if root["requests"]?.arrayValue != nil, root["info"] == nil {
            throw .notACollection(
                source: source, found: "it uses the Postman Collection v1 format",
                hint: "open it in Postman and export it again as Collection v2.1")
        }
        guard let info = root["info"], info.objectValue != nil,
            let items = root["item"]?.arrayValue
        else {
            throw .notACollection(
                source: source, found: "it has no 'info' object and 'item' list",
                hint: "export the collection from Postman as Collection v2.1")
        }
        return (info, items)
    }

    /// Returns the version in `info.schema`, such as `2.1.0` for
    /// `https://schema.getpostman.com/json/collection/v2.1.0/collection.json`.
    /// - Throws: `CollectionError.notACollection` when the schema is missing or is not v2.
    static func schemaVersion(_ info: JSONValue, source: String) throws(CollectionError) -> String {
        guard let schema = info["schema"]?.stringValue else {
            throw .notACollection(
                source: source, found: "it has no 'info.schema' with the format version",
                hint: "export the collection from Postman as Collection v2.1")
        }
        let parts = schema.split(separator: "/")
        guard let index = parts.firstIndex(of: "collection"), index + 1 < parts.count,
            parts[index + 1].hasPrefix("v")
        else {
            throw .notACollection(
                source: source, found: "its schema '\(schema)' is not a collection schema",
                hint: "export the collection from Postman as Collection v2.1")
        }
        let version = String(parts[index + 1].dropFirst())
        guard version.hasPrefix("2.") else {
            throw .notACollection(
                source: source,
                found: "it uses collection format \(version), which adsh "
                    + "does not read",
                hint: "open it in Postman and export it again as Collection v2.1")
        }
        return version
    }
}
