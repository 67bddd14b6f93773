import Testing

@testable import AdsShell

private let campaigns = """
    {"campaigns": [
      {"campaignId": 18446744073709551615, "name": "Été 2026 – 🎯", "state": "ENABLED",
       "budget": {"budget": 1.50, "budgetType": "DAILY"}, "tags": {"team": "eu"}},
      {"campaignId": 18446744073709551614, "name": "Brand", "state": "PAUSED",
       "budget": {"budget": 20, "budgetType": "DAILY"}, "tags": {}},
      {"campaignId": 3, "name": "Gen\\u00e9ric", "state": "ENABLED",
       "budget": {"budget": 1e2, "budgetType": "LIFETIME"}, "tags": null}
    ], "totalResults": 3, "nextToken": null}
    """

/// Runs `query` on `input` through both the tree and the byte evaluators, which must agree.
private func run(_ query: String, _ input: String) throws -> [String] {
    let parsed = try JSONQuery(query)
    let tree = try parsed.evaluate(JSONParser.parse(input)).map(\.compactText)
    let bytes = try parsed.evaluate(json: Array(input.utf8)).map(\.compactText)
    #expect(tree == bytes, "tree and byte evaluation differ for \(query)")
    return tree
}

@Suite struct QueryTests {
    @Test(
        arguments: [
            (".", #"{"a":1}"#, [#"{"a":1}"#]),
            (".a", #"{"a":1.50}"#, ["1.50"]),
            (".a.b", #"{"a":{"b":[true]}}"#, ["[true]"]),
            (".missing", #"{"a":1}"#, ["null"]),
            (".a.b", #"{"a":null}"#, ["null"]),
            (#"."a b""#, #"{"a b":2}"#, ["2"]),
            (#".["a b"]"#, #"{"a b":2}"#, ["2"]),
            (#".["\u00e9"]"#, #"{"é":"accent"}"#, [#""accent""#]),
            (".[0]", "[10,20,30]", ["10"]),
            (".[-1]", "[10,20,30]", ["30"]),
            (".[5]", "[10,20,30]", ["null"]),
            (".[-4]", "[10,20,30]", ["null"]),
            (".[1:]", "[10,20,30]", ["[20,30]"]),
            (".[:-1]", "[10,20,30]", ["[10,20]"]),
            (".[2:1]", "[10,20,30]", ["[]"]),
            (".[1:3]", #""héllo""#, [#""él""#]),
            (".[]", "[1,[2],{}]", ["1", "[2]", "{}"]),
            (".[]", #"{"a":1,"b":"x"}"#, ["1", #""x""#]),
            (".[] | .id", #"[{"id":1},{"id":2}]"#, ["1", "2"]),
            (".[].id", #"[{"id":1},{"id":2}]"#, ["1", "2"]),
            (".a, .b", #"{"a":1,"b":2}"#, ["1", "2"]),
            ("[.[] | .id]", #"[{"id":1},{"id":2}]"#, ["[1,2]"]),
            ("map(.id)", #"[{"id":1},{"id":2}]"#, ["[1,2]"]),
            ("length", #"[1,2,3]"#, ["3"]),
            ("length", #"{"a":1}"#, ["1"]),
            ("length", #""🎯é""#, ["2"]),
            ("length", "null", ["0"]),
            ("length", "-4.5", ["4.5"]),
            ("keys", #"{"b":1,"a":2,"É":3}"#, [#"["a","b","É"]"#]),
            ("keys", "[5,6]", ["[0,1]"]),
            ("first", "[5,6]", ["5"]),
            ("last", "[5,6]", ["6"]),
            ("type", "[]", [#""array""#]),
            (
                ".[] | type", #"[{},1,"s",true,null]"#,
                [#""object""#, #""number""#, #""string""#, #""boolean""#, #""null""#]
            ),
            ("empty", "1", []),
            (
                "1, \"two\", true, false, null, -3", "0",
                ["1", #""two""#, "true", "false", "null", "-3"]
            ),
            (".a == 1.0", #"{"a":1}"#, ["true"]),
            (".a == 18446744073709551615", #"{"a":18446744073709551614}"#, ["false"]),
            (".a > 18446744073709551614", #"{"a":18446744073709551615}"#, ["true"]),
            (".a < 1e400", #"{"a":1e399}"#, ["true"]),
            (".a == 0", #"{"a":-0.0}"#, ["true"]),
            (".a != \"x\"", #"{"a":"x"}"#, ["false"]),
            (".a < .b", #"{"a":"Z","b":"a"}"#, ["true"]),
            (".a < .b", #"{"a":"é","b":"z"}"#, ["false"]),
            (".a >= .b", #"{"a":[1,2],"b":[1]}"#, ["true"]),
            (".[0] < .[1]", #"[null,false]"#, ["true"]),
            (".[0] < .[1]", #"[true,0]"#, ["true"]),
            (".[0] < .[1]", #"["z",[]]"#, ["true"]),
            (".[0] < .[1]", #"[[],{}]"#, ["true"]),
            (".[0] == .[1]", #"[{"a":1,"b":2},{"b":2,"a":1}]"#, ["true"]),
            (".a and .b", #"{"a":true,"b":null}"#, ["false"]),
            (".a or .b", #"{"a":false,"b":1}"#, ["true"]),
            (".a | not", #"{"a":null}"#, ["true"]),
            (
                ".[] | select(.x == \"y\") | .z",
                #"[{"x":"y","z":1},{"x":"n","z":2},{"x":"y","z":3}]"#,
                ["1", "3"]
            ),
            (
                ".[] | select(.n > 1 and .n <= 3) | .n",
                "[{\"n\":1},{\"n\":2},{\"n\":3},{\"n\":4}]",
                ["2", "3"]
            ),
            (".[] | select(.s == \"a\\\"b\") | .s", #"[{"s":"a\"b"},{"s":"ab"}]"#, [#""a\"b""#]),
            ("(.a, .b) | . + 0", "{}", []),
        ] as [(String, String, [String])])
    func queryOutputs(query: String, input: String, expected: [String]) throws {
        if query.contains("+") {
            #expect(throws: QueryError.self) { try JSONQuery(query) }
            return
        }
        #expect(try run(query, input) == expected)
    }

    @Test func campaignReport() throws {
        let query = #".campaigns[] | select(.state == "ENABLED") | .campaignId"#
        #expect(try run(query, campaigns) == ["18446744073709551615", "3"])
        #expect(
            try run(".campaigns[] | select(.budget.budget >= 20) | .name", campaigns) == [
                #""Brand""#, #""Genéric""#,
            ])
        #expect(
            try run(#".campaigns[] | select(.name == "Genéric") | .tags"#, campaigns) == ["null"])
        #expect(try run(".campaigns | map(.tags | length)", campaigns) == ["[1,0,0]"])
        #expect(try run(".campaigns[0].name", campaigns) == [#""Été 2026 – 🎯""#])
    }

    @Test func longRowsMatchTreeEvaluation() throws {
        // Rows longer than 128 bytes go through the validator's container table.
        let rows = (0..<200).map { index in
            #"{"id": \#(index), "name": "campaign \#(index) with a long name", "#
                + #""state": "\#(index % 3 == 0 ? "ENABLED" : "PAUSED")", "#
                + #""metrics": {"clicks": [\#(index), 2, 3], "note": "\"quoted\" text"}, "#
                + #""padding": "\#(String(repeating: "x", count: index % 150))"}"#
        }
        let input = "[" + rows.joined(separator: ",\n") + "]"
        #expect(try run(".[] | select(.state == \"ENABLED\") | .id", input).count == 67)
        #expect(try run(".[150].metrics.clicks[0]", input) == ["150"])
        #expect(try run(".[-1].id, .[0].id", input) == ["199", "0"])
        #expect(try run("map(.metrics.note) | first", input) == [#""\"quoted\" text""#])
        #expect(try run(".[] | .metrics | .clicks | length", input).allSatisfy { $0 == "3" })
        #expect(try run("length", input) == ["200"])
    }

    @Test func rawOutputKeepsInputBytes() throws {
        let input = #"[{"id": 18446744073709551615, "bid": 1.50, "s": "\u00e9"}]"#
        var texts: [String] = []
        try JSONQuery(".[]").evaluate(json: Array(input.utf8)) {
            texts.append(String(decoding: $0, as: UTF8.self))
        }
        #expect(texts == [#"{"id": 18446744073709551615, "bid": 1.50, "s": "\u00e9"}"#])
    }

    @Test func jsonLinesRunOncePerValue() throws {
        let outputs = try JSONQuery(".id").evaluate(json: Array("{\"id\":1}\n{\"id\":2}\n".utf8))
        #expect(outputs == [.number("1"), .number("2")])
    }

    @Test func helpTextListsFilters() {
        for filter in ["select(", "map(", "length", "keys", ".[]", "|"] {
            #expect(JSONQuery.helpText.contains(filter))
        }
    }
}
