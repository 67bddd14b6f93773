import Testing

@testable import AdsShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replays every input in `Fuzz/corpus/TARGET` and `Fuzz/crashes/TARGET` through the calls
/// that the fuzz target `Fuzz/Targets/TARGET.swift` makes, so a fixed crash stays fixed. A
/// crash fails the whole test run, and a hang shows as a time-limit failure.
@Suite struct FuzzRegressionTests {
    /// The repository's `Fuzz` folder, found from this file's path.
    static let fuzzFolder: String = {
        var components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/Fuzz"
    }()

    static let targets = [
        "tokenizer", "templates", "json-formatter", "json-parser", "query",
        "postman-collection", "postman-environment", "yaml", "history",
    ]

    @Test(.timeLimit(.minutes(1)), arguments: targets)
    func replayInputs(target: String) throws {
        let inputs = Self.inputFiles(of: target)
        #expect(!inputs.isEmpty, "no seeds in Fuzz/corpus/\(target)")
        for path in inputs {
            let bytes = try #require(Self.readFile(path), "cannot read \(path)")
            Self.replay(bytes, target: target)
        }
    }

    @Test func fuzzFolderHasSeedsForEveryTarget() {
        let files = Self.listFolder(Self.fuzzFolder + "/Targets")
        for target in Self.targets {
            #expect(files.contains(target + ".swift"), "no Fuzz/Targets/\(target).swift")
        }
        #expect(files.count == Self.targets.count, "a target in Fuzz/Targets is not replayed")
    }

    @Test func queryLimitsFoundByFuzzing() {
        #expect(throws: QueryError.self) { try JSONQuery("007") }
        let parentheses =
            String(repeating: "(", count: 300) + "." + String(repeating: ")", count: 300)
        #expect(throws: QueryError.self) { try JSONQuery(parentheses) }
        #expect(throws: QueryError.self) { try JSONQuery(String(repeating: ".a", count: 300)) }
        #expect(throws: Never.self) { try JSONQuery(String(repeating: ".a", count: 200)) }
    }

    @Test func yamlNestingLimitFoundByFuzzing() {
        #expect(throws: YAMLError.self) {
            try YAMLParser.parse(String(repeating: "- ", count: 600) + "x")
        }
        #expect(throws: YAMLError.self) {
            try YAMLParser.parse("a: " + String(repeating: "[", count: 600))
        }
    }

    @Test func templateLookupLimitFoundByFuzzing() {
        // Each variable names the next one four times, so expanding `v0` needs 4^12 lookups,
        // while the chain stays within `maximumDepth`.
        let names = (0...12).map { "v\($0)" }
        var values: [String: String] = ["v12": "x"]
        for index in 0..<12 {
            values[names[index]] = String(repeating: "{{\(names[index + 1])}}", count: 4)
        }
        let expander = TemplateExpander(lookup: { values[$0] }, knownNames: { names })
        #expect(throws: TemplateError.tooManyLookups("v0", limit: TemplateExpander.maximumLookups))
        {
            try expander.expand(text: "{{v0}}")
        }
    }

    static func replay(_ bytes: [UInt8], target: String) {
        switch target {
        case "tokenizer": replayTokenizer(bytes)
        case "templates": replayTemplates(bytes)
        case "json-formatter": replayFormatter(bytes)
        case "json-parser": replayParser(bytes)
        case "query": replayQuery(bytes)
        case "postman-collection": replayCollection(bytes)
        case "postman-environment": replayEnvironment(bytes)
        case "yaml": replayYAML(bytes)
        case "history": replayHistory(bytes)
        default: Issue.record("unknown fuzz target \(target)")
        }
    }

    // MARK: - Entry points, as the fuzz targets call them

    static func replayTokenizer(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let needsContinuation = Tokenizer.needsContinuation(text)
        let line: TokenizedLine
        do {
            line = try Tokenizer.tokenize(text)
        } catch {
            #expect(needsContinuation == error.isIncomplete)
            #expect(error.column >= 1)
            return
        }
        #expect(!needsContinuation)
        if let query = line.query {
            _ = try? JSONQuery(query)
        }
        guard let first = line.words.first, let name = first.literalText else { return }
        let invocation = Invocation(
            name: name, arguments: Array(line.words.dropFirst()), line: line, source: text)
        _ = try? RequestCommand.parse(invocation, defaults: HTTPOptions())
    }

    static func replayTemplates(_ bytes: [UInt8]) {
        let head = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1).first ?? []
        let rest = bytes.dropFirst(head.count + 1)
        let line = String(decoding: head, as: UTF8.self)
        var variables: [String: String] = [:]
        var names: [String] = []
        for entry in String(decoding: rest, as: UTF8.self).split(separator: "\n") {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            let name = String(entry[..<equals])
            if variables[name] == nil { names.append(name) }
            variables[name] = String(entry[entry.index(after: equals)...])
        }
        let exchange = Exchange(
            request: HTTPRequest(method: "GET", url: "https://advertising-api.amazon.com/"),
            response: HTTPResponse(
                status: 200, headers: HTTPHeaders([(name: "x-amzn-RequestId", value: "3f1c")]),
                body: Array(#"{"campaigns":[{"campaignId":"123"}]}"#.utf8)))
        let expander = TemplateExpander(
            lookup: { variables[$0] }, knownNames: { names },
            responseResolver: { (name: String) throws(TemplateError) -> String in
                try ResponseTemplate.resolve(name, in: exchange)
            })
        _ = try? expander.expand(text: line)
        for word in (try? Tokenizer.tokenize(line))?.words ?? [] {
            _ = try? expander.expand(word)
        }
        guard let name = names.first else { return }
        let plain = Word(parts: [.template(name, inJSONString: false)], source: "", column: 1)
        let quoted = Word(
            parts: [.literal("\""), .template(name, inJSONString: true), .literal("\"")],
            source: "", column: 1, isQuoted: true, isJSON: true)
        if let value = try? expander.expand(plain), let quoted = try? expander.expand(quoted) {
            #expect((try? JSONParser.parse(quoted)) == .string(value))
        }
    }

    static func replayFormatter(_ bytes: [UInt8]) {
        let whole = JSONFormatter.format(bytes, indent: 2)
        var formatter = JSONFormatter(indent: 2)
        var output: [UInt8] = []
        let append: JSONFormatter.Sink = { block in output.append(contentsOf: block) }
        var chunked: Result<[UInt8], JSONFormatError>
        do {
            var offset = 0
            while offset < bytes.count {
                let length = min(7, bytes.count - offset)
                try formatter.write(Array(bytes[offset..<(offset + length)]), to: append)
                offset += length
            }
            try formatter.finish(to: append)
            chunked = .success(output)
        } catch {
            chunked = .failure(error)
        }
        #expect(chunked == whole)
        _ = JSONFormatter.format(bytes, indent: 0, colors: .default)
        if case .success(let formatted) = whole, let value = try? JSONParser.parse(bytes) {
            #expect((try? JSONParser.parse(formatted)) == value)
        }
    }

    static func replayParser(_ bytes: [UInt8]) {
        let ranges = bytes.withUnsafeBufferPointer { (try? JSONValidator.scan($0))?.values }
        guard let value = try? JSONParser.parse(bytes) else {
            #expect(ranges?.count != 1)
            return
        }
        #expect(ranges?.count == 1)
        #expect((try? JSONParser.parse(value.compactText)) == value)
    }

    static func replayQuery(_ bytes: [UInt8]) {
        let head = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1).first ?? []
        let rest = Array(bytes.dropFirst(head.count + 1))
        guard let query = try? JSONQuery(String(decoding: head, as: UTF8.self)) else { return }
        guard let fromBytes = try? query.evaluate(json: rest) else { return }
        if let value = try? JSONParser.parse(rest) {
            #expect((try? query.evaluate(value)) == fromBytes)
        }
    }

    static func replayCollection(_ bytes: [UInt8]) {
        guard let collection = try? PostmanCollection.parse(bytes, source: "fuzz.json") else {
            return
        }
        for folder in collection.folders() {
            _ = collection.requests(inFolder: folder)
        }
        for request in collection.requests.prefix(64) {
            _ = try? collection.find(collection.reference(for: request))
        }
    }

    static func replayEnvironment(_ bytes: [UInt8]) {
        guard let environment = try? Environment.parsePostman(bytes, path: "fuzz.json") else {
            return
        }
        let written = Array(environment.postmanJSON().utf8)
        let reread = try? Environment.parsePostman(written, path: "written.json")
        #expect(reread?.keys == environment.keys)
    }

    static func replayYAML(_ bytes: [UInt8]) {
        guard let document = try? YAMLParser.parse(bytes) else { return }
        _ = EndpointCatalog(openAPIDocument: document)
    }

    static func replayHistory(_ bytes: [UInt8]) {
        var entryLists = [
            String(decoding: bytes, as: UTF8.self).split(separator: "\u{1E}").map(String.init)
        ]
        if let decoded = try? HistoryFormat.decode(bytes) {
            entryLists.append(decoded.entries)
        }
        for entries in entryLists {
            let decoded = try? HistoryFormat.decode(HistoryFormat.encode(entries))
            #expect(decoded?.entries == entries)
            #expect(decoded?.droppedTruncatedLine == false)
        }
    }

    @Test func historyKeepsNULInEntries() throws {
        let entries = ["GET /v2/profiles\0", "set a \\0"]
        let decoded = try HistoryFormat.decode(HistoryFormat.encode(entries))
        #expect(decoded.entries == entries)
    }

    // MARK: - Files

    /// Paths of the regular files in the target's corpus and crash folders, sorted.
    static func inputFiles(of target: String) -> [String] {
        var paths: [String] = []
        for folder in ["corpus", "crashes"] {
            let path = "\(fuzzFolder)/\(folder)/\(target)"
            paths += listFolder(path).map { "\(path)/\($0)" }
        }
        return paths.sorted()
    }

    /// Names in `path` other than `.` and `..`, or none when the folder does not exist.
    static func listFolder(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }
}
