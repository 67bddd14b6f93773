import Glibc

/// Command-line tools that use the shell's parts without a session: `adsh format` and
/// `adsh complete`.
public enum Tools {
    public static let formatUsage = """
        usage: adsh format [FILE] [--query QUERY] [--indent N] [--color|--no-color]

        Pretty-prints JSON from FILE (or standard input) with adsh's streaming formatter,
        in constant memory, keeping numbers exactly as written. With --query, prints what
        QUERY picks instead (see `help query` in the shell). A gzip file is decompressed.
        """

    /// Runs `adsh format`; returns the exit status.
    public static func format(_ arguments: [String]) -> Int32 {
        var path: String?
        var query: String?
        var indent = 2
        var colors = isatty(1) == 1 && environmentValue("NO_COLOR") == nil
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--query": query = rest.popFirst()
            case "--indent": indent = Int(rest.popFirst() ?? "") ?? 2
            case "--color": colors = true
            case "--no-color": colors = false
            case "--help", "-h":
                print(formatUsage)
                return 0
            default:
                guard path == nil, !argument.hasPrefix("--") else {
                    FileHandleOutput.standardError(
                        "adsh format: unexpected '\(argument)'\n\(formatUsage)\n")
                    return 2
                }
                path = argument
            }
        }
        let descriptor = path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? 0
        guard descriptor >= 0 else {
            FileHandleOutput.standardError(
                "adsh format: \(FileError(path: path ?? "-", operation: "open"))\n")
            return 1
        }
        defer { if descriptor != 0 { close(descriptor) } }
        let palette: JSONColors? = colors ? .default : nil
        if let query {
            return runQuery(query, descriptor: descriptor, indent: indent, colors: palette)
        }
        return stream(descriptor: descriptor, indent: indent, colors: palette)
    }

    private static func writeOut(_ bytes: UnsafeRawBufferPointer) {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let count = write(1, pointer, remaining)
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            pointer += count
            remaining -= count
        }
    }

    /// Reads a whole descriptor, decompressing gzip.
    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        if Gzip.isGzip(bytes), let plain = try? Gzip.decompress(bytes, limit: 4 << 30) {
            return plain
        }
        return bytes
    }

    private static func stream(descriptor: Int32, indent: Int, colors: JSONColors?) -> Int32 {
        var formatter = JSONFormatter(indent: indent, colors: colors)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var first = true
        do {
            while true {
                let count = chunk.withUnsafeMutableBytes {
                    read(descriptor, $0.baseAddress, $0.count)
                }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                if first && Gzip.isGzip(chunk[0..<count]) {
                    // gzip input is small next to its JSON; decompress it whole.
                    var all = Array(chunk[0..<count])
                    all += readAll(descriptor)
                    let plain = try Gzip.decompress(all, limit: 4 << 30)
                    try formatter.write(plain, to: writeOut)
                    break
                }
                first = false
                try chunk.withUnsafeBytes { buffer in
                    try formatter.write(
                        UnsafeRawBufferPointer(rebasing: buffer[0..<count]), to: writeOut)
                }
            }
            try formatter.finish(to: writeOut)
            return 0
        } catch {
            FileHandleOutput.standardError("\nadsh format: \(error)\n")
            return 1
        }
    }

    private static func runQuery(
        _ text: String, descriptor: Int32, indent: Int, colors: JSONColors?
    )
        -> Int32
    {
        do {
            let query = try JSONQuery(text)
            let bytes = readAll(descriptor)
            var formatter = JSONFormatter(indent: indent, colors: colors)
            let newline: [UInt8] = [UInt8(ascii: "\n")]
            try query.evaluate(json: bytes) { output in
                try? formatter.write(output, to: writeOut)
                try? formatter.write(newline, to: writeOut)
            }
            try formatter.finish(to: writeOut)
            return 0
        } catch {
            FileHandleOutput.standardError("adsh format: \(error)\n")
            return 1
        }
    }

    public static let completeUsage = """
        usage: adsh complete LINE [--cursor N] [--spec FILE]... [--repeat N]

        Prints the Tab completions of LINE (cursor at the end unless --cursor), one per
        line, with the built-in endpoint catalog and any OpenAPI files given. --repeat N
        runs the completion N times and prints the mean time per completion on standard
        error, for benchmarks.
        """

    /// Runs `adsh complete`; returns the exit status.
    public static func complete(_ arguments: [String]) -> Int32 {
        var line: String?
        var cursor: Int?
        var repeats = 1
        var catalog = EndpointCatalog.builtIn
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--cursor": cursor = Int(rest.popFirst() ?? "")
            case "--repeat": repeats = max(1, Int(rest.popFirst() ?? "") ?? 1)
            case "--spec":
                guard let path = rest.popFirst() else { return 2 }
                do {
                    catalog.merge(try EndpointCatalog.load(openAPIFile: path))
                } catch {
                    FileHandleOutput.standardError("adsh complete: \(error)\n")
                    return 1
                }
            case "--help", "-h":
                print(completeUsage)
                return 0
            default:
                line = argument
            }
        }
        guard let line else {
            FileHandleOutput.standardError(completeUsage + "\n")
            return 2
        }
        let context = CompletionContext(
            commands: CommandRegistry.names, helpTopics: HelpCommand.topicNames, catalog: catalog)
        let completer = Completer()
        var result = CompletionResult.none
        let start = monotonicNanoseconds()
        for _ in 0..<repeats {
            result = completer.complete(line: line, cursor: cursor ?? line.count, context: context)
        }
        let elapsed = monotonicNanoseconds() - start
        for candidate in result.candidates { print(candidate) }
        if repeats > 1 {
            let microseconds = Double(elapsed) / Double(repeats) / 1000
            FileHandleOutput.standardError(
                "mean \(microseconds) µs per completion over \(repeats)\n")
        }
        return 0
    }

    private static func monotonicNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
