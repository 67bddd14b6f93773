import Testing

@testable import AdsShell

@Suite struct BodySummaryTests {
    @Test(
        arguments: [
            ("application/json", #"{"a":1}"#, BodyKind.json),
            ("application/json; charset=UTF-8", "[]", .json),
            ("application/vnd.spcampaign.v3+json", #"{"campaigns":[]}"#, .json),
            ("APPLICATION/JSON", "{}", .json),
            (nil, "  \n[1, 2]", .json),
            ("application/octet-stream", #"{"a":1}"#, .json),
            ("text/plain", "{not really json", .json),
            ("text/plain", "plain words\nand lines\t", .text),
            ("text/html", "<p>Été 🎯</p>", .text),
            (nil, "", .text),
            ("application/json", "{\"a\":\"\u{1B}[31m\"}", .binary),
            ("text/plain", "nul\u{0}byte", .binary),
            ("text/plain", "bell\u{07}", .binary),
            ("text/plain", "c1 \u{9B} control", .binary),
            ("text/plain", "delete\u{7F}", .binary),
        ] as [(String?, String, BodyKind)])
    func kindFromTypeAndText(contentType: String?, body: String, expected: BodyKind) {
        #expect(BodySummary.kind(contentType: contentType, bytes: Array(body.utf8)) == expected)
    }

    @Test(
        arguments: [
            [0xFF, 0xFE, 0x41],
            [0xC3, 0x28],
            [0xE2, 0x82],
            [0x1F, 0x8B, 0x08, 0x00],
        ] as [[UInt8]])
    func invalidUTF8IsBinary(bytes: [UInt8]) {
        #expect(BodySummary.kind(contentType: "application/json", bytes: bytes) == .binary)
    }

    @Test func summaryShowsTypeSizeAndBytes() {
        let gzip = Gzip.compress(Array(String(repeating: "report row\n", count: 200).utf8))
        let summary = BodySummary.summary(contentType: "application/octet-stream", bytes: gzip)
        let hex = gzip.prefix(16).map { String($0, radix: 16) }.map {
            $0.count == 1 ? "0" + $0 : $0
        }
        #expect(
            summary
                == "binary body: application/octet-stream, \(gzip.count) bytes, starts "
                + hex.joined(separator: " ") + " … (gzip)")
        #expect(summary.hasPrefix("binary body: application/octet-stream, "))
        #expect(summary.contains("starts 1f 8b 08 00"))
    }

    @Test func summaryGroupsLargeSizes() {
        let bytes = [UInt8](repeating: 0, count: 1234)
        #expect(
            BodySummary.summary(contentType: nil, bytes: bytes)
                == "binary body: no content type, 1,234 bytes, starts "
                + Array(repeating: "00", count: 16).joined(separator: " ") + " …")
    }

    @Test func summaryOfShortAndEmptyBodies() {
        #expect(
            BodySummary.summary(contentType: "image/png", bytes: [0x89, 0x50])
                == "binary body: image/png, 2 bytes, starts 89 50")
        #expect(
            BodySummary.summary(contentType: " ", bytes: [])
                == "binary body: no content type, 0 bytes")
        #expect(
            BodySummary.summary(contentType: "x/y", bytes: [7])
                == "binary body: x/y, 1 byte, starts 07")
    }

    @Test(arguments: [
        (0, "0"), (999, "999"), (1000, "1,000"), (104_857_600, "104,857,600"), (-1234, "-1,234"),
    ])
    func groupedDigits(count: Int, expected: String) {
        #expect(BodySummary.grouped(count) == expected)
    }
}
