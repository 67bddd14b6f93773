/// Reads the items of a parsed Postman collection (format v2.0 or v2.1) into requests.
struct CollectionReader {
    private let source: String
    private(set) var requests: [CollectionRequest] = []
    private(set) var folderPaths: [[String]] = []
    private(set) var scriptNotes: [String] = []

    init(source: String) {
        self.source = source
    }

    /// Walks `items` depth-first in file order, collecting folders and requests.
    mutating func readItems(_ items: [JSONValue], folderPath: [String]) throws(CollectionError) {
        for (index, item) in items.enumerated() {
            guard item.objectValue != nil else {
                throw invalidItem(folderPath + ["item \(index + 1)"], "an item must be an object")
            }
            let name = item["name"]?.stringValue ?? item["id"]?.stringValue ?? "item \(index + 1)"
            let itemPath = folderPath + [name]
            if let children = item["item"] {
                guard let children = children.arrayValue else {
                    throw invalidItem(itemPath, "its 'item' member must be an array")
                }
                folderPaths.append(itemPath)
                noteScripts(item["event"], owner: "folder '\(pathText(itemPath))'")
                try readItems(children, folderPath: itemPath)
            } else if let request = item["request"] {
                requests.append(try readRequest(request, item: item, path: itemPath))
            } else {
                throw invalidItem(itemPath, "the item has neither 'request' nor 'item'")
            }
        }
    }

    /// Records what the collection-level or folder-level scripts in `events` do, since adsh
    /// does not run them for each request.
    mutating func noteScripts(_ events: JSONValue?, owner: String) {
        for event in events?.arrayValue ?? [] {
            let code = Self.scriptCode(event)
            guard !Self.trimmingSpaces(code).isEmpty else { continue }
            let listen = event["listen"]?.stringValue ?? "unknown"
            if listen == "prerequest", ScriptTranslator.isTokenRefreshScript(code) {
                scriptNotes.append(
                    "the \(owner) pre-request script, which refreshes the access token before "
                        + "each request, is not run because adsh refreshes tokens itself")
                for header in ScriptTranslator.addedHeaders(code) {
                    scriptNotes.append(
                        "the \(owner) pre-request script adds the header '\(header.name): "
                            + "\(header.value)' to each request, which adsh does not send")
                }
            } else {
                let count = ScriptTranslator.statementLines(code).count
                let kind = listen == "prerequest" ? "pre-request" : listen
                scriptNotes.append(
                    "the \(owner) \(kind) script (\(count) statements) is not run by adsh")
            }
        }
    }

    private func readRequest(
        _ request: JSONValue, item: JSONValue, path: [String]
    ) throws(CollectionError) -> CollectionRequest {
        // Format v2 allows a request written as its URL alone, which means a GET.
        let urlValue = request.stringValue != nil ? request : request["url"]
        guard let urlValue, let url = CollectionURL.template(from: urlValue) else {
            throw invalidItem(path, "the request has no 'url' string or object")
        }
        var result = CollectionRequest(
            folderPath: Array(path.dropLast()), name: path[path.count - 1],
            method: (request["method"]?.stringValue ?? "GET").uppercased(), url: url,
            headers: Self.headers(request["header"]), body: .none,
            // NOTE: other Postman auth types (bearer, apikey, oauth2, and auth set on a folder or
            // the collection) are not read, so such requests carry only their own headers.
            noAuth: request["auth"]?["type"]?.stringValue == "noauth",
            disabledSystemHeaders: [], disableBodyPruning: false, captures: [],
            skippedScriptLines: [], description: Self.descriptionText(request["description"]),
            warnings: [])
        readBody(request["body"], into: &result)
        readProtocolProfileBehavior(item["protocolProfileBehavior"], into: &result)
        readScripts(item["event"], into: &result)
        result.warnings += HeaderCheck.warnings(for: request["header"], headers: result.headers)
        return result
    }

    private func readBody(_ body: JSONValue?, into request: inout CollectionRequest) {
        guard let body, body["disabled"]?.boolValue != true else { return }
        switch body["mode"]?.stringValue {
        case "raw":
            let text = body["raw"]?.stringValue ?? ""
            let language = body["options"]?["raw"]?["language"]?.stringValue
            request.body = text.isEmpty ? .none : .raw(text, language: language)
        case "urlencoded":
            var fields: [(name: String, value: String)] = []
            for field in body["urlencoded"]?.arrayValue ?? []
            where field["disabled"]?.boolValue != true {
                guard let key = field["key"]?.stringValue, !key.isEmpty else { continue }
                fields.append((key, field["value"].map(Self.text) ?? ""))
            }
            request.body = .urlencoded(fields)
        case "file":
            let path = body["file"]?["src"]?.stringValue
            request.body = .file(path?.isEmpty == false ? path : nil)
        case nil:
            break
        case let mode?:
            request.warnings.append(
                "body mode '\(mode)' is not supported, so the request is sent without a body")
        }
    }

    private func readProtocolProfileBehavior(
        _ behavior: JSONValue?, into request: inout CollectionRequest
    ) {
        guard let behavior else { return }
        for member in behavior["disabledSystemHeaders"]?.objectValue ?? []
        where member.value.boolValue == true {
            request.disabledSystemHeaders.append(member.key.lowercased())
        }
        request.disableBodyPruning = behavior["disableBodyPruning"]?.boolValue == true
    }

    private func readScripts(_ events: JSONValue?, into request: inout CollectionRequest) {
        for event in events?.arrayValue ?? [] {
            let code = Self.scriptCode(event)
            switch event["listen"]?.stringValue {
            case "test":
                let translation = ScriptTranslator.translate(code)
                request.captures += translation.captures
                request.skippedScriptLines += translation.skippedLines
            case "prerequest":
                request.skippedScriptLines += ScriptTranslator.statementLines(code).map {
                    "(pre-request) " + $0
                }
            default:
                continue
            }
        }
    }

    // MARK: Value helpers

    /// Returns the code of an event's script: `exec` is a list of lines or one string.
    static func scriptCode(_ event: JSONValue) -> String {
        guard let exec = event["script"]?["exec"] else { return "" }
        if let lines = exec.arrayValue {
            return lines.map(text).joined(separator: "\n")
        }
        return exec.stringValue ?? ""
    }

    /// Reads a `header` member: a list of `{key, value, disabled}` objects, or in format
    /// v2.0 also one string of `Name: value` lines.
    static func headers(_ value: JSONValue?) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if let lines = value?.stringValue {
            for line in lines.split(whereSeparator: \.isNewline) {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let name = trimmingSpaces(String(line[..<colon]))
                let headerValue = trimmingSpaces(String(line[line.index(after: colon)...]))
                if !name.isEmpty { headers.append((name, headerValue)) }
            }
            return headers
        }
        for header in value?.arrayValue ?? [] where header["disabled"]?.boolValue != true {
            let name = trimmingSpaces(header["key"]?.stringValue ?? "")
            guard !name.isEmpty else { continue }
            headers.append((name, header["value"].map(text) ?? ""))
        }
        return headers
    }

    /// Reads a `variable` list of `{key, value, disabled}` objects, leaving out disabled ones.
    static func variables(_ value: JSONValue?) -> [(name: String, value: String)] {
        var variables: [(name: String, value: String)] = []
        for variable in value?.arrayValue ?? [] where variable["disabled"]?.boolValue != true {
            guard let key = variable["key"]?.stringValue ?? variable["id"]?.stringValue,
                !key.isEmpty
            else { continue }
            variables.append((key, variable["value"].map(text) ?? ""))
        }
        return variables
    }

    /// Reads a `description`: a string, or an object whose `content` is the text.
    static func descriptionText(_ value: JSONValue?) -> String? {
        let text = value?.stringValue ?? value?["content"]?.stringValue
        guard let text, !trimmingSpaces(text).isEmpty else { return nil }
        return text
    }

    /// Returns a string value as it is, `null` as an empty string, and any other value as its
    /// JSON text.
    static func text(_ value: JSONValue) -> String {
        value == .null ? "" : value.plainText
    }

    /// Returns `text` without leading and trailing spaces, tabs and line breaks.
    static func trimmingSpaces(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
            let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }

    private func pathText(_ path: [String]) -> String {
        path.map(CollectionRequest.escapedPathComponent).joined(separator: "/")
    }

    private func invalidItem(_ path: [String], _ problem: String) -> CollectionError {
        .invalidItem(source: source, itemPath: pathText(path), problem: problem)
    }
}
