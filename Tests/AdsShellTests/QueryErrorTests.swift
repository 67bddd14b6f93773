import Testing

@testable import AdsShell

@Suite struct QueryErrorTests {
    @Test(arguments: [
        (".a | select(.b == 1))", 21, "unexpected ')' at column 21"),
        (
            ".[", 3,
            "unexpected end of query at column 3; "
                + "expected a filter such as '.', '.name' or a literal"
        ),
        (".[1", 4, "unexpected end of query at column 4; expected ']'"),
        (".a[1:2", 7, "unexpected end of query at column 7; expected ']' to close the slice"),
        ("", 1, "empty query; use '.' for the whole document"),
        (".a = 1", 4, "unexpected '=' at column 4; use '==' to compare"),
        (
            "lenght", 1,
            "unknown function 'lenght' at column 1; known functions: "
                + "select, map, not, length, keys, first, last, empty, type"
        ),
        ("select .a", 8, "unexpected '.a' at column 8; expected '(' after 'select'"),
        (#".a == "open"#, 7, "unterminated string at column 7; add the closing '\"'"),
        (
            ".a == 1 == 2", 9,
            "unexpected '==' at column 9; expected parentheses around a chained comparison"
        ),
        (".é", 2, "unexpected 'é' at column 2; quote names that are not ASCII, as in .\"é\""),
        ("..", 1, "recursive descent '..' is not supported at column 1"),
        (". - 1", 3, "unexpected '-' at column 3"),
        (".a | @csv", 6, "unexpected '@' at column 6"),
        (#""\(.a)""#, 2, "string interpolation '\\(' is not supported at column 2"),
        ("1e", 3, "invalid number: expected a digit in the exponent at column 3"),
        (
            "- .a", 3,
            "unexpected '.a' at column 3; expected a number after '-' (arithmetic is not supported)"
        ),
    ])
    func syntaxErrors(query: String, column: Int, message: String) {
        do {
            _ = try JSONQuery(query)
            Issue.record("accepted \(query)")
        } catch {
            #expect(error == .syntax(message: message, column: column))
        }
    }

    @Test(arguments: [
        (
            ".name", "[1]",
            #"cannot index array with "name"; use .[] to iterate over its elements first"#
        ),
        (".[0]", #"{"a":1}"#, "cannot index object with number"),
        (".a.b", #"{"a":"text"}"#, #"cannot index string with "b""#),
        (".[]", "5", "cannot iterate over number (5)"),
        (".[] | .[]", #"["abc"]"#, #"cannot iterate over string ("abc")"#),
        ("length", "true", "boolean (true) has no length"),
        ("keys", "3", "cannot get the keys of number (3)"),
        (".[true]", "[1]", "cannot index array with boolean"),
        (".[1:\"x\"]", "[1]", #"cannot slice with string ("x")"#),
    ])
    func runtimeErrors(query: String, input: String, message: String) throws {
        let parsed = try JSONQuery(query)
        let value = try JSONParser.parse(input)
        #expect(throws: QueryError.runtime(message: message)) { try parsed.evaluate(value) }
        #expect(throws: QueryError.runtime(message: message)) {
            try parsed.evaluate(json: Array(input.utf8))
        }
    }

    @Test func invalidJSONNamesPosition() throws {
        let query = try JSONQuery(".a")
        do {
            _ = try query.evaluate(json: Array("{\"a\": [1,}".utf8))
            Issue.record("accepted invalid JSON")
        } catch {
            guard case .invalidJSON(let parseError) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(parseError.column == 10)
            #expect(
                error.description
                    == "invalid JSON at line 1, column 10: expected a JSON value, found '}'")
        }
    }
}
