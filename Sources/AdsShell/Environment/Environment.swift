/// A named set of variables, stored as one Postman environment file.
public struct Environment: Sendable {
    public var name: String
    public private(set) var variables: [Variable]
    /// Top-level keys of the file other than `name` and `values` (`id`,
    /// `_postman_variable_scope`, `_postman_exported_at`, …), kept so a round trip loses nothing.
    var otherKeys: [(key: String, value: JSONValue)]

    public init(name: String, variables: [Variable] = []) {
        self.name = name
        self.variables = variables
        self.otherKeys = [(key: "_postman_variable_scope", value: .string("environment"))]
    }

    /// The enabled variable named `key`, if any.
    public func variable(_ key: String) -> Variable? {
        variables.first { $0.key == key && $0.enabled }
    }

    /// The value of the enabled variable named `key`, or nil when it is unset or empty.
    public subscript(key: String) -> String? {
        guard let value = variable(key)?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Whether the variable named `key` contains a secret: marked `secret` in the file, or one of
    /// the known credential keys.
    public func isSecret(_ key: String) -> Bool {
        if Variable.knownSecretKeys.contains(key) { return true }
        return variables.first { $0.key == key }?.isSecret ?? false
    }

    /// Sets `key` to `value`, keeping the variable's place and type when it exists.
    /// - Parameter secret: marks the variable secret; nil keeps its type, or picks `secret`
    ///   for a known credential key and `default` otherwise.
    public mutating func set(_ key: String, to value: String, secret: Bool? = nil) {
        if let index = variables.firstIndex(where: { $0.key == key }) {
            variables[index].value = value
            variables[index].enabled = true
            variables[index].originalValue = nil
            if let secret {
                variables[index].type = secret ? "secret" : "default"
            }
            return
        }
        let isSecret = secret ?? Variable.knownSecretKeys.contains(key)
        variables.append(Variable(key: key, value: value, type: isSecret ? "secret" : "default"))
    }

    /// Removes `key`; returns whether it existed.
    @discardableResult
    public mutating func remove(_ key: String) -> Bool {
        let count = variables.count
        variables.removeAll { $0.key == key }
        return variables.count != count
    }

    /// Replaces the variable named `variable.key` with `variable`, or appends it.
    mutating func put(_ variable: Variable) {
        if let index = variables.firstIndex(where: { $0.key == variable.key }) {
            variables[index] = variable
        } else {
            variables.append(variable)
        }
    }

    /// Names of all enabled variables, in file order.
    public var keys: [String] {
        variables.filter(\.enabled).map(\.key)
    }

    /// Values of secret variables, longest first, for redacting text before it is shown or
    /// stored. Values shorter than 4 characters are left out, since hiding them would mangle
    /// ordinary text.
    public var secretValues: [String] {
        variables.filter { isSecret($0.key) && $0.value.count >= 4 }
            .map(\.value)
            .sorted { $0.count > $1.count }
    }

    /// Returns `text` with every secret value replaced by `{{key}}`.
    public func redact(_ text: String) -> String {
        var result = text
        for variable in variables where isSecret(variable.key) && variable.value.count >= 4 {
            result = result.replacingAll(variable.value, with: "{{\(variable.key)}}")
        }
        return result
    }
}

extension String {
    /// Returns the string with every occurrence of `target` replaced, scanning left to right.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return replacing(target, with: replacement)
    }
}
