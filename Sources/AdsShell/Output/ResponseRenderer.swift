/// Shows a response: a status line on standard error, then the body on standard output,
/// pretty-printed when it is JSON, as text when it is text, and summarised when binary.
struct ResponseRenderer {
    let console: Console

    func render(_ response: HTTPResponse, query: String?) {
        console.printError(statusLine(response))
        guard !response.body.isEmpty else { return }
        renderBody(response.body, contentType: response.contentType)
    }

    func statusLine(_ response: HTTPResponse) -> String {
        let style: Console.Style =
            switch response.status {
            case 200..<300: .green
            case 300..<400: .cyan
            case 400..<500: .yellow
            default: .red
            }
        let code = console.style("\(response.status) \(response.reason)", style)
        let elapsed = formatSeconds(response.timings.total)
        let size = formatByteCount(response.bodySize)
        return console.style("\(response.httpVersion) ", .dim) + code
            + console.style(" · \(elapsed) · \(size)", .dim)
    }

    func renderBody(_ body: [UInt8], contentType: String?) {
        if let value = try? JSONParser.parse(body) {
            console.print(value.prettyText(colors: console.usesColor))
            return
        }
        if let text = String(validating: body, as: UTF8.self),
            !text.unicodeScalars.contains(where: {
                $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r"
            })
        {
            console.print(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            return
        }
        let hex = body.prefix(16).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
        console.print(
            "binary body: \(contentType ?? "no content type"), \(formatByteCount(body.count)), "
                + "starts \(hex)")
    }
}

extension JSONValue {
    /// The value indented by two spaces, with ANSI colours when `colors` is true.
    func prettyText(colors: Bool) -> String {
        var output = ""
        writePretty(to: &output, indent: 0, colors: colors)
        return output
    }

    private func paint(_ text: String, _ code: String, _ colors: Bool) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func writePretty(to output: inout String, indent: Int, colors: Bool) {
        let pad = String(repeating: " ", count: indent + 2)
        let closePad = String(repeating: " ", count: indent)
        switch self {
        case .null:
            output += paint("null", "90", colors)
        case .bool(let flag):
            output += paint(flag ? "true" : "false", "33", colors)
        case .number(let text):
            output += paint(text, "36", colors)
        case .string(let text):
            output += paint(JSONValue.quoted(text), "32", colors)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += pad
                element.writePretty(to: &output, indent: indent + 2, colors: colors)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += closePad + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += pad + paint(JSONValue.quoted(member.key), "34;1", colors) + ": "
                member.value.writePretty(to: &output, indent: indent + 2, colors: colors)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += closePad + "}"
        }
    }
}
