import AdsShell
import Testing

@Suite struct YAMLParserTests {
    /// YAML documents and the JSON they must equal. Expected values were checked against
    /// PyYAML 6.0, except `1.5e3`, which YAML 1.2 reads as a number and PyYAML as a string.
    static let documents: [(yaml: String, json: String)] = [
        ("a: 1\nb: two\n", #"{"a":1,"b":"two"}"#),
        ("- a\n- b\n", #"["a","b"]"#),
        ("key:\n- x\n- y\nnext: z\n", #"{"key":["x","y"],"next":"z"}"#),
        ("- name: a\n  value: 1\n- name: b\n", #"[{"name":"a","value":1},{"name":"b"}]"#),
        ("- - 1\n  - 2\n- - 3\n", "[[1,2],[3]]"),
        ("a: [1, 'two', \"three\", {b: c}]\n", #"{"a":[1,"two","three",{"b":"c"}]}"#),
        ("a: {x: 1,\n  y: [2,\n    3]}\n", #"{"a":{"x":1,"y":[2,3]}}"#),
        ("a: 'it''s'\nb: \"tab\\tnew\\nline \\u00e9\"\n", #"{"a":"it's","b":"tab\tnew\nline é"}"#),
        ("a: |\n  line1\n  line2\n\nb: 1\n", #"{"a":"line1\nline2\n","b":1}"#),
        ("a: |-\n  text\n\n", #"{"a":"text"}"#),
        ("a: |+\n  text\n\n\nb: 1\n", #"{"a":"text\n\n\n","b":1}"#),
        ("a: >\n  folded\n  text\n\n  para\n", #"{"a":"folded text\npara\n"}"#),
        ("a: >-\n  one\n    indented\n  two\n", #"{"a":"one\n  indented\ntwo"}"#),
        (
            "# head\na: 1 # trailing\n# mid\nb: 'x # not comment'\n",
            #"{"a":1,"b":"x # not comment"}"#
        ),
        (
            "n: null\nt: ~\nb: true\nf: False\ni: -12\nx: 0x1F\nf2: 1.5e3\ns: 1.2.3\nv: \"1.0\"\ne:\n",
            #"{"n":null,"t":null,"b":true,"f":false,"i":-12,"x":31,"f2":1.5e3,"s":"1.2.3","v":"1.0","e":null}"#
        ),
        ("a: one\n  two\n\n  three\nb: 1\n", #"{"a":"one two\nthree","b":1}"#),
        ("a: \"one\n  two\"\n", #"{"a":"one two"}"#),
        ("200:\n  description: ok\n", #"{"200":{"description":"ok"}}"#),
        ("url: http://example.com/a#b\n", #"{"url":"http://example.com/a#b"}"#),
        ("---\na: 1\n", #"{"a":1}"#),
        ("a: 1\r\nb: 2\r\n", #"{"a":1,"b":2}"#),
        ("name: café ☕\n", #"{"name":"café ☕"}"#),
        ("a:\n  - x\n  -\n    y: 1\n", #"{"a":["x",{"y":1}]}"#),
        ("empty: []\nobj: {}\n", #"{"empty":[],"obj":{}}"#),
        ("\"a b\": 1\n'c': 2\n", #"{"a b":1,"c":2}"#),
        ("text: |2\n    indented\n  base\n", #"{"text":"  indented\nbase\n"}"#),
        ("list:\n  - |\n    block in list\n  - 'q'\n", #"{"list":["block in list\n","q"]}"#),
        ("\u{FEFF}a: 1\n", #"{"a":1}"#),
        (
            "enum:\n  [a, b]\ndescription:\n  long\n  text\n",
            #"{"enum":["a","b"],"description":"long text"}"#
        ),
        ("", "null"),
        ("# only a comment\n", "null"),
    ]

    @Test(arguments: documents.indices)
    func parsesDocument(_ index: Int) throws {
        let example = Self.documents[index]
        let expected = try JSONParser.parse(example.json)
        let parsed = try YAMLParser.parse(example.yaml)
        #expect(parsed == expected, "\(example.yaml.debugDescription) gave \(parsed.compactText)")
    }

    /// Documents that must fail, with the one-based line and column of the error.
    static let failures: [(yaml: String, line: Int, column: Int, message: String)] = [
        ("a: &x 1\n", 1, 4, "anchors"),
        ("a: *x\n", 1, 4, "aliases"),
        ("a: !!str 1\n", 1, 4, "tags"),
        ("- !custom x\n", 1, 3, "tags"),
        ("a: [1, &x 2]\n", 1, 8, "anchors"),
        ("a: 1\n---\nb: 2\n", 2, 1, "multi-document"),
        ("a: 1\n...\n", 2, 1, "multi-document"),
        ("%YAML 1.2\n---\na: 1\n", 1, 1, "directives"),
        ("? complex\n: value\n", 1, 1, "complex mapping keys"),
        ("a:\n\tb: 1\n", 2, 1, "tab"),
        ("a: [1, 2\n", 1, 4, "missing closing bracket"),
        ("a: 'unterminated\nb: 1\n", 1, 4, "missing closing '"),
        ("a: 1\n   b: 2\n", 2, 4, "mapping key cannot continue"),
        ("- a\nb: 1\n", 2, 1, "after the end of the document"),
        ("a: \"bad \\q escape\"\n", 1, 9, "unknown escape"),
        ("a: [1, 2] extra\n", 1, 10, "after a flow collection"),
        ("a: |x\n  t\n", 1, 5, "block scalar header"),
        ("a:\n  - x\n  y: 1\n", 3, 3, "unexpected indentation"),
        ("a: 'x' y\n", 1, 7, "after a quoted scalar"),
        ("a: @at\n", 1, 4, "reserved"),
        ("a: 1\nplain\n", 2, 1, "expected 'key: value'"),
        ("a: 1\n\"b\" 2\n", 2, 1, "expected 'key: value'"),
        ("a:\n  - x\n  -y\n", 3, 3, "unexpected indentation"),
    ]

    @Test(arguments: failures.indices)
    func reportsErrorPosition(_ index: Int) {
        let example = Self.failures[index]
        do {
            let value = try YAMLParser.parse(example.yaml)
            Issue.record("\(example.yaml.debugDescription) parsed as \(value.compactText)")
        } catch {
            #expect(error.line == example.line, "\(error)")
            #expect(error.column == example.column, "\(error)")
            #expect(error.description.contains(example.message), "\(error)")
        }
    }

    @Test func errorDescriptionNamesPosition() {
        let error = YAMLError.unsupported(feature: "anchors (&name)", line: 4, column: 7)
        #expect(error.description.hasPrefix("line 4, column 7: anchors (&name) not supported"))
    }
}
