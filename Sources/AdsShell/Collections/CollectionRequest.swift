/// One request of a Postman collection, ready for the shell to expand and send.
///
/// Text fields keep Postman's `{{name}}` templates, and the shell expands them from the active
/// environment when it sends the request.
public struct CollectionRequest: Sendable {
    /// The names of the folders that contain the request, outermost first.
    public var folderPath: [String]
    public var name: String
    /// The HTTP method in upper case.
    public var method: String
    /// The URL template. Each `:name` path variable is replaced by its value from the
    /// collection (usually `{{name}}`), or by `{{name}}` when the collection gives none.
    /// Enabled query parameters are appended and disabled ones are left out.
    public var url: String
    /// The enabled headers with a non-empty name, in file order.
    public var headers: [(name: String, value: String)]
    public var body: CollectionBody
    /// Whether the request sets `"auth": {"type": "noauth"}`.
    ///
    /// In Amazon's collection this flag does not mean "send no credentials": the noauth
    /// requests still carry their own `Authorization` header.
    public var noAuth: Bool
    /// Headers that Postman must not add by itself (`protocolProfileBehavior`), in lower
    /// case, such as `accept`.
    public var disabledSystemHeaders: [String]
    /// Whether the body is sent even with GET (`protocolProfileBehavior.disableBodyPruning`).
    public var disableBodyPruning: Bool
    /// Variable assignments translated from the request's test script.
    public var captures: [ScriptCapture]
    /// Test-script and pre-request-script statements that were not translated, one per
    /// line, where pre-request statements start with `(pre-request) `. The shell lists them
    /// as not run and never runs them.
    public var skippedScriptLines: [String]
    public var description: String?
    /// Problems found in the request that the shell should show, such as a misspelled
    /// header name.
    public var warnings: [String]

    public init(
        folderPath: [String], name: String, method: String, url: String,
        headers: [(name: String, value: String)] = [], body: CollectionBody = .none,
        noAuth: Bool = false, disabledSystemHeaders: [String] = [],
        disableBodyPruning: Bool = false, captures: [ScriptCapture] = [],
        skippedScriptLines: [String] = [], description: String? = nil, warnings: [String] = []
    ) {
        self.folderPath = folderPath
        self.name = name
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.noAuth = noAuth
        self.disabledSystemHeaders = disabledSystemHeaders
        self.disableBodyPruning = disableBodyPruning
        self.captures = captures
        self.skippedScriptLines = skippedScriptLines
        self.description = description
        self.warnings = warnings
    }

    /// The request's folder path and name joined with `/`, such as
    /// `Sponsored Products/Campaigns/List campaigns`.
    ///
    /// A `/` inside a folder or request name is written as `\/` and a `\` as `\\`, so the
    /// path splits back into its parts.
    public var path: String {
        (folderPath + [name]).map(Self.escapedPathComponent).joined(separator: "/")
    }

    /// Whether the request sets `Authorization` or `Amazon-Advertising-API-ClientId` itself.
    /// The shell uses this to avoid adding a second set of credentials.
    public var carriesAuthHeaders: Bool {
        headers.contains { header in
            let name = header.name.lowercased()
            return name == "authorization" || name == "amazon-advertising-api-clientid"
        }
    }

    /// Returns the headers with known collection mistakes fixed.
    ///
    /// An `Authorization` value of `{{access_token}}` without a scheme, which the Sponsored TV
    /// requests of Amazon's collection send, becomes `Bearer {{access_token}}`, because the
    /// Amazon Ads API expects a bearer token. Other headers, the misspelled `Content-Tpe`
    /// included, are returned unchanged, and `warnings` reports the misspelling.
    public func normalizedHeaders() -> [(name: String, value: String)] {
        headers.map { header in
            guard header.name.lowercased() == "authorization",
                Self.isBareTokenTemplate(header.value)
            else { return header }
            return (header.name, "Bearer " + CollectionReader.trimmingSpaces(header.value))
        }
    }

    /// Reports whether `value` is one `{{name}}` template whose name contains `token`, such
    /// as `{{access_token}}`, with no scheme such as `Bearer` in front.
    static func isBareTokenTemplate(_ value: String) -> Bool {
        let value = CollectionReader.trimmingSpaces(value)
        guard value.hasPrefix("{{"), value.hasSuffix("}}"), value.count > 4 else { return false }
        let name = value.dropFirst(2).dropLast(2)
        let isSingleName = !name.contains { $0 == "{" || $0 == "}" || $0 == " " }
        return isSingleName && name.lowercased().contains("token")
    }

    static func escapedPathComponent(_ component: String) -> String {
        var escaped = ""
        for character in component {
            if character == "/" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Splits a path in the format of `path` back into its folder and request names.
    static func pathComponents(_ path: String) -> [String] {
        var components: [String] = []
        var current = ""
        var escaping = false
        for character in path {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "/" {
                components.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaping { current.append("\\") }
        components.append(current)
        return components
    }
}
