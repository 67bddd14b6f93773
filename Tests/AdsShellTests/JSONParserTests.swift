import Testing

@testable import AdsShell

@Suite struct JSONParserTests {
    @Test func numbersKeepTheirText() throws {
        let value = try JSONParser.parse(#"{"id": 18446744073709551615, "bid": 1.50}"#)
        #expect(value["id"] == .number("18446744073709551615"))
        #expect(value["id"]?.numberText == "18446744073709551615")
        #expect(value["bid"]?.numberText == "1.50")
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9),
        ("[1, 2", 1, 6),
        ("{\n  \"a\": tru}", 2, 8),
        (#""abc"#, 1, 1),
        ("[01]", 1, 3),
    ])
    func errorPositions(text: String, line: Int, column: Int) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func deepNestingIsRejected() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func escapesDecode() throws {
        let value = try JSONParser.parse(#""\u00e9t\u00e9 \ud83c\udfaf \n""#)
        #expect(value == .string("été 🎯 \n"))
    }

    @Test func compactTextRoundTrips() throws {
        let text = #"{"b":[1,2.50,"x\"y"],"a":null,"c":true}"#
        #expect(try JSONParser.parse(text).compactText == text)
    }
}
