/// One variable of an environment, as Postman stores it.
public struct Variable: Sendable, Equatable {
    public var key: String
    public var value: String
    /// Postman's variable type: `default`, `secret` or `any`.
    public var type: String
    public var enabled: Bool
    /// The value as it was in the file when it was not a JSON string (a number or a boolean),
    /// so a file read and written back without changes keeps its types.
    var originalValue: JSONValue?

    public init(key: String, value: String, type: String = "default", enabled: Bool = true) {
        self.key = key
        self.value = value
        self.type = type
        self.enabled = enabled
    }

    public var isSecret: Bool { type == "secret" }

    /// Keys whose values are credentials: secret even when a file marks them `default`.
    public static let knownSecretKeys: Set<String> = [
        "client_secret", "refresh_token", "access_token",
    ]

    /// Returns the value with all but a short hint hidden: `Atza…(357 chars)`.
    public static func mask(_ value: String) -> String {
        if value.isEmpty { return "" }
        return "•••••• (\(value.count) chars)"
    }
}
