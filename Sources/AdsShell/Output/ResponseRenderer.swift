/// Shows a response: a status line on standard error, then the body on standard output,
/// pretty-printed when it is JSON, as text when it is text, and summarised when binary.
///
/// On a terminal, a body longer than the screen is cut after about a screenful, with a line
/// saying what is left and how to see it; piped output is never cut.
struct ResponseRenderer {
    let console: Console
    /// Whether a long body may be cut to fit the screen.
    var cutsLongBodies = true

    init(console: Console, cutsLongBodies: Bool = true) {
        self.console = console
        self.cutsLongBodies = cutsLongBodies
    }

    func render(_ response: HTTPResponse, query: String?) {
        console.printError(statusLine(response))
        let body = BodyDecoding.displayBody(response, console: console)
        guard !body.isEmpty else { return }
        if let query {
            renderQuery(query, body: body)
            return
        }
        renderBody(body, contentType: response.contentType)
    }

    /// Shows the result of a request: the response, or for `> FILE` the status and the
    /// saved file. An error response is shown and its file is not written.
    /// - Returns: failure for a status of 400 or more.
    func finish(_ exchange: Exchange, download: Download?, query: String?) throws
        -> CommandOutcome
    {
        let response = exchange.response
        guard let download else {
            render(response, query: query)
            return response.status >= 400 ? .failure : .success
        }
        console.printError(statusLine(response))
        guard response.status < 400 else {
            if let body = download.readBack(limit: 1 << 20) {
                renderBody(body, contentType: response.contentType)
            }
            console.warning("\(download.path) was not written, because the response was an error")
            return .failure
        }
        try download.commit()
        console.notice("wrote \(formatByteCount(download.received)) to \(download.path)")
        return .success
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

    /// Shows a body: formatted JSON, text, or a summary of binary bytes.
    func renderBody(_ body: [UInt8], contentType: String?) {
        switch BodySummary.kind(contentType: contentType, bytes: body) {
        case .json:
            switch JSONFormatter.format(body, colors: console.usesColor ? .default : nil) {
            case .success(let formatted):
                if cutsLongBodies && console.isTerminal {
                    show(String(decoding: formatted, as: UTF8.self), size: body.count)
                } else {
                    // Piped output is never cut, so it skips the String and goes out as bytes.
                    var output = formatted
                    if output.last == UInt8(ascii: "\n") { output.removeLast() }
                    console.printRedacted(output)
                }
            case .failure(let error):
                show(String(decoding: body, as: UTF8.self), size: body.count)
                console.warning("the body is not valid JSON (\(error.description)); shown as text")
            }
        case .text:
            show(String(decoding: body, as: UTF8.self), size: body.count)
        case .binary:
            console.print(BodySummary.summary(contentType: contentType, bytes: body))
            console.notice("save it with `save FILE`")
        }
    }

    /// Shows each output of `query` run over a JSON body, one per line.
    func renderQuery(_ text: String, body: [UInt8]) {
        let query: JSONQuery
        do {
            query = try JSONQuery(text)
        } catch {
            console.error("\(error)")
            return
        }
        do {
            let outputs = try query.evaluate(json: body)
            let colors: JSONColors? = console.usesColor ? .default : nil
            let lines = outputs.map { output -> String in
                let bytes = Array(output.compactText.utf8)
                guard case .success(let formatted) = JSONFormatter.format(bytes, colors: colors)
                else { return output.compactText }
                return String(decoding: formatted, as: UTF8.self)
                    .trimmingTrailingSpaces()
            }
            show(lines.joined(separator: "\n"), size: body.count)
        } catch {
            console.error("\(error)")
        }
    }

    /// Prints text, cut to about a screenful on a terminal.
    private func show(_ text: String, size: Int) {
        let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
        guard cutsLongBodies, console.isTerminal, let screen = TerminalSize.current() else {
            console.print(trimmed)
            return
        }
        let limit = max(screen.rows - 4, 10)
        var shown = 0
        var end = trimmed.startIndex
        while shown < limit, let newline = trimmed[end...].firstIndex(of: "\n") {
            end = trimmed.index(after: newline)
            shown += 1
        }
        guard shown == limit, end < trimmed.endIndex else {
            console.print(trimmed)
            return
        }
        let remaining = trimmed[end...].reduce(into: 1) { count, character in
            if character == "\n" { count += 1 }
        }
        console.print(String(trimmed[..<trimmed.index(before: end)]))
        console.printError(
            console.style(
                "… \(remaining) more lines (\(formatByteCount(size)) in all): `show body` shows "
                    + "all (through $PAGER when set), `save FILE` writes it", .dim))
    }
}
