import Testing

@testable import AdsShell

@Suite struct JSONFormatterErrorTests {
    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9, "expected a string key after ',', found '}'"),
        ("[1, 2", 1, 6, "unexpected end of input; 1 container(s) still open, expected ']'"),
        ("{\n  \"a\": tru}", 2, 11, "invalid literal: expected 'true', found '}'"),
        (#""abc"#, 1, 5, "unexpected end of input inside a string; add the closing '\"'"),
        ("[01]", 1, 3, "expected ',' or ']', found '1'"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}', found '\"'"),
        ("[1.]", 1, 4, "invalid number: expected a digit after '.'"),
        ("[-]", 1, 3, "invalid number: expected a digit after '-'"),
        ("1e+", 1, 4, "unexpected end of input inside a number"),
        ("[1e]", 1, 4, "invalid number: expected a digit in the exponent"),
        ("{\"a\" 1}", 1, 6, "expected ':' after an object key, found '1'"),
        ("{1: 2}", 1, 2, "expected a string key or '}', found '1'"),
        ("]", 1, 1, "expected a JSON value, found ']'"),
        ("[\"a\tb\"]", 1, 4, "control character byte 0x9 in a string; escape it as \\u00XX"),
        (#"["\x"]"#, 1, 4, "invalid escape '\\x' in a string"),
        (#"["\u12G4"]"#, 1, 7, "invalid hex digit 'G' in a \\u escape"),
        (
            #"["\ud83c"]"#, 1, 9,
            "unpaired UTF-16 surrogate in a \\u escape; expected a \\uDC00-\\uDFFF escape"
        ),
        (#"["\udfaf"]"#, 1, 8, "unpaired UTF-16 low surrogate in a \\u escape"),
        ("[nul", 1, 5, "unexpected end of input inside 'null'"),
    ])
    func errorPositions(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(formatError(text))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message == message)
    }

    @Test func descriptionNamesLineAndColumn() throws {
        let error = try #require(formatError("{\n  \"a\": 1\n  \"b\": 2\n}"))
        #expect(
            error.description == "invalid JSON at line 3, column 3: expected ',' or '}', found '\"'"
        )
        #expect(error.offset == 13)
    }

    @Test(
        arguments: [
            [0x22, 0xC3, 0x28, 0x22],
            [0x22, 0xED, 0xA0, 0x80, 0x22],
            [0x22, 0xE0, 0x80, 0xAF, 0x22],
            [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22],
            [0x22, 0xFF, 0x22],
        ] as [[UInt8]])
    func invalidUTF8IsRejected(bytes: [UInt8]) throws {
        guard case .failure(let error) = JSONFormatter.format(bytes) else {
            Issue.record("accepted invalid UTF-8 \(bytes)")
            return
        }
        #expect(error.message.contains("UTF-8"))
    }

    @Test func depthLimitStopsDeepNesting() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let error = try #require(formatError(deep))
        #expect(error.column == JSONFormatter.defaultMaximumDepth + 1)
        #expect(error.message.hasPrefix("nesting deeper than 512 levels"))
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(formatError(allowed) == nil)
    }

    @Test func laterWritesRepeatTheFirstError() throws {
        var formatter = JSONFormatter()
        #expect(throws: JSONFormatError.self) { try formatter.write(Array("[}".utf8)) { _ in } }
        #expect(throws: JSONFormatError.self) { try formatter.write(Array("1".utf8)) { _ in } }
        #expect(throws: JSONFormatError.self) { try formatter.finish { _ in } }
    }

    @Test func errorOffsetsCountEarlierChunks() throws {
        var formatter = JSONFormatter()
        try formatter.write(Array("[\n1,\n".utf8)) { _ in }
        do {
            try formatter.write(Array("2,]".utf8)) { _ in }
            Issue.record("accepted a trailing comma")
        } catch {
            #expect(error.offset == 7)
            #expect(error.line == 3)
            #expect(error.column == 3)
        }
    }
}

private func formatError(_ text: String) -> JSONFormatError? {
    if case .failure(let error) = JSONFormatter.format(Array(text.utf8)) { return error }
    return nil
}
