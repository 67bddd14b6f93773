/// `save FILE`: writes the last response body to a file.
enum SaveCommand: ShellCommand {
    static let name = "save"
    static let synopsis = "save FILE"
    static let summary = "write the last response body to FILE"
    static let details = """
        Writes the last response body to FILE, replacing it atomically. A gzip body, such as
        a report download, is written decompressed.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(1...1, for: self)
        guard let exchange = session.lastExchange else {
            throw ShellError.message("save: no request has been sent yet")
        }
        let path = FileSystem.expandingTilde(try session.expander.expand(invocation.arguments[0]))
        let body = try BodyDecoding.decodedBody(exchange.response)
        do {
            try FileSystem.writeAtomically(body, to: path, mode: 0o644)
        } catch {
            throw ShellError.message("save: \(error)")
        }
        session.console.notice("saved \(formatByteCount(body.count)) to \(path)")
        return .success
    }
}

/// Turns a response body into the bytes a user means: decompressed when it is gzip.
enum BodyDecoding {
    /// The largest decompressed size kept in memory.
    static let decompressionLimit = 512 * 1024 * 1024

    static func decodedBody(_ response: HTTPResponse) throws -> [UInt8] {
        guard Gzip.isGzip(response.body) else { return response.body }
        do {
            return try Gzip.decompress(response.body, limit: decompressionLimit)
        } catch {
            throw ShellError.message(
                "the body looks like gzip but cannot be decompressed: \(error)")
        }
    }

    /// The body to show: decompressed when it is gzip and decompresses, else as received.
    static func displayBody(_ response: HTTPResponse, console: Console) -> [UInt8] {
        guard Gzip.isGzip(response.body) else { return response.body }
        do {
            let bytes = try Gzip.decompress(response.body, limit: decompressionLimit)
            console.notice("gzip body decompressed: \(formatByteCount(bytes.count))")
            return bytes
        } catch {
            console.warning("the body looks like gzip but cannot be decompressed: \(error)")
            return response.body
        }
    }
}
