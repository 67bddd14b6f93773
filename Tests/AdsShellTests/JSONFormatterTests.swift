import Foundation
import Testing

@testable import AdsShell

/// Golden files live next to this file; set `ADSH_UPDATE_GOLDEN=1` to rewrite them.
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/formatter")

private func fixture(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
}

private func formatted(_ text: String, indent: Int = 2) throws -> String {
    let bytes = try JSONFormatter.format(Array(text.utf8), indent: indent).get()
    return String(decoding: bytes, as: UTF8.self)
}

private func formatError(_ text: String) -> JSONFormatError? {
    if case .failure(let error) = JSONFormatter.format(Array(text.utf8)) { return error }
    return nil
}

/// Feeds `bytes` in chunks that end at `splits`, collecting every block the sink receives.
private func formatInChunks(_ bytes: [UInt8], splits: [Int], colors: JSONColors? = nil) throws
    -> [UInt8]
{
    var formatter = JSONFormatter(colors: colors)
    var output: [UInt8] = []
    var start = 0
    for end in splits + [bytes.count] where end >= start {
        try formatter.write(Array(bytes[start..<end])) { output.append(contentsOf: $0) }
        start = end
    }
    try formatter.finish { output.append(contentsOf: $0) }
    return output
}

@Suite struct JSONFormatterTests {
    @Test(arguments: [
        ("profiles.json", "profiles.plain.txt", nil as JSONColors?),
        ("profiles.json", "profiles.color.txt", JSONColors.default),
        ("campaigns.json", "campaigns.plain.txt", nil),
        ("campaigns.json", "campaigns.color.txt", JSONColors.default),
    ])
    func goldenOutput(input: String, golden: String, colors: JSONColors?) throws {
        let output = try JSONFormatter.format(try fixture(input), colors: colors).get()
        let goldenURL = fixtures.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["ADSH_UPDATE_GOLDEN"] == "1" {
            try Data(output).write(to: goldenURL)
        }
        let expected = try fixture(golden)
        #expect(
            String(decoding: output, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test(arguments: ["18446744073709551615", "1.50", "-0", "1e400", "-12.5E-07", "0.0"])
    func numbersKeepTheirText(number: String) throws {
        #expect(try formatted(number) == number + "\n")
        #expect(try formatted("[\(number)]") == "[\n  \(number)\n]\n")
    }

    @Test func stringBytesPassThrough() throws {
        let text = #""\u00e9t\u00e9 \ud83c\udfaf \" \\ \/ \b\f\n\r\t Été 🎯""#
        #expect(try formatted(text) == text + "\n")
    }

    @Test func emptyContainersStayOnOneLine() throws {
        #expect(
            try formatted(#"{"a":{},"b":[ ],"c":[{}]}"#) == """
                {
                  "a": {},
                  "b": [],
                  "c": [
                    {}
                  ]
                }

                """)
    }

    @Test func jsonLinesPrintEachValue() throws {
        #expect(
            try formatted("1 \"two\"\n{\"three\":3}\n[]null") == """
                1
                "two"
                {
                  "three": 3
                }
                []
                null

                """)
    }

    @Test func indentZeroIsCompact() throws {
        #expect(
            try formatted(#" { "a" : [ 1 , true ] , "b" : {} } "#, indent: 0) == """
                {"a":[1,true],"b":{}}

                """)
    }

    @Test func emptyInputPrintsNothing() throws {
        #expect(try formatted("") == "")
        #expect(try formatted(" \n\t ") == "")
    }

    @Test func colorsWrapTokens() throws {
        let colors = JSONColors(
            key: "K", string: "S", number: "N", bool: "B", null: "Z", punctuation: "P")
        let bytes = try JSONFormatter.format(
            Array(#"{"k":["v",1,true,null]}"#.utf8), indent: 0, colors: colors
        ).get()
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\u{1B}[0m", with: ">")
            .replacingOccurrences(of: "\u{1B}[", with: "<")
        #expect(
            text == #"<Pm{><Km"k"><Pm:><Pm[><Sm"v"><Pm,><Nm1><Pm,><BmTRUE><Pm,><Zmnull><Pm]><Pm}>"#
                .replacingOccurrences(of: "TRUE", with: "true") + "\n")
    }

    @Test func chunkBoundariesDoNotChangeOutput() throws {
        for name in ["profiles.json", "campaigns.json"] {
            let bytes = try fixture(name)
            for colors in [nil, JSONColors.default] {
                let whole = try formatInChunks(bytes, splits: [], colors: colors)
                let single = try formatInChunks(
                    bytes, splits: Array(1..<bytes.count), colors: colors)
                #expect(single == whole)
                var generator = SystemRandomNumberGenerator()
                for _ in 0..<20 {
                    let splits = (0..<8).map { _ in
                        Int.random(in: 0...bytes.count, using: &generator)
                    }
                    let random = try formatInChunks(bytes, splits: splits.sorted(), colors: colors)
                    #expect(random == whole, "splits \(splits.sorted())")
                }
            }
        }
    }

    @Test func escapesSplitAtEveryByte() throws {
        let text = #"{"name":"\ud83c\udfaf Été – 🎯 \u00e9\"\\","n":[-1.5e+10,0,true,null]} 7"#
        let bytes = Array(text.utf8)
        let whole = try formatInChunks(bytes, splits: [])
        #expect(try formatInChunks(bytes, splits: Array(1..<bytes.count)) == whole)
        for split in 1..<bytes.count {
            #expect(try formatInChunks(bytes, splits: [split]) == whole, "split at \(split)")
        }
    }

    @Test func largeOutputFlushesInBlocks() throws {
        let element = #"{"campaignId":12345678901234,"name":"Summer sale","clicks":17},"#
        let text = "[" + String(repeating: element, count: 5000) + "1]"
        var formatter = JSONFormatter()
        var sizes: [Int] = []
        try formatter.write(Array(text.utf8)) { sizes.append($0.count) }
        try formatter.finish { sizes.append($0.count) }
        #expect(sizes.count > 1)
        #expect(sizes.allSatisfy { $0 <= JSONFormatter.blockSize })
        #expect(sizes.dropLast().allSatisfy { $0 > JSONFormatter.blockSize - 200 })
    }
}
