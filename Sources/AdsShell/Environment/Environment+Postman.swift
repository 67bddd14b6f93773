/// Reading and writing Postman's environment file format.
extension Environment {
    /// Parses a Postman environment file.
    /// - Parameter path: named in errors.
    /// - Throws: `EnvironmentError.invalidFile` when the bytes are not a Postman environment.
    public static func parsePostman(_ bytes: [UInt8], path: String) throws(EnvironmentError)
        -> Environment
    {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw .invalidFile(path: path, reason: error.description)
        }
        guard case .object(let members) = document else {
            throw .invalidFile(path: path, reason: "the top level is not a JSON object")
        }
        guard let values = document["values"]?.arrayValue else {
            let hint =
                document["item"] != nil
                ? "this looks like a Postman collection; load it with `import`"
                : "no \"values\" array, so it is not a Postman environment"
            throw .invalidFile(path: path, reason: hint)
        }
        var environment = Environment(name: document["name"]?.stringValue ?? "")
        environment.otherKeys = members.filter { $0.key != "name" && $0.key != "values" }
        for (index, entry) in values.enumerated() {
            guard let key = entry["key"]?.stringValue else {
                throw .invalidFile(path: path, reason: "values[\(index)] has no string \"key\"")
            }
            var variable = Variable(
                key: key, value: "", type: entry["type"]?.stringValue ?? "default",
                enabled: entry["enabled"]?.boolValue ?? true)
            switch entry["value"] {
            case .string(let text):
                variable.value = text
            case .none, .null:
                variable.value = ""
                variable.originalValue = entry["value"]
            case .some(let other):
                variable.value = other.plainText
                variable.originalValue = other
            }
            environment.put(variable)
        }
        return environment
    }

    /// Serialises the environment in Postman's format, two-space indented, with a final
    /// newline. Keys are written in Postman's order so files diff cleanly against its exports.
    public func postmanJSON() -> String {
        var lines: [String] = ["{"]
        var members: [String] = []
        members.append("  \"name\": \(JSONValue.quoted(name))")
        var values = "  \"values\": ["
        if variables.isEmpty {
            values += "]"
        } else {
            let entries = variables.map { variable -> String in
                let value = variable.originalValue ?? .string(variable.value)
                return """
                        {
                          "key": \(JSONValue.quoted(variable.key)),
                          "value": \(value.compactText),
                          "type": \(JSONValue.quoted(variable.type)),
                          "enabled": \(variable.enabled)
                        }
                    """
            }
            values += "\n" + entries.joined(separator: ",\n") + "\n  ]"
        }
        members.append(values)
        for other in otherKeys {
            members.append("  \(JSONValue.quoted(other.key)): \(other.value.compactText)")
        }
        lines.append(members.joined(separator: ",\n"))
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
