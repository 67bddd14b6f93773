/// Builds URL templates from the two URL shapes of Postman collections: a plain string, or an
/// object with `raw`, `protocol`, `host`, `port`, `path`, `query` and `variable`.
enum CollectionURL {
    /// Returns the URL template for the `url` member of a request, or nil when it has
    /// neither shape.
    ///
    /// For an object, the text before `?` comes from `raw` when present, or else from its
    /// parts. The query comes from the `query` list when present, so that each parameter's
    /// `disabled` flag decides whether it is sent, or else from `raw`.
    static func template(from url: JSONValue) -> String? {
        if let text = url.stringValue {
            return resolvingPathVariables(in: text, values: [:])
        }
        guard url.objectValue != nil else { return nil }
        let values = pathVariableValues(url["variable"])
        var base: String
        var rawQuery: String?
        if let raw = url["raw"]?.stringValue {
            let parts = raw.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            base = String(parts[0])
            rawQuery = parts.count > 1 ? String(parts[1]) : nil
        } else {
            base = baseFromParts(url)
        }
        base = resolvingPathVariables(in: base, values: values)
        let query = url["query"]?.arrayValue.map(queryText) ?? rawQuery
        guard let query, !query.isEmpty else { return base }
        return base + "?" + query
    }

    /// Replaces each path segment of the form `:name` with `values[name]`, or with `{{name}}`
    /// when there is no value.
    static func resolvingPathVariables(in base: String, values: [String: String]) -> String {
        let segments = base.split(separator: "/", omittingEmptySubsequences: false)
        return segments.map { segment -> String in
            guard segment.count > 1, segment.first == ":" else { return String(segment) }
            let name = segment.dropFirst()
            let isName = name.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            }
            guard isName else { return String(segment) }
            return values[String(name)] ?? "{{" + name + "}}"
        }.joined(separator: "/")
    }

    /// Reads `url.variable`. Disabled entries and entries with an empty value are left out,
    /// so their segments become `{{name}}` templates that the user sets in the environment.
    private static func pathVariableValues(_ variables: JSONValue?) -> [String: String] {
        var values: [String: String] = [:]
        for variable in variables?.arrayValue ?? [] {
            guard let key = variable["key"]?.stringValue ?? variable["id"]?.stringValue,
                variable["disabled"]?.boolValue != true,
                let value = variable["value"], value != .null
            else { continue }
            let text = value.plainText
            if !text.isEmpty { values[key] = text }
        }
        return values
    }

    /// Joins the enabled entries of a `query` list as `key=value`, or `key` alone when the
    /// value is null.
    private static func queryText(_ parameters: [JSONValue]) -> String {
        var pairs: [String] = []
        for parameter in parameters where parameter["disabled"]?.boolValue != true {
            let key = parameter["key"]?.stringValue ?? ""
            let value = parameter["value"]
            if value == nil || value == .null {
                if !key.isEmpty { pairs.append(key) }
            } else {
                pairs.append(key + "=" + (value?.plainText ?? ""))
            }
        }
        return pairs.joined(separator: "&")
    }

    private static func baseFromParts(_ url: JSONValue) -> String {
        var text = ""
        if let scheme = url["protocol"]?.stringValue, !scheme.isEmpty {
            text += scheme + "://"
        }
        if let host = url["host"]?.arrayValue {
            text += host.map(\.plainText).joined(separator: ".")
        } else if let host = url["host"]?.stringValue {
            text += host
        }
        if let port = url["port"], port != .null {
            text += ":" + port.plainText
        }
        let segments: [String]
        if let path = url["path"]?.arrayValue {
            segments = path.map { segment in segment["value"]?.plainText ?? segment.plainText }
        } else if let path = url["path"]?.stringValue {
            segments = [path.hasPrefix("/") ? String(path.dropFirst()) : path]
        } else {
            segments = []
        }
        if !segments.isEmpty {
            text += "/" + segments.joined(separator: "/")
        }
        return text
    }
}
